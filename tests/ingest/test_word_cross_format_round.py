"""Word files as the cross-format probe found them read wrong (decision 0226): a bulleted line
typed with its own hand-made line breaks inside the item (text pasted from a plain-text email
wrapped at 80 characters), and items in Word's built-in "List Bullet 2" / "List Number 2"
styles, each a list of its own at level 0 that Word shows one step in. The wording is our own."""

from __future__ import annotations

from docx.enum.text import WD_BREAK

from app.ingest import read_source
from tests.documents import new_word, word_bytes


def _blocks(document: object) -> list[str]:
    return read_source(word_bytes(document), "chapter.docx").text.split("\n\n")  # type: ignore[arg-type]


def _with_breaks(document: object, lines: list[str]) -> None:
    paragraph = document.add_paragraph()  # type: ignore[attr-defined]
    for number, line in enumerate(lines):
        run = paragraph.add_run(line)
        if number < len(lines) - 1:
            run.add_break(WD_BREAK.LINE)


def test_a_bulleted_line_wrapped_by_hand_carries_on_its_item() -> None:
    document = new_word()
    document.add_paragraph("Our duties as corporate parent are these:")
    _with_breaks(
        document,
        [
            "- to act in the best interests, and promote the health and",
            "well-being, of the children we look after;",
        ],
    )
    _with_breaks(document, ["- to encourage them to express their views, wishes", "and feelings;"])

    blocks = _blocks(document)

    assert (
        "- to act in the best interests, and promote the health and well-being, of the children"
        " we look after;"
    ) in blocks
    assert "- to encourage them to express their views, wishes and feelings;" in blocks


def test_a_line_after_a_bulleted_line_that_ends_a_sentence_is_a_paragraph_of_its_own() -> None:
    document = new_word()
    _with_breaks(
        document,
        [
            "\u2022 We visit every child at home.",
            "\u2022 We answer every letter.",
            "more is said below.",
        ],
    )

    blocks = _blocks(document)

    assert "- We answer every letter." in blocks
    assert "more is said below." in blocks


def test_list_bullet_2_items_nest_under_the_item_before() -> None:
    document = new_word()
    document.add_paragraph("Our work follows these laws:")
    document.add_paragraph("Children Act 1989", style="List Bullet")
    document.add_paragraph("Part III, support for families", style="List Bullet 2")
    document.add_paragraph("Part IV, care and supervision", style="List Bullet 2")
    document.add_paragraph("Children Act 2004", style="List Bullet")

    text = read_source(word_bytes(document), "chapter.docx").text

    assert text.split("\n\n")[1:] == [
        "- Children Act 1989",
        "  - Part III, support for families",
        "  - Part IV, care and supervision",
        "- Children Act 2004",
    ]


def test_a_data_tables_bold_header_row_reads_as_plain_cells() -> None:
    document = new_word()
    document.add_paragraph("Changes to this chapter")
    table = document.add_table(rows=3, cols=3)
    rows = [
        ("Revision", "Month", "What changed"),
        ("B", "2025-03", "Leaving care section rewritten"),
        ("A", "2023-11", "First issue"),
    ]
    for row_number, row in enumerate(rows):
        for column, text in enumerate(row):
            run = table.cell(row_number, column).paragraphs[0].add_run(text)
            run.bold = row_number == 0 or None

    blocks = _blocks(document)

    assert blocks[1].split("\n") == [
        "Revision | Month | What changed",
        "B | 2025-03 | Leaving care section rewritten",
        "A | 2023-11 | First issue",
    ]
