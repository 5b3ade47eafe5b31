"""Someone signing a case's paperwork is a step of a procedure (decision 0565): a paragraph in
which a carer or worker signs a form, a list, a record or an application, never speaking as the
service, states a procedure of the principles' kind, so a paragraph the kind model all but splits
between the principles and no kind is read as no kind. Signing a pledge or a covenant is the
corporate parent's commitment, and a paragraph in the service's voice is no procedure."""

from __future__ import annotations

import pytest

from app.sections.assemble import _procedure_read_as_other
from app.sections.classify import Cues

SCHOOL_TRIP_STEPS = (
    "Each trip abroad needs a travel form, begun at least six weeks before the date. The "
    "foster carer who books the trip completes it with the young person and signs the form, "
    "and the passport is handed back within three days of coming home."
)


@pytest.mark.parametrize(
    "body",
    [
        SCHOOL_TRIP_STEPS,
        "On the day a child moves in, the residential key worker goes through the room "
        "inventory with them, and both sign the inventory before the evening meal.",
        "A child's medication is given from the home's stock only after two members of staff "
        "have countersigned the medication record.",
        "Any parent with parental responsibility is asked to sign a consent form for routine "
        "dental treatment at the first placement meeting.",
    ],
)
def test_signing_a_cases_paperwork_is_a_procedure(cues: Cues, body: str) -> None:
    assert cues.states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        "Every elected member signs a pledge to put children in care first in every decision.",
        "Local employers who sign the Care Leaver Covenant offer work placements to our young "
        "people.",
        "We sign the travel form with the young person and keep a copy on their file.",
        "Children are told why their belongings matter and are helped to keep what they value.",
    ],
)
def test_a_pledge_the_service_speaking_or_no_signing_is_no_procedure(cues: Cues, body: str) -> None:
    assert not cues.states_procedure("key_principles", body)


def test_a_signing_procedure_split_with_the_principles_is_read_as_no_kind(cues: Cues) -> None:
    reading = {
        "values": 0.1,
        "practice_model": 0.06,
        "key_principles": 0.38,
        "information_sharing": 0.2,
        "other": 0.26,
    }
    moved = _procedure_read_as_other(cues, reading, SCHOOL_TRIP_STEPS)
    assert moved["other"] == pytest.approx(0.64)
    assert moved["key_principles"] == 0.0
