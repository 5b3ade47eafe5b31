"""Shapes met in the forty-second blind round (decision 0088): a chapter whose every paragraph
is numbered 1., 2., 3. and has no headings is a run of paragraphs, any of which may open a
section; a heading copied from a web page without its own line, run straight onto the sentence
before it ("…help to plan.Our values"), is a heading of its own; practitioners said to work
"restoratively" are the practice model's words. Sections still tile the text."""

from __future__ import annotations

import pytest

from app.sections.blocks_text import run_on_heading_start, scan_text_blocks
from app.sections.paragraph_numbers import is_numbered_paragraph
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


@pytest.mark.parametrize(
    ("marker", "words", "paragraph"),
    [
        ("7. ", "Our workers visit every family at home. They see the children alone.", True),
        (
            "3. ",
            (
                "Wexcombe Council gives help to children in need and their families under laws "
                "which include these:"
            ),
            True,
        ),
        ("12. ", "Every young person leaving our care may keep a named adviser for years.", False),
        (
            "12. ",
            "Every young person who leaves our care in Wexcombe keeps an adviser until age 25.",
            True,
        ),
        ("1. ", "to act in the best interests of the child and promote their well-being;", False),
        ("2. ", "Children Act 2004", False),
        ("7) ", "Our workers visit every family at home. They see the children alone.", True),
        ("(a) ", "Our workers visit every family at home. They see the children alone.", False),
        ("1.1 ", "Our workers visit every family at home. They see the children alone.", False),
    ],
)
def test_what_reads_as_a_numbered_paragraph(marker: str, words: str, paragraph: bool) -> None:
    assert is_numbered_paragraph(marker, words) is paragraph


_NUMBERED = (
    "Family Help Policy\n\n"
    "1. This chapter tells every worker in the Wexcombe family help service how the service is "
    "run. It applies to all of our staff and to the charities we pay to work for us.\n\n"
    "2. Wexcombe Council provides help to children in need and their families under a "
    "framework of law that includes the following Acts:\n"
    "(a) the Children Act 1989;\n"
    "(b) the Children Act 2004.\n\n"
    "3. When a child comes into our care, every councillor becomes that child's corporate "
    "parent. Councillors and officers must have regard to the corporate parenting principles "
    "in everything they decide for the children we look after.\n\n"
    "4. Information about children and their families is kept confidential. It is shared "
    "only where the law allows, and each decision to share it is recorded with its reasons.\n"
)


def test_numbered_paragraphs_open_sections_as_paragraphs_would() -> None:
    outline = outline_of(_NUMBERED)
    assert_tiles(outline)
    kinds = [kind for kind, _start in kinds_and_starts(outline)]
    assert "corporate_parenting" in kinds
    assert "information_sharing" in kinds
    starts = dict(kinds_and_starts(outline, 12))
    assert starts["corporate_parenting"] == "3. When a ch"
    assert starts["information_sharing"] == "4. Informati"


def test_a_numbered_list_of_short_items_stays_one_list() -> None:
    text = (
        "Family Help Policy\n\n"
        "Our key principles guide every plan we make with families, as follows:\n\n"
        "1. Children are best looked after at home.\n\n"
        "2. Families are listened to and respected.\n\n"
        "3. Information is shared only when it must be.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert len([s for s in outline.sections if s.kind != "title"]) == 1


def _split(line: str) -> str | None:
    at = run_on_heading_start(line, 0, len(line))
    return None if at is None else line[at:]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Every agency is expected to share concerns and to help plan.Our values", "Our values"),
        ("The policy covers every child looked after in the borough.Partnership", "Partnership"),
        ("We report to members on each principle every year.How we practise", "How we practise"),
        (
            "We share it only with consent or to protect a child.Keeping information safe",
            "Keeping information safe",
        ),
        # not a heading: an initial or abbreviation before the stop, too short a sentence, a
        # heading of too many words, a sentence after the stop, words that do not end the line
        ("Our work follows guidance issued across the U.K.The council", None),
        ("Use a plain form, e.g.Word", None),
        ("Thank you.Bye now", None),
        ("Read this first.Then read the rest of the chapter very carefully today", None),
        ("We share it only with consent.Then we record it.", None),
        ("We share it only with consent.Keeping records is part of the job for everyone", None),
    ],
)
def test_an_unnumbered_heading_run_onto_the_sentence_before(line: str, heading: str | None) -> None:
    assert _split(line) == heading


def test_a_run_on_heading_is_a_block_of_its_own() -> None:
    text = (
        "Policies and Values\n"
        "Every agency is expected to share concerns and to help plan.Our values\n"
        "We believe children should be listened to.\n"
    )
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    words = [text[block.content_start : block.content_end] for block in raw]
    assert "Our values" in words
    assert "Every agency is expected to share concerns and to help plan." in words


def test_practitioners_working_restoratively_head_the_practice_model() -> None:
    text = (
        "Family Help Policy\n\n"
        "Our values\n\nWe believe children should be listened to and families respected.\n\n"
        "How we practise\n\n"
        "Wexcombe practitioners work restoratively. We do things with families, not to them, "
        "and we mend relationships that have been damaged.\n\n"
        "Information sharing\n\nWe keep information about families confidential.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert ("practice_model", "How we practise") in [
        (section.kind, section.heading) for section in outline.sections
    ]


def test_how_we_practise_over_families_first_work_stays_key_principles() -> None:
    text = (
        "Family Help Policy\n\n"
        "Our values\n\nWe believe children should be listened to and families respected.\n\n"
        "How we practise\n\n"
        "Children are best brought up in their own families, and we look to relatives first "
        "when a child cannot live at home.\n\n"
        "Information sharing\n\nWe keep information about families confidential.\n"
    )
    outline = outline_of(text)
    assert ("key_principles", "How we practise") in [
        (section.kind, section.heading) for section in outline.sections
    ]
