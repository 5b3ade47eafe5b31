"""A step either of two practitioners takes is a step of a procedure (blind396): a paragraph
opening on "the social worker or the team manager" doing something, never speaking as the
service, states a procedure of the principles' kind, as one practitioner or two together doing
it does (decisions 0222, 0549). What either of them is, or the help either gives, is no step."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "body",
    [
        "The social worker or the team manager writes to each parent within five working days "
        "and explains what was decided.",
        "When a carer asks for more help at night, the fostering social worker or duty manager "
        "arranges a visit for the next morning.",
        "The personal adviser or their manager books the first appointment and notes it on the "
        "young person's file. A copy goes to the housing officer.",
    ],
)
def test_either_of_two_practitioners_taking_a_step_is_a_procedure(cues: Cues, body: str) -> None:
    assert cues.states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        "The social worker or personal adviser is the young person's first contact.",
        "The personal adviser or social worker helps them find a flat near their college.",
        "We ask the social worker or the personal adviser to write to the parents.",
        "Parents or carers write to the manager if they disagree.",
    ],
)
def test_what_either_is_the_help_either_gives_or_the_service_speaking_is_no_procedure(
    cues: Cues, body: str
) -> None:
    assert not cues.states_procedure("key_principles", body)
