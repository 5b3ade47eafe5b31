"""Cues of blind round 97 (decision 0164): a model known by its own name used by the teams
("All social work teams use Signs of Safety."), the things that matter most for every child
listed after a colon, a place named as what it should be, a plan bounded by two years,
records said to be confidential, and a closing amendment note naming the part that changed.
In our own words; each with a near miss of another kind."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "All social work teams use Signs of Safety. It gives families a shared language.",
        "Our staff are trained in Restorative Practice from their first month.",
    ],
)
def test_teams_using_a_model_by_its_name_are_practice_model(cues, opening):
    assert cues.content_kind(opening) == "practice_model"


def test_teams_using_something_unnamed_are_not_practice_model(cues):
    assert cues.content_kind("All social work teams use the same case recording system.") != (
        "practice_model"
    )


def test_things_that_matter_most_for_every_child_are_key_outcomes(cues):
    opening = "Three things matter most for every child: good health, safety from harm and school."
    assert cues.content_kind(opening) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Brindlecombe should be a place where every child is safe at home and does well.",
        "Our county must become the best place in which to grow up.",
    ],
)
def test_a_place_named_as_what_it_should_be_is_vision(cues, opening):
    assert cues.content_kind(opening) == "vision"


def test_a_child_who_should_be_placed_is_not_vision(cues):
    assert cues.content_kind("A child should be placed where their school is close.") != "vision"


@pytest.mark.parametrize(
    "opening",
    [
        "Between 2025 and 2028 the service will move money towards early help.",
        "From 2024 to 2027 we will open three family hubs.",
    ],
)
def test_a_plan_bounded_by_two_years_is_strategy(cues, opening):
    assert cues.content_kind(opening) == "strategy"


def test_a_history_bounded_by_two_years_is_not_strategy(cues):
    assert cues.content_kind("Between 2019 and 2022 the number of children in care fell.") != (
        "strategy"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Records about children are confidential. They are shared only when the law allows.",
        "Information about families is private and is kept on secure systems.",
    ],
)
def test_records_said_to_be_confidential_are_information_sharing(cues, opening):
    assert cues.content_kind(opening) == "information_sharing"


@pytest.mark.parametrize(
    "opening",
    [
        "In April 2025 the practice model section was rewritten and the Acts brought up to date.",
        "In May 2024 the section on leaving care was updated.",
    ],
)
def test_a_dated_note_naming_the_changed_part_is_end_matter(cues, opening):
    assert cues.content_kind(opening) == "end_matter"


def test_a_dated_event_in_the_service_is_not_end_matter(cues):
    assert cues.content_kind("In April 2025 the fostering team was moved to Dale House.") != (
        "end_matter"
    )
