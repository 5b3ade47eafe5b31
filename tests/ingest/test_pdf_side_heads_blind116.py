"""Side-heads: a heading set in the left margin level with the first line of its paragraph,
which PDFium joins to that line with a cell gap. A short bold phrase in type larger than the
regular text beside it comes apart as a line of its own; a table's bold row label at its cells'
size stays in its row (blind round 116, decision 0190). Each text is in our own words."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import read_pdf_pages

_ROWS = [
    ("Planning", "A plan for the child's future is agreed at the second review of their care."),
    ("Reviews", "The reviewing officer checks at each review that the plan has not drifted."),
]


def _side_heads_pdf(head_size: float) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 8, "Plans for children", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for head, text in _ROWS:
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", head_size)
        pdf.set_xy(20, y)
        pdf.multi_cell(38, 5.5, head, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(64, y)
        pdf.multi_cell(124, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


def test_a_larger_bold_side_head_comes_apart_from_its_text() -> None:
    lines = [line.text for page in read_pdf_pages(_side_heads_pdf(11.5)) for line in page.lines]

    assert "Planning" in lines
    assert any(line.startswith("A plan for the child's future") for line in lines)
    assert not any(" | " in line for line in lines)


def test_side_heads_read_as_headings_over_their_paragraphs() -> None:
    text = read_source(_side_heads_pdf(11.5), "side-heads.pdf").text

    assert "**Planning**\n\nA plan for the child's future" in text
    assert "**Reviews**\n\nThe reviewing officer checks" in text


def test_a_bold_label_at_the_cells_size_stays_in_its_row() -> None:
    lines = [line.text for page in read_pdf_pages(_side_heads_pdf(11)) for line in page.lines]

    assert any(line.startswith("Planning | A plan") for line in lines)
