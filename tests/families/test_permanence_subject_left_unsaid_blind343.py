"""A permanence plan timed by the next sentence with its subject left unsaid, as a note read at
its mark or a clipped line in a table reads ("… has a permanence plan. Agreed within five
months …"; decision 0508). Written for this test in our own words."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value

TITLE = "Policies and Principles for Children's Services\n\n"


def test_a_subjectless_agreed_within_after_the_plan_gives_its_months() -> None:
    text = TITLE + (
        "Planning\n\n"
        "Every child we look after will have a plan for permanence. "
        "Agreed within five months of the child first coming into our care.\n"
    )
    assert fact_value(text, "permanence_plan_months") == 5


def test_to_be_confirmed_no_later_than_after_the_plan_gives_its_months() -> None:
    text = TITLE + (
        "Planning\n\n"
        "Each child in care needs a permanence plan. "
        "To be confirmed no later than 3 months after they arrive.\n"
    )
    assert fact_value(text, "permanence_plan_months") == 3


def test_a_subjectless_line_after_a_sentence_naming_no_plan_gives_nothing() -> None:
    text = TITLE + (
        "Meetings\n\n"
        "Families are invited to a meeting with the team. "
        "Agreed within two months of the first visit.\n"
    )
    assert fact_value(text, "permanence_plan_months") is None
