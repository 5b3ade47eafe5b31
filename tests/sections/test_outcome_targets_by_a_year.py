"""The changes a council wants for its children by a year ("By 2030 the county wants more of its
children in care to …, fewer to …") open the outcomes in a chapter with no headings; under a
heading, a plan's or any other, the same targets are what the heading heads: the wording is a
staying cue of the outcomes, which names the kind in an un-headed run only (decision 0409). Every
case is written for this test in our own words. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_UNHEADED = (
    "Children's Services Policies, Values and Principles\n\n"
    "Kindness, honesty and ambition are the values we ask of everyone who works with children, "
    "and staff are appraised against them every year.\n\n"
    "Records about a child are kept confidential and are seen only by those who need them, and "
    "any young person who was looked after may ask to read their file.\n\n"
    "{target}\n"
)

_TARGETS = [
    "By 2030 the county wants more of its children in care to be settled in one school, fewer "
    "to move home more than once a year, and every care leaver to be in work or training.",
    "By March 2029 the council wants fewer children to wait for a permanent home, more to "
    "live with their brothers and sisters, and better results at sixteen.",
]


@pytest.mark.parametrize("target", _TARGETS)
def test_targets_by_a_year_open_the_outcomes_in_an_unheaded_chapter(target: str) -> None:
    outline = outline_of(_UNHEADED.format(target=target))
    assert_tiles(outline)
    assert ("key_outcomes", target[:40]) in kinds_and_starts(outline)


@pytest.mark.parametrize("heading", ["Looking ahead to 2029", "Our plan for the next four years"])
def test_the_same_targets_under_a_heading_are_what_the_heading_heads(heading: str) -> None:
    target = (
        "By 2029 we want fewer children to come into care, more to go home safely, and more "
        "care leavers in college or work. Each year the plan names what we will do first."
    )
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Our values\n\n"
        "Kindness, honesty and ambition are the values we ask of everyone who works with "
        "children.\n\n"
        f"## {heading}\n\n{target}\n\n"
        "## Sharing information\n\n"
        "Records about a child are kept confidential and are seen only by those who need them.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    section = next(s for s in outline.sections if target[:30] in s.text)
    assert section.kind != "key_outcomes"
