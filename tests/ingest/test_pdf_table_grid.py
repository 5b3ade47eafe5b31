"""Tables whose cells wrap, as a word processor prints them: each cell drawn as a run of its own
(PDFium reads a tall row one column at a time, a narrow cell's word beside the first line of
the wide cell next to it), across a page break with the heading row repeated. The pages are
drawn here with fpdf2, in our own words, cell by cell as LibreOffice draws them."""

from __future__ import annotations

import time

from fpdf import FPDF

from app.ingest.pdf import CELL_SEPARATOR, TextLine, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.pdf_table_grid import tables_across_pages, tables_on_grid

SIZE = 9.5
PITCH = 11.0
ROW_PADDING = 8.0
COLUMNS = (60.0, 190.0, 230.0, 440.0)
HEADING = ["Statute", "Year", "What it asks of us", "Parts we use"]
ROWS = [
    [
        ["Housing Standards Act"],
        ["1994"],
        [
            "Homes we place young people in",
            "must be inspected first and",
            "checked again each year.",
        ],
        ["Parts 2 and 4"],
    ],
    [
        ["Youth Guidance", "(Wales) Measure"],
        ["2003"],
        ["Every young person leaving our", "care has a named guide until", "the age of 23."],
        ["Sections 5, 6", "and 9"],
    ],
    [
        ["Family Courts Act"],
        ["2011"],
        ["Hearings about a child are", "listed within six weeks."],
        ["Section 12"],
    ],
]
LAST_ROW = [
    ["Foster Homes Act"],
    ["2019"],
    ["Carers receive training before", "their first placement and every", "two years after that."],
    ["Sections 1", "to 4"],
]


def _document() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_font("Helvetica", size=SIZE)
    return pdf


def _draw_row(pdf: FPDF, cells: list[list[str]], top: float) -> float:
    """One row drawn cell by cell, each cell's lines top to bottom; the next row's top."""
    for left, lines in zip(COLUMNS, cells, strict=True):
        for number, text in enumerate(lines):
            pdf.text(left, top + number * PITCH, text)
    return top + max(len(lines) for lines in cells) * PITCH + ROW_PADDING


def _paragraph(pdf: FPDF, text: str, top: float) -> float:
    pdf.text(60, top, text)
    return top + 2 * PITCH


def _markdown(pdf: FPDF) -> str:
    return pages_to_markdown(read_pdf_pages(bytes(pdf.output())))


def _table_lines(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if CELL_SEPARATOR in line]


def test_a_table_of_wrapped_cells_reads_one_line_per_row() -> None:
    pdf = _document()
    pdf.add_page()
    top = _paragraph(pdf, "The statutes below shape how we work.", 80)
    top = _draw_row(pdf, [[cell] for cell in HEADING], top)
    for row in ROWS:
        top = _draw_row(pdf, row, top)
    _paragraph(pdf, "We review this list every spring.", top + PITCH)

    markdown = _markdown(pdf)

    assert _table_lines(markdown) == [
        "Statute | Year | What it asks of us | Parts we use",
        "Housing Standards Act | 1994 | Homes we place young people in must be inspected first "
        "and checked again each year. | Parts 2 and 4",
        "Youth Guidance (Wales) Measure | 2003 | Every young person leaving our care has a named "
        "guide until the age of 23. | Sections 5, 6 and 9",
        "Family Courts Act | 2011 | Hearings about a child are listed within six weeks. | "
        "Section 12",
    ]
    assert "We review this list every spring." in markdown.splitlines()


def test_a_table_across_a_page_break_drops_the_repeated_heading_and_carries_the_split_row() -> None:
    pdf = _document()
    pdf.add_page()
    top = _paragraph(pdf, "The statutes below shape how we work.", 80)
    top = _draw_row(pdf, [[cell] for cell in HEADING], top)
    for row in ROWS:
        top = _draw_row(pdf, row, top)
    first_part = [LAST_ROW[0], LAST_ROW[1], LAST_ROW[2][:2], LAST_ROW[3]]
    _draw_row(pdf, first_part, top)
    pdf.add_page()
    top = _draw_row(pdf, [[cell] for cell in HEADING], 80)
    top = _draw_row(pdf, [[], [], LAST_ROW[2][2:], []], top)
    schools = [["Schools Access Act"], ["2022"], ["Pupils in care are admitted", "first."]]
    _draw_row(pdf, [*schools, ["Section 2"]], top)

    rows = _table_lines(_markdown(pdf))

    assert rows.count("Statute | Year | What it asks of us | Parts we use") == 1
    assert (
        "Foster Homes Act | 2019 | Carers receive training before their first placement and "
        "every two years after that. | Sections 1 to 4"
    ) in rows
    assert rows[-1] == "Schools Access Act | 2022 | Pupils in care are admitted first. | Section 2"
    assert len(rows) == 6


