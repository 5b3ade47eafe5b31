"""A heading asking or saying what the service is aiming for heads its vision (misses68).

Decision 0482: every annotated chapter with such a heading puts its vision under it, even where
the words below read like outcomes (a settled home, school every day). Cases in our own words.
"""

import pytest

from tests.sections.helpers import outline_of


@pytest.mark.parametrize(
    "heading", ["What we are aiming for", "What are we aiming for?", "What we're aiming for"]
)
def test_what_we_are_aiming_for_is_the_vision(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "vision"


@pytest.mark.parametrize(
    "heading", ["What we hope for every child", "Outcomes we are aiming for", "Aiming high"]
)
def test_other_aims_are_not_named_vision_by_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "vision"


def test_outcome_words_under_the_heading_stay_the_vision() -> None:
    text = (
        "Children's Services Policies, Values and Principles\n\n"
        "**What we are aiming for**\n\n"
        "Children in our care should stay in one home, go to school every day, see the people "
        "who matter to them and leave care with a job, training or a college place.\n\n"
        "**Keeping records**\n\n"
        "We share what we know about a child only when it helps to keep them safe.\n"
    )
    kinds = [section.kind for section in outline_of(text, "markdown").sections]
    assert kinds[1] == "vision"
