"""A letter's sign-off in a PDF stands on its own line over the signature: PDFium gives the
sign-off ("With thanks for all that you do,", "Yours sincerely,") and the name under it as two
short lines a little apart, and a line ending in a comma would otherwise carry on into the next
(blind round 247, decision 0373). Each text is in our own words."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from app.ingest import read_source

_CLOSING = [
    "Finally, thank you. What families tell us stays with us, and we share it only when a child's "
    "safety depends on it, telling the family what we shared and why.",
]


def _letter_pdf(sign_off: str, closing_lines: list[str]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 12)
    pdf.multi_cell(0, 7, "Our values and principles", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 6, "Dear colleagues,", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    for paragraph in _CLOSING:
        pdf.multi_cell(0, 6.2, paragraph, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    for line in [sign_off, *closing_lines]:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


@pytest.mark.parametrize(
    "sign_off", ["With thanks for all that you do,", "Yours sincerely,", "Many thanks,"]
)
def test_the_name_under_a_sign_off_is_a_paragraph_of_its_own(sign_off: str) -> None:
    pdf = _letter_pdf(sign_off, ["Morwenna Pryce", "Director of Children's Services"])
    text = read_source(pdf, "letter.pdf").text

    assert f"{sign_off}\n\nMorwenna Pryce" in text


def test_a_line_ending_in_a_comma_that_is_no_sign_off_still_carries_on() -> None:
    pdf = _letter_pdf("With the help of our partners,", ["we will keep children safe."])
    text = read_source(pdf, "letter.pdf").text

    assert "With the help of our partners, we will keep children safe." in text
