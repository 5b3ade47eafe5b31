"""Two practitioners who take a step of a case procedure together, with the verb in the plural
("the social worker and the reviewing officer meet the child within ten days"), state a
procedure as one practitioner with the verb in the singular does (decision 0569; the cue of
decisions 0222 and 0536): a chapter on another topic of children's services tells its steps so,
and the model that all but splits such a paragraph between the principles and no kind then
reads it as no kind. What the two are, or the help they give together, is no step."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.assemble import _procedure_read_as_other
from app.sections.classify import Cues, compile_cues
from tests.sections.helpers import states_procedure


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


_TOGETHER = (
    "When a young person asks to move to a different school, the social worker and the "
    "reviewing officer meet them within ten days to hear why, and the change is written into "
    "the care plan before the next term begins."
)


@pytest.mark.parametrize(
    "body",
    [
        _TOGETHER,
        "The child's social worker and the supervising social worker decide within five working "
        "days whether the request for a second bedroom can be met.",
        "If the placement ends without notice, the duty manager and the personal adviser "
        "arrange a bed for the night and tell the reviewing officer the next morning.",
    ],
    ids=["an-officer-after-an-event", "two-social-workers-decide", "a-manager-and-adviser"],
)
def test_two_practitioners_taking_a_step_together_state_a_procedure(body: str) -> None:
    assert states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        "The social worker and the personal adviser are the young person's main contacts until "
        "they turn 21.",
        "The social worker and the personal adviser help them find a home near their college.",
        "The social worker and the personal adviser work together so that nothing is missed.",
        "The social worker and the personal adviser both stay in touch after the move.",
    ],
    ids=["what-they-are", "help-they-give", "working-together", "both-staying"],
)
def test_what_two_practitioners_are_or_give_is_no_step(body: str) -> None:
    assert not states_procedure("key_principles", body)


def test_a_step_of_two_practitioners_half_read_as_principles_is_no_kind(cues: Cues) -> None:
    reading = {
        "values": 0.05,
        "practice_model": 0.06,
        "key_principles": 0.44,
        "information_sharing": 0.05,
        "other": 0.40,
    }
    moved = _procedure_read_as_other(cues, reading, _TOGETHER)
    assert max(moved, key=moved.__getitem__) == "other"
    assert moved["other"] == pytest.approx(0.84)
