"""Headings a PDF maker sets apart only by their colour: the body's size, the body's weight, a
colour of their own (blind round 45)."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import TextLine, TextPage, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.5
BLUE = 0x005493


def _line(text: str, row: int, colour: int = 0, right: float = 520.0) -> TextLine:
    top = 100.0 + row * 14.0
    return TextLine(text, BODY, False, top, top + 12.0, 60.0, right, colour=colour)


def _chapter_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()

    def heading(text: str) -> None:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_text_color(0, 84, 147)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")

    def paragraph(text: str) -> None:
        pdf.set_font("Helvetica", "", 10.5)
        pdf.set_text_color(0, 0, 0)
        pdf.multi_cell(0, 5.5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    heading("Who this chapter is for")
    paragraph(
        "Everyone who works with children and families for the council, whether employed, "
        "commissioned or volunteering, should read this chapter."
    )
    heading("How we work with families")
    paragraph("We look first to relatives and friends when a child cannot live at home.")
    return bytes(pdf.output())


def test_a_pdf_line_carries_the_colour_its_characters_are_filled_with() -> None:
    lines = [line for page in read_pdf_pages(_chapter_pdf()) for line in page.lines]

    assert lines[0].text == "Who this chapter is for"
    assert lines[0].colour == BLUE
    assert lines[1].colour == 0


def test_a_short_line_in_another_colour_at_the_body_size_stands_apart_as_bold_would() -> None:
    text = read_source(_chapter_pdf(), "coloured.pdf").text

    assert text.split("\n\n")[:3] == [
        "**Who this chapter is for**",
        "Everyone who works with children and families for the council, whether employed, "
        "commissioned or volunteering, should read this chapter.",
        "**How we work with families**",
    ]


def test_a_coloured_sentence_or_link_stays_in_the_text() -> None:
    lines = [
        _line("Our values", 0, BLUE, right=140),
        _line("We listen to children and we act on what they tell us.", 1),
        _line("Read the full protocol online.", 3, BLUE, right=260),
        _line("https://example.org/protocol", 5, BLUE, right=260),
        _line("Each team keeps a copy of it.", 7),
    ]
    text = pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])

    assert text.startswith("**Our values**\n\n")
    assert "**Read" not in text
    assert "**https" not in text


def test_colour_means_nothing_where_the_body_text_is_of_no_one_colour() -> None:
    lines = [_line("Our values", 0, -1, right=140), _line("We listen to children.", 1, -1)]
    text = pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])

    assert not text.startswith("**")


def test_numbered_lines_set_apart_by_colour_alone_stay_headings_of_their_own_level() -> None:
    lines: list[TextLine] = []
    for number, (heading, body) in enumerate(
        [
            ("Scope", "This chapter applies to all staff who work with children."),
            ("Our values", "We are honest with families even when the news is hard."),
            ("Information sharing", "Staff share what a child's safety needs, and no more."),
        ],
        start=1,
    ):
        lines.append(_line(f"{number} {heading}", 3 * number, BLUE, right=200))
        lines.append(_line(body, 3 * number + 1))
    text = pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])

    assert text.split("\n\n")[0::2] == ["# 1 Scope", "# 2 Our values", "# 3 Information sharing"]
