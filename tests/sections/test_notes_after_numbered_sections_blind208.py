"""A plain "Notes" or "References" line closing a chapter whose sections are numbered stands
apart from the last section: the notes the body's marks point to are the document's apparatus,
not a sub-heading of that section (decision 0327). A plain line of another name there is still
the last section's sub-heading, and a notes heading marked up a rank below keeps its rank.

Written for this test in our own words; not copied from any case document.
"""

from __future__ import annotations

from tests.sections.outline_helpers import kinds_and_headings

_BODY = (
    "Fostering Values and Principles\n\n"
    "1. What the law asks\n\n"
    "Our carers look after children whom the court has placed with us [1], and we support "
    "young people who were fostered as they move on [2].\n\n"
    "2. Family time\n\n"
    "Children keep in touch with their families and friends wherever that is safe.\n\n"
)
_NOTES = "[1] Children Act 1989.\n[2] Children and Families Act 2014.\n"


def test_notes_after_numbered_sections_are_a_section_of_their_own():
    for label in ("Notes", "References", "Footnotes"):
        sections = kinds_and_headings(_BODY + label + "\n" + _NOTES, "plain")
        assert sections[-1] == ("other", label)
        assert sections[-2][1] == "2. Family time"


def test_another_plain_line_stays_under_the_last_section():
    sections = kinds_and_headings(
        _BODY + "Seeing brothers and sisters\n" + "We plan for it early.\n", "plain"
    )
    assert sections[-1][1] == "2. Family time"


def test_a_notes_heading_marked_a_rank_below_keeps_its_rank():
    text = (
        "# Fostering Values and Principles\n\n## 1. What the law asks\n\n"
        "We support young people who were fostered as they move on [1].\n\n"
        "### Notes\n\n[1] Children and Families Act 2014.\n"
    )
    assert kinds_and_headings(text, "markdown")[-1][1] == "1. What the law asks"
