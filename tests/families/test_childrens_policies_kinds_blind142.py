"""Content cues blind set 142 showed missing (decision 0237): whole chapters with no headings
whose values paragraph tells staff what to be in qualities, whose practice model is named as the
one the council adopted, whose strategy is a plan of so many years, whose partners paragraph says
working with them is every practitioner's job, and whose vision is one sentence of what the
children should feel or know. Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Practitioners should be honest, reliable and kind. They should explain themselves.",
        "Our staff are expected to be honest with families and persistent on behalf of children.",
        "All social workers must be curious about what lies behind a referral.",
        "Managers will always be open with their teams about the pressures on the service.",
    ],
)
def test_staff_told_what_qualities_to_have_is_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Practitioners should be clear about what needs to change and by when.",
        "Staff must be trained in the use of restraint before working in a children's home.",
        "Social workers should be aware of the local thresholds document.",
    ],
)
def test_staff_told_what_to_do_is_not_values(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Ashby Fen Council adopted Family Group Conferencing as its practice model in 2024.",
        "The service chose systemic family therapy as its social work framework last year.",
        "Since 2022 we have taken up Restorative Practice as our practice approach.",
    ],
)
def test_a_model_adopted_as_the_practice_model_is_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "The council adopted a new charging policy as its framework for fees.",
        "Ashby Fen Council adopted the Children and Social Work Act principles in 2018.",
    ],
)
def test_other_things_adopted_are_not_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our three-year plan puts early help first and moves money into edge-of-care work.",
        "Our five year strategy focuses on keeping children in their own communities.",
        "The council's two-year plan sets out four priorities for children's social care.",
    ],
)
def test_a_plan_of_so_many_years_is_strategy(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "Our care plan for each child sets out who will do what.",
        "Our pathway plan is written with the young person.",
    ],
)
def test_a_plan_for_one_child_is_not_strategy(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "Working with the police, health and schools under the partnership's arrangements is "
        "part of every practitioner's job.",
        "Working together with partner agencies is central to all of our safeguarding work.",
        "Working with other professionals, and sharing what we know with them, is essential to "
        "every assessment.",
    ],
)
def test_working_with_partners_as_everyones_job_is_shared_responsibility(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "Working with families is part of every practitioner's job.",
        "Working with the police, we arranged a joint visit.",
    ],
)
def test_other_working_with_is_not_shared_responsibility(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "shared_responsibility"


@pytest.mark.parametrize(
    "opening",
    [
        "We want Fellside's children to feel that the council is on their side.",
        "We want every child to know that they belong here.",
        "We would like all our children to feel that someone is in their corner.",
        "We want children in Brackenholt to know that help is close by.",
    ],
)
def test_what_children_should_feel_or_know_is_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "We want every child to feel safe at home and at school.",
        "We want every child in Fellside to be healthy, safe and learning.",
        "We want parents to know that they can complain.",
    ],
)
def test_outcomes_and_other_wishes_are_not_vision(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "vision"
