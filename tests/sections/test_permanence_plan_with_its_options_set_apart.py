"""The permanence plan's time limit opens the principles even where the plan's options are set
between dashes or brackets and a first step of the case comes before it ("When a child comes
into care … A permanence plan (…) is then to be agreed no later than …"): the time limit is a
principle of work by SPEC, and the kind model may read the step before it as a procedure
(decision 0574, after decisions 0299 and 0545)."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    "paragraph",
    [
        "As soon as a young person is accommodated, their social worker arranges a meeting of "
        "the people around them within three working days. A permanence plan (going home, "
        "living with relatives, long-term foster care or adoption) is then to be agreed no "
        "later than the second review of their care.",
        "The plan for permanence - whether that is a return to parents, kinship care or "
        "adoption - must be settled within four months of the child coming into care.",
        "A permanence plan \u2013 going home, special guardianship or adoption \u2013 will be "
        "decided by the time of the child's second review.",
    ],
    ids=["brackets-after-a-first-step", "dashes-within-months", "en-dashes-by-a-review"],
)
def test_a_time_limited_plan_with_its_options_set_apart_opens_the_principles(
    cues: Cues, paragraph: str
) -> None:
    assert cues.content_kind(paragraph) == "key_principles"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The permanence plan (and any change to it) is discussed with the child at every visit.",
        "The permanence plan is reviewed within four weeks of any move.",
        "A permanence plan - going home, kinship care or adoption - is written with the "
        "family and shared with the child's school.",
    ],
    ids=["discussed-no-limit", "written-no-limit", "no-options-set-apart"],
)
def test_a_plan_without_a_time_limit_opens_nothing_by_this_cue(cues: Cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "key_principles"
