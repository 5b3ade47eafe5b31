"""Sections met in the ninetieth blind round (decision 0155): web pages turned into text in
shapes the reader had not met.

- headings numbered "1 Introduction", "2 …" with no stop after the number, as a copy leaves a
  list numbering that lost its dots: a heading when such lines count up one by one, three or
  more of them, each with text between it and the next; a run of them one under another is a
  numbered list, and a lone "4 Children …" opens no section;
- a Word list's bullets as a copy keeps them: U+F0B7 and U+F0A7 of its symbol fonts, and the
  second level's "o", each before the item's words;
- a numbered heading run onto a sentence ending in a whole number ("…the age of 25.7.
  Information Sharing") when its number continues the chapter's and its words are Title Case;
- a dated field ("Last updated: 14 March 2025") run onto the chapter's last sentence;
- a plain line naming a kind of its own, alone under a numbered heading whose section has said
  three sentences before it, is that heading's peer, though another plain line of the chapter
  is a sub-heading.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from app.sections.blocks_text import run_on_heading_start, scan_text_blocks
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, outline_of
from tests.sections.outline_helpers import kinds_and_openings

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
    kinds = kinds_and_openings(_BARE_NUMBERS, "plain", 24)
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


def _split(line: str, numbering: frozenset[int] = frozenset()) -> str | None:
    at = run_on_heading_start(line, 0, len(line), numbering)
    return None if at is None else line[at:]


@pytest.mark.parametrize(
    ("line", "numbering", "heading"),
    [
        # a sentence ending in a whole number, then a Title Case heading that continues the
        # numbering: "…25." and "7. …", not the decimal 25.7
        (
            "Support continues for those in education up to the age of 25.7. Information Sharing",
            frozenset({5, 6, 7}),
            "7. Information Sharing",
        ),
        (
            "Each panel has at least 12.4. Our Practice Model",
            frozenset({3, 4}),
            "4. Our Practice Model",
        ),
        # a decimal: out of the sequence, in sentence case, or part of a longer figure
        (
            "Support continues for those in education up to the age of 25.7. Information Sharing",
            frozenset({2, 3}),
            None,
        ),
        ("The average stay in care was 2.3. Children stay longer", frozenset({2, 3, 4}), None),
        ("The service spent 1,250.3. Budget Summary", frozenset({2, 3, 4}), None),
    ],
)
def test_a_numbered_heading_run_onto_a_sentence_ending_in_a_number(
    line: str, numbering: frozenset[int], heading: str | None
) -> None:
    assert _split(line, numbering) == heading


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        (
            "Staff must record what they shared, with whom and why.Last updated: 14 March 2025",
            "Last updated: 14 March 2025",
        ),
        (
            "We explain to families what we have shared and why.Page reviewed: 3/6/2025",
            "Page reviewed: 3/6/2025",
        ),
        (
            "We explain to families what we have shared and why.Reviewed: June 2024",
            "Reviewed: June 2024",
        ),
        # no date, a short sentence before, or words after the date
        ("We explain to families what we have shared and why.Contact: the duty desk", None),
        ("Thank you.Updated: 2 May 2024", None),
        ("We explain what we shared.Updated: 2 May 2024 by the team", None),
    ],
)
def test_a_dated_field_run_onto_the_last_sentence(line: str, stamp: str | None) -> None:
    assert _split(line) == stamp


_PEER = (
    "Policies, Values and Principles\n\n"
    "1. Introduction\n"
    "This policy sets out the framework within which the council works with children and "
    "their families.\n\n"
    "2. Our Values\n"
    "{values}\n\n"
    "{line}\n"
    "The whole council is the corporate parent of the children it looks after, and councillors "
    "ask of every decision whether it is good enough for their own child.\n\n"
    "3. Key Principles\n"
    "We support children to stay with their families wherever it is safe.\n\n"
    "Permanence\n"
    "Each child in care has a plan for permanence by their second review.\n\n"
    "4. Information Sharing\n"
    "Information about families is shared only where the law allows it.\n"
)


def test_a_plain_line_of_another_kind_after_a_section_that_said_its_piece_is_a_peer() -> None:
    text = _PEER.format(
        values="We are honest with families. We listen to children. We keep our promises.",
        line="Corporate Parenting",
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 24)]
    assert kinds == [
        "title",
        "introduction",
        "values",
        "corporate_parenting",
        "key_principles",
        "information_sharing",
    ]


def test_a_plain_line_after_a_one_sentence_lead_in_stays_a_sub_heading() -> None:
    text = _PEER.format(values="We hold to a few values.", line="Corporate Parenting")
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 24)]
    assert "corporate_parenting" not in kinds


def test_a_plain_line_of_a_numbered_headings_kind_stays_a_sub_heading() -> None:
    text = _PEER.format(
        values="We are honest with families. We listen to children. We keep our promises.",
        line="Sharing information",
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "plain", 24)]
    assert kinds.count("information_sharing") == 1
    assert kinds[:3] == ["title", "introduction", "values"]


def test_a_plain_line_under_a_later_heading_is_not_lifted_to_the_numbered_level() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## 1. Introduction\n\n"
        "This policy sets out the framework within which the council works with families.\n\n"
        "## 2. Our Values\n\n"
        "We are honest with families. We listen to children. We keep our promises.\n\n"
        "## Appendix: Contacts\n\n"
        "Team Manager, Corporate Parenting: 01632 960 118\n\n"
        "Duty desk for the whole service: 01632 960 000\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 24)]
    assert "corporate_parenting" not in kinds
