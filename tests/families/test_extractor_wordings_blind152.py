"""Facts in wordings blind set 152 showed the reader missing (decision 0248).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- leaving care: the age named by the birthday that ends support ------------------------------


def test_up_to_the_age_at_which_they_turn_an_age_is_that_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "A personal adviser is there for each young person up to the age at which they turn 21.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 21, "extended": []}


def test_the_age_at_which_a_young_person_turns_then_a_later_age_where_studying():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Personal adviser help is given until the age at which a young person reaches 21. "
        "Where they are still at college, it goes on until they are 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value is not None
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_until_the_day_they_turn_an_age_and_further_on_request():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Our leaving care team stays with young people from 18 until the day they turn 21, and "
        "further, to 25, if they want us to.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value is not None
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_the_age_at_which_children_start_school_is_no_leaving_care_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "We read with children up to the age at which they start school.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- legislation: duties laid on the council by Acts ---------------------------------------------


def test_duties_laid_on_us_by_three_acts_are_the_list():
    text = (
        "Fostering Policy\n\nOur duties\n\n"
        "These duties are laid on us by the Children Act 1989, the Care Standards Act 2000 and "
        "the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_duties_imposed_on_the_council_by_three_acts_are_the_list():
    text = (
        "Fostering Policy\n\nOur duties\n\n"
        "Our fostering duties are imposed on the council by the Children Act 1989, the Care "
        "Standards Act 2000 and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_a_service_is_delivered_in_line_with_stay_prose():
    text = (
        "Fostering Policy\n\nOur duties\n\n"
        "Our carers are supported in line with the Children Act 1989, the Care Standards Act "
        "2000 and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- amendment: the chapter's review took place in a month --------------------------------------


def test_the_last_review_of_the_chapter_took_place_in_a_month():
    text = (
        "Fostering Policy\n\n"
        "The last review of this chapter took place in March 2025; nothing needed changing.\n\n"
        "Purpose\n\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03"


def test_a_review_of_the_procedure_carried_out_in_a_month_dates_it():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "A full review of this procedure was carried out in November 2024 by the fostering "
        "team.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


def test_a_review_of_the_chapter_to_come_is_no_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "The next review of this chapter will take place in March 2026.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_review_of_a_childs_plan_that_took_place_is_no_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "The first review of the child's plan took place in March 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- models: a count of models names none --------------------------------------------------------


def test_one_model_across_the_service_names_no_model():
    text = (
        "Fostering Policy\n\nOne model across the service\n\n"
        "Every team works to one model, which we call Hearthside.\n"
    )
    assert facts_of(text)["named_models"].value == ["Hearthside"]


def test_a_single_model_heading_names_no_model():
    text = (
        "Fostering Policy\n\nA Single Model for every team\n\n"
        "We work with families in the same way wherever they live.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_name_holding_one_beside_a_name_word_is_still_a_model():
    text = (
        "Fostering Policy\n\nOur practice model\n\n"
        "Our teams all use the One Voice Model with families.\n"
    )
    assert facts_of(text)["named_models"].value == ["One Voice Model"]
