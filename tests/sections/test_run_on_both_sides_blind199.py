"""Text copied from a PDF may run a heading onto the sentence before it and the section's first
sentence onto the heading, all on one line (blind round 199, decision 0312). Written for this test
in our own words."""

from __future__ import annotations

from app.sections.blocks_text import run_on_heading_inside
from tests.sections.helpers import assert_tiles, outline_of


def _inside(line: str) -> str | None:
    found = run_on_heading_inside(line, 0, len(line))
    return None if found is None else line[found[0] : found[1]].rstrip()


def test_the_heading_between_two_sentences_is_found() -> None:
    line = "We keep every promise we make to families.Support After Care Every young person keeps"
    assert _inside(line + " an adviser.") == "Support After Care"


def test_a_heading_whose_sentence_opens_with_a_minor_capital_word() -> None:
    line = "Plans are agreed with the child and family.Our Aims Our aim is a settled home."
    assert _inside(line) == "Our Aims"


def test_ordinary_prose_and_abbreviations_have_no_heading_inside() -> None:
    assert _inside("We met the family in the U.K.The Council agreed a plan.") is None
    assert _inside("Children and families are at the heart of our work. We listen.") is None
    assert _inside("Our staff meet the family every week.The Council will review it.") is None


def test_a_copied_chapter_is_sectioned_at_each_run_on_heading() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n"
        "Every child deserves a settled home and people who stay.Corporate Parenting "
        "When a child comes into care the whole council shares the role of parent. "
        "We follow the seven corporate parenting principles.Information Sharing and "
        "Confidentiality We share information only when the law allows it.\n"
    )
    outline = outline_of(text, "plain")
    assert_tiles(outline)
    headings = [(section.kind, section.heading) for section in outline.sections]

    assert ("corporate_parenting", "Corporate Parenting") in headings
    assert ("information_sharing", "Information Sharing and Confidentiality") in headings
