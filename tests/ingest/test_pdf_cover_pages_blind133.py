"""A PDF's cover page (decision 0219): centred lines set one under another in one type (the
council, the manual, "Version 5", "Date of issue: …") are lines of their own, not one wrapped
heading, where each had plenty of room for the next line's first word; a heading wrapped because
its next word did not fit, or broken inside a phrase, stays one. The one body page after a cover
printed without the header shows the header once: the title alone in small type at its top
edge is that header."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.5
WIDTH = 595.0
LEFT, RIGHT = 71.0, 524.0


def _line(text: str, top: float, *, size: float = BODY, bold: bool = False) -> TextLine:
    width = 0.5 * size * len(text)
    return TextLine(text, size, bold, top, top + size, LEFT, LEFT + width)


def _centred(text: str, top: float, size: float) -> TextLine:
    width = 0.5 * size * len(text)
    middle = (LEFT + RIGHT) / 2
    return TextLine(text, size, False, top, top + size, middle - width / 2, middle + width / 2)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=WIDTH, height=842.0, lines=tuple(lines))


def _body_page(top_line: TextLine | None = None) -> TextPage:
    lines = [] if top_line is None else [top_line]
    lines += [
        _line("Why we wrote this chapter", 80.0, bold=True),
        _line("This chapter gives everyone who works with children in the county one shared", 98.0),
        _line("account of the values and principles that every other chapter builds on and", 113.6),
        _line("it should be read first.", 129.2),
        _line("What matters most to us", 160.0, bold=True),
        _line("We put the child's experience at the centre of every conversation and every", 178.0),
        _line("decision we make, and we keep our promises.", 193.6),
    ]
    return _page(lines)


def _cover(lines: Sequence[str], pitch: float = 22.7) -> TextPage:
    title = [
        _centred("Children's Services Policies, Values and", 255.0, 22.0),
        _centred("Principles", 283.3, 22.0),
    ]
    rest = [_centred(text, 330.0 + pitch * n, 13.0) for n, text in enumerate(lines)]
    return _page([*title, *rest])


def test_centred_cover_lines_each_with_room_for_the_next_word_are_lines_of_their_own() -> None:
    cover = _cover(
        [
            "Ashby Wold County Council",
            "Procedures Manual",
            "Version 5",
            "Date of issue: 2 September 2024",
        ]
    )

    text = pages_to_markdown([cover, _body_page()])

    assert "## Version 5\n" in text
    assert "## Date of issue: 2 September 2024\n" in text
    assert "## Ashby Wold County Council\n" in text
    assert "# Children's Services Policies, Values and Principles\n" in text


def test_a_centred_heading_wrapped_for_want_of_room_stays_one() -> None:
    cover = _cover(
        [
            "Arrangements for children who are looked after by the county and",
            "Their Carers",
        ],
        pitch=15.0,
    )

    text = pages_to_markdown([cover, _body_page()])

    assert "looked after by the county and Their Carers" in text


def test_centred_lines_broken_inside_a_phrase_stay_one_heading() -> None:
    cover = _cover(["Procedures for children", "and their families"], pitch=15.0)

    assert "Procedures for children and their families" in pages_to_markdown([cover, _body_page()])


def test_the_title_alone_in_small_type_atop_the_one_page_after_a_cover_is_its_header() -> None:
    header = TextLine(
        "Children's Services Policies, Values and Principles", 8.0, False, 40.0, 48.0, 300.0, 524.0
    )

    text = pages_to_markdown([_cover(["Ashby Wold County Council"]), _body_page(header)])

    assert text.count("Children's Services Policies, Values and Principles") == 1
    assert "**Why we wrote this chapter**" in text


def test_the_title_alone_at_body_size_atop_a_later_page_is_kept() -> None:
    line = _line("Children's Services Policies, Values and Principles", 40.0)

    text = pages_to_markdown([_cover(["Ashby Wold County Council"]), _body_page(line)])

    assert text.count("Children's Services Policies, Values and Principles") == 2
