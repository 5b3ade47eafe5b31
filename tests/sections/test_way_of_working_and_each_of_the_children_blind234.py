"""Two section readings blind234 probed (decision 0358), each tried on other wordings than the
set's: a hint heading ("How we work with families") over a paragraph naming the service's way of
working by a well-known model is the practice model's section; and a one-sentence section about
"each of the children" says something of its own, so the same-kind heading after it is its
sibling, not its sub-heading ("each of these" still points ahead)."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.assemble import _says_it_at_length
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_AFTER = "## Leaving care\n\nEvery care leaver can keep a personal adviser until they are 25.\n"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The Elmcote way of working is Signs of Safety: we ask what is working well first.",
        "Our way of working is Family Safeguarding, with adult workers in every team.",
        "The council's way of practice is Restorative Practice, high support and high challenge.",
    ],
)
def test_a_way_of_working_named_by_a_known_model_opens_the_practice_model(paragraph: str) -> None:
    outline = outline_of(
        _TITLE + "## How we work with families\n\n" + paragraph + "\n\n" + _AFTER, "markdown"
    )
    assert_tiles(outline)
    assert [section.kind for section in outline.sections][1] == "practice_model"


def test_the_cue_asks_for_a_known_model_not_a_description() -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.cued_kind("The Elmcote way of working is Signs of Safety.") == "practice_model"
    assert cues.cued_kind("Our way of working is relational: we build trust first.") != (
        "practice_model"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "For each of the children in our care a plan for permanence is agreed by review two.",
        "Each of the young people we look after has a permanence plan within four months.",
    ],
)
def test_a_statement_about_each_of_the_children_is_no_lead_in(sentence: str) -> None:
    assert _says_it_at_length(sentence)
    outline = outline_of(_TITLE + "## Permanence\n\n" + sentence + "\n\n" + _AFTER, "markdown")
    assert_tiles(outline)
    assert [section.heading for section in outline.sections] == [
        "Children's Services Policies, Values and Principles",
        "Permanence",
        "Leaving care",
    ]


def test_each_of_these_still_points_ahead() -> None:
    assert not _says_it_at_length("Each of these outcomes is described under its own heading.")
    assert not _says_it_at_length("We describe each of the outcomes in the paragraphs after this.")
