"""Blind round 249 (decision 0375): pasted plain-text chapters with no headings. A model's name
that a hard wrap divides is read whole ("the Hollow\nOak Model"), a scope paragraph that "draws on
the duties in" two Acts cites them as its legislation, and success measured by the children's
results opens the outcomes. Each case is written for this test in our own words; each negative
case is a wording a careless reader would take for the fact or the kind."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

# --- a model's name divided by a hard wrap ---------------------------------------------------


def test_a_model_named_before_model_over_a_hard_wrap_is_named_whole() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Every social worker and residential worker in Cobley Moor has been trained in the Hollow\n"
        "Oak Model, which sets out how adults respond to children who have been hurt.\n"
    )
    assert facts_of(text)["named_models"].value == ["Hollow Oak Model"]


def test_a_model_named_after_its_label_over_a_hard_wrap_is_named_whole() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Since 2024 the service has worked to one framework, and our practice model is Steady\n"
        "Harbour, which every new member of staff learns in their first month with us.\n"
    )
    assert facts_of(text)["named_models"].value == ["Steady Harbour"]


def test_a_heading_line_above_a_model_sentence_is_no_part_of_its_name() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Our Way Of Working\n"
        "Practitioners here use the Hollow Oak Model with every family they meet.\n"
    )
    assert facts_of(text)["named_models"].value == ["Hollow Oak Model"]


# --- two Acts a chapter "draws on" -----------------------------------------------------------


def test_two_acts_whose_duties_the_chapter_draws_on_are_its_legislation() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "This chapter covers all of Dunmere's services for children. It draws upon the powers "
        "under the Children Act 2004 and the Children and Families Act 2014.\n\n"
        "We are honest and kind in everything we do.\n"
    )
    assert facts_of(text)["legislation_count"].value == 2


def test_two_acts_beside_research_the_chapter_draws_on_are_no_list() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "This chapter draws on research with care leavers. Their views shaped how we read the "
        "Children Act 1989 and the Children and Families Act 2014.\n\n"
        "We are honest and kind in everything we do.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- success measured by the children's results ----------------------------------------------


@pytest.mark.parametrize(
    "opening",
    [
        "Success for young people in our care will be measured by whether they are safe, "
        "whether they go to school every day and whether they have a home when they leave.",
        "Our success should be judged by how healthy, settled and well educated the children "
        "we look after are.",
        "We will judge ourselves by the health, stability and schooling of the children in our "
        "care, and by what they tell us.",
        "We shall measure ourselves against the safety and education of every child we look after.",
    ],
)
def test_success_measured_by_childrens_results_is_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "Success will be measured by the number of visits made on time and the forms completed.",
        "We will judge ourselves by how quickly we answer the telephone and reply to letters.",
        "Success in the new contract will be judged by the provider's costs.",
    ],
)
def test_success_measured_by_the_services_own_tasks_is_not_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
