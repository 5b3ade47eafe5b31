"""PDF layouts of blind round 74 (decision 0132): heading numbers hanging far left of their
words, a sidebar box painted before the text beside it, a box of fields a line each. Each
passage is in our own words."""

from __future__ import annotations

from fpdf import FPDF

from app.ingest import read_source
from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

BODY = 10.0


def _line(
    text: str,
    top: float,
    *,
    left: float = 60.0,
    right: float = 520.0,
    size: float = BODY,
    bold: bool = False,
    cells: int = 1,
    cell_starts: tuple[float, ...] = (),
) -> TextLine:
    return TextLine(
        text, size, bold, top, top + size * 1.2, left, right, cells=cells,
        cell_starts=cell_starts, colour=0,
    )  # fmt: skip


def _page(lines: list[TextLine]) -> list[str]:
    markdown = pages_to_markdown([TextPage(width=595.0, height=842.0, lines=tuple(lines))])
    return markdown.split("\n\n")


def _hanging_numbers_pdf() -> bytes:
    pdf = FPDF(format="A4")
    pdf.add_page()
    for number, heading, body in [
        ("1", "Who should read this", "Every worker in the family support service should read it."),
        ("2", "How we decide", "Managers agree each plan with the family before it starts."),
    ]:
        pdf.ln(4)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_xy(12, y)
        pdf.cell(8, 6, number)
        pdf.set_xy(34, y)
        pdf.multi_cell(0, 6, heading, new_x="LEFT", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 5, body, new_x="LEFT", new_y="NEXT")
    return bytes(pdf.output())


def test_a_heading_number_hanging_far_left_of_its_words_heads_them() -> None:
    blocks = read_source(_hanging_numbers_pdf(), "hanging.pdf").text.split("\n\n")

    assert blocks == [
        "# 1 Who should read this",
        "Every worker in the family support service should read it.",
        "# 2 How we decide",
        "Managers agree each plan with the family before it starts.",
    ]


def test_a_numbered_row_in_body_type_or_holding_a_sentence_stays_a_table_row() -> None:
    rows = [
        _line("1 | Being healthy", 100, cells=2, cell_starts=(120.0,)),
        _line("2 | Staying safe", 114, cells=2, cell_starts=(120.0,)),
        _line("3 | We check every plan.", 128, bold=True, cells=2, cell_starts=(120.0,)),
        _line("4 | Enjoying school", 142, cells=2, cell_starts=(120.0,)),
    ]

    blocks = _page(rows)

    assert all(" | " in block for block in blocks)
    assert not any(block.startswith("#") or block.startswith("**") for block in blocks)


def _sidebar_first(heading_bold: bool = True, box_left: float = 360.0) -> list[TextLine]:
    return [
        _line("At a glance", 160, left=box_left, right=440, bold=True),
        _line("Owner: Practice Standards Team", 178, left=box_left, right=500, size=9),
        _line("Review: each spring", 194, left=box_left, right=470, size=9),
        _line("Caring for children in Ellwood", 70, right=400, size=20, bold=True),
        _line("Who we are", 150, right=180, size=14 if heading_bold else BODY, bold=heading_bold),
        _line("We are the council's family service and we work across", 176, right=330),
        _line("the whole district with children and their families.", 190, right=320),
        _line("We answer every referral within a working day.", 230, right=500),
    ]


def test_a_sidebar_painted_before_the_text_is_read_before_the_heading_beside_it() -> None:
    blocks = _page(_sidebar_first())

    assert blocks[:5] == [
        "# Caring for children in Ellwood",
        "**At a glance**",
        "Owner: Practice Standards Team",
        "Review: each spring",
        "## Who we are",
    ]


def test_a_box_beside_a_paragraph_or_near_the_text_keeps_the_order_drawn() -> None:
    beside_text = _page(_sidebar_first(heading_bold=False))
    near_the_text = _page(_sidebar_first(box_left=90.0))

    assert beside_text[0] == "**At a glance**"
    assert near_the_text[0] == "**At a glance**"


def test_lines_that_each_open_with_a_field_label_are_fields_of_their_own() -> None:
    blocks = _page(
        [
            _line("Version: 3.2", 100, right=140),
            _line("Approved by: Corporate Parenting Board", 114, right=300),
            _line("Next review: March 2026", 128, right=220),
        ]
    )

    assert blocks == [
        "Version: 3.2",
        "Approved by: Corporate Parenting Board",
        "Next review: March 2026",
    ]


def test_a_label_on_a_wrapped_line_of_prose_stays_in_its_paragraph() -> None:
    blocks = _page(
        [
            _line("The board meets every quarter and hears from young people", 100),
            _line("Note: the minutes are published within a month of each meeting.", 114),
        ]
    )

    assert len(blocks) == 1
