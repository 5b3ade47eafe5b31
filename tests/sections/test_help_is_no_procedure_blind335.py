"""Blind round 335: the help a practitioner gives a young person is no step of a procedure.

Decision 0222 reads a heading the kind model names key principles as `other` when its body
states a step of a case procedure (a named practitioner doing something) and never speaks as
the service. Principles written in the third person name the same roles, and say what the role
does *for the young person*: it helps, supports, guides or stays with them. That is the
support a principle promises, not a step of casework, so it states no procedure; a step on the
case itself (writing, reviewing, recording) still does. Written for these tests in our own
words.
"""

import pytest

from app.families import get_family
from app.sections import split_sections
from tests.sections.helpers import SURE_OF_PRINCIPLES, SameReading, assert_tiles, states_procedure


@pytest.mark.parametrize(
    "body",
    [
        "A care leaver keeps a personal adviser until twenty-one. The adviser helps them open a "
        "bank account and look for a flat.",
        "The social worker supports the young person through their first months at college.",
        "The personal adviser stays with them through the move into their first tenancy.",
        "The practitioner guides the young person towards training that suits them.",
        "The leaving care team encourages young people to keep up with their friends.",
        "The adviser assists them with forms for benefits and grants.",
    ],
)
def test_the_help_a_role_gives_is_no_step(body):
    assert not states_procedure("key_principles", body)


@pytest.mark.parametrize(
    "body",
    [
        # steps on the case itself stay procedure (negatives of the rule above)
        "The personal adviser writes the pathway plan with the young person before they turn "
        "sixteen and a half.",
        "The social worker records each visit on the child's file within two working days.",
        "The adviser checks the plan every six months and sends a copy to the young person.",
    ],
)
def test_a_step_on_the_case_is_still_procedure(body):
    assert states_procedure("key_principles", body)


def test_impersonal_principles_with_a_helping_adviser_keep_the_models_kind():
    text = (
        "# Growing Up in Thornmere's Care\n\n"
        "## Scope of this chapter\n\n"
        "This chapter is for staff who work with children in Thornmere's care.\n\n"
        "## A home and a future\n\n"
        "A child who cannot go home needs to know early where they will live. A permanence plan "
        "should be settled within four months.\n\n"
        "A young person leaving care has a personal adviser until twenty-one. The adviser helps "
        "them with money, a home and a job.\n"
    )
    outline = split_sections(text, get_family().kinds, "markdown", SameReading(SURE_OF_PRINCIPLES))  # type: ignore[arg-type]
    assert_tiles(outline)
    assert [(s.kind, s.heading) for s in outline.sections[2:]] == [
        ("key_principles", "A home and a future")
    ]
