"""PDF table rows that LibreOffice prints a cell at a time, and a year wrapped alone onto a
table's last line near a page's foot (blind round 395, decision 0583).

PDFium reads a row's first line whole ("v7 | Care leavers section"), then the rest of its last
cell and its further cells after it: those carry the row on, not a row of their own. A table's
last row read column by column under a row whose long last cell wrapped over several lines is
still a row. A bare number with the page's own words printed beyond it toward the edge is text,
not the page's number.

Each case is written for this test in our own words.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.pdf_table_rows import column_fragments_as_rows

BODY = 10.0


def _line(
    text: str,
    top: float,
    left: float,
    right: float,
    cells: int = 1,
    cell_starts: tuple[float, ...] = (),
    wide_gaps: tuple[tuple[int, float], ...] = (),
) -> TextLine:
    return TextLine(
        text, BODY, False, top, top + 9.0, left, right, cells=cells, cell_starts=cell_starts,
        wide_gaps=wide_gaps,
    )  # fmt: skip


def test_a_rows_later_cells_read_after_its_first_line_carry_that_row_on() -> None:
    lines = [
        _line("Issue | What was altered Dated", 100, 80, 400, 2, (220.0,), ((24, 360.0),)),
        _line("3 | Advice for young", 112, 80, 320, 2, (220.0,)),
        _line("parents added to the", 124, 220, 320),
        _line("section on help.", 136, 220, 310),
        _line("March 2026", 112, 360, 420),
        _line("2 | Contacts brought", 148, 80, 320, 2, (220.0,)),
        _line("up to date.", 160, 220, 290),
        _line("May 2024", 148, 360, 410),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert [row.text for row in rows] == [
        "Issue | What was altered Dated",
        "3 | Advice for young parents added to the section on help. | March 2026",
        "2 | Contacts brought up to date. | May 2024",
    ]
    assert rows[1].cells == 3


def test_a_band_under_wrapped_lines_of_a_row_is_still_a_row() -> None:
    lines = [
        _line("Statute | What it means for us", 100, 80, 400, 2, (260.0,)),
        _line("Housing Act 1996 Offer a home to a", 112, 80, 420, wide_gaps=((16, 260.0),)),
        _line("care leaver who needs", 124, 260, 400),
        _line("one, at any age.", 136, 260, 360),
        _line("Adoption and Children", 148, 80, 220),
        _line("Act 2002", 160, 80, 130),
        _line("Plan early where a child may", 148, 260, 420),
        _line("not go home.", 160, 260, 330),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert rows[-1].text == (
        "Adoption and Children Act 2002 | Plan early where a child may not go home."
    )


def test_lines_below_a_row_that_start_elsewhere_are_not_carried_on() -> None:
    lines = [
        _line("Step | Who does it", 100, 80, 330, 2, (260.0,)),
        _line("A note on visits", 130, 80, 200),
        _line("Who to ring", 130, 300, 380),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert rows[0].text == "Step | Who does it"


def _page(lines: Sequence[TextLine]) -> TextPage:
    return TextPage(width=595.0, height=842.0, lines=tuple(lines))


def _body(top: float, texts: Sequence[str]) -> list[TextLine]:
    return [_line(text, top + 14.0 * n, 80, 480) for n, text in enumerate(texts)]


def test_a_year_with_the_pages_words_below_it_is_kept() -> None:
    first = _page(
        [
            *_body(100, ["The chapter rests on the statutes below."] * 3),
            _line("The Foster Placement Rules", 740, 80, 260),
            _line("2011", 752, 80, 110),
            _line("which set out how carers are approved.", 764, 80, 400),
        ]
    )
    second = _page(_body(100, ["Our values come next in the chapter."] * 3))

    text = pages_to_markdown([first, second])

    assert "2011" in text


def test_a_number_alone_at_the_foot_is_still_the_pages_number() -> None:
    first = _page(
        [*_body(100, ["Everything a reader needs is said here."] * 3), _line("1", 800, 290, 296)]
    )
    second = _page(
        [*_body(100, ["The rest of the chapter follows on."] * 3), _line("2", 800, 290, 296)]
    )

    text = pages_to_markdown([first, second])

    assert "\n1\n" not in f"\n{text}\n" and "\n2\n" not in f"\n{text}\n"
