"""Sections met in the hundred-and-sixth blind round (decision 0174): a version line with its
date in brackets under a title line ("v4 (Nov 2022)") stands apart from the title line above it,
though it starts in lower case, so the title line is still read as the chapter's name; a heading
that states whom the chapter is for ("Who this chapter is for") heads the scope, as the question
"Who is this chapter for?" does. Sections still tile the text."""

from __future__ import annotations

import pytest

from app.sections.blocks_text import continues_line
from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize("line", ["v4 (Nov 2022)", "v2.1 (final)", "v14"])
def test_a_version_line_with_a_bracket_does_not_carry_on_the_title_line(line: str) -> None:
    assert not continues_line("Family Help Policies and Principles", line, None)


def test_a_lower_case_line_of_prose_still_carries_on_its_sentence() -> None:
    before = "Young people who leave our care are offered a personal adviser"
    assert continues_line(before, "until they are 25 (or older if they ask).", None)


def test_the_title_line_under_a_council_line_stays_the_title_above_a_version_line() -> None:
    text = (
        "Wrenfield Borough Council\n"
        "Children's Services Policies, Values and Principles\n"
        "v3 (Mar 2024)\n\n"
        "Summary\n"
        "This chapter says what our children's services believe.\n\n"
        "Values\n"
        "We are honest with families about what worries us.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    title = next(s for s in outline.sections if s.kind == "title")
    assert title.text.startswith("Children's Services Policies, Values and Principles")


@pytest.mark.parametrize(
    "heading", ["Who this chapter is for", "Who this guidance applies to", "Who the policy is for"]
)
def test_a_heading_saying_whom_the_chapter_is_for_heads_the_scope(heading: str) -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        f"### {heading}\n\n"
        "Everyone who works with children and families here, including agency staff.\n\n"
        "### Values\n\n"
        "We are honest with families about what worries us.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    section = next(s for s in outline.sections if s.heading and heading in s.heading)
    assert section.kind == "scope"
