"""Word headings set as banners (blind round 65, decision 0119): a table of one row whose first
cell holds the section's number and whose second its words, shaded, as house templates band
their headings. Read as the paragraph "3 What we value", bold when both cells are; a row of
data, a second cell holding a sentence, or a longer table stays rows. Each passage is in our
own words."""

from __future__ import annotations

from docx.document import Document as WordDocument

from app.ingest import read_source
from tests.documents import new_word, word_bytes


def _banner(document: WordDocument, number: str, words: str, bold: bool = True) -> None:
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.paragraphs[0].add_run(number).bold = bold
    right.paragraphs[0].add_run(words).bold = bold


def _blocks(document: WordDocument) -> list[str]:
    return read_source(word_bytes(document), "chapter.docx").text.split("\n\n")


def test_a_one_row_banner_of_number_and_words_is_one_heading_line() -> None:
    document = new_word()
    _banner(document, "3", "What we value")
    document.add_paragraph("We listen to children before we decide anything about them.")
    _banner(document, "4.", "Working with partners")
    document.add_paragraph("Schools and health visitors share their worries with us early.")

    assert _blocks(document) == [
        "**3 What we value**",
        "We listen to children before we decide anything about them.",
        "**4. Working with partners**",
        "Schools and health visitors share their worries with us early.",
    ]


def test_a_banner_not_in_bold_is_a_plain_line() -> None:
    document = new_word()
    _banner(document, "2", "Legal framework", bold=False)
    document.add_paragraph("Our duties come from the Children Act 1989.")

    assert _blocks(document)[0] == "2 Legal framework"


def test_rows_of_data_and_sentences_stay_rows() -> None:
    document = new_word()
    _banner(document, "1", "Children Act 1989 sets out our duties to children in need.", bold=False)
    _banner(document, "Children Act", "1989", bold=False)
    table = document.add_table(rows=2, cols=2)
    for row, (number, words) in zip(
        table.rows, [("1", "Children Act"), ("2", "Adoption")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = number, words

    assert _blocks(document) == [
        "1 | Children Act 1989 sets out our duties to children in need.",
        "Children Act | 1989",
        "1 | Children Act\n2 | Adoption",
    ]
