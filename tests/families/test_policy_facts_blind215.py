"""Policy facts in wordings blind215 probed (decision 0335), each tried on other wordings than
the set's: a model the council has stopped using, "our practice model has been X", support
counted in years after leaving care, and only some of the principles listed after "including:".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import one_section_value
from tests.reading import read_kinds_and_headings


@pytest.mark.parametrize(
    ("text", "models"),
    [
        (
            "Our service worked with Family Safeguarding from 2019. We stopped using it in 2024, "
            "and since then our practice model has been Open Hearts.",
            ["Open Hearts"],
        ),
        (
            "For five years Restorative Practice shaped our meetings with families. We have since "
            "moved away from it.",
            [],
        ),
        (
            "Since 2022 the council's practice model has been Steady Ground, which asks workers "
            "to plan in small steps.",
            ["Steady Ground"],
        ),
        (
            "Signs of Safety guides our assessments. We use it in every team.",
            ["Signs of Safety"],
        ),
    ],
)
def test_models_stopped_and_models_that_have_been_the_councils(
    text: str, models: list[str]
) -> None:
    assert one_section_value(text, "named_models") == models


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Young people keep a personal adviser for 3 years after leaving care at 18.",
            21,
        ),
        (
            "Our leaving care team supports each young person for seven years after they "
            "leave care at eighteen.",
            25,
        ),
    ],
)
def test_support_counted_in_years_after_leaving_care(text: str, age: int) -> None:
    assert one_section_value(text, "leaving_care_support_age") == {"age": age, "extended": []}


def test_years_that_end_past_an_adult_age_are_no_support_age() -> None:
    text = (
        "Care leavers can ask the leaving care team for help for twenty years after "
        "leaving care at 18."
    )
    assert one_section_value(text, "leaving_care_support_age") is None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Councillors, as corporate parents, keep to the corporate parenting principles, "
            "including: high aspirations for every child; keeping them safe; and preparing them "
            "for adulthood.",
            3,
        ),
        (
            "Corporate parenting principles include: acting in their best interests; and taking "
            "their views, wishes and feelings into account.",
            2,
        ),
    ],
)
def test_some_principles_listed_after_including(text: str, count: int) -> None:
    assert one_section_value(text, "corporate_parenting_principles") == count


def test_a_run_of_values_after_including_is_no_principles() -> None:
    text = (
        "As corporate parents our principles include: honesty with families; respect for "
        "colleagues; and curiosity."
    )
    assert one_section_value(text, "corporate_parenting_principles") == 0


def test_document_status_and_models_of_practice_headings() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Document status\n\nApproved by the Director in May 2025. Next review: May 2027.\n\n"
        "## Our approaches to practice\n\nWe work with two approaches, one for assessment and "
        "one for direct work with children.\n"
    )
    assert read_kinds_and_headings(text, "chapter.md")[1:] == [
        ("scope", "Document status"),
        ("practice_model", "Our approaches to practice"),
    ]
