"""Facts in wordings blind set 117 showed the reader missing (decision 0192).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- support ages: "beyond 21 (up to 25) if ..." ---------------------------------------------


def test_beyond_an_age_with_the_later_age_in_brackets_and_a_condition_after() -> None:
    text = (
        "Leaving Care Policy\n\n"
        "Support after care\n"
        "Every care leaver keeps a personal adviser beyond 21 (up to 25) if they want one.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]
    assert "want one" in value["extended"][0]["condition"]


def test_past_the_age_of_21_with_the_later_age_in_brackets_where_they_ask() -> None:
    text = (
        "Leaving Care Policy\n\n"
        "Support after care\n"
        "Our care leavers service stays in touch past the age of 21 (until 25) where a young "
        "person asks us to.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_until_21_and_beyond_21_up_to_25_keeps_21_as_the_age() -> None:
    text = (
        "Leaving Care Policy\n\n"
        "Support after care\n"
        "We support care leavers until they are 21, and beyond 21 (up to 25) if they are at "
        "college.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_beyond_an_age_in_brackets_outside_leaving_care_is_no_support_age() -> None:
    text = (
        "Youth Service Policy\n\n"
        "Our clubs\n"
        "The youth club welcomes members beyond 21 (up to 25) if they help run sessions.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- principles: "the seven needs set out in section 1 of the 2017 Act" -----------------------


def test_the_seven_needs_of_the_2017_act_with_no_list_count_seven() -> None:
    text = (
        "Children's Services Policy\n\n"
        "Corporate parenting\n"
        "Officers keep in mind the seven needs set out in section 1 of the 2017 Act when they "
        "plan for the children we look after.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_the_seven_needs_of_the_act_by_its_full_name_in_another_section() -> None:
    text = (
        "Children's Services Policy\n\n"
        "Our duties\n"
        "As corporate parents we test every plan against the seven needs in the Children and "
        "Social Work Act 2017.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_seven_needs_with_no_act_named_are_no_principles() -> None:
    text = (
        "Children's Services Policy\n\n"
        "Corporate parenting\n"
        "Our assessment looks at seven needs of every child, from health to friendships.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


def test_needs_of_the_act_outside_corporate_parenting_are_no_principles() -> None:
    text = (
        "Children's Services Policy\n\n"
        "Training\n"
        "The course covers three needs raised by the 2017 Act for social work regulation.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


def test_a_list_of_the_needs_still_counts_its_items() -> None:
    text = (
        "Children's Services Policy\n\n"
        "Corporate parenting\n"
        "We have regard to the seven needs set out in section 1 of the 2017 Act:\n\n"
        "- to act in their best interests;\n"
        "- to encourage them to express their views;\n"
        "- to take their views into account;\n"
        "- to help them access services;\n"
        "- to promote high aspirations;\n"
        "- to keep them safe with stability;\n"
        "- to prepare them for adulthood.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 7
