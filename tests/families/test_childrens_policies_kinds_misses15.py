"""Section kinds met in decision 0144: a well-known model that another council runs ("Our
neighbours in … have adopted Signs of Safety", "Other authorities use …") is not the chapter's
practice model, so the practice model's cue for a model the council runs does not name such a
paragraph, and a heading hint over it ("Working with partners") keeps its kind. The council's own
use of a model keeps the cue.

Each passage is written for this test in our own words.
"""

import pytest

from tests.sections.helpers import assert_tiles, outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "Our neighbours in Ashdale have adopted Signs of Safety, and we share training with them.",
        "Neighbouring councils use Family Safeguarding in their front doors.",
        "Other authorities in the region run a No Wrong Door service for teenagers.",
        "The neighbouring borough follows the Safe and Together model.",
    ],
)
def test_a_model_another_council_runs_is_no_practice_model_cue(cues, opening):
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "For teenagers on the edge of care, the borough runs a No Wrong Door service.",
        "Like our neighbours, we have adopted Signs of Safety across every team.",
        "Since 2022 Ashdale has used Family Safeguarding with every family it works with.",
    ],
)
def test_the_councils_own_model_keeps_the_cue(cues, opening):
    assert cues.content_kind(opening) == "practice_model"


def test_working_with_partners_over_a_neighbours_model_keeps_its_hint():
    text = (
        "# Policy, Values and Principles\n\n## About this chapter\n\nThis chapter describes what "
        "the Ashdale service believes.\n\n## Our values\n\nWe are honest with families. We keep "
        "our promises.\n\n## Working with partners\n\nOur neighbours in Brackwater have adopted "
        "Signs of Safety, and we train beside their staff each spring. The police and schools "
        "sit with us on the safeguarding partnership.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert (outline.sections[-1].heading, outline.sections[-1].kind) == (
        "Working with partners",
        "shared_responsibility",
    )
