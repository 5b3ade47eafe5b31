"""A page written as one outline (decision 0117): its bold top-level items over sub-items are
its headings, and a plain one over sub-items ("- End") heads its part as they do; a list with
fewer such items, or whose bold items end like a sentence or a lead-in, stays a list. Sections
still tile."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OUTLINE = """# Family Help Policies and Principles

- **About this chapter**
    - This chapter tells everyone in the Wexcombe family help service what we stand for.
- **Corporate parenting**
    - The whole council acts as a good parent would for every child in its care.
- **Information sharing**
    - We share what we know about a child only when it helps to keep them safe.
- End
    - Version 2
"""


def test_bold_top_items_over_sub_items_head_an_outline_page() -> None:
    outline = outline_of(_OUTLINE, "markdown")
    assert_tiles(outline)
    headings = [section.heading for section in outline.sections]
    assert headings[1:4] == ["About this chapter", "Corporate parenting", "Information sharing"]
    kinds = [kind for kind, _start in kinds_and_starts(outline)]
    assert kinds[1:4] == ["scope", "corporate_parenting", "information_sharing"]
    assert kinds[-1] == "end_matter"


def test_two_bold_items_over_sub_items_stay_a_list() -> None:
    text = """# Family Help Policies and Principles

## Key outcomes

We want every child in Wexcombe to be:

- **Safe**
    - free from harm at home and online
- **Healthy**
    - well in body and mind
"""
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Family Help Policies and Principles",
        "Key outcomes",
    ]


def test_bold_items_ending_like_sentences_stay_items() -> None:
    text = """# Family Help Policies and Principles

## Our values

- **We listen.**
    - We write down what children say in their own words.
- **We are honest.**
    - We say what we are worried about.
- **We keep our word.**
    - We turn up when we say we will.
"""
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Family Help Policies and Principles",
        "Our values",
    ]


def test_bold_items_under_a_page_heading_stay_a_list() -> None:
    text = """# Family Help Policies and Principles

## Key outcomes

- **Being healthy**
    - Children see a doctor and a dentist every year.
- **Staying safe**
    - Children are kept from harm at home and online.
- **Enjoying school**
    - Children go to school and make progress there.
"""
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Family Help Policies and Principles",
        "Key outcomes",
    ]
