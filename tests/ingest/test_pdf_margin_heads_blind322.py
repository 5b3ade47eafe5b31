"""Headings set in the left margin that a layout program draws after the text they stand beside
(decision 0466): read top to bottom, each heading comes before its text."""

from __future__ import annotations

from fpdf import FPDF
from hypothesis import given
from hypothesis import strategies as st

from app.ingest.pdf import TextLine, _with_margin_heads_in_place, read_pdf_pages
from app.ingest.pdf_layout import pages_to_markdown

BODY_LEFT = 170.0


def _page() -> FPDF:
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    return pdf


def _text_then_margin_head(pdf: FPDF, top: float, head: list[str], text: list[str]) -> None:
    pdf.set_font("Helvetica", size=11)
    for number, line in enumerate(text):
        pdf.text(BODY_LEFT, top + 15 * number, line)
    pdf.set_font("Helvetica", style="B", size=8)
    for number, line in enumerate(head):
        pdf.text(30, top + 11 * number, line)


def test_a_margin_heading_drawn_after_its_text_heads_that_text() -> None:
    pdf = _page()
    _text_then_margin_head(
        pdf,
        100,
        ["Who we help"],
        ["Our teams work with every family that asks for support, and with", "those referred."],
    )
    _text_then_margin_head(
        pdf,
        160,
        ["When a plan", "is reviewed"],
        ["Plans are looked at again after six weeks, and earlier if", "circumstances change."],
    )

    text = pages_to_markdown(read_pdf_pages(bytes(pdf.output())))

    assert text.index("Who we help") < text.index("Our teams work")
    assert text.index("Our teams work") < text.index("When a plan")
    assert text.index("When a plan") < text.index("Plans are looked at")


def _line(text: str, top: float, left: float, right: float, *, bold: bool) -> TextLine:
    return TextLine(
        text=text, size=10.0, bold=bold, top=top, bottom=top + 12, left=left, right=right
    )


def _paragraph(top: float) -> list[TextLine]:
    return [
        _line(f"a line of running text number {n}", top + 14 * n, BODY_LEFT, 520, bold=False)
        for n in range(3)
    ]


def test_a_margin_note_in_regular_type_stays_where_the_pdf_gives_it() -> None:
    lines = (*_paragraph(200), _line("See also the", 201, 30, 120, bold=False))

    assert _with_margin_heads_in_place(lines) == lines


def test_a_column_as_wide_as_the_text_beside_it_is_not_a_margin_heading() -> None:
    beside = [_line(f"quoted words {n}", 200 + 14 * n, 330, 520, bold=False) for n in range(3)]
    column = [_line(f"a bold column line {n}", 201 + 14 * n, 30, 300, bold=True) for n in range(2)]
    lines = (*beside, *column)

    assert _with_margin_heads_in_place(lines) == lines


def test_a_long_run_down_the_margin_is_a_column_of_its_own() -> None:
    menu = [_line(f"Link {n}", 201 + 12 * n, 30, 90, bold=True) for n in range(6)]
    lines = (*_paragraph(200), *menu)

    assert _with_margin_heads_in_place(lines) == lines


def test_a_heading_not_level_with_any_line_beside_it_stays_put() -> None:
    lines = (*_paragraph(200), _line("Out of line", 150, 30, 90, bold=True))

    assert _with_margin_heads_in_place(lines) == lines


@given(
    st.lists(
        st.tuples(
            st.integers(0, 60),
            st.sampled_from([30.0, BODY_LEFT]),
            st.booleans(),
        ),
        max_size=12,
    )
)
def test_lines_are_only_ever_reordered(specs: list[tuple[int, float, bool]]) -> None:
    lines = tuple(
        _line(f"line {n}", 100 + 7 * top, left, left + (60 if left < 100 else 300), bold=bold)
        for n, (top, left, bold) in enumerate(specs)
    )

    result = _with_margin_heads_in_place(lines)

    assert sorted(result, key=lambda line: line.text) == sorted(lines, key=lambda line: line.text)
