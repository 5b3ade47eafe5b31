"""A cover page that sets the title and the council's lines in large type and, under them, a
block of short body-size lines (version, owner, review date) is still a cover: its large lines
are lines of their own, not one heading wrapped over them (decision 0540). Each page is written
for this test in our own words about invented councils."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0


def _line(
    text: str, top: float, *, size: float = BODY, bold: bool = False, right: float = 520.0
) -> TextLine:
    return TextLine(text, size, bold, top, top + size * 1.15, 70.0, right)


def _page(lines: list[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def _chapter_page() -> TextPage:
    return _page(
        [
            _line("Why this guide exists", 80.0, size=12, bold=True),
            _line(
                "The guide tells carers and staff what Fernhollow expects of them when a young",
                100.0,
            ),
            _line("person asks to live somewhere new.", 113.0, right=300.0),
            _line("What we believe", 140.0, size=12, bold=True),
            _line("Young people should be heard before any move is agreed with them.", 160.0),
        ]
    )


def _cover(stamps: list[TextLine]) -> TextPage:
    return _page(
        [
            _line("Moving Home in Care", 200.0, size=22, bold=True),
            _line("Fernhollow Borough Council", 250.0, size=14),
            _line("Corporate Parenting Service", 268.0, size=14),
            *stamps,
        ]
    )


def test_large_cover_lines_over_a_stamp_block_are_lines_of_their_own() -> None:
    stamps = [
        _line("Issue 3", 500.0, right=120.0),
        _line("Lead officer: Service Manager, Placements", 513.0, right=290.0),
        _line("Next review: May 2027", 526.0, right=200.0),
    ]

    blocks = pages_to_markdown([_cover(stamps), _chapter_page()]).split("\n\n")

    assert blocks[0] == "# Moving Home in Care"
    assert [block.lstrip("# ") for block in blocks[1:3]] == [
        "Fernhollow Borough Council",
        "Corporate Parenting Service",
    ]


def test_prose_on_the_first_page_makes_it_no_cover() -> None:
    prose = [
        _line(
            "The service was reorganised last year, and this guide replaces the older leaflet.",
            500.0,
        ),
        _line("Carers should read it with their supervising social worker.", 513.0),
    ]

    text = pages_to_markdown([_cover(prose), _chapter_page()])

    assert "Fernhollow Borough Council Corporate Parenting Service" in text
