"""Two readings from blind round 381 (decision 0560), each case written for this test in our own
words.

A heading that only lists the people and agencies around a child, one at least from outside the
service ("Teachers, GPs and the police"), heads the section on the work they share: a heading
hint of `shared_responsibility`. A list of the child's family or of outcomes is not one.

A model's name may hold "to" between its capitalised words ("Bridge to Adulthood"), as it may
hold "of", "for" or "in": the name runs on over it. A "to" before a word in lower case ends the
name ("Signs of Safety to plan with families")."""

import pytest

from tests.reading import facts_of
from tests.sections.helpers import outline_of


@pytest.mark.parametrize(
    "heading",
    [
        "Teachers, GPs and the police",
        "Nurseries, health visitors and carers",
        "Youth workers, colleges & employers",
        "Foster carers and schools",
    ],
)
def test_a_heading_listing_the_agencies_around_the_child_hints_shared_work(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"
    assert cues.only_hinted("shared_responsibility", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Parents, carers and family",
        "Health, education and safety",
        "Carers and the reviewing officer",
        "Brothers, sisters and grandparents",
    ],
)
def test_a_list_of_family_outcomes_or_the_services_own_staff_is_not(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"


_CHAPTER = (
    "School Holidays: Policy, Values and Principles\n\n"
    "## What this chapter is for\n\nThis chapter was amended in March 2026. It covers how we "
    "plan the long summer break for children in care.\n\n"
    "## What we hope for\n\nWe believe every child in care should have a summer worth "
    "remembering.\n\n"
    "## {heading}\n\n{paragraph}\n\n"
    "## Keeping records\n\nPlans for the holidays are kept on the child's file.\n"
)


def test_the_listed_heading_over_what_they_pass_on_reads_as_shared_work() -> None:
    text = _CHAPTER.format(
        heading="Teachers, nurses and the reviewing officer",
        paragraph="Class teachers, school nurses, the carer and the reviewing officer tell the "
        "social worker what they notice before the holidays start, and hear back what the "
        "child has asked to be passed on.",
    )
    kinds = {section.heading: section.kind for section in outline_of(text).sections}
    assert kinds["Teachers, nurses and the reviewing officer"] == "shared_responsibility"


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        (
            "Our personal advisers use Bridge to Adulthood, a coaching approach built around "
            "what the young person wants next.",
            ["Bridge to Adulthood"],
        ),
        (
            "All our carers follow Steps to Home, a model for welcoming a child on the first "
            "night.",
            ["Steps to Home"],
        ),
        (
            "Our social workers use Signs of Safety to plan with families, a framework that "
            "weighs risks against strengths.",
            ["Signs of Safety"],
        ),
    ],
)
def test_a_name_may_hold_to_between_its_capitalised_words(paragraph: str, names: list[str]) -> None:
    text = f"Summer Plans\n\n## How we work\n\n{paragraph}\n"
    assert facts_of(text)["named_models"].value == names
