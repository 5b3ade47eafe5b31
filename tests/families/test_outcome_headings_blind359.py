"""Outcome headings blind set 359 showed the reader missing (decision 0530).

A chapter on another topic may head its outcomes with the signs, or the way, that the service
will know its own work has gone right, in words the earlier hints did not take: "Signs we are
getting it right", "How we will know it has worked". The heading only hints at the outcomes, so
the kind model, reading the text beneath, can still overrule it.

Each heading is written for this test in our own words; each negative is a heading a careless
reader would take for the outcomes.
"""

from __future__ import annotations

import pytest

from app.sections.classify import Cues
from tests.reading import read_kinds_and_headings

_SERVICE_GETTING_IT_RIGHT = (
    "Signs we are getting things right",
    "Signs that we are getting this right",
    "How will we know it has worked?",
    "How we will know we have got it right",
    "How we'll know we are getting it right",
)


@pytest.mark.parametrize("heading", _SERVICE_GETTING_IT_RIGHT)
def test_the_service_knowing_its_work_went_right_hints_the_outcomes(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "key_outcomes"
    assert cues.only_hinted("key_outcomes", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Signs we are getting it wrong",
        "How we will know a carer has stopped coping",
        "How we will know the referral has arrived",
        "Signs that a baby has been harmed",
    ],
)
def test_knowing_of_harm_or_a_step_done_hints_no_outcomes(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_outcomes"


_CHAPTER = (
    "# Respite Foster Care: Policy, Values and Principles\n\n"
    "## Who should read this\n\n"
    "This chapter is for the workers and carers who arrange short stays with respite foster "
    "carers. It was amended in August 2025.\n\n"
    "## {heading}\n\n"
    "Fewer families reach breaking point, more children return from a short stay to the same "
    "school and friends, and parents say the stays gave them room to cope.\n"
)


@pytest.mark.parametrize("heading", _SERVICE_GETTING_IT_RIGHT)
def test_the_service_getting_it_right_heads_the_outcomes_in_a_reading(heading: str) -> None:
    text = _CHAPTER.format(heading=heading)
    assert read_kinds_and_headings(text, "chapter.md")[-1] == ("key_outcomes", heading)
