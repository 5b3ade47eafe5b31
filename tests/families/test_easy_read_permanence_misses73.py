"""Permanence months as easy-read and young people's texts say them (decision 0495): the plan
made with the verb ("we will plan where you will grow up") and timed as "that plan" in the
sentence after, and a plan for the child's home timed by the months the child has been in care.
Written for this test in our own words."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value

TITLE = "Our Promises to Children in Care\n\n"


def test_planning_where_a_child_grows_up_with_the_verb_then_that_plan_timed() -> None:
    text = TITLE + (
        "Where will I grow up?\n\n"
        "When going home is not safe, we will plan where you will grow up with you.\n\n"
        "That plan must be ready within five months of you coming into care.\n"
    )
    assert fact_value(text, "permanence_plan_months") == 5


def test_a_plan_for_your_home_timed_by_months_in_care() -> None:
    text = TITLE + (
        "A place to call home\n\n"
        "We will look for somewhere you can stay.\n\n"
        "You will have a plan for your home by the time you have been in care for six months.\n"
    )
    assert fact_value(text, "permanence_plan_months") == 6


def test_a_plan_for_a_home_not_counted_from_care_gives_no_months() -> None:
    text = TITLE + (
        "A place to call home\n\n"
        "Each foster family has a plan for their home that is looked at every 12 months.\n\n"
        "Workers visit within two months of a move.\n"
    )
    assert fact_value(text, "permanence_plan_months") is None
