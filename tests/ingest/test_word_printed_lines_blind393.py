"""Word files a PDF-to-Word converter made (blind round 393, decision 0578): each printed line
of the PDF is a paragraph of its own and a title set on two lines is two headings. The lines of
one printed paragraph are read as that paragraph's lines, so a sentence wrapped at the page's
edge is read whole; a heading opening in lower case carries on the heading above it. Word files
written as Word files keep their paragraphs. Each passage is in our own words."""

from __future__ import annotations

import textwrap

from docx.document import Document as WordDocument
from docx.shared import Pt

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from tests.documents import new_word, word_bytes

_PARAGRAPHS = (
    "Every young person we look after is told who their social worker is, how to reach them "
    "and what to do when that person is away, and the fostering team keeps carers informed "
    "of the same things whenever a worker changes.",
    "After the borough's carers asked for a plainer account of their support, this chapter was "
    "revised in September 2025 and its tables of allowances were redrawn.",
    "Where a child cannot go home, the plan for where they will grow up is settled within "
    "three months of their first night in our care, and it is looked at again at each review.",
    "Young people who have left our care can ask a personal adviser for help until they are "
    "21, and they may keep that adviser until they are 25 if they are studying or training.",
)


def _line(document: WordDocument, text: str, size: float = 10, bold: bool = False) -> None:
    paragraph = document.add_paragraph()
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.bold = bold


def _converted(title_lines: tuple[str, ...], width: int = 80) -> WordDocument:
    document = new_word()
    for line in title_lines:
        _line(document, line, size=18, bold=True)
    for text in _PARAGRAPHS:
        for line in textwrap.wrap(text, width):
            _line(document, line)
    return document


def _blocks(document: WordDocument) -> list[str]:
    return read_source(word_bytes(document), "converted.docx").text.split("\n\n")


def test_the_printed_lines_of_one_paragraph_are_read_as_its_lines() -> None:
    blocks = _blocks(_converted(("Support for Foster Carers",)))

    assert blocks[1:] == ["\n".join(textwrap.wrap(text, 80)) for text in _PARAGRAPHS]


def test_a_sentence_wrapped_between_paragraphs_gives_its_facts() -> None:
    analyzed = analyze(
        read_source(word_bytes(_converted(("Support for Foster Carers",))), "c.docx"),
        get_family(None),
    )

    months = analyzed.fact("permanence_plan_months")
    amended = analyzed.fact("amendment_date")
    assert months is not None and months.value == 3
    assert amended is not None and amended.value == "2025-09"


def test_a_title_printed_on_two_lines_is_one_heading() -> None:
    blocks = _blocks(_converted(("Allowances, Fees and Expenses", "for Foster Carers")))

    assert blocks[0] == "# Allowances, Fees and Expenses for Foster Carers"


def test_two_headings_whose_second_opens_in_capitals_stay_two() -> None:
    blocks = _blocks(_converted(("Fostering Handbook", "Allowances and Fees")))

    assert blocks[:2] == ["# Fostering Handbook", "# Allowances and Fees"]


def test_paragraphs_written_in_word_are_not_joined() -> None:
    document = new_word()
    document.add_paragraph("The council pays each carer a weekly allowance set by")
    document.add_paragraph("the age of the child placed with them, which we review each April.")
    document.add_paragraph("Our duties are set out in")
    document.add_paragraph("the Children Act 1989")
    document.add_paragraph("the Care Standards Act 2000")
    for text in _PARAGRAPHS:
        document.add_paragraph(text)

    blocks = _blocks(document)

    assert blocks[:5] == [
        "The council pays each carer a weekly allowance set by",
        "the age of the child placed with them, which we review each April.",
        "Our duties are set out in",
        "the Children Act 1989",
        "the Care Standards Act 2000",
    ]


def test_a_list_typed_one_item_a_line_stays_items_among_printed_lines() -> None:
    document = _converted(("Support for Foster Carers",))
    _line(document, "We will make sure that carers")
    for item in ("have a named supervising social worker", "are paid on time each week"):
        _line(document, item)

    blocks = _blocks(document)

    assert blocks[-3:] == [
        "We will make sure that carers",
        "have a named supervising social worker",
        "are paid on time each week",
    ]
