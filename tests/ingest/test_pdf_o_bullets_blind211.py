"""A list's inner level bulleted with a lower-case "o" (Word's second-level bullet, and writers
who copy it) is a list, not a table: the "o" and its item's text stand a gap apart as a dash
bullet and its text do (blind211, decision 0331). A line of prose never opens with the letter
alone. Each passage is in our own words."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

FONTS = Path("/usr/share/fonts/truetype/dejavu")


def _two_level_list_pdf(inner_bullet: str) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5, "Our promises to young people in Lindwell:", new_x="LMARGIN", new_y="NEXT")
    for level, text in [
        (0, "While they are in care:"),
        (1, "we visit them in their home at least every six weeks;"),
        (1, "we help them keep up with their friends and hobbies."),
        (0, "When they leave care:"),
        (1, "we help them find a home of their own;"),
        (1, "we stay in touch for as long as they want us to."),
    ]:
        pdf.set_x(26 if level == 0 else 34)
        pdf.cell(6, 5, "\u2013" if level == 0 else inner_bullet)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_items_bulleted_o_under_dash_items_are_an_inner_list() -> None:
    text = read_source(_two_level_list_pdf("o"), "promises.pdf").text

    assert "|" not in text
    assert "  - we visit them in their home at least every six weeks;" in text
    assert "  - we stay in touch for as long as they want us to." in text
    assert "- When they leave care:" in text


def test_an_o_before_a_capital_opens_no_item() -> None:
    lines = [
        TextLine(text, 10.5, False, 100.0 + row * 14.0, 112.0 + row * 14.0, 60.0, 520.0, colour=0)
        for row, text in enumerate(
            [
                "Our corporate parenting board meets four times a year and hears from the",
                "o Children in Care Council at every meeting.",
            ]
        )
    ]
    text = pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])

    assert not text.startswith("- ")
    assert "\n- " not in text
