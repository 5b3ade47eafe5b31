"""Shapes met in the fifty-fourth blind round (decision 0106): web pages with weak structure,
copied as text or converted to markdown. A heading run onto the sentence before it may have up to
eight words; a bullet copied alone on its line heads the item on the next; a converter's escaped
"\\- " opens a list item and its "\\" hard break is no part of a bold heading's words; a closing
paragraph that a breakaway kind's cue names is a section of its own. Sections still tile."""

from __future__ import annotations

import pytest

from app.sections.blocks_text import run_on_heading_start, scan_text_blocks
from app.sections.raw import trim_content
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def _split(line: str) -> str | None:
    at = run_on_heading_start(line, 0, len(line))
    return None if at is None else line[at:]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        (
            "We write down what children say in their words.Our promise to children in our care",
            "Our promise to children in our care",
        ),
        (
            "Every plan is checked by an independent reviewer.What we hope for all our children",
            "What we hope for all our children",
        ),
        # nine words or more after the stop: a sentence cut short, not a heading
        (
            "Every plan is checked by a reviewer.Then we meet the family and the child again soon",
            None,
        ),
    ],
)
def test_a_run_on_heading_of_up_to_eight_words(line: str, heading: str | None) -> None:
    assert _split(line) == heading


def _blocks(text: str) -> list[tuple[str, str]]:
    blocks = scan_text_blocks(text, LineIndex(text).line_starts())
    return [(block.type, text[block.content_start : block.content_end]) for block in blocks]


def test_a_bullet_alone_on_its_line_heads_the_item_below() -> None:
    text = (
        "The principles we follow are to:\n"
        "\u2022\n"
        "act in their best interests\n"
        "\u2022\n"
        "encourage them to say what they think\n"
        "Each councillor is trained in them.\n"
    )
    assert _blocks(text) == [
        ("paragraph", "The principles we follow are to:"),
        ("list_item", "act in their best interests"),
        ("list_item", "encourage them to say what they think"),
        ("paragraph", "Each councillor is trained in them."),
    ]


@pytest.mark.parametrize(
    ("text", "blocks"),
    [
        # a blank line under the bullet: no words for it to head
        (
            "Our promise\n\u2022\n\nWe keep our promises.\n",
            [
                ("paragraph", "Our promise"),
                ("paragraph", "\u2022"),
                ("paragraph", "We keep our promises."),
            ],
        ),
        # two bullets in a row: the first heads nothing, the second the words under it
        (
            "Our promise\n\u2022\n\u2022\nWe keep our promises.\n",
            [
                ("paragraph", "Our promise"),
                ("paragraph", "\u2022"),
                ("list_item", "We keep our promises."),
            ],
        ),
    ],
)
def test_a_lone_bullet_heads_only_words_right_under_it(
    text: str, blocks: list[tuple[str, str]]
) -> None:
    assert _blocks(text) == blocks


def _markdown_blocks(text: str) -> list[tuple[str, str]]:
    outline = outline_of(text, "markdown")
    return [
        (block.type, text[block.content_start : block.content_end])
        for section in outline.sections
        for block in section.blocks
    ]


def test_a_converters_escaped_dash_opens_a_list_item_in_markdown() -> None:
    text = (
        "Family Help Policy\n\n"
        "We have regard to the following legislation:\n\n"
        "\\- Children Act 1989\n\n"
        "\\- Children and Families Act 2014, which changed the law on\n"
        "adoption and special educational needs\n\n"
        "A sentence with \\- inside it stays a paragraph.\n"
    )
    blocks = _markdown_blocks(text)
    assert ("list_item", "Children Act 1989") in blocks
    assert (
        "list_item",
        "Children and Families Act 2014, which changed the law on\n"
        "adoption and special educational needs",
    ) in blocks
    assert ("paragraph", "A sentence with \\- inside it stays a paragraph.") in blocks


