"""Tables as LibreOffice and browsers print them (blind round 17): a row whose cells wrap is
drawn one cell at a time, a version table's first cell looks like a list number, and a cell
may stand too close to the next for its gap alone to tell a table."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest.pdf import TextLine, TextPage, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown
from app.ingest.pdf_table_rows import column_fragments_as_rows, gaps_at_wrapped_cells

BODY = 10.0


def _line(text: str, top: float, left: float, right: float, cells: int = 1) -> TextLine:
    return TextLine(text, BODY, False, top, top + 11.0, left, right, cells=cells)


def test_a_row_drawn_one_cell_at_a_time_is_put_back_together_as_one_row() -> None:
    lines = [
        _line("Statute | Why it matters", 100, 72, 300, cells=2),
        _line("Localism Act", 113, 72, 150),
        _line("2011", 126, 72, 95),
        _line("Powers for councils to act", 113, 300, 480),
        _line("in their own areas", 126, 300, 400),
        _line("Housing Act 1996 | Homelessness", 139, 72, 420, cells=2),
    ]

    rows = column_fragments_as_rows(lines, BODY)

    assert [row.text for row in rows] == [
        "Statute | Why it matters",
        "Localism Act 2011 | Powers for councils to act in their own areas",
        "Housing Act 1996 | Homelessness",
    ]
    assert rows[1].cells == 2
    assert rows[1].cell_starts == (300,)


def test_lines_that_go_back_up_the_page_away_from_any_table_are_left_alone() -> None:
    lines = [
        _line("A short label", 100, 72, 150),
        _line("A note set beside it", 100, 300, 480),
        _line("Text carries on below.", 126, 72, 480),
    ]

    assert column_fragments_as_rows(lines, BODY) == lines


def test_a_long_column_of_text_is_a_page_column_not_a_cell() -> None:
    left = [_line(f"line {n} of the left column", 100 + 13 * n, 72, 280) for n in range(6)]
    lines = [
        _line("Term | Meaning", 80, 72, 300, cells=2),
        *left,
        _line("right column", 100, 310, 500),
    ]

    assert column_fragments_as_rows(lines, BODY) == lines


def test_a_narrow_gap_over_a_wrapped_cells_line_is_a_cell_boundary() -> None:
    squeezed = TextLine(
        "Mental Capacity Act 2005 Decisions for people", BODY, False, 100, 111, 72, 480,
        wide_gaps=((24, 300.5),),
    )  # fmt: skip
    lines = [squeezed, _line("who lack capacity", 113, 300, 390)]

    rows = gaps_at_wrapped_cells(lines, BODY)

    assert rows[0].text == "Mental Capacity Act 2005 | Decisions for people"
    assert rows[0].cells == 2


def test_a_wide_space_in_a_justified_line_over_ordinary_text_stays_a_space() -> None:
    justified = TextLine(
        "Families are told what we   record", BODY, False, 100, 111, 72, 480,
        wide_gaps=((26, 330.0),),
    )  # fmt: skip
    lines = [justified, _line("and why we keep it.", 113, 72, 200)]

    assert gaps_at_wrapped_cells(lines, BODY) == lines


def _table_pdf(rows: list[list[str]], columns: list[float]) -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=10)
    document.set_xy(20, 20)
    document.cell(0, 6, "Changes to this chapter are recorded below.")
    for number, row in enumerate(rows):
        for x, text in zip(columns, row, strict=True):
            document.text(x, 40 + number * 7, text)
    return bytes(document.output())


def test_a_version_tables_first_cell_is_a_cell_though_it_looks_like_a_number() -> None:
    data = _table_pdf(
        [
            ["Version", "Date", "Change"],
            ["3.0", "May 2022", "Reissued"],
            ["3.1", "June 2024", "Ages"],
        ],
        [20, 70, 130],
    )

    texts = [line.text for page in read_pdf_pages(data) for line in page.lines]

    assert "3.0 | May 2022 | Reissued" in texts
    assert "3.1 | June 2024 | Ages" in texts


def test_a_numbered_item_with_a_wide_tab_is_still_a_numbered_item() -> None:
    data = _table_pdf(
        [["1.", "Children are heard first."], ["2.", "Families come next."]], [20, 32]
    )

    text = pages_to_markdown(read_pdf_pages(data))

    assert "|" not in text
    assert "Children are heard first." in text


def test_a_browsers_row_with_its_short_cell_centred_in_the_row_is_one_row() -> None:
    lines = [
        _line("Statute | Why it matters", 100, 72, 300, cells=2),
        _line("Localism Act 2011", 126.5, 72, 160),
        _line("Powers for councils to act in", 120, 300, 480),
        _line("their own areas", 133, 300, 380),
        _line("Housing Act 1996 | Homelessness", 152, 72, 420, cells=2),
    ]

    assert [row.text for row in column_fragments_as_rows(lines, BODY)] == [
        "Statute | Why it matters",
        "Localism Act 2011 | Powers for councils to act in their own areas",
        "Housing Act 1996 | Homelessness",
    ]


def test_short_paragraphs_under_bold_headings_keep_a_closing_stamp_apart() -> None:
    lines: list[TextLine] = []
    top = 100.0
    for number in range(5):
        lines.append(TextLine(f"Heading {number}", BODY, True, top, top + 11, 72, 160))
        top += 26
        lines.append(
            _line(f"Paragraph {number} opens with a line running across the", top, 72, 520)
        )
        top += 15
        lines.append(_line("page, and it ends on this line.", top, 72, 510))
        top += 26
    lines.append(_line("Page last checked on 3 May 2024", top, 72, 250))

    blocks = pages_to_markdown([TextPage(595.0, 842.0, tuple(lines))]).split("\n\n")

    assert blocks[-1] == "Page last checked on 3 May 2024"
    assert (
        blocks[-2]
        == "Paragraph 4 opens with a line running across the page, and it ends on this line."
    )
