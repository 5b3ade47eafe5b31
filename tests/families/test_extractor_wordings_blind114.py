"""The extractors on wordings met in blind round 114 (decision 0188): the permanence plan named
by what it must say ("the care plan must say where the child will grow up"), the date the
chapter itself took effect ("This text takes effect from April 2025."), and a guidance title in
sentence case that names itself statutory guidance after a colon, set one a line under Acts.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("text", "months"),
    [
        (
            "By the second review \u2013 never later than four months after the child became "
            "looked after \u2013 the care plan must say where the child will grow up.\n",
            4,
        ),
        ("Within three months the plan sets out where the child will grow up.\n", 3),
    ],
)
def test_a_plan_that_must_say_where_the_child_will_grow_up(text: str, months: int) -> None:
    assert facts_of(text)["permanence_plan_months"].value == months


def test_a_plan_that_says_where_the_child_goes_to_school_is_not_permanence() -> None:
    text = "Within four months the care plan must say where the child will go to school.\n"
    assert facts_of(text)["permanence_plan_months"].value is None


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Children come first.\n\nThis text takes effect from April 2025.\n", "2025-04"),
        (
            "Children come first.\n\nThis edition came into effect on 3 March 2025. It "
            "follows the edition of October 2024, which it replaces.\n",
            "2025-03-03",
        ),
    ],
)
def test_the_date_the_text_took_effect_is_the_amendment_date(text: str, date: str) -> None:
    assert facts_of(text)["amendment_date"].value == date


def test_the_date_a_law_came_into_force_is_no_amendment_date() -> None:
    text = "The Children and Social Work Act 2017 came into force in April 2018.\n"
    assert facts_of(text)["amendment_date"].value is None


_LINES = (
    "Our work rests on the law.\n\n"
    "References\n\n"
    "Children Act 1989\n"
    "Children (Leaving Care) Act 2000\n"
    "{last}\n\n"
    "We review this chapter every year.\n"
)


def test_sentence_case_statutory_guidance_after_a_colon_is_listed() -> None:
    last = "Keeping care leavers safe: statutory guidance for local authorities (2021)"
    facts = facts_of(_LINES.format(last=last))
    assert facts["legislation_count"].value == 3


@pytest.mark.parametrize(
    "last",
    [
        "Our local offer to care leavers (2024)",
        "Keeping care leavers safe: a guide for councillors (2021)",
    ],
)
def test_other_sentence_case_lines_are_not_listed(last: str) -> None:
    facts = facts_of(_LINES.format(last=last))
    assert facts["legislation_count"].value == 2
