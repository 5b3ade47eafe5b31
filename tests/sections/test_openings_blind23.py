"""Openings met in the twenty-third blind round (issue 12): a dated amendment line under the
title with its reason, the current edition dated in brackets as the chapter's note, and
sentence-case headings beside one-word headings in plain text. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Policies, Values and Principles\n\n"
_BODY = "## Introduction\n\nThis chapter sets out the values our teams share with families.\n"


@pytest.mark.parametrize(
    "note",
    [
        "Last amended: 4 November 2024 (housing section changed).",
        "_Revised on 12 May 2023 to add the new short breaks offer._",
    ],
)
def test_a_dated_amendment_line_with_its_reason_under_the_title_starts_the_scope(
    note: str,
) -> None:
    outline = outline_of(f"{_TITLE}{note}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


def test_a_page_stamp_under_the_title_before_a_heading_stays_with_the_title() -> None:
    stamp = "Updated 3 June 2024"
    outline = outline_of(f"{_TITLE}{stamp}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert stamp in outline.sections[0].text


def test_the_current_edition_dated_in_brackets_under_the_title_starts_the_scope() -> None:
    note = (
        "In this edition (June 2024) we have rewritten the section on fostering and added a "
        "paragraph on short breaks."
    )
    outline = outline_of(f"{_TITLE}{note}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


def test_a_sentence_case_line_beside_one_word_headings_is_a_heading() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Purpose\nThis chapter describes what our children's services value most.\n\n"
        "Background\nOur duties come from several laws and from statutory guidance.\n\n"
        "Help for older teenagers\nYoung people aged 16 and 17 can ask us for advice on housing.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    headings = [
        outline.text[block.start : block.end].strip()
        for section in outline.sections
        for block in section.blocks
        if block.type == "heading"
    ]
    assert "Help for older teenagers" in headings


def test_a_lone_unpunctuated_sentence_without_other_headings_stays_in_its_section() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "This chapter describes what our children's services value most.\n\n"
        "Children do best at home with family\n"
        "We work alongside parents so that children can stay with them safely.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert not any(
        block.type == "heading" and outline.text[block.start : block.end].startswith("Children")
        for section in outline.sections
        for block in section.blocks
    )
