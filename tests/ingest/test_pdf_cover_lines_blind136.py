"""A cover page's lines in large type under the title (decision 0227): each a line of its own,
not one heading wrapped over them. Each passage is in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0


def _line(text: str, top: float, *, size: float = BODY, bold: bool = False) -> TextLine:
    return TextLine(text, size, bold, top, top + size * 1.15, 70.0, 400.0)


def _page(lines: list[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def _chapter_page() -> TextPage:
    return _page(
        [
            _line("About this chapter", 80.0, size=12, bold=True),
            _line("This chapter is for everyone who works with children in our care.", 100.0),
            _line("Our values", 125.0, size=12, bold=True),
            _line("We listen to children and we keep our promises to them.", 145.0),
        ]
    )


def test_cover_lines_set_large_under_the_title_are_lines_of_their_own() -> None:
    cover = _page(
        [
            _line("Fostering Services Policy", 250.0, size=24, bold=True),
            _line("Brookhampton Borough Council", 290.0, size=13),
            _line("Children's Services Procedures Manual", 308.0, size=13),
            _line("Owner: Head of Fostering", 326.0, size=13),
        ]
    )

    blocks = pages_to_markdown([cover, _chapter_page()]).split("\n\n")

    assert blocks[0] == "# Fostering Services Policy"
    assert [block.lstrip("# ") for block in blocks[1:4]] == [
        "Brookhampton Borough Council",
        "Children's Services Procedures Manual",
        "Owner: Head of Fostering",
    ]
    assert blocks[4].endswith("About this chapter")


def test_a_heading_wrapped_on_a_first_page_with_text_stays_one_heading() -> None:
    first = _page(
        [
            _line("Fostering Services Policy", 80.0, size=24, bold=True),
            _line("What we expect of everyone who works", 130.0, size=13),
            _line("with the carers we approve", 148.0, size=13),
            _line("Carers are approved by the panel and reviewed once a year at least.", 170.0),
        ]
    )

    text = pages_to_markdown([first, _chapter_page()])

    assert "What we expect of everyone who works with the carers we approve" in text


def test_large_lines_in_the_size_of_the_chapters_headings_are_no_cover() -> None:
    first = _page(
        [
            _line("Fostering Services Policy", 250.0, size=24, bold=True),
            _line("Introduction to the", 300.0, size=12, bold=True),
            _line("fostering service", 316.0, size=12, bold=True),
        ]
    )

    text = pages_to_markdown([first, _chapter_page()])

    assert "Introduction to the fostering service" in text
