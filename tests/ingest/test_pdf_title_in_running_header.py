"""A PDF printed from a Word chapter that keeps its title only in the page header: every page
shows the title at its top as a running header, and the text opens at "1. Introduction" (blind
round 53, decision 0105). Each passage is in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 11.0
TITLE = "Short Breaks: Values and Principles"


def _line(text: str, top: float, size: float = BODY, right: float = 520.0) -> TextLine:
    return TextLine(text, size, False, top, top + size * 1.2, 72.0, right, colour=0)


def _pages(header: str, opening: str, opening_size: float = 14.0) -> list[TextPage]:
    first = [
        _line(header, 38.0, size=10.0, right=330.0),
        _line(opening, 98.0, size=opening_size, right=200.0),
        _line("Our short breaks give families time to rest and children time to play", 120.0),
        _line("with friends, in their own area and with people they know well.", 134.0),
        _line("Page 1", 760.0, size=9.0, right=110.0),
    ]
    second = [
        _line(header, 38.0, size=10.0, right=330.0),
        _line("2. Our values", 74.0, size=14.0, right=200.0),
        _line("We plan every break with the child and with the people who care for them.", 96.0),
        _line("Page 2", 760.0, size=9.0, right=110.0),
    ]
    return [
        TextPage(width=595.0, height=842.0, lines=tuple(first)),
        TextPage(width=595.0, height=842.0, lines=tuple(second)),
    ]


def test_the_running_header_is_the_title_of_a_text_opening_at_section_one() -> None:
    blocks = pages_to_markdown(_pages(TITLE, "1. Introduction")).split("\n\n")

    assert blocks[:2] == [f"# {TITLE}", "# 1. Introduction"]
    assert sum(TITLE in block for block in blocks) == 1


def test_a_header_over_prose_or_naming_the_council_is_no_title() -> None:
    over_prose = pages_to_markdown(_pages(TITLE, "1. Introduction", opening_size=BODY))
    council = pages_to_markdown(_pages("Hollins Moor Borough Council", "1. Introduction"))

    assert TITLE not in over_prose
    assert "Hollins Moor" not in council
    assert council.startswith("# 1. Introduction")
