"""Three ways chapters on other topics say familiar things (blind367): the work said to be
beyond any one service opens the shared responsibility; the service saying how it will know
the work is working, the children named, opens the outcomes; and a decision challenged
through an internal or independent review finished within a set time is a step of a
procedure, not a principle."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "opening",
    [
        "Safe travel for a child cannot be arranged by a single agency. Schools, airlines and "
        "the passport office all play a part.",
        "A disabled child's care can never be provided by one team alone, so therapists and "
        "teachers join every plan.",
        "Keeping a placement going cannot be managed within one department; housing and health "
        "help too.",
    ],
)
def test_work_beyond_any_one_service_opens_the_shared_responsibility(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Short visits can be arranged by one team without a meeting.",
        "The form cannot be signed by one parent alone.",
    ],
)
def test_work_one_team_can_do_or_a_form_names_no_shared_work(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "We will know this policy is working when children tell us they were asked first.",
        "We'll know the plan has succeeded when fewer young people move school in the year.",
    ],
)
def test_knowing_the_work_is_working_by_the_children_opens_the_outcomes(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening) == "key_outcomes"


def test_knowing_a_step_is_done_names_no_outcome(cues: Cues) -> None:
    assert cues.content_kind("We will know the plan is working when the form is signed.") != (
        "key_outcomes"
    )


@pytest.mark.parametrize(
    "body",
    [
        "An internal review of the refusal is carried out by a senior manager within 15 "
        "working days.",
        "Anyone refused a copy can seek an independent review, which is finished within two "
        "months.",
    ],
)
def test_a_challenged_decision_reviewed_within_a_time_is_a_procedure(cues: Cues, body: str) -> None:
    assert cues.states_procedure("information_sharing", body)
    assert cues.states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        "Each child's plan is looked at again at the second review, within four months.",
        "A child's plan is agreed with an independent reviewing officer within four months.",
        "Anyone may ask for an internal review, and our managers finish it within 15 days.",
    ],
)
def test_the_childs_own_reviews_and_the_service_speaking_are_no_such_procedure(
    cues: Cues, body: str
) -> None:
    assert not cues.states_procedure("key_principles", body)
