"""Words a PDF draws a line through are no text (decision 0314): a Word chapter printed with its
tracked changes showing strikes its deletions through, as LibreOffice prints them by default,
and a reader who keeps them reads both the old and the new value run together."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest.pdf import read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown

SIZE = 11.0


def _page() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=SIZE)
    return pdf


def _write(pdf: FPDF, y: float, pieces: list[tuple[str, str]]) -> None:
    """Write `pieces` along one line from the left margin; each is (text, mark): "" plain,
    "strike" a thin bar through its middle, "under" a thin bar under its baseline."""
    x = 50.0
    for text, mark in pieces:
        width = pdf.get_string_width(text)
        pdf.text(x, y, text)
        if mark == "strike":
            pdf.rect(x, y - 3.4, width, 0.8, style="F")
        elif mark == "under":
            pdf.rect(x, y + 1.2, width, 0.8, style="F")
        x += width


def _markdown(pdf: FPDF) -> str:
    return pages_to_markdown(read_pdf_pages(bytes(pdf.output())))


def test_a_word_struck_through_is_dropped_and_the_word_beside_it_kept() -> None:
    pdf = _page()
    _write(
        pdf,
        100,
        [
            ("Reviews are held every ", ""),
            ("eight", "strike"),
            ("twelve", "under"),
            (" weeks.", ""),
        ],
    )

    text = _markdown(pdf)

    assert "Reviews are held every twelve weeks." in text
    assert "eight" not in text


def test_words_struck_through_together_leave_one_space() -> None:
    pdf = _page()
    _write(
        pdf,
        100,
        [
            ("Our teams work with ", ""),
            ("Family Group Conferencing", "strike"),
            ("Mockingbird", ""),
        ],
    )

    assert "Our teams work with Mockingbird" in _markdown(pdf)


def test_a_line_struck_through_whole_is_gone() -> None:
    pdf = _page()
    _write(pdf, 100, [("The first paragraph stays as it was.", "")])
    _write(pdf, 130, [("This sentence was taken out of the draft.", "strike")])
    _write(pdf, 160, [("The last paragraph stays too.", "")])

    text = _markdown(pdf)

    assert "taken out" not in text
    assert "The first paragraph stays as it was." in text
    assert "The last paragraph stays too." in text


def test_underlines_and_rules_between_lines_strike_nothing() -> None:
    pdf = _page()
    _write(pdf, 100, [("A heading with a rule under it", "under")])
    pdf.rect(50, 108, 400, 0.8, style="F")  # a rule in the gap between two lines
    _write(pdf, 120, [("Text under the rule is read as it is.", "")])

    text = _markdown(pdf)

    assert "A heading with a rule under it" in text
    assert "Text under the rule is read as it is." in text
