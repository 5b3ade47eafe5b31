"""The service's own approach or work said to follow, or be built on, a named model opens the
practice model (blind round 365, decision 0539); the law's and the state's frameworks, and other
things that follow a model, do not. Each case is written for this test in our own words."""

import pytest

from tests.sections.helpers import outline_of


@pytest.mark.parametrize(
    "opening",
    [
        "Our approach follows the Bright Steps model, which grows a child's confidence in stages.",
        "Our work with kinship carers is built on the Open Hearth framework developed locally.",
        "The council's approach draws on the Sure Ground model of relational practice.",
        "Our practice is grounded in the Three Circles approach, used in every team.",
    ],
)
def test_our_approach_following_a_named_model_is_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our approach follows the national framework for assessing carers.",
        "Our work is based on the statutory framework set by the Children Act 1989.",
        "The allowance schedule follows the model the finance team set in 2023.",
        "Our approach follows what children told us at the last council meeting.",
    ],
)
def test_the_law_or_other_things_following_a_model_are_not(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


def test_a_heading_no_cue_knows_over_it_reads_as_the_practice_model() -> None:
    text = (
        "Savings for children in care\n\n"
        "## Why money matters\n\nWe value children learning to manage money of their own.\n\n"
        "## Bright Steps\n\nOur approach follows the Bright Steps model, which breaks learning "
        "about money into small stages that carers and advisers share.\n\n"
        "## Keeping records\n\nMoney records are kept with the care record.\n"
    )
    kinds = {section.heading: section.kind for section in outline_of(text).sections}
    assert kinds["Bright Steps"] == "practice_model"
