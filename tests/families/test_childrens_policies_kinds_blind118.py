"""Consultation named as the child's share in decisions, the hundred-and-eighteenth blind
round's miss (decision 0193): "I want to have a say" over a paragraph about asking children's
views was read by the kind model as corporate parenting; a heading naming the child's say is
key principles (consultation), as "Listening to young people" is.

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "I want to have a say",
        "Have your say",
        "Having a say",
        "Getting your say",
        "Children and young people having their say",
        "Young people have a say",
        "Your say in your care",
        "My say",
    ],
)
def test_a_heading_naming_the_childs_say_is_key_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"


@pytest.mark.parametrize(
    "heading",
    [
        "What the law has to say",
        "A say in the budget for partners",
        "Saying goodbye to foster carers",
        "Sayings we live by",
    ],
)
def test_near_misses_are_not_consultation(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"
