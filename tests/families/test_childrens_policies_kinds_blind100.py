"""Cues of blind round 100 (decision 0167): three qualities said to sit at the heart of the
work, the council said to have agreed the corporate parenting principles, the outcomes hoped
for every child the service works with, care leavers said to keep a personal adviser, and a
closing amendment note behind its label. In our own words; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Respect, honesty and curiosity sit at the heart of our practice.",
        "Kindness, fairness and ambition are at the centre of everything we do.",
    ],
)
def test_three_qualities_at_the_heart_of_the_work_are_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_one_thing_at_the_heart_of_the_work_is_not_values(cues):
    assert cues.content_kind("Family hubs are at the heart of our early help offer.") != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "The council has agreed the seven corporate parenting principles and acts on them.",
        "Westhay County Council has adopted the corporate parenting principles in full.",
    ],
)
def test_a_council_taking_on_the_principles_is_corporate_parenting(cues, opening):
    assert cues.content_kind(opening) == "corporate_parenting"


def test_a_council_agreeing_a_budget_is_not_corporate_parenting(cues):
    assert cues.content_kind("The council has agreed a budget for family hubs.") != (
        "corporate_parenting"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "For every child we work with, we hope to see them healthy, safe and achieving at school.",
        "For all the children we support we want them to be safe, healthy and learning well.",
    ],
)
def test_outcomes_hoped_for_every_child_are_key_outcomes(cues, opening):
    assert cues.content_kind(opening) == "key_outcomes"


def test_every_child_with_no_outcome_list_is_not_key_outcomes(cues):
    assert cues.content_kind("For every child we work with, we keep a written plan.") != (
        "key_outcomes"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Young people who leave our care keep a personal adviser until they reach 21.",
        "Care leavers leaving care receive a personal adviser up to the age of 25.",
    ],
)
def test_care_leavers_keeping_a_personal_adviser_are_key_principles(cues, opening):
    assert cues.content_kind(opening) == "key_principles"


def test_young_people_keeping_a_diary_are_not_key_principles(cues):
    assert cues.content_kind("Young people who leave our care keep a diary.") != "key_principles"


@pytest.mark.parametrize(
    "opening",
    [
        "Amendment: this chapter was amended in January 2025 to add the National Framework.",
        "Changes: the chapter was revised in March 2024 when the law list was updated.",
    ],
)
def test_a_labelled_closing_amendment_note_is_end_matter_near_the_end(cues, opening):
    assert cues.content_kind(opening, True) == "end_matter"


def test_a_labelled_amendment_note_away_from_the_end_is_scope(cues):
    opening = "Amendment: this chapter was amended in January 2025 to add the National Framework."
    assert cues.content_kind(opening) == "scope"
