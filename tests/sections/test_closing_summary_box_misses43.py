"""A box that sums the page up standing at the chapter's end (decision 0288): "At a glance",
"Key points", "In short" after the body recap the points of the work (a personal adviser's age,
a permanence timescale), a key principles section of its own, never a part of the section
before it, where the same box before the text is the scope (decision 0095)."""

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


@pytest.mark.parametrize("label", ["At a glance", "Key points", "In short"])
def test_a_summary_box_after_the_body_in_markdown_is_key_principles(label: str) -> None:
    text = (
        "# Fostering Policy\n\n"
        "## Who this chapter is for\n\nEveryone who works with our foster carers.\n\n"
        "## Corporate parenting\n\nAs corporate parents we act as any good parent would. We "
        "keep the seven corporate parenting principles in mind in every decision.\n\n"
        f"## {label}\n\n"
        "- Permanence plan: within four months\n"
        "- Personal adviser: until 21, or 25 on request\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    kind, start = kinds_and_starts(outline, 40)[-1]
    assert (kind, start.split("\n")[0]) == ("key_principles", f"## {label}")


def test_a_closing_summary_after_key_principles_in_plain_text_opens_its_own_section() -> None:
    text = (
        "Children in Care Policy\n"
        "About this chapter\n"
        "This chapter applies to all staff working with children in our care.\n"
        "Leaving care\n"
        "Every care leaver has a personal adviser until they are 21. Our team keeps in touch "
        "with every young person after they leave.\n"
        "In short\n"
        "Personal adviser: until 21 for every care leaver\n"
        "Staying Close: for young people leaving our children's homes\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    kinds = [(kind, start.split("\n")[0]) for kind, start in kinds_and_starts(outline, 40)]
    assert kinds[-2:] == [("key_principles", "Leaving care"), ("key_principles", "In short")]


def test_a_summary_box_before_the_text_stays_the_scope() -> None:
    text = (
        "# Adoption Policy\n\n"
        "## At a glance\n\n"
        "- Who: every adoption worker\n"
        "- What: how we match children with adopters\n\n"
        "## Matching\n\nWe match children with adopters who can meet their needs for life.\n"
    )
    outline = outline_of(text, "markdown")
    assert ("scope", "## At a glance\n") in kinds_and_starts(outline, 15)


def test_a_summary_box_with_no_body_before_it_stays_the_scope() -> None:
    text = (
        "# Adoption Policy\n\n"
        "## Key points\n\n"
        "- Who: every adoption worker\n"
        "- What: how we match children with adopters\n"
    )
    outline = outline_of(text, "markdown")
    assert kinds_and_starts(outline, 13)[-1] == ("scope", "## Key points")
