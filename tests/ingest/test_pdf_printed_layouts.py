"""PDFs as browsers and office suites print them: type sizes under the page's scale, tables with
narrow cell padding, contents pages with dot leaders, a first page with a header of its own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown
from tests.ingest.test_pdf import _pdf_with_content_stream

BODY = 10.0
PITCH = 13.0
LEFT = 60.0
WORDS = {1: "First", 2: "Second", 3: "Third"}


def _line(text: str, top: float, *, size: float = BODY, left: float = LEFT, right: float = 520.0,
          wide_gaps: tuple[tuple[int, float], ...] = ()) -> TextLine:  # fmt: skip
    return TextLine(text, size, False, top, top + size * 1.15, left, right, wide_gaps=wide_gaps)


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def test_type_set_in_css_pixels_on_a_scaled_page_is_measured_in_points() -> None:
    data = _pdf_with_content_stream(
        b"0.75 0 0 0.75 0 0 cm BT /F1 14.67 Tf 80 900 Td (Our values guide our work.) Tj ET"
    )

    (line,) = read_pdf_pages(data)[0].lines

    assert line.text == "Our values guide our work."
    assert abs(line.size - 11.0) < 0.1


def test_wide_spaces_lined_up_on_neighbouring_lines_are_a_tables_column() -> None:
    def row(text: str, n: int) -> TextLine:
        gap = text.index(" ", text.index("to ") + 3)
        return _line(text, 100 + n * PITCH, wide_gaps=((gap, 128.0 + n * 0.2),))

    lines = [
        _line("Support for care leavers:", 100 - PITCH, right=200),
        row("18 to 21 Personal adviser for all", 0),
        row("21 to 25 Personal adviser on request", 1),
    ]

    assert pages_to_markdown([_page(lines)]).split("\n\n") == [
        "Support for care leavers:",
        "18 to 21 | Personal adviser for all\n21 to 25 | Personal adviser on request",
    ]


def test_wide_spaces_of_justified_lines_that_do_not_line_up_stay_spaces() -> None:
    lines = [
        _line("We listen to children and we act on", 100, wide_gaps=((9, 150.0),)),
        _line("what they tell us about their lives and", 100 + PITCH, wide_gaps=((4, 190.0),)),
        _line("their plans.", 100 + 2 * PITCH, right=150),
    ]

    assert pages_to_markdown([_page(lines)]) == (
        "We listen to children and we act on what they tell us about their lives and their plans."
    )


def test_contents_entries_lose_their_dot_leaders_and_page_numbers() -> None:
    lines = [
        _line("Contents", 100, size=13.0),
        _line("1. Scope of this chapter ........................ 2", 100 + 2 * PITCH),
        _line("2. Our values\u2026\u2026\u2026\u2026\u2026\u2026 iv", 100 + 3 * PITCH),
        _line("The text... goes on.", 100 + 5 * PITCH, right=200),
    ]

    assert pages_to_markdown([_page(lines)]).split("\n\n") == [
        "# Contents",
        "1. Scope of this chapter",
        "2. Our values",
        "The text... goes on.",
    ]


def test_a_first_page_header_where_the_other_pages_run_theirs_is_dropped() -> None:
    def body(page: int, top: float = 60.0) -> list[TextLine]:
        return [
            _line(f"{WORDS[page]} text of the chapter, line {'abc'[n]}.", top + n * PITCH)
            for n in range(3)
        ]

    first = [
        _line("Riverton Council", 30, size=15.0),
        _line("Children's Services Procedures Manual", 50, size=9.0),
        _line("Policies, Values and Principles", 80, size=18.0),
        *body(1, top=110.0),
    ]
    later = [[_line("Policies, Values and Principles - chapter 1.2", 31, size=8.0), *body(n)]
             for n in (2, 3)]  # fmt: skip

    text = pages_to_markdown([_page(first), *(_page(lines) for lines in later)])

    assert text.startswith("# Policies, Values and Principles\n\n")
    assert "Riverton" not in text and "Manual" not in text and "chapter 1.2" not in text


def test_a_first_page_title_below_the_header_zone_is_kept() -> None:
    def body(page: int, top: float = 60.0) -> list[TextLine]:
        return [
            _line(f"{WORDS[page]} text goes on, line {'abc'[n]}.", top + n * PITCH)
            for n in range(3)
        ]

    first = [_line("Policies, Values and Principles", 60, size=18.0), *body(1, top=90.0)]
    later = [[_line("Riverton Council procedures", 31, size=8.0), *body(n)] for n in (2, 3)]

    text = pages_to_markdown([_page(first), *(_page(lines) for lines in later)])

    assert text.startswith("# Policies, Values and Principles\n\n")


def test_footnote_marks_on_a_scaled_page_are_measured_as_the_text_is() -> None:
    data = _pdf_with_content_stream(
        b"0.75 0 0 0.75 0 0 cm BT /F1 14.67 Tf 80 900 Td (Support lasts until they are 21) Tj "
        b"/F1 10 Tf 5 Ts (1) Tj ET"
    )

    (line,) = read_pdf_pages(data)[0].lines

    assert line.text == "Support lasts until they are 21"
