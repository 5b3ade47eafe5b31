"""PDFs printed from Word files as LibreOffice prints them, as the cross-format probe found
them read wrong (decision 0226): a two-digit item number run into an item that opens with a
small letter, a table's last row whose text ends where the paragraph under the table does, a
table every row of which wraps in both cells, a number written in words broken at its hyphen,
and a sentence's number wrapped to the start of a line. Lines are as PDFium gives them; the
wording is our own."""

from __future__ import annotations

from collections.abc import Sequence

from app.ingest.pdf import CELL_SEPARATOR, TextLine, TextPage
from app.ingest.pdf_layout import mend_broken_words, pages_to_markdown

BODY = 11.0
PITCH = 14.7
LEFT = 90.0
TEXT = 108.0
CELL = 306.0
RIGHT = 510.0


def _line(
    text: str,
    top: float,
    *,
    left: float = LEFT,
    right: float = RIGHT,
    cells: int = 1,
    cell_starts: tuple[float, ...] = (),
    bold: bool = False,
) -> TextLine:
    return TextLine(
        text, BODY, bold, top, top + BODY, left, right, cells=cells, cell_starts=cell_starts
    )


def _row(top: float, *cells: str, right: float = RIGHT) -> TextLine:
    return _line(
        CELL_SEPARATOR.join(cells), top, right=right, cells=len(cells), cell_starts=(CELL,)
    )


def _markdown(lines: Sequence[TextLine]) -> list[str]:
    page = TextPage(width=595.0, height=842.0, lines=tuple(lines))
    return pages_to_markdown([page]).split("\n\n")


def test_a_two_digit_number_run_into_a_small_letter_is_the_lists_next_item() -> None:
    lines = [
        _line("The law asks us to keep these principles in mind:", 80),
        _line("9. to look after the health of every child we care for;", 80 + 2 * PITCH, right=400),
        _line(
            "10.to listen to what each child tells us about their life;", 80 + 3 * PITCH, right=410
        ),
        _line("11.to prepare them for the life they want as adults.", 80 + 4 * PITCH, right=380),
    ]

    blocks = _markdown(lines)

    assert blocks[1:] == [
        "9. to look after the health of every child we care for;",
        "10. to listen to what each child tells us about their life;",
        "11. to prepare them for the life they want as adults.",
    ]


def test_a_small_letter_run_into_a_number_with_no_list_before_it_stays_text() -> None:
    lines = [
        _line("Our yearly figures for the panel are set out in the table at section", 80),
        _line("4.to be read with the commentary the panel asked for last spring.", 80 + PITCH),
    ]

    assert "4.to be read" in _markdown(lines)[0]


def test_a_tables_last_row_ending_where_the_paragraph_under_it_ends_stays_a_row() -> None:
    lines = [
        _row(100.0, "Law", "What it covers", right=395.0),
        _row(113.2, "Children Act 1989", "duties to children in need, child", right=505.0),
        _line("protection and care", 126.0, left=CELL, right=420.0),
        _row(139.5, "Children Act 2004", "co-operation between agencies to", right=494.0),
        _line("improve well-being", 152.3, left=CELL, right=410.0),
        _row(165.8, "Human Rights Act 1998", "the rights of children and parents,", right=498.0),
        _line("including respect for family life", 178.6, left=CELL, right=481.0),
        _line(
            "Our work with families follows this law in all that we plan and", 192.3, right=498.3
        ),
        _line("do together.", 192.3 + PITCH, right=160.0),
    ]

    blocks = _markdown(lines)

    assert (
        "Human Rights Act 1998 | the rights of children and parents, including respect for"
        " family life"
    ) in blocks[0]
    assert blocks[1].startswith("Our work with families")


def test_a_justified_line_with_no_text_under_its_wide_space_is_still_text() -> None:
    lines = [
        _line("Every  child  we  care  for", 100.0, right=RIGHT, cells=2, cell_starts=(CELL,)),
        _line("has a worker who knows them well and who visits them at home often.", 113.0),
        _line("A second paragraph follows here.", 140.0, right=260.0),
    ]

    blocks = _markdown(lines)

    assert CELL_SEPARATOR not in blocks[0]


