"""Pages printed by a browser, as blind set 165 showed them (decision 0267): a list's bullets
drawn as small filled shapes, not characters, and a box floated beside the page's title that
the browser paints (and PDFium reads) before the title."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest.pdf import TextLine, _with_side_boxes_after_headings, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown


def _markdown(pdf: FPDF) -> str:
    return pages_to_markdown(read_pdf_pages(bytes(pdf.output())))


def _page() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def _bulleted(pdf: FPDF, items: list[str], top: float, *, dot: float, gap: float) -> None:
    for number, item in enumerate(items):
        y = top + 16 * number
        pdf.circle(x=60 - gap - dot, y=y - 4 - dot / 2, radius=dot / 2, style="F")
        pdf.text(60, y, item)


ACTS = ["The Children Act 1989", "The Care Act 2014", "The Children and Families Act 2014"]


def test_lines_with_drawn_dots_at_their_left_are_a_lists_items() -> None:
    pdf = _page()
    pdf.text(40, 80, "Our work rests on the laws set out below.")
    _bulleted(pdf, ACTS, 100, dot=4, gap=8)
    pdf.text(40, 160, "Each of them gives the council duties towards children.")

    text = _markdown(pdf)

    assert "- The Children Act 1989\n" in text
    assert "- The Care Act 2014\n" in text
    assert "- The Children and Families Act 2014\n" in text


def test_a_large_shape_or_one_far_from_the_text_is_no_bullet() -> None:
    pdf = _page()
    pdf.text(40, 80, "Our work rests on the laws set out below.")
    _bulleted(pdf, ACTS[:2], 100, dot=14, gap=8)  # an icon, not a bullet
    _bulleted(pdf, ACTS[2:], 132, dot=4, gap=60)  # a mark in another column

    text = _markdown(pdf)

    assert "- " not in text
    assert "\u2022" not in text


def _line(text: str, top: float, left: float, size: float = 11.0) -> TextLine:
    return TextLine(text, size, False, top, top + size * 1.15, left, left + size * 0.5 * len(text))


def test_a_box_floated_beside_the_title_is_read_after_it() -> None:
    # a browser paints the float first: PDFium gives its lines before the page's head
    lines = (
        _line("Amendment", 142.0, 373.0, 9.5),
        _line("Updated in May 2025 to add a note on", 156.0, 373.0, 9.5),
        _line("contact with brothers and sisters.", 170.0, 373.0, 9.5),
        _line("Home > Procedures > Values and Principles", 110.0, 37.0, 9.0),
        _line("Values and", 139.0, 37.0, 20.0),
        _line("Principles", 167.0, 37.0, 20.0),
        _line("This chapter sets out what we believe.", 215.0, 37.0),
        _line("It applies to every worker in the service.", 231.0, 37.0),
    )

    order = [line.text for line in _with_side_boxes_after_headings(lines)]

    assert order == [
        "Home > Procedures > Values and Principles",
        "Values and",
        "Principles",
        "Amendment",
        "Updated in May 2025 to add a note on",
        "contact with brothers and sisters.",
        "This chapter sets out what we believe.",
        "It applies to every worker in the service.",
    ]


def test_text_beside_a_heading_that_comes_after_it_stays_where_it_is() -> None:
    lines = (
        _line("Values and Principles", 139.0, 37.0, 20.0),
        _line("This chapter sets out what we believe.", 215.0, 37.0),
        _line("Last reviewed May 2025", 142.0, 373.0, 9.5),
        _line("It applies to every worker in the service.", 231.0, 37.0),
    )

    assert _with_side_boxes_after_headings(lines) == lines


def test_a_box_above_the_heading_stays_before_it() -> None:
    lines = (
        _line("Search the manual", 60.0, 373.0, 9.5),
        _line("Values and Principles", 139.0, 37.0, 20.0),
        _line("This chapter sets out what we believe.", 215.0, 37.0),
        _line("It applies to every worker in the service.", 231.0, 37.0),
    )

    assert _with_side_boxes_after_headings(lines) == lines


def test_a_bold_label_over_coloured_link_lines_is_a_block_of_its_own() -> None:
    # blind171 (decision 0274): an "On this page" box, its label bold, its entries links in the
    # browser's link colour; the label stays a bold line over them, not their first words
    pdf = _page()
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.text(50, 80, "In this chapter")
    pdf.set_font("Helvetica", size=11)
    pdf.set_text_color(0, 0, 238)
    for number, entry in enumerate(["Who this is for", "Our duties", "Leaving care"]):
        pdf.text(50, 96 + 16 * number, entry)
    pdf.set_text_color(0, 0, 0)
    pdf.text(40, 160, "This chapter applies to every kinship team and to the family carers.")
    pdf.text(40, 176, "It sets out what they can expect from the council and from one another.")

    text = _markdown(pdf)

    assert text.startswith("**In this chapter**\n\n")
    assert "In this chapter Who this is for" not in text


def test_a_bold_heading_wrapped_over_two_lines_stays_one_line() -> None:
    pdf = _page()
    pdf.set_font("Helvetica", style="B", size=11)
    pdf.text(40, 80, "How the council supports family members who")
    pdf.text(40, 94, "take on the care of a child")
    pdf.set_font("Helvetica", size=11)
    pdf.text(40, 120, "Kinship carers are offered an assessment and a named worker within a week.")

    assert "**How the council supports family members who take on the care of a child**" in (
        _markdown(pdf)
    )
