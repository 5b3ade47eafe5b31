"""Cues of blind round 113 (decision 0187): values said to lie under all the work, a plan
bounded by two years that holds its priorities, and information about a child or family said to
stay confidential. In our own words; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Underpinning everything we do are four values: respect, honesty, fairness and hope.",
        "Behind all our work sit three values, which every team signs up to.",
    ],
)
def test_values_said_to_lie_under_the_work_are_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_a_law_under_the_work_is_not_values(cues):
    assert cues.content_kind("Underpinning everything we do is the Children Act 1989.") != (
        "values"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Our plan for 2025 to 2028 has three priorities: earlier help, more carers, fewer moves.",
        "The service's strategy for 2024-2027 sets out four aims for children in care.",
    ],
)
def test_a_plan_bounded_by_two_years_holding_priorities_is_strategy(cues, opening):
    assert cues.content_kind(opening) == "strategy"


def test_a_plan_for_one_child_is_not_strategy(cues):
    assert cues.content_kind("Our plan for Jamie has three parts agreed with his mother.") != (
        "strategy"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Information about a child or family stays confidential unless the law allows sharing.",
        "Records about a young person remain private and are shared only with consent.",
    ],
)
def test_information_about_one_child_kept_confidential_is_information_sharing(cues, opening):
    assert cues.content_kind(opening) == "information_sharing"


def test_a_child_staying_with_family_is_not_information_sharing(cues):
    opening = "Information about a child's wishes stays at the centre of plans."
    assert cues.content_kind(opening) != "information_sharing"


@pytest.mark.parametrize(
    "opening",
    [
        "Children's services are one partner among many in keeping children safe.",
        "The council is only one agency of several that see children every week.",
    ],
)
def test_the_service_as_one_partner_of_many_is_shared_responsibility(cues, opening):
    assert cues.content_kind(opening) == "shared_responsibility"


def test_one_part_of_a_plan_is_not_shared_responsibility(cues):
    opening = "Family time is one part of every child's care plan."
    assert cues.content_kind(opening) != "shared_responsibility"


def test_a_practice_framework_said_to_be_a_known_model_is_the_practice_model(cues):
    opening = "Our practice framework is Restorative Practice, and every team is trained in it."
    assert cues.content_kind(opening) == "practice_model"


def test_a_framework_of_the_councils_own_naming_is_not_cued(cues):
    opening = "Our practice framework is called Brookfield Together, and it asks us to listen."
    assert cues.content_kind(opening) != "practice_model"
