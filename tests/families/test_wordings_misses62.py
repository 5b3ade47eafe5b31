"""Wordings the misses62 round measured (decision 0462): a paragraph that opens by naming the
service's own strategy and saying what it stands on ("rests on", "is built on", "centres on")
is the strategy, headed or not. Someone else's strategy, or the service's work said to rest on
something, is not. Written for this test in our own words, each with near misses."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our strategy rests on two promises: to reach families before a crisis and to keep "
        "brothers and sisters together.",
        "The council's strategy is built on four priorities, the first of them more foster "
        "carers who live inside the borough.",
        "Our strategy centres on early help delivered from the family hubs.",
        "The service's strategy is based upon what care leavers told us last year.",
        "Our strategy focuses on fewer moves for children in care.",
    ],
)
def test_the_services_strategy_and_what_it_stands_on_is_the_strategy(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "strategy"


@pytest.mark.parametrize(
    "paragraph",
    [
        # Another body's strategy, read alongside the chapter.
        "The health board's strategy rests on joint commissioning with the council.",
        # The service's work or practice, not its strategy, said to rest on something.
        "Our work rests on three commitments: honesty, persistence and respect.",
        "Our practice is built on relationships with children and their families.",
    ],
)
def test_other_things_resting_on_commitments_are_no_strategy(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "strategy"


def test_a_strategy_paragraph_opens_its_own_section_in_an_unheaded_run() -> None:
    text = (
        "# Policies, Values and Principles\n\n"
        "This chapter applies to everyone who works in Holbrook's children's services.\n\n"
        "Children who cannot go home should have a plan for a permanent family by their second "
        "review, and that plan is checked at every review after it.\n\n"
        "Young people who leave our care keep a personal adviser until they are 21, or 25 if "
        "they want one.\n\n"
        "Our strategy rests on two promises: to reach families before a crisis and to keep "
        "brothers and sisters together wherever it is safe.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    last = outline.sections[-1]
    assert last.kind == "strategy"
    assert last.text.startswith("Our strategy rests on")
