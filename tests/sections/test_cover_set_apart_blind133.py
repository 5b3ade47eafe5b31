"""Blind round 133 (decision 0219): a cover under the title whose lines are headings marked up
alike (a PDF's cover in large type), followed by section headings set otherwise (bold lines) that
say what they hold in words the cues do not know, stands with the title. Each passage is in our
own words."""

from tests.sections.helpers import assert_tiles, outline_of

COVER = (
    "# Policies, Values and Principles\n\n## Marlow Fen District Council\n\n"
    "## Manual for Children's Social Care\n\n## Version 2\n\n## Date of issue: 4 June 2025\n\n"
)
BODY = (
    "**Why this chapter was written**\n\nIt tells everyone who works with children in the "
    "district what we stand for.\n\n"
    "**What matters most to us**\n\nWe are honest with families and we keep our promises.\n"
)


def _headings(text: str) -> list[str]:
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    return [section.heading for section in outline.sections if section.heading]


def test_a_cover_marked_up_unlike_every_section_heading_stands_with_the_title() -> None:
    headings = _headings(COVER + BODY)

    assert headings == [
        "Policies, Values and Principles",
        "Why this chapter was written",
        "What matters most to us",
    ]
    assert "Date of issue: 4 June 2025" in outline_of(COVER + BODY, "markdown").text


def test_a_run_marked_up_as_later_section_headings_keeps_its_headings() -> None:
    text = (
        COVER + BODY + "## Sharing information\n\nWe record what we share and why we shared it.\n"
    )

    assert "Manual for Children's Social Care" in _headings(text)


def test_a_council_line_alone_over_bold_headings_is_no_cover_run() -> None:
    text = "# Policies, Values and Principles\n\n## Marlow Fen District Council\n\n" + BODY

    assert "Marlow Fen District Council" in _headings(text)
