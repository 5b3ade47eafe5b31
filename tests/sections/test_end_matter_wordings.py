"""End matter in more wordings: "Last edited" stamps and version footers that say when they were
issued (decision 0057)."""

import pytest

from tests.sections.helpers import assert_tiles, outline_of

BODY = (
    "# Fostering: Values and Principles\n\n"
    "## Our values\n\n"
    "We listen to children and keep the promises we make to them.\n\n"
    "## Sharing information\n\n"
    "Staff keep what families tell them private unless the law says otherwise.\n\n"
)


@pytest.mark.parametrize(
    "closing",
    [
        "Last edited: 2024-09-30",
        "Last changed 14 October 2024",
        "_Version 2.4 - issued June 2024 - next review June 2026_",
        "Version 5, approved by the Director in January 2025",
        "Document version 1.2 | published 3 April 2025",
    ],
)
def test_a_closing_stamp_is_end_matter(closing):
    outline = outline_of(BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_sentence_about_a_version_stays_in_its_section():
    closing = "Version 3 of the agreement with health partners is due later this year."
    outline = outline_of(BODY + closing + "\n", "markdown")
    assert outline.sections[-1].kind != "end_matter"


@pytest.mark.parametrize("closing", ["Issue 7", "Issue 3.1 (approved)"])
def test_an_issue_number_alone_at_the_end_is_end_matter(closing):
    """Blind round 33: councils that number their documents as issues print "Issue 7" on the
    last line, as others print "Version 7"."""
    outline = outline_of(BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_an_issue_in_a_sentence_stays_in_its_section():
    closing = "Issue 4 of the young people's magazine carried their views on the changes."
    outline = outline_of(BODY + closing + "\n", "markdown")
    assert outline.sections[-1].kind != "end_matter"
