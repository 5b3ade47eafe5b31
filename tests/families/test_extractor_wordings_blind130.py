"""Facts in wordings blind set 130 showed the reader missing (decision 0215).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: a changes label naming the chapter -----------------------------------------


def test_a_changes_label_naming_the_chapter_dates_the_amendment():
    text = (
        "Fostering Policy\n\n"
        "Changes made to this policy: 3 March 2025 (a new part on respite care).\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03-03"


def test_a_changes_label_naming_the_chapter_with_a_month_dates_the_amendment():
    text = (
        "Fostering Policy\n\n"
        "Changes to the chapter: June 2024\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-06"


def test_changes_to_another_document_are_no_amendment_of_the_chapter():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "It covers all carers. Changes made to the Fostering Regulations: April 2011.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- leaving care: the council offering support under a leaving-care heading ---------------------


def test_support_the_council_offers_under_a_sub_heading_of_leaving_care_is_read():
    text = (
        "Policy\n\n## Leaving our care\n\n### Pathway plans\n\n"
        "Every young person has a pathway plan.\n\n### After eighteen\n\n"
        "We provide practical help up to the age of 21, or 25 for anyone still studying.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [extension["age"] for extension in value["extended"]] == [25]


def test_support_the_council_offers_under_another_heading_is_not_leaving_care():
    text = (
        "Policy\n\n## Short breaks for disabled children\n\n### Who can use them\n\n"
        "Every family is assessed first.\n\n### How long\n\n"
        "We offer support up to the age of 18.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- permanence: the decision about where a child will grow up -----------------------------------


def test_a_decision_about_where_a_child_will_grow_up_is_the_permanence_plan():
    text = (
        "Policy\n\n## Finding a home for good\n\n"
        "No child should wait more than five months after coming into care for a decision on "
        "where they will grow up.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 5


def test_a_decision_about_something_else_gives_no_permanence_timescale():
    text = (
        "Policy\n\n## School admissions\n\n"
        "Parents hear within two months about a decision on which school their child will "
        "attend.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None