@pytest.mark.parametrize(
    ("text", "words", "strong"),
    [
        ("**Working with partners**\\\n", "Working with partners", True),
        ("Children Act 1989\\\n", "Children Act 1989", False),
        ("A path ends C:\\\\\n", "A path ends C:\\\\", False),  # an escaped backslash stays
    ],
)
def test_a_hard_break_backslash_is_no_part_of_the_words(
    text: str, words: str, strong: bool
) -> None:
    start, end, is_strong = trim_content(text, 0, len(text))
    assert (text[start:end], is_strong) == (words, strong)


def test_a_bold_heading_over_a_hard_break_heads_its_section() -> None:
    text = (
        "**Family Help Policy**\n\n"
        "**Why this chapter exists**\\\n"
        "This chapter says what the Wexcombe family help service believes and how it works.\n\n"
        "**Working with partners**\\\n"
        "Safeguarding is shared work. We work with schools, health and the police every day,\n"
        "and we follow Working Together to Safeguard Children.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert "Why this chapter exists" in headings
    assert "Working with partners" in headings


_HEADED = (
    "Family Help Policy\n\n"
    "## What we stand for\n\n"
    "We are honest with families, even when the message is hard. We treat people with respect "
    "and listen before we decide.\n\n"
    "{closing}\n\n"
    "## Keeping information safe\n\n"
    "We record what we need and keep it securely. Families can ask to see what we hold.\n"
)


@pytest.mark.parametrize(
    ("closing", "kind"),
    [
        (
            "We want Wexcombe to be a borough where every child grows up safe and loved, and "
            "where families find help as soon as they need it.",
            "vision",
        ),
        (
            "Over the next three years we will open two more family hubs and cut the number of "
            "changes of social worker a child has.",
            "strategy",
        ),
    ],
)
def test_a_cued_closing_paragraph_breaks_away_from_its_section(closing: str, kind: str) -> None:
    outline = outline_of(_HEADED.format(closing=closing), "markdown")
    assert_tiles(outline)
    assert (kind, closing[:40]) in kinds_and_starts(outline)


def test_a_cued_paragraph_with_its_section_going_on_after_it_stays() -> None:
    text = _HEADED.format(
        closing=(
            "Over the next three years we will open two more family hubs and cut the number of "
            "changes of social worker a child has.\n\n"
            "We keep our promises, and when we cannot we explain why."
        )
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "strategy" not in [kind for kind, _start in kinds_and_starts(outline)]


def test_a_practice_model_named_at_a_sections_end_does_not_break_away() -> None:
    text = (
        "Family Help Policy\n\n"
        "## The law we work within\n\n"
        "Our services rest on the Children Act 1989 and the Children Act 2004, and on the "
        "statutory guidance that goes with them.\n\n"
        "We also follow the guidance on working with families that the council adopted.\n\n"
        "Our practice model is Signs of Safety.\n\n"
        "## Keeping information safe\n\n"
        "We record what we need and keep it securely. Families can ask to see what we hold.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "practice_model" not in [kind for kind, _start in kinds_and_starts(outline)]


def test_a_cued_paragraph_under_a_sub_heading_is_headed_by_it() -> None:
    text = (
        "Family Help Policy\n\n"
        "## What we stand for\n\n"
        "We are honest with families, even when the message is hard. We treat people with respect "
        "and listen before we decide.\n\n"
        "### Looking ahead\n\n"
        "Over the next three years we will open two more family hubs and cut the number of "
        "changes of social worker a child has.\n\n"
        "## Keeping information safe\n\n"
        "We record what we need and keep it securely. Families can ask to see what we hold.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    starts = kinds_and_starts(outline)
    assert ("strategy", "Over the next three years we will open t") not in starts


def test_a_short_cued_afterthought_stays_with_its_section() -> None:
    text = _HEADED.format(closing="Over the next year we will do more.")
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert "strategy" not in [kind for kind, _start in kinds_and_starts(outline)]
