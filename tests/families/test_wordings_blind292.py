"""Wordings the blind292 round measured (decision 0436): the wish that the children the council
looks after have the same chances in life as any other child, a sentence of its own, is the
vision; "Working with families" names the principles of work unless the paragraph under it opens
on another kind's cue (a practice model named). Written for this test in our own words, each
with near misses."""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import section_kinds


@pytest.mark.parametrize(
    "paragraph",
    [
        "We want Brackwater's children in care to feel at home and to have the same chances in "
        "life as any other child in the county.",
        "We want every young person leaving our care to have the same life chances as any "
        "other young person in the borough.",
        "We would like our Cared for Children to know they belong, and to have the same chances "
        "as every other child.",
    ],
)
def test_the_same_chances_as_any_other_child_is_the_vision(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "vision"


@pytest.mark.parametrize(
    "paragraph",
    [
        # The outcomes' own words in the sentence.
        "We want children in care to have the same chances as any other child: good health, a "
        "good education and a home.",
        "We want our children to have the same chances as any other child to do well at school.",
        # Not a wish: a duty or a report.
        "Councillors check that children in care have the same chances as any other child.",
        # More than one sentence: a paragraph that goes on is another kind's.
        "We want Looked After Children to have the same chances in life as any other child. "
        "The Corporate Parenting Board checks that we do.",
    ],
)
def test_other_wordings_of_the_same_chances_are_no_vision(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "vision"


_OPENING = (
    "# Policies, Values and Principles\n\n"
    "## Scope\n\nThis chapter applies to every children's social care team in Brackwater.\n\n"
)
_AFTER = (
    "## Permanence\n\nWe expect a permanence plan for every child within four months of the "
    "child coming into care.\n\n"
    "## Leaving care\n\nCare leavers keep a personal adviser until they are 25.\n"
)


def test_working_with_families_over_a_named_model_is_the_practice_model() -> None:
    text = (
        _OPENING + "## Working with families\n\nOur practice model is Signs of Safety. Every "
        "worker maps danger and safety with the family, in words the family uses.\n\n" + _AFTER
    )
    assert section_kinds(text, "markdown")[-3:] == [
        "practice_model",
        "key_principles",
        "key_principles",
    ]


def test_working_with_families_over_its_principles_stays_key_principles() -> None:
    text = (
        _OPENING + "## Working with families\n\nWe work alongside parents, tell them plainly what "
        "worries us and agree with them what has to change.\n\n" + _AFTER
    )
    assert section_kinds(text, "markdown")[-3:] == [
        "key_principles",
        "key_principles",
        "key_principles",
    ]


def test_the_same_chances_closing_an_introduction_stays_there() -> None:
    text = (
        _OPENING + "## Introduction\n\nOur staff work within the Signs of Safety model, with "
        "family workers and social workers in the same teams.\n\n"
        "We want Children in Care to have the same chances in life as any other child in "
        "Brackwater.\n"
    )
    assert section_kinds(text, "markdown")[-1] == "introduction"


def test_the_same_chances_under_a_question_heading_is_the_vision() -> None:
    text = (
        _OPENING + "## What do we want for children?\n\nWe want Brackwater's Children in Care to "
        "feel that they belong, and to have the same chances in life as any other child in the "
        "county.\n"
    )
    assert section_kinds(text, "markdown")[-1] == "vision"
