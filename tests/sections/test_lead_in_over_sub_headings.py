"""A heading whose only words of its own are a one-sentence lead-in to its sub-headings is read
with its sub-sections, as one with no words of its own is (decision 0240)."""

from app.sections.assemble import _is_lead_in
from tests.sections.helpers import assert_tiles, outline_of


def test_a_heading_with_a_one_sentence_lead_in_is_read_by_its_sub_sections():
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## About this chapter\n\nThis chapter is the context for all our procedures.\n\n"
        "## Where we draw the line\n\n"
        "Here is what we stand by whatever the case.\n\n"
        "### Relatives first\n\nA child should stay with family when safe. If not, we look "
        "to grandparents and friends, and a permanence plan is agreed within five months.\n\n"
        "### After eighteen\n\nYoung people leaving care keep a personal adviser until they "
        "are 21, or 25 if they ask.\n\n"
        "### A say in decisions\n\nChildren are told what we plan and may have an advocate.\n\n"
        "## Keeping records safe\n\nWe keep information securely and share it lawfully.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kinds = {section.heading: section.kind for section in outline.sections}
    assert kinds["Where we draw the line"] == "key_principles"


def test_one_short_sentence_is_a_lead_in():
    assert _is_lead_in("Here is what we stand by whatever the case.")


def test_two_sentences_or_a_long_sentence_are_a_body_of_its_own():
    assert not _is_lead_in("We believe in families. We listen to children.")
    assert not _is_lead_in(
        "We believe that every child in the borough deserves a safe and loving home, a good "
        "school, a say in the decisions made about them and a fair chance to grow up well."
    )
