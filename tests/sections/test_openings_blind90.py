"""Sections met in the ninetieth blind round (decision 0155): web pages turned into text in
shapes the reader had not met.

- headings numbered "1 Introduction", "2 …" with no stop after the number, as a copy leaves a
  list numbering that lost its dots: a heading when such lines count up one by one, three or
  more of them, each with text between it and the next; a run of them one under another is a
  numbered list, and a lone "4 Children …" opens no section;
- a Word list's bullets as a copy keeps them: U+F0B7 and U+F0A7 of its symbol fonts, and the
  second level's "o", each before the item's words;

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.sections.blocks_text import scan_text_blocks
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _kinds(text: str, syntax: str = "plain") -> list[tuple[str, str]]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return kinds_and_starts(outline, 24)


_BARE_NUMBERS = (
    "Policies, Values and Principles\n\n"
    "1 Introduction\n\n"
    "This policy sets out the framework within which the council works with children and "
    "their families, and the law it rests on.\n\n"
    "2 Corporate Parenting\n\n"
    "The whole council is the corporate parent of the children it looks after, and councillors "
    "ask of every decision whether it is good enough for their own child.\n\n"
    "3 Information Sharing\n\n"
    "Information about families is shared only where the law allows it.\n"
)


def test_headings_numbered_without_a_stop_that_count_up_open_sections() -> None:
    kinds = _kinds(_BARE_NUMBERS)
    assert [kind for kind, _ in kinds] == [
        "title",
        "introduction",
        "corporate_parenting",
        "information_sharing",
    ]
    assert kinds[2][1].startswith("2 Corporate Parenting")


def test_two_bare_numbered_lines_are_not_enough() -> None:
    text = _BARE_NUMBERS.replace("3 Information Sharing", "Information Sharing").replace(
        "1 Introduction", "Introduction"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert "2 Corporate Parenting" not in [section.heading for section in outline.sections]


def test_bare_numbered_lines_one_under_another_are_a_list() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Introduction\n\n"
        "The council's work rests on these Acts:\n\n"
        "1 Children Act 1989\n"
        "2 Children Act 2004\n"
        "3 Children and Families Act 2014\n\n"
        "Each of them is explained in the procedures that follow.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert [section.kind for section in outline.sections] == ["title", "introduction"]


def _blocks(text: str) -> list[tuple[str, str]]:
    return [
        (block.type, text[block.content_start : block.content_end])
        for block in scan_text_blocks(text, LineIndex(text).line_starts())
    ]


@pytest.mark.parametrize("bullet", ["\uf0b7", "\uf0a7", "o"])
def test_a_word_lists_bullets_as_copied_are_list_items(bullet: str) -> None:
    text = (
        "Care leavers are offered:\n\n"
        f"{bullet}    a personal adviser;\n"
        f"{bullet} a pathway plan kept up to date.\n"
    )
    assert _blocks(text)[1:] == [
        ("list_item", "a personal adviser;"),
        ("list_item", "a pathway plan kept up to date."),
    ]


def test_a_line_opening_with_the_letter_o_in_a_word_is_prose() -> None:
    text = "Care leavers are offered:\n\no'clock meetings are avoided.\nonce a month we visit.\n"
    assert all(kind == "paragraph" for kind, _ in _blocks(text))
