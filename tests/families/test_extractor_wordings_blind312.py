"""Facts in the everyday wordings blind set 312 showed the reader missing (decision 0452).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- corporate parenting principles counted as the law's plain things ---------------------------

_PARENT = (
    "Looking after children\n\n"
    "Our councillors and directors\n"
    "Once a child is in Hollinbury's care, councillors and directors between them do what a "
    "mother or father would do. {sentence} The scrutiny committee asks young people each "
    "spring how well it has gone.\n"
)


def test_the_law_listing_seven_things_for_those_sharing_a_parents_duties_counts_them() -> None:
    sentence = "The law lists seven things they have to bear in mind for every child."
    fact = facts_of(_PARENT.format(sentence=sentence))["corporate_parenting_principles"]
    assert fact.value == 7


def test_parliament_having_given_seven_tests_counts_them() -> None:
    sentence = "Parliament has given them seven tests to hold each decision up against."
    fact = facts_of(_PARENT.format(sentence=sentence))["corporate_parenting_principles"]
    assert fact.value == 7


def test_a_count_of_things_the_law_does_not_give_is_no_count_of_principles() -> None:
    sentence = "They visit seven things a year, from children's homes to youth clubs."
    fact = facts_of(_PARENT.format(sentence=sentence))["corporate_parenting_principles"]
    assert fact.value == 0


# --- support ages: a charge the council pays is no support age ----------------------------------


def test_council_tax_paid_until_22_after_an_adviser_to_21_is_no_later_support_age() -> None:
    text = (
        "Leaving Care\n\n"
        "After care\n"
        "Care leavers keep a personal adviser until they are 21, or until 25 if they are at "
        "college. They may call the leaving care team whenever they need to, and the council "
        "pays their council tax until they are 22.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_later_support_age_beside_a_paid_charge_still_counts() -> None:
    text = (
        "Leaving Care\n\n"
        "After care\n"
        "Care leavers keep a personal adviser until they are 21. The leaving care team stays "
        "with them until 25 if they are at college, and the council pays their council tax "
        "until they are 22.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


# --- named models: a way of working named by whose it is -----------------------------------------


def test_a_councils_way_of_working_with_children_is_called_a_name() -> None:
    text = (
        "Our approach\n\n"
        "How we practise\n"
        "Hollinbury's way of working with children and parents is called Open Hands. Workers "
        "sit with the family and plan together.\n"
    )
    assert facts_of(text)["named_models"].value == ["Open Hands"]


def test_this_way_of_working_is_known_in_a_place_as_a_name() -> None:
    text = (
        "Our approach\n\n"
        "How we practise\n"
        "Workers ask families what is going well before they ask what is wrong. This way of "
        "working is known in Hollinbury as Bright Paths.\n"
    )
    assert facts_of(text)["named_models"].value == ["Bright Paths"]


def test_a_way_of_working_known_as_common_sense_in_lower_case_names_nothing() -> None:
    text = (
        "Our approach\n\n"
        "How we practise\n"
        "This way of working is known as common sense to most families we meet.\n"
    )
    assert facts_of(text)["named_models"].value == []
