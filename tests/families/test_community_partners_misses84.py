"""Wordings the known-misses round misses84 found the family did not know (decision 0549): a
heading naming the communities or the voluntary groups the service works with, partners outside
the council as the agencies are; and a practitioner's step told after the event that starts it
("When a child moves, the social worker visits …"), a procedure as the step told alone. Each
case is written for this test in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Working with local communities",
        "Working closely with faith and cultural communities",
        "Working with community groups",
        "Working with the voluntary and community sector",
    ],
)
def test_a_heading_naming_the_communities_worked_with_hints_shared_responsibility(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"
    assert cues.only_hinted("shared_responsibility", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Working with families",
        "Working with children and young people",
        "Communities we serve",
        "Building stronger communities",
    ],
)
def test_working_with_families_or_communities_alone_are_not_this_hint(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"


@pytest.mark.parametrize(
    "body",
    [
        "When a child moves to a new carer, the social worker visits within five working days.",
        "If the review finds the plan has drifted, the team manager sets a new date for it.",
        "Once a referral is accepted, the practitioner arranges a first meeting with the family.",
        "As soon as a young person turns 16, the personal adviser starts their pathway plan.",
    ],
)
def test_a_practitioners_step_after_the_event_that_starts_it_is_a_procedure(
    cues, body: str
) -> None:
    assert cues.states_procedure("key_principles", body)
    assert cues.states_procedure("information_sharing", body)


@pytest.mark.parametrize(
    "body",
    [
        "When a child moves to a new carer, we visit within five working days.",
        "When a young person leaves care, the personal adviser helps them find a home.",
        "When a child moves, the adviser is their main contact.",
        "When children are asked, they say the social worker listens.",
        "When it cannot, the child's social worker must agree a plan for permanence quickly.",
        "Where this is not possible, the social worker must find a home nearby.",
    ],
)
def test_the_service_speaking_or_help_promised_after_an_event_is_no_procedure(
    cues, body: str
) -> None:
    assert not cues.states_procedure("key_principles", body)
