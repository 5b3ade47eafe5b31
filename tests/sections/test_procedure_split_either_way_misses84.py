"""A paragraph stating a case procedure, which the kind model all but splits between a kind and
no kind with no kind a hair ahead yet short of sure, is read as no kind as where the kind leads by
a hair (decision 0549, on 0536): a model that has not learned the chapter puts the two level, and
which of them the arithmetic puts first says nothing. Where the model is sure of no kind already,
where the lesser is well behind, where the other reading is of a kind with no procedure cues, or
where the paragraph speaks as the service, the reading is left as the model gave it."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

import app.sections.assemble as assemble
from app.families import get_family
from app.sections.assemble import _procedure_read_as_other
from app.sections.classify import Cues, compile_cues
from app.sections.kind_model import KindModel
from tests.reading import read_kinds_and_headings

RESPITE_STEPS = (
    "A family friend who looks after a child for a weekend each month is offered a short "
    "break plan. Applications for more nights are decided by the resource panel within 21 days."
)


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


def _reading(**likely: float) -> dict[str, float]:
    kinds = ["values", "practice_model", "key_principles", "information_sharing", "other"]
    rest = (1.0 - sum(likely.values())) / (len(kinds) - len(likely))
    return {kind: likely.get(kind, rest) for kind in kinds}


def test_a_procedure_read_a_hair_more_no_kind_than_principles_is_surely_no_kind(
    cues: Cues,
) -> None:
    reading = _procedure_read_as_other(
        cues, _reading(other=0.45, key_principles=0.41), RESPITE_STEPS
    )
    assert reading["other"] == pytest.approx(0.86)
    assert reading["key_principles"] == 0.0


def test_without_the_share_the_level_reading_stands(
    cues: Cues, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assemble, "PROCEDURE_OTHER_SHARE", 1.01)
    reading = _reading(other=0.45, key_principles=0.41)
    assert _procedure_read_as_other(cues, reading, RESPITE_STEPS) == reading


@pytest.mark.parametrize(
    "reading",
    [
        _reading(other=0.7, key_principles=0.3),
        _reading(other=0.45, key_principles=0.15, practice_model=0.14),
        _reading(other=0.45, values=0.41),
        _reading(other=0.45, practice_model=0.3, key_principles=0.2),
    ],
    ids=[
        "principles-well-behind",
        "principles-far-behind",
        "kind-with-no-procedure-cues",
        "runner-up-another-kind",
    ],
)
def test_a_reading_not_split_with_the_procedures_kind_is_left_alone(
    cues: Cues, reading: dict[str, float]
) -> None:
    assert _procedure_read_as_other(cues, reading, RESPITE_STEPS) == reading


def test_a_paragraph_in_the_services_own_voice_is_left_alone(cues: Cues) -> None:
    spoken = RESPITE_STEPS.replace("Applications", "We make sure applications")
    reading = _reading(other=0.45, key_principles=0.41)
    assert _procedure_read_as_other(cues, reading, spoken) == reading


_VALUES = (
    "We believe that children who cannot live at home do best with people they already know "
    "and trust, and we treat the relatives and friends who step in as partners."
)
_PRINCIPLES = (
    "Every child in care has a plan for permanence agreed within four months of coming into "
    "care, and care leavers keep a personal adviser until they are 21, or 25 if they wish."
)
_CHAPTER = f"""Short Breaks with Family and Friends: Policy, Values and Principles

This chapter explains how Coldharbour Council supports relatives and family friends who give \
children in its care short breaks. It applies to the whole of children's services and was \
amended in March 2026.

{_VALUES}

{RESPITE_STEPS}

{_PRINCIPLES}

Version 3
"""


def test_the_level_procedure_stands_apart_from_the_principles_after_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = KindModel.probabilities
    level = {"other": 0.44, "key_principles": 0.42, "values": 0.06, "practice_model": 0.04}

    def probabilities(self: KindModel, texts: Sequence[str]) -> list[dict[str, float]]:
        scores = real(self, texts)
        return [
            dict(level) if text.strip() == RESPITE_STEPS else score
            for text, score in zip(texts, scores, strict=True)
        ]

    monkeypatch.setattr(KindModel, "probabilities", probabilities)
    kinds = [kind for kind, _ in read_kinds_and_headings(_CHAPTER, "short-breaks.txt")]
    assert kinds[kinds.index("values") + 1 : kinds.index("values") + 3] == [
        "other",
        "key_principles",
    ]
