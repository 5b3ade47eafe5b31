"""Facts in wordings blind set 140 showed the reader missing (decision 0234).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: the replaced edition's date, and "It" approved after the edition ----------


def test_the_edition_a_version_replaces_is_not_its_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "This version replaces the edition of March 2023.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_the_one_issued_before_is_not_the_amendment_either():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "This edition replaces the one issued in May 2022. It was revised in June 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-06"


def test_it_approved_after_a_sentence_naming_this_version_dates_the_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "This version replaces the edition of March 2023. It was approved by the Head of "
        "Fostering in August 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-08"


def test_it_approved_after_a_sentence_about_a_strategy_is_no_amendment():
    text = (
        "Fostering Policy\n\nPurpose\n\nIt covers all carers.\n\n"
        "The sufficiency strategy sets our targets. It was approved by the Cabinet in "
        "August 2025.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- legislation: a heading by meaning that names the law --------------------------------------


def test_acts_cited_across_a_section_headed_by_the_law_in_other_words_are_the_list():
    text = (
        "Fostering Policy\n\nWhat the law asks of us\n\n"
        "Our duties come mainly from the Children Act 1989 and from the Children Act 2004. "
        "The Care Standards Act 2000 governs fostering services.\n\n"
        "Values\n\nWe listen.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_heading_saying_where_our_duties_come_from_heads_the_law():
    text = (
        "Fostering Policy\n\n2. Where our duties come from\n\n"
        "Most of what we do is required of us (the Children Act 1989 and the Children Act "
        "2004). Fostering is governed by the Care Standards Act 2000.\n\n"
        "3. Values\n\nWe listen.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_acts_under_a_long_heading_mentioning_law_are_not_gathered():
    text = (
        "Fostering Policy\n\nHow our carers, workers and partners keep within the law\n\n"
        "Carers follow the Children Act 1989. Workers follow the Children Act 2004. "
        "Partners follow the Care Standards Act 2000.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- named models: a model known locally by a name ---------------------------------------------


def test_our_model_known_locally_as_a_name_is_named():
    text = (
        "Fostering Policy\n\nHow we practise\n\n"
        "Our model, known locally as Bright Paths, asks workers to plan with families.\n"
    )
    assert facts_of(text)["named_models"].value == ["Bright Paths"]


def test_something_else_known_locally_is_no_model():
    text = (
        "Fostering Policy\n\nHow we practise\n\n"
        "Our family centre, known locally as the Hub, is open every weekday.\n"
    )
    assert facts_of(text)["named_models"].value == []


# --- permanence: the month named after words that are no number --------------------------------


def test_by_month_four_after_every_child_is_four_months():
    text = (
        "Care Planning\n\nPrinciples\n\n"
        "- A plan for permanence is agreed for every child by month five of their time in care.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 5


def test_a_review_every_six_months_is_still_an_interval():
    text = (
        "Care Planning\n\nPrinciples\n\n"
        "Each child's permanence plan is looked at every six months.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None


# --- leaving care: support carrying on after an age for some, to a later one --------------------


def test_support_carrying_on_after_an_age_for_some_offers_the_later_age():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers keep a personal adviser; support carries on after 21 for anyone in "
        "training, and can go on to 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": [{"age": 25, "condition": "for anyone in training"}]}


def test_after_an_age_with_no_later_age_is_no_limit():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers keep a personal adviser until 21; after 21 for anyone in training we "
        "offer a careers session.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": []}


def test_a_later_age_run_onto_its_tens_word_is_read():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Our leaving care team helps every young person until their twenty-first birthday; "
        "those who want more can have it until their twentyfifth.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_two_acts_and_regulations_under_law_and_guidance_are_cited_in_passing():
    text = (
        "Permanence\n\nThe law and guidance\n\n"
        "The Children Act 1989, the Adoption and Children Act 2002 and the Care Planning "
        "Regulations 2010 all ask for a plan for every child.\n\nValues\n\nWe listen.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
