"""Sections of blind round 94 (decision 0159), in our own words: in a chapter whose one heading
stands over its partnership paragraph and whose later paragraphs each turn to another topic, a
one-sentence paragraph opening in the values' own cued words ("We value curiosity, compassion
and honesty …") is a stretch of its own; the same short sentence without its cue stays where
it is."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_VALUES = (
    "We value curiosity, compassion and honesty, and we ask every worker to show them when "
    "they talk with children."
)

_PARAGRAPHS = [
    "# Policies, Values and Principles",
    (
        "In March 2025 this chapter was amended to describe the new family help teams. It "
        "applies to every practitioner in Northwold's children's services."
    ),
    (
        "This policy sets out the framework for the council's work with children in need and "
        "children in care, and the laws that give us our duties."
    ),
    "**Working with our partners**",
    (
        "Health, schools, the police and the voluntary sector share responsibility with us for "
        "the safety of children in the district, and the safeguarding partners publish joint "
        "arrangements each year in line with Working Together to Safeguard Children."
    ),
    _VALUES,
    (
        "When a child comes into care, Northwold Council takes on the responsibilities of a "
        "corporate parent. We will do for children in care what any good parent does: notice "
        "how they are doing at school, celebrate what they achieve and stand by them."
    ),
    (
        "Children should be brought up in their own families wherever that is safe, with help "
        "from the wider family when parents need it. Care leavers can count on our support "
        "until the age of 21."
    ),
    (
        "Whatever families share with us is treated as confidential. We only pass it on when "
        "we must, to keep a child safe or because the law says we have to."
    ),
]


def _kinds(paragraphs: list[str]) -> list[str]:
    outline = outline_of("\n\n".join(paragraphs) + "\n", "markdown")
    assert_tiles(outline)
    return [section.kind for section in outline.sections]


def test_a_short_cued_paragraph_in_a_section_that_turns_on_is_a_stretch():
    assert "values" in _kinds(_PARAGRAPHS)


def test_the_same_short_sentence_without_its_cue_stays_with_the_heading():
    uncued = [
        "Curiosity, compassion and honesty matter to us, and every worker should show them "
        "when they talk with children."
        if paragraph == _VALUES
        else paragraph
        for paragraph in _PARAGRAPHS
    ]
    assert "values" not in _kinds(uncued)
