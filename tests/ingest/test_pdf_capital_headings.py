"""Headings a PDF maker sets apart only by capitals: the body's size, weight and colour, every
letter a capital (blind round 50, decision 0099). Each passage is in our own words."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.5


def _line(text: str, row: int, right: float = 520.0) -> TextLine:
    top = 100.0 + row * 14.0
    return TextLine(text, BODY, False, top, top + 12.0, 60.0, right, colour=0)


def _page(lines: list[TextLine]) -> str:
    return pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])


def _chapter_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Times", "", 10.5)
    for heading, body in [
        ("WHO THIS CHAPTER IS FOR", "Everyone who works with children should read it."),
        ("OUR PRACTICE MODEL", "Thornby Vale uses Restorative Practice with every family."),
    ]:
        pdf.ln(3)
        pdf.multi_cell(0, 5.5, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 5.5, body, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_short_line_in_capitals_at_the_body_size_stands_apart_as_bold_would() -> None:
    text = read_source(_chapter_pdf(), "capitals.pdf").text

    assert text.split("\n\n")[:4] == [
        "**WHO THIS CHAPTER IS FOR**",
        "Everyone who works with children should read it.",
        "**OUR PRACTICE MODEL**",
        "Thornby Vale uses Restorative Practice with every family.",
    ]


def test_an_acronym_or_a_sentence_in_capitals_stays_in_its_paragraph() -> None:
    text = _page(
        [
            _line("KEY PRINCIPLES", 0, right=160),
            _line("Children are referred to the specialist mental health team,", 1),
            _line("CAMHS", 2, right=110),
            _line("or to their school nurse when the worry is a small one.", 3),
            _line("Staff read the guidance, which says in bold letters:", 4),
            _line("NEVER PROMISE A CHILD TO KEEP A SECRET.", 5, right=330),
            _line("We also follow these conventions:", 7, right=300),
            _line("\u2022 UNCRC (1989)", 8, right=150),
            _line("1. ECHR (1950)", 9, right=150),
        ]
    )

    assert text.startswith("**KEY PRINCIPLES**\n\n")
    assert "**CAMHS**" not in text
    assert "**NEVER" not in text
    assert "- UNCRC (1989)" in text
    assert "**1." not in text


def test_capitals_mean_nothing_where_the_body_is_set_in_capitals_too() -> None:
    text = _page(
        [
            _line("TERMS OF USE", 0, right=160),
            _line("THESE TERMS APPLY TO EVERY VISITOR TO THE COUNCIL'S", 1),
            _line("OFFICES AND TO EVERY USER OF ITS WEBSITE", 2),
            _line("AND ITS ONLINE SERVICES, WITHOUT EXCEPTION.", 3),
        ]
    )

    assert "**" not in text


def test_a_short_line_before_the_capitals_does_not_carry_them_on() -> None:
    text = _page(
        [
            _line("Thornby Vale Council", 0, right=170),
            _line("SCOPE OF THIS CHAPTER", 2, right=190),
            _line("This chapter applies to everyone who works with children for us.", 3),
        ]
    )

    assert text.split("\n\n")[:2] == ["Thornby Vale Council", "**SCOPE OF THIS CHAPTER**"]
