"""Decision 0519: a plan for the child's long-term home named in one sentence, and timed in the
next by the months since the child came into care ("The plan will be ready by the time you have
been in care for 4 months."), is the permanence plan, as one sentence saying both is. A next
sentence timing something else, or counting from no entry into care, gives no timescale.
Every text here is written for these tests."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value

_HEAD = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Your home\n\n"
    "Some children in our care cannot go back to live with their own family.\n\n"
)


def test_the_plan_timed_in_the_next_sentence_is_the_permanence_plan() -> None:
    text = _HEAD + (
        "We will write a plan for your forever home.\n\n"
        "The plan will be finished by the time you have been in care for 5 months.\n"
    )
    assert fact_value(text, "permanence_plan_months", "chapter.md") == 5


def test_it_named_next_and_counted_from_coming_into_care_is_read_too() -> None:
    text = _HEAD + (
        "Your social worker makes a plan about your long-term home. "
        "It will be agreed within 3 months of you coming into care.\n"
    )
    assert fact_value(text, "permanence_plan_months", "chapter.md") == 3


def test_a_next_sentence_counting_from_something_else_gives_nothing() -> None:
    text = _HEAD + (
        "We will write a plan for your forever home.\n\n"
        "The plan will be looked at again 5 months after your review.\n"
    )
    assert fact_value(text, "permanence_plan_months", "chapter.md") is None