def test_a_row_with_an_empty_cell_keeps_the_cell_empty() -> None:
    pdf = _document()
    pdf.add_page()
    top = _draw_row(pdf, [[cell] for cell in HEADING], 80)
    top = _draw_row(pdf, ROWS[0], top)
    advice = ["Advice only: it places no", "duty on the council."]
    top = _draw_row(pdf, [["Carers Week Guidance"], [], advice, ["All of it"]], top)
    _draw_row(pdf, ROWS[2], top)

    rows = _table_lines(_markdown(pdf))

    assert (
        "Carers Week Guidance | | Advice only: it places no duty on the council. | All of it"
    ) in rows
    assert len(rows) == 4


def test_a_page_of_two_column_prose_is_not_a_table() -> None:
    """Short paragraphs in two page columns, under a line of two parts whose second stands over
    the right column: read left column first, the order goes back up to an earlier "row"."""
    left = [
        ["Our advisers meet each young person", "before they turn sixteen."],
        ["The plan is written with them, not", "for them, and they keep a copy."],
    ]
    right = [
        ["When a plan changes we tell the", "young person why."],
        ["Advisers visit at least every two", "months until the plan ends."],
    ]
    pdf = _document()
    pdf.add_page()
    pdf.text(60, 60, "Owner: Fostering team")
    pdf.text(310, 60, "Reviewed: March 2025")
    for column, x in ((left, 60), (right, 310)):
        top = 80.0
        for paragraph in column:
            for text in paragraph:
                pdf.text(x, top, text)
                top += PITCH
            top += PITCH

    markdown = _markdown(pdf)

    assert "Our advisers meet each young person before they turn sixteen." in markdown
    assert "Our advisers meet each young person before they turn sixteen. |" not in markdown
    assert markdown.index("and they keep a copy.") < markdown.index("When a plan changes")
    assert markdown.count(CELL_SEPARATOR) <= 1


def _row(text: str, top: float, starts: tuple[float, ...]) -> TextLine:
    return TextLine(
        text, SIZE, False, top, top + SIZE, 60, 500, cells=len(starts) + 1, cell_starts=starts
    )


def test_a_table_read_in_row_order_is_left_to_the_other_passes() -> None:
    lines = [
        _row("Term | Meaning", 100, (200,)),
        _row("Plan | What we agree", 115, (200,)),
        _row("Review | When we look again", 130, (200,)),
    ]

    assert tables_on_grid(lines, SIZE) == lines


def test_a_heading_row_alone_at_the_top_of_the_next_page_is_dropped() -> None:
    head = _row("Term | Meaning", 100, (200,))
    first = [head, _row("Plan | What we agree", 115, (200,))]
    second = [_row("Term | Meaning", 80, (200,)), _row("Review | When we look again", 95, (200,))]

    pages = tables_across_pages([first, second])

    assert [line.text for line in pages[1]] == ["Review | When we look again"]
    assert pages[0] == first


def test_a_long_page_of_table_lines_is_placed_in_bounded_time() -> None:
    lines = [_row("Term | Meaning", 10, (200,))]
    for number in range(20_000):
        top = 20 + number * 0.01
        lines.append(TextLine(f"word {number}", SIZE, False, top, top + SIZE, 200, 260))

    started = time.perf_counter()
    tables_on_grid(lines, SIZE)

    assert time.perf_counter() - started < 5.0


def test_rows_of_tall_cells_stay_one_table() -> None:
    tall = [
        ["Care Standards Act"],
        ["2000"],
        [
            "Every home that looks after",
            "children is registered and",
            "inspected, its manager is",
            "checked, its staff are trained",
            "and its records are open to",
            "the inspector at any visit.",
        ],
        ["Parts 1 and 2"],
    ]
    pdf = _document()
    pdf.add_page()
    top = _paragraph(pdf, "The statutes below shape how we work.", 80)
    top = _draw_row(pdf, [[cell] for cell in HEADING], top)
    top = _draw_row(pdf, tall, top)
    top = _draw_row(pdf, tall, top)
    _draw_row(pdf, ROWS[2], top)

    markdown = _markdown(pdf)

    row = (
        "Care Standards Act | 2000 | Every home that looks after children is registered and "
        "inspected, its manager is checked, its staff are trained and its records are open to "
        "the inspector at any visit. | Parts 1 and 2"
    )
    assert f"{row}\n{row}\nFamily Courts Act" in markdown
