"""Headings set letter-spaced (Word's expanded character spacing, CSS `letter-spacing`, a
typesetter's tracking): PDFium puts a space into every gap the tracking opens, so the words
are found again from where the letters stand (blind round 276, decision 0408). Each passage
is in our own words."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import read_pdf_pages


def _tracked_pdf(tracking: float, heading: str, body: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.set_char_spacing(tracking)
    pdf.multi_cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", 10.5)
    pdf.multi_cell(0, 5.5, body, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _weasyprint_pdf(html_body: str) -> bytes:
    from weasyprint import HTML

    css = (
        "body { font: 10.5pt 'DejaVu Sans'; } "
        "h2 { font-size: 11pt; letter-spacing: 0.2em; text-transform: uppercase; }"
    )
    document = f"<html><head><style>{css}</style></head><body>{html_body}</body></html>"
    pdf: bytes = HTML(string=document).write_pdf()
    return pdf


def _first_lines(data: bytes, count: int) -> list[str]:
    return [line.text for line in read_pdf_pages(data)[0].lines[:count]]


def test_a_tracked_heading_reads_as_its_words() -> None:
    data = _tracked_pdf(3.0, "Help for young carers", "Young carers are offered an assessment.")

    assert _first_lines(data, 2) == [
        "Help for young carers",
        "Young carers are offered an assessment.",
    ]


def test_capitals_spaced_by_css_read_as_words_and_open_their_section() -> None:
    data = _weasyprint_pdf(
        "<h2>Staying close to home</h2><p>Children are placed in the county where it is safe.</p>"
        "<h2>Contact with brothers and sisters</h2><p>Siblings see each other every month.</p>"
    )

    text = read_source(data, "spaced.pdf").text

    assert "STAYING CLOSE TO HOME" in text
    assert "CONTACT WITH BROTHERS AND SISTERS" in text
    assert "S T A Y" not in text


def test_text_with_single_letters_but_no_tracking_is_left_alone() -> None:
    data = _tracked_pdf(
        0.0, "Plans A, B and C", "Options a, b, c, d and e are set out in turn below."
    )

    assert _first_lines(data, 2) == [
        "Plans A, B and C",
        "Options a, b, c, d and e are set out in turn below.",
    ]


def test_a_widely_spaced_row_of_single_letters_keeps_its_spaces() -> None:
    data = _tracked_pdf(0.0, "Key", "Y   N   Y   N   Y   N")

    assert _first_lines(data, 2)[1].split() == ["Y", "N", "Y", "N", "Y", "N"]
