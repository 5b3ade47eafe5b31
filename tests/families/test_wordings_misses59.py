"""Wordings the misses59 round measured (decision 0444): a one-paragraph part that turns to the
strategy or the outcomes at the close of a headed section opens its own section when its opening
says so plainly. The service's priorities for a span of named years, or what it will do over the
years a named plan runs, are the strategy; a sentence saying how the service measures success by
what changes for children, then a sentence listing what it wants for them from safety to adult
life, is the outcomes. Written for this test in our own words, each with near misses."""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import section_kinds


@pytest.mark.parametrize(
    "paragraph",
    [
        "Our priorities for 2026 to 2029 are to recruit more local foster carers, to open a "
        "second family centre and to keep social workers with the same families for longer.",
        "The council's priorities for 2025-2027 are fewer moves for children in care and "
        "quicker help for families in crisis.",
        "Our main priorities between 2024 and 2027 will be early help and placement sufficiency.",
    ],
)
def test_priorities_for_a_span_of_years_are_the_strategy(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "strategy"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Over the life of our Corporate Parenting Plan 2025 to 2028 we will put more money into "
        "supported lodgings and into help with the cost of college.",
        "During the term of the council's Children's Strategy 2026-2030 the service will move "
        "its family support into the community hubs.",
        "Over the five years of our sufficiency strategy we will build three small children's "
        "homes inside the county.",
    ],
)
def test_the_course_over_a_plans_years_is_the_strategy(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "strategy"


@pytest.mark.parametrize(
    "paragraph",
    [
        # A child's plan has no span of years: a case procedure, not the service's course.
        "Over the life of the care plan we will visit the child at least every six weeks.",
        "Throughout the course of the child's plan the social worker will see the child alone.",
        # Priorities for one meeting or one child name no years.
        "Our priorities for the first review are to hear the child's views and agree contact.",
        "The council's priorities for each child are safety, stability and a say in decisions.",
    ],
)
def test_plans_and_priorities_without_years_are_no_strategy(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "strategy"


@pytest.mark.parametrize(
    "paragraph",
    [
        "We judge our work by the difference it makes to children. We want them to stay safe, "
        "to enjoy good health, to get on at school and to be ready for adult life.",
        "The service measures its success by what changes for young people. We want every young "
        "person to be healthy, safe, learning and on the way to a working life.",
    ],
)
def test_a_success_lead_in_then_its_list_of_results_is_the_outcomes(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) == "key_outcomes"


@pytest.mark.parametrize(
    "paragraph",
    [
        # The lead-in alone, or followed by something other than the children's results.
        "We measure our success by what changes for children.",
        "We measure our success by what changes for children. Managers look at the figures "
        "every month and report them to the Corporate Parenting Panel.",
        # A wish for the children that never reaches learning or adult life.
        "We judge our work by the difference it makes to children. We want them to be safe and "
        "to feel loved.",
    ],
)
def test_other_success_sentences_are_no_outcomes(cues, paragraph: str) -> None:
    assert cues.content_kind(paragraph) != "key_outcomes"


_OPENING = (
    "# Policies, Values and Principles\n\n"
    "## About this chapter\n\nThis chapter applies to every children's social care team in "
    "Marlbrook and to the carers who work with them.\n\n"
)


def test_priorities_closing_the_principles_open_a_strategy_section() -> None:
    text = (
        _OPENING + "## How we work\n\nWe help children stay with their own families whenever it "
        "is safe, and we look to relatives and friends before strangers.\n\n"
        "Every care leaver keeps a personal adviser until they are 25.\n\n"
        "Our priorities for 2026 to 2029 are to open a second family hub, to find thirty new "
        "foster families and to cut the number of workers a child meets.\n"
    )
    assert section_kinds(text, "markdown")[-2:] == ["key_principles", "strategy"]


def test_results_closing_a_named_model_open_an_outcomes_section() -> None:
    text = (
        _OPENING + "## Family Safeguarding\n\nOur practice model is Family Safeguarding. Social "
        "workers share a team with specialists in mental health, drink and drugs, and domestic "
        "abuse, so that parents get help with what puts their children at risk.\n\n"
        "We judge our work by the difference it makes to children. We want them to stay safe, "
        "to enjoy good health, to get on at school and to be ready for adult life.\n"
    )
    assert section_kinds(text, "markdown")[-2:] == ["practice_model", "key_outcomes"]
