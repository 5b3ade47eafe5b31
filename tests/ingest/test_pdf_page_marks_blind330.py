"""What a PDF page prints that is not the chapter (blind round 330, decision 0481): a watermark
set corner to corner, a protective marking at the page's top and foot, and the balloons of a
Word document printed with its markup showing. Each page here is drawn for the test, in our
own words."""

from __future__ import annotations

from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest.pdf import read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown

BODY = [
    "Every family we meet is told plainly what worries us and what has to",
    "change, and we write down what the children tell us in their words.",
]


def _page() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _body(pdf: FPDF, top: float = 120) -> None:
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.text(60, 80, "Values and Principles")
    pdf.set_font("Helvetica", size=11)
    for number, line in enumerate(BODY):
        pdf.text(60, top + 15 * number, line)


def _read(pdf: FPDF) -> str:
    return pages_to_markdown(read_pdf_pages(bytes(pdf.output())))


@settings(max_examples=12, deadline=None)
@given(st.integers(min_value=15, max_value=75))
def test_text_set_across_the_page_at_a_slant_is_no_text_of_the_chapter(angle: int) -> None:
    pdf = _page()
    _body(pdf)
    pdf.set_font("Helvetica", style="B", size=48)
    with pdf.rotation(angle=angle, x=300, y=420):
        pdf.text(120, 420, "FOR REFERENCE ONLY")

    text = _read(pdf)

    assert "REFERENCE" not in text
    assert "write down what the children tell us" in text


def test_text_turned_a_quarter_turn_is_kept() -> None:
    pdf = _page()
    _body(pdf)
    pdf.set_font("Helvetica", size=9)
    with pdf.rotation(angle=90, x=30, y=600):
        pdf.text(30, 600, "Issued by the family help service")

    lines = [line.text for page in read_pdf_pages(bytes(pdf.output())) for line in page.lines]

    assert any("family help service" in line for line in lines)


def test_a_protective_marking_at_the_top_and_foot_of_one_page_is_dropped() -> None:
    pdf = _page()
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.text(270, 30, "OFFICIAL")
    pdf.text(270, 815, "OFFICIAL")
    pdf.set_font("Helvetica", size=8)
    pdf.text(530, 815, "1")
    _body(pdf)

    text = _read(pdf)

    assert "OFFICIAL" not in text
    assert "Values and Principles" in text


def test_a_marking_with_its_descriptor_is_dropped_and_the_word_in_a_sentence_kept() -> None:
    pdf = _page()
    pdf.set_font("Helvetica", style="B", size=10)
    pdf.text(230, 30, "OFFICIAL-SENSITIVE: PERSONAL")
    _body(pdf)
    pdf.set_font("Helvetica", size=11)
    pdf.text(60, 200, "An official of the council chairs each review.")

    text = _read(pdf)

    assert "SENSITIVE" not in text
    assert "An official of the council chairs each review." in text


def _balloon(pdf: FPDF, top: float, lines: list[str]) -> None:
    pdf.set_font("Helvetica", size=7.5)
    for number, line in enumerate(lines):
        pdf.text(400, top + 9 * number, line)


def test_printed_markup_balloons_in_the_right_margin_are_dropped() -> None:
    pdf = _page()
    _balloon(pdf, 95, ["Commented [RT4]: Is this still the", "team's wording?"])
    _balloon(pdf, 140, ["Deleted: three"])
    _balloon(pdf, 170, ["Formatted: Font: Bold"])
    pdf.set_font("Helvetica", style="B", size=16)
    pdf.text(60, 80, "Values and Principles")
    pdf.set_font("Helvetica", size=11)
    pdf.text(60, 120, "Plans are checked within four months")
    pdf.text(60, 135, "of a child coming into care.")

    text = _read(pdf)

    assert "Commented" not in text
    assert "team's wording" not in text
    assert "Deleted" not in text
    assert "Formatted" not in text
    assert text.index("Values and Principles") < text.index("within four months")


def test_a_label_like_line_in_the_texts_own_type_is_kept() -> None:
    pdf = _page()
    _body(pdf)
    pdf.set_font("Helvetica", size=11)
    pdf.text(320, 200, "Deleted: records are destroyed")
    pdf.text(320, 215, "after the retention period.")

    text = _read(pdf)

    assert "Deleted: records are destroyed" in text
