"""A chapter written as a letter (blind round 225, decision 0346): the short lines of its head
(the addressee, the date, a reference) and its greeting open the first section together with
the letter's first paragraph, whatever that paragraph's kind; the date is no amendment note
opening a section of its own, nor a stamp kept with the title. In our own words."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_BODY = (
    "I am writing to set out the principles on which every procedure in our manual rests.\n\n"
    "We are honest with families, we keep our promises and we never give up on a child.\n\n"
    "Our duties come from the Children Act 1989 and the Children and Families Act 2014.\n\n"
    "With kind regards,\n\nAlex Marr\n\nDirector of Children's Services\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "To: all staff in children's social care\n\n2 February 2026\n\nDear colleague,\n\n",
        "2 February 2026\n\nDear colleague,\n\n",
        "All practitioners and managers\n\nRef: CS/2026/04\n\n2 February 2026\n\nDear all,\n\n",
    ],
)
def test_the_letters_head_opens_the_first_section(head: str) -> None:
    outline = outline_of("# Policies, Values and Principles\n\n" + head + _BODY, "markdown")
    assert_tiles(outline)
    first = outline.sections[1]

    assert first.kind == "scope"
    assert first.text.startswith(head.split("\n")[0])
    assert "I am writing" in first.text


def test_a_letter_opening_on_its_values_keeps_its_head_with_them() -> None:
    body = _BODY.split("\n\n", 1)[1]
    outline = outline_of(
        "# Policies, Values and Principles\n\n4 May 2026\n\nDear colleagues,\n\n" + body,
        "markdown",
    )
    assert_tiles(outline)

    assert outline.sections[1].kind == "values"
    assert outline.sections[1].text.startswith("4 May 2026")


def test_short_lines_without_a_greeting_are_no_letters_head() -> None:
    text = (
        "# Policies, Values and Principles\n\nUpdated 2 February 2026\n\n"
        "This chapter applies to all staff in children's social care.\n\n"
        "We are honest with families and we keep our promises.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)

    assert outline.sections[0].kind == "title"
    assert "Updated 2 February 2026" in outline.sections[0].text
