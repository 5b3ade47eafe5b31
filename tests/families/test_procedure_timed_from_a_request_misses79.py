"""A step timed from the moment someone asked for it is procedure (decision 0520): a heading no
cue knows, which the kind model reads as the principles, over a body saying how soon a mentor
is found or a worker allocated after the request or the referral, and never speaking as the
service, is `other`. A principle's time runs from the child's life (coming into care), and a
body in which the service speaks of itself ("we") stays the kind the model read."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "body",
    [
        "Young people can ask for a mentor through school or their worker. A mentor is found "
        "within six weeks of the request, and the first meeting is held somewhere the young "
        "person chooses.",
        "A family support worker is allocated within 5 working days of the referral.",
        "Respite carers are approved within four months of their application, after a home "
        "visit and two references.",
    ],
)
def test_a_step_timed_from_a_request_is_a_procedure(cues: Cues, body: str) -> None:
    assert cues.states_procedure("key_principles", body)
    assert cues.states_procedure("information_sharing", body)


@pytest.mark.parametrize(
    "body",
    [
        "A plan for a permanent home is made within four months of a child coming into care.",
        "We find every young person who asks a mentor within six weeks of the request.",
        "Requests are welcome at any time, and nobody is turned away for asking twice.",
    ],
)
def test_a_time_from_the_childs_life_or_the_service_speaking_is_no_procedure(
    cues: Cues, body: str
) -> None:
    assert not cues.states_procedure("key_principles", body)
