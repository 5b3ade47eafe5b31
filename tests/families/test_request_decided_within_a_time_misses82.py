"""How soon a request is decided, and by whom, is a step of a procedure (decision 0536), as a step
timed from the request already was (decision 0520): "Applications for a respite grant are
answered within ten working days". A principle's time runs from the child's life, and a
request with no time for its answer, or the service speaking of itself, is no procedure."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "body",
    [
        "Carers may ask for a further review at any time. Requests are decided by the head of "
        "service within 20 working days.",
        "Applications for a respite grant are answered within ten working days, in writing.",
        "A referral to the mentoring scheme is acknowledged by the coordinator within two days.",
        "Each request for a change of contact arrangements must be considered within 14 days.",
    ],
)
def test_a_request_decided_within_a_time_is_a_procedure(cues: Cues, body: str) -> None:
    assert cues.states_procedure("key_principles", body)
    assert cues.states_procedure("information_sharing", body)


@pytest.mark.parametrize(
    "body",
    [
        "A plan for a lasting home is agreed within four months of a child coming into care.",
        "Requests from children are always taken seriously and answered honestly.",
        "Our managers decide requests for extra help within 20 working days.",
        "Applications are open to every carer, whatever their circumstances.",
    ],
)
def test_a_time_owed_to_the_child_or_a_request_without_a_time_is_no_procedure(
    cues: Cues, body: str
) -> None:
    assert not cues.states_procedure("key_principles", body)
