"""The family's extractors on wordings met in the twentieth blind round (issue 12, item 4):
changes said to take effect or to be agreed on a date, "edited" and "brought into line", an
amendment note labelled as a note, a bracketed "dated" label, a page that says when it was
updated in a sentence, the leaving care service named "18+" and care leavers named "former
looked after children", and a version label in markdown emphasis.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of

OPENING = "Our values\n\nThe policy explains how the service works with families.\n\n"


def test_changes_that_took_effect_on_a_day_date_the_amendment():
    text = OPENING + "These changes came into effect on 9 October 2024, after consultation.\n"
    assert fact_value(text, "amendment_date") == "2024-10-09"


def test_amendments_agreed_by_a_board_date_the_amendment():
    text = OPENING + "Amendments approved by the lead member in July 2024 appear in italics.\n"
    assert fact_value(text, "amendment_date") == "2024-07"


def test_changes_to_a_named_law_taking_effect_are_not_the_chapters_amendment():
    text = OPENING + "Changes to the Children Act 1989 took effect on 1 May 2017.\n"
    assert fact_value(text, "amendment_date") is None


def test_a_chapter_edited_in_a_month_is_amended_then():
    text = OPENING + "Edited in March 2024 to add the kinship care offer.\n"
    assert fact_value(text, "amendment_date") == "2024-03"


def test_a_chapter_brought_into_line_in_a_month_is_amended_then():
    text = OPENING + "In August 2023 the policy was brought into line with the new guidance.\n"
    assert fact_value(text, "amendment_date") == "2023-08"


def test_an_amendment_note_label_dates_the_amendment():
    text = OPENING + "Revision note - November 2023. The contacts list is shorter.\n"
    assert fact_value(text, "amendment_date") == "2023-11"


def test_a_changes_label_with_a_bracketed_dated_month_dates_the_amendment():
    text = OPENING + "Changes since the previous issue (dated May 2024): links checked.\n"
    assert fact_value(text, "amendment_date") == "2024-05"


def test_a_page_that_says_it_was_updated_on_a_day_stamps_itself():
    text = (
        "Our values\n\nLast amendment: 02/02/2024\n\n"
        "The policy explains how the service works.\n\n"
        "The page has been updated on 5 February 2024.\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2024-02-02"
    assert facts["last_updated"].value == "2024-02-05"


def test_an_eighteen_plus_service_is_the_leaving_care_service():
    text = OPENING + "Our 18 plus service stays with a young person until they are 22.\n"
    assert fact_value(text, "leaving_care_support_age") == {"age": 22, "extended": []}


def test_former_looked_after_children_are_care_leavers():
    text = OPENING + "Formerly looked after young people get our help up to the age of 24.\n"
    assert fact_value(text, "leaving_care_support_age") == {"age": 24, "extended": []}


def test_children_of_sixteen_and_seventeen_are_no_leaving_care_age():
    text = OPENING + "Young people aged 16 and 17 who become homeless are assessed by us.\n"
    assert fact_value(text, "leaving_care_support_age") is None


def test_a_version_label_in_emphasis_keeps_its_minor_number():
    text = "# Our values\n\n_Version 5.0_\n\nThe policy explains how the service works.\n"
    assert fact_value(text, "version_label", "chapter.md") == "Version 5.0"


def test_changes_approved_by_a_minister_are_not_the_chapters_amendment():
    text = OPENING + "Changes approved by the Secretary of State in March 2014 apply to us all.\n"
    assert fact_value(text, "amendment_date") is None
