"""Sections met in the seventy-eighth blind round (decision 0138): a headed section whose
second half is a numbered list of commitments set line under line (a web page's `<ol>`), each
item a paragraph of several sentences on a topic of its own, with no heading over any of them.

- every item of such a list (three or more items, each a numbered paragraph) may open a
  section, as a spaced numbered paragraph may;
- an item the model reads as a kind no section of the document has is taken out of its
  heading's section even when the model is less than very sure: the author's own number sets
  it apart, as a heading would;
- a list with one entry among its items ("2. Honesty with families") is a list, and a list of
  paragraphs on the heading's own topic stays with its heading.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from app.sections.assemble import _in_list_of_paragraphs
from app.sections.blocks_markdown import scan_markdown_blocks
from app.text import LineIndex
from tests.sections.outline_helpers import kinds_and_openings

_HEAD = (
    "# Policies, Values and Principles\n\n"
    "## Introduction\n\n"
    "This policy sets out the framework for our work with children and families, which rests "
    "on the Children Act 1989 and the Children Act 2004.\n\n"
    "## What we value\n\n"
    "We value honesty, the voice of the child and the strengths every family brings. Those "
    "values become the pledges below, which each of our teams has agreed to keep.\n\n"
)

_PLEDGES = (
    "1. We will act as good corporate parents. Councillors and officers will apply the seven "
    "corporate parenting principles to every decision about a child in our care, asking "
    "whether it would be good enough for a child of their own.\n"
    "2. We will work to one practice model. Every team uses Signs of Safety, and each new "
    "worker is trained in it within six months so that families meet the same approach.\n"
    "3. We will find every child a settled home. Children stay with relatives where they can, "
    "and a permanence plan is agreed within four months when they cannot return home.\n"
    "4. We will guard children's privacy. Records are kept securely, we share them only where "
    "the law allows or a child's safety requires it, and we tell families what was shared.\n"
)


def test_numbered_commitments_line_under_line_each_open_their_own_topic() -> None:
    kinds = [kind for kind, _ in kinds_and_openings(_HEAD + _PLEDGES, "markdown", 30)]
    assert kinds == [
        "title",
        "introduction",
        "values",
        "corporate_parenting",
        "practice_model",
        "key_principles",
        "information_sharing",
    ]


def test_a_commitment_opens_its_section_at_its_number() -> None:
    starts = dict(kinds_and_openings(_HEAD + _PLEDGES, "markdown", 30))
    assert starts["practice_model"].startswith("2. We will work to one")
    assert starts["values"].startswith("## What we value")


def _items_read_as_paragraphs(text: str) -> list[bool]:
    raw = scan_markdown_blocks(text, LineIndex(text))
    return [
        _in_list_of_paragraphs(text, raw, index)
        for index, block in enumerate(raw)
        if block.type == "list_item"
    ]


def test_a_list_of_numbered_paragraphs_line_under_line() -> None:
    assert _items_read_as_paragraphs(_HEAD + _PLEDGES) == [True] * 4


def test_a_list_with_an_entry_among_its_paragraphs_is_a_list() -> None:
    pledges = _PLEDGES.replace(
        "2. We will work to one practice model. Every team uses Signs of Safety, and each new "
        "worker is trained in it within six months so that families meet the same approach.",
        "2. Honesty with families",
    )
    assert _items_read_as_paragraphs(_HEAD + pledges) == [False] * 4


def test_a_bulleted_list_of_paragraphs_is_no_numbered_list() -> None:
    bullets = "".join("- " + line[3:] + "\n" for line in _PLEDGES.splitlines())
    assert _items_read_as_paragraphs(_HEAD + bullets) == [False] * 4


def test_two_numbered_paragraphs_are_not_yet_a_list_of_paragraphs() -> None:
    two = "".join(_PLEDGES.splitlines(keepends=True)[:2])
    kinds = [kind for kind, _ in kinds_and_openings(_HEAD + two, "markdown", 30)]
    assert kinds == ["title", "introduction", "values"]


def test_numbered_paragraphs_on_the_headings_own_topic_stay_with_it() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "## Our values\n\n"
        "These are the values every member of staff is asked to hold to in their work.\n\n"
        "1. We are honest. We tell families what worries us and we never promise what we "
        "cannot deliver.\n"
        "2. We are respectful. We treat parents and children with courtesy whatever their "
        "background, faith or circumstances.\n"
        "3. We are hopeful. We believe that families can change, and we look for what is "
        "working as well as for what is not.\n"
    )
    kinds = [kind for kind, _ in kinds_and_openings(text, "markdown", 30)]
    assert kinds == ["title", "values"]
