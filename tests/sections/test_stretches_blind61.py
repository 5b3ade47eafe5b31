"""Un-headed topics one after another under one heading (decision 0115): once the text has
left the heading's topic for a stretch of its own, what follows is an un-headed run, and the
model's parts of it are topics of their own when it is sure of them or a cue names them. A
part straight after the heading's own text still needs decision 0066's evidence.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

from tests.sections.outline_helpers import section_kinds

_VALUES = (
    "# Policies and Principles\n\n"
    "## What we believe\n\n"
    "We are kind and honest with the families we work with, we keep our promises to children, "
    "and we never give up on a child however hard things become for them or for us.\n\n"
)
_PARENT = (
    "The whole council is corporate parent to every child it looks after. Councillors on the "
    "corporate parenting board meet young people from the children in care council, visit "
    "their homes and check each year how the seven corporate parenting principles are met.\n\n"
)
_MODEL = (
    "Since 2020 our social workers have been trained in Signs of Safety. They map the dangers "
    "and strengths in a family with the family itself and build safety plans with the people "
    "who will keep them.\n\n"
)
_PRINCIPLES = (
    "Children should grow up with their own families wherever that is safe. When they cannot, "
    "relatives are asked first, and a permanence plan is made within four months. Care leavers "
    "keep a personal adviser until they are 25.\n\n"
)


def test_topics_after_a_stretch_are_read_as_an_unheaded_run() -> None:
    assert section_kinds(_VALUES + _PARENT + _MODEL + _PRINCIPLES, "markdown") == [
        "title",
        "values",
        "corporate_parenting",
        "practice_model",
        "key_principles",
    ]


def test_a_part_straight_after_the_headings_text_still_needs_more() -> None:
    """The model paragraph right after the values, with no stretch before it, stays with them
    (a few lines in passing, decision 0066)."""
    text = _VALUES + _MODEL.split(" They map")[0] + ".\n\n## How we work\n\n" + _PRINCIPLES
    assert section_kinds(text, "markdown") == ["title", "values", "key_principles"]
