"""A browser's table printed to PDF with narrow cell padding (blind378, decision 0556): the gap
between a short middle cell ("2011") and the wide cell after it is wider than a word space but
too narrow to be a cell boundary alone, so PDFium's lines carry it as a wide gap. A column of
such gaps is a column of the table wherever the row is put back together, and a table that
runs over a page break whose last row's long cell wraps onto the page's last line still drops
its heading row repeated at the top of the next page. Lines made here, in our own words."""

from __future__ import annotations

from app.ingest.pdf import TextLine
from app.ingest.pdf_table_grid import tables_across_pages, tables_on_grid
from app.ingest.pdf_table_rows import column_fragments_as_rows

SIZE = 10.0
YEAR = 210.0
NOTE = 246.0


def _line(
    text: str,
    top: float,
    left: float,
    *,
    starts: tuple[float, ...] = (),
    wide: tuple[tuple[int, float], ...] = (),
) -> TextLine:
    return TextLine(
        text,
        SIZE,
        False,
        top,
        top + SIZE,
        left,
        left + 5 * len(text),
        cells=len(starts) + 1,
        cell_starts=starts,
        wide_gaps=wide,
    )


def _wide_after(text: str, word: str) -> tuple[tuple[int, float], ...]:
    """The wide gap right after `word` in `text` (the space that follows it)."""
    return ((text.index(word) + len(word), NOTE),)


def test_a_column_of_narrow_gaps_is_a_column_when_the_grid_is_placed() -> None:
    head = "Act | Term Why it matters here"
    first = "Housing Grants Act | 1996 Adapting homes for disabled young people."
    second = "Sports Fields Act | 2011 Where children can"
    lines = [
        _line(head, 40, 40, starts=(YEAR,), wide=_wide_after(head, "Act | Term")),
        _line(first, 60, 40, starts=(YEAR,), wide=_wide_after(first, "| 1996")),
        _line("Highways and Lanes Act", 80, 40),
        _line("2003", 94, 40),
        _line("2003 Safe routes to school for every pupil we", 80, YEAR, wide=((4, NOTE),)),
        _line("look after.", 94, NOTE),
        _line(second, 116, 40, starts=(YEAR,), wide=_wide_after(second, "| 2011")),
    ]

    rows = [line.text for line in tables_on_grid(lines, SIZE)]

    assert rows[0] == "Act | Term | Why it matters here"
    assert rows[2] == (
        "Highways and Lanes Act 2003 | 2003 | Safe routes to school for every pupil we look after."
    )
    assert all(row.count(" | ") == 2 for row in rows)


def test_a_row_read_a_column_at_a_time_keeps_its_narrow_gaps() -> None:
    lines = [
        _line("Libraries Act | 1964 | Books for every child.", 40, 40, starts=(YEAR, NOTE)),
        _line("Highways and Lanes Act", 60, 40),
        _line("2003", 74, 40),
        _line("2003 Safe routes to school for every pupil we", 60, YEAR, wide=((4, NOTE),)),
        _line("look after.", 74, NOTE),
    ]

    rows = column_fragments_as_rows(lines, SIZE)
    row = rows[1]

    assert row.text == "Highways and Lanes Act 2003 | 2003 Safe routes to school for every pupil we"
    assert rows[2].text == "look after."
    assert [(row.text[offset], start) for offset, start in row.wide_gaps] == [(" ", NOTE)]
    assert row.text[: row.wide_gaps[0][0]].endswith("| 2003")


def _row(text: str, top: float) -> TextLine:
    return _line(text, top, 40, starts=(YEAR, NOTE))


def test_the_repeated_heading_row_goes_though_the_page_ends_on_a_wrapped_cell() -> None:
    first = [
        _row("Act | Term | Why it matters here", 500),
        _row("Housing Grants Act | 1996 | Adapting homes for disabled", 520),
        _line("young people.", 534, NOTE),
        _row("Sports Fields Act | 2011 | Where children can play out of", 556),
        _line("school hours.", 570, NOTE),
    ]
    second = [
        _row("Act | Term | Why it matters here", 40),
        _row("Museums Act | 2019 | Free entry for care leavers.", 60),
    ]

    pages = tables_across_pages([first, second])

    assert [line.text for line in pages[1]] == ["Museums Act | 2019 | Free entry for care leavers."]
    assert pages[0] == first


def test_a_page_ending_on_prose_under_a_table_keeps_the_next_page_whole() -> None:
    first = [
        _row("Act | Term | Why it matters here", 500),
        _row("Housing Grants Act | 1996 | Adapting homes for disabled", 520),
        _line("Managers check this list each spring before the plan is agreed.", 560, 40),
    ]
    second = [
        _row("Act | Term | Why it matters here", 40),
        _row("Museums Act | 2019 | Free entry for care leavers.", 60),
    ]

    pages = tables_across_pages([first, second])

    assert pages[1] == second
