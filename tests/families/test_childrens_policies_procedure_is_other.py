"""Procedure is no kind of the family (decision 0185): the kind model learns, from passages in
`passages.jsonl` written for it, that a section setting out steps, timescales, meetings, forms
and payments of a procedure is "other", while the principles the family's chapter states about
the same subjects (care leavers, permanence, reviews) stay key principles. In our own words,
none of them a passage the model learned."""

import pytest

from app.families import get_family
from app.sections import KindModel


@pytest.fixture(scope="module")
def model() -> KindModel:
    model = get_family().kind_model.get()
    assert model is not None
    return model


def _best(model: KindModel, heading: str, body: str) -> str:
    return model.best(heading + "\n" + body)[0]


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "Review meetings",
            "The child's first review takes place within twenty working days of the placement, "
            "and the reviewing officer sends the written decisions to everyone within five "
            "working days.",
        ),
        (
            "Payments",
            "Carers claim mileage and the weekly allowance on the claim form, and payments are "
            "made by the finance team each month.",
        ),
        (
            "Arranging health checks",
            "The nurse completes the health assessment within 28 days and sends the report to "
            "the social worker.",
        ),
    ],
)
def test_a_procedure_under_its_own_heading_reads_as_other(model, heading, body):
    assert _best(model, heading, body) == "other"


@pytest.mark.parametrize(
    ("heading", "body", "kind"),
    [
        (
            "Our principles",
            "Children are best brought up within their own families, and we will support "
            "parents to make this possible.",
            "key_principles",
        ),
        (
            "Leaving care",
            "Every young person leaving our care will have a personal adviser until they are 25.",
            "key_principles",
        ),
        ("Contact us", "For questions about this chapter, email the policy team.", "other"),
    ],
)
def test_principles_about_the_same_subjects_keep_their_kind(model, heading, body, kind):
    assert _best(model, heading, body) == kind