def test_a_table_whose_every_row_wraps_in_both_cells_is_read_row_by_row() -> None:
    first, second = 200.0, 240.0
    lines = [
        _line("Act in their best interests and", first, right=256.0),
        _line("promote their health", first + 12.8, right=210.0),
        _line("Health checks on time and", first, left=CELL, right=486.0),
        _line("quick help when it is needed", first + 12.8, left=CELL, right=496.0),
        _line("Encourage them to say what", second, right=273.0),
        _line("they think and feel", second + 12.4, right=237.0),
        _line("Every child has a way to tell us", second, left=CELL, right=500.0),
        _line("what they think", second + 12.4, left=CELL, right=380.0),
    ]

    blocks = _markdown(lines)

    assert blocks == [
        "Act in their best interests and promote their health | Health checks on time and quick"
        " help when it is needed\nEncourage them to say what they think and feel | Every child"
        " has a way to tell us what they think"
    ]


def test_one_column_read_band_alone_is_not_a_table() -> None:
    lines = [
        _line("A caption set beside", 200.0, right=200.0),
        _line("a picture", 212.8, right=150.0),
        _line("Text that flows", 200.0, left=CELL, right=400.0),
        _line("round the picture", 212.8, left=CELL, right=420.0),
    ]

    assert all(CELL_SEPARATOR not in block for block in _markdown(lines))


def test_a_number_in_words_keeps_its_hyphen_across_a_line_break() -> None:
    mended = mend_broken_words(
        [
            "Support lasts until they are twenty-one, or until they are twenty-",
            "five in education. Each child has a plan by the four-",
            "month review, and a worker who is seven-",
            "teen years in post.",
        ]
    )

    text = " ".join(mended)
    assert "twenty-five" in text
    assert "four-month" in text
    assert "seventeen" in text


def test_a_sentences_number_wrapped_to_a_lines_start_carries_on_its_paragraph() -> None:
    lines = [
        _line("Care leavers can call on us up to the age of 21. Those still in", 80),
        _line(
            "education or training can keep their adviser until they turn", 80 + PITCH, right=505
        ),
        _line("25. Our Local Offer sets out what is on offer to them.", 80 + 2 * PITCH, right=380),
    ]

    blocks = _markdown(lines)

    assert len(blocks) == 1
    assert "until they turn 25. Our Local Offer" in blocks[0]


def test_a_lists_next_number_after_a_paragraph_in_the_list_stays_an_item() -> None:
    lines = [
        _line("1. Every child has a plan for permanence by the second review.", 80, right=470),
        _line(
            "2. Care leavers keep a personal adviser until they reach the age of", 80 + 2 * PITCH
        ),
        _line("3. Staff keep records up to date and share them with the family.", 80 + 4 * PITCH),
    ]

    blocks = _markdown(lines)

    assert blocks[-1].startswith("3. Staff keep records")


def test_bold_side_heads_beside_their_paragraphs_are_no_table() -> None:
    first, second = 200.0, 250.0
    lines = [
        _line("What permanence means", first, right=210.0, bold=True),
        _line("Permanence is the long-term plan for a child's upbringing, a", first, left=CELL),
        _line("secure and loving family that lasts.", first + 12.8, left=CELL, right=420.0),
        _line("The law and guidance", second, right=205.0, bold=True),
        _line("The Children Act 1989 requires a permanence plan for every", second, left=CELL),
        _line("child in care.", second + 12.8, left=CELL, right=360.0),
    ]

    assert all(CELL_SEPARATOR not in block for block in _markdown(lines))


def test_items_set_one_step_in_nest_inside_the_item_before() -> None:
    lines = [
        _line("Our work follows these laws:", 80, right=260.0),
        _line("\u2022 Children Act 1989", 80 + 2 * PITCH, right=210.0),
        _line("\u2022 Part III, support for families", 80 + 3 * PITCH, left=TEXT, right=300.0),
        _line("\u2022 Part IV, care and supervision", 80 + 4 * PITCH, left=TEXT, right=290.0),
        _line("\u2022 Children Act 2004", 80 + 5 * PITCH, right=210.0),
        _line("1. Every child has a plan.", 80 + 7 * PITCH, right=250.0),
    ]

    assert _markdown(lines)[1:] == [
        "- Children Act 1989",
        "  - Part III, support for families",
        "  - Part IV, care and supervision",
        "- Children Act 2004",
        "1. Every child has a plan.",
    ]


def test_an_item_at_the_head_of_the_next_column_does_not_nest() -> None:
    lines = [
        _line("Our duties are these:", 700, right=260.0),
        _line("1. to keep every child safe;", 700 + 2 * PITCH, right=250.0),
        _line("2. to listen to every child;", 80, left=320.0, right=480.0),
        _line("3. to plan for their future.", 80 + PITCH, left=320.0, right=470.0),
    ]

    blocks = _markdown(lines)

    assert not any(block.startswith(" ") for block in blocks)
