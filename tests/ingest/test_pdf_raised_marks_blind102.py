"""Footnote reference marks that a PDF maker raises above the baseline and shrinks only a
little (reportlab's superscripts: 9.5 pt over 11.5 pt type), where PDFium ends the line at the
mark and starts another where the baseline falls back (blind round 102, decision 0170). Each
text is in our own words."""

from __future__ import annotations

from app.ingest.pdf import read_pdf_pages
from tests.ingest.test_pdf import _pdf_with_content_stream


def _lines(content: bytes) -> list[str]:
    return [line.text for line in read_pdf_pages(_pdf_with_content_stream(content))[0].lines]


def test_a_raised_mark_in_the_middle_of_a_sentence_neither_breaks_it_nor_stays_in_it() -> None:
    content = (
        b"BT /F1 11.5 Tf 72 700 Td (It rests on the Children Act 1989,) Tj "
        b"/F1 9.5 Tf 4 Ts (2) Tj /F1 11.5 Tf 0 Ts ( the Children Act 2004 and more.) Tj ET"
    )

    assert _lines(content) == ["It rests on the Children Act 1989, the Children Act 2004 and more."]


def test_a_raised_mark_closing_a_sentence_keeps_the_break_for_its_note() -> None:
    # the note is then read right after the sentence it belongs to (decision 0087)
    content = (
        b"BT /F1 11.5 Tf 72 700 Td (Foster carers look after children in care.) Tj "
        b"/F1 9.5 Tf 4 Ts (1) Tj /F1 11.5 Tf 0 Ts ( It was reissued in May 2025.) Tj ET"
    )

    assert _lines(content) == [
        "Foster carers look after children in care.",
        "It was reissued in May 2025.",
    ]


def test_a_raised_mark_ending_a_line_is_taken_out_of_the_number_before_it() -> None:
    content = (
        b"BT /F1 11.5 Tf 72 700 Td (Support goes on until they are 21) Tj /F1 9.5 Tf 4 Ts (9) Tj ET"
    )

    assert _lines(content) == ["Support goes on until they are 21"]


def test_a_digit_on_the_baseline_in_slightly_smaller_type_stays() -> None:
    content = b"BT /F1 11.5 Tf 72 700 Td (Support goes on until they are 2) Tj /F1 9.5 Tf (1) Tj ET"

    assert _lines(content) == ["Support goes on until they are 21"]


def test_a_line_below_a_raised_mark_stays_a_line_of_its_own() -> None:
    content = (
        b"BT /F1 11.5 Tf 72 700 Td (The Children Act 1989) Tj /F1 9.5 Tf 4 Ts (2) Tj "
        b"/F1 11.5 Tf 0 Ts 0 -16 Td (sets out the duty.) Tj ET"
    )

    assert _lines(content) == ["The Children Act 1989", "sets out the duty."]
