"""An un-headed paragraph that states a case procedure, which the kind model all but splits
between a kind and no kind, is read as no kind (decision 0536): the kind's share goes to
"other", so that the segmenter's free turn to material of no kind (decision 0520) lets the
procedure stand apart from the principles after it. Where the model is sure of the kind, where
the runner-up is another kind, or where the paragraph speaks as the service, the reading is left
as the model gave it."""

from __future__ import annotations

import pytest

import app.sections.assemble as assemble
from app.families import get_family
from app.sections.assemble import _procedure_read_as_other
from app.sections.classify import Cues, compile_cues

KINSHIP_SUPPORT = (
    "A grandparent who takes on a child under a child arrangements order is offered an "
    "allowance review each year. Requests for a higher allowance are decided by the fostering "
    "manager within 28 days."
)


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


def _reading(**likely: float) -> dict[str, float]:
    kinds = ["values", "practice_model", "key_principles", "information_sharing", "other"]
    rest = (1.0 - sum(likely.values())) / (len(kinds) - len(likely))
    return {kind: likely.get(kind, rest) for kind in kinds}


def test_a_procedure_read_nearly_as_much_no_kind_as_principles_is_no_kind(cues: Cues) -> None:
    reading = _procedure_read_as_other(
        cues, _reading(key_principles=0.5, other=0.36), KINSHIP_SUPPORT
    )
    assert reading["other"] == pytest.approx(0.86)
    assert reading["key_principles"] == 0.0
    assert max(reading, key=reading.__getitem__) == "other"


def test_without_the_share_the_model_reading_stands(
    cues: Cues, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assemble, "PROCEDURE_OTHER_SHARE", 1.01)
    reading = _reading(key_principles=0.5, other=0.36)
    assert _procedure_read_as_other(cues, reading, KINSHIP_SUPPORT) == reading


@pytest.mark.parametrize(
    "reading",
    [
        _reading(key_principles=0.82, other=0.08),
        _reading(key_principles=0.5, practice_model=0.3, other=0.1),
        _reading(values=0.5, other=0.36),
    ],
    ids=["sure-of-the-principles", "runner-up-another-kind", "kind-with-no-procedure-cues"],
)
def test_a_sure_or_other_reading_is_left_alone(cues: Cues, reading: dict[str, float]) -> None:
    assert _procedure_read_as_other(cues, reading, KINSHIP_SUPPORT) == reading


def test_a_paragraph_in_the_services_own_voice_is_left_alone(cues: Cues) -> None:
    spoken = KINSHIP_SUPPORT.replace("Requests", "We promise that requests")
    reading = _reading(key_principles=0.5, other=0.36)
    assert _procedure_read_as_other(cues, reading, spoken) == reading
