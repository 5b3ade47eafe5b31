"""Fact wordings blind set 155 showed the reader missing (decision 0255): a well-known model's
name divided by a hard wrap, a later leaving-care age in the next one-sentence paragraph for those
"still in" education, and the chapter's "most recent changes to it" dated.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.reading import facts_of

# --- a known model's name across a line break ------------------------------------------------


def test_a_known_model_divided_by_a_hard_wrap_is_named() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Practice\n\n"
        "Every practitioner in Oxley Marsh is taught to work the way the Family\n"
        "Safeguarding model asks, in teams that bring adult workers alongside us.\n"
    )
    assert facts_of(text)["named_models"].value == ["Family Safeguarding"]


def test_a_known_model_over_three_lines_of_its_words_is_named_once() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Practice\n\n"
        "Our practice rests on the model called Signs\n"
        "of Safety, which our partners learnt with us. We have used Signs of Safety since 2019.\n"
    )
    assert facts_of(text)["named_models"].value == ["Signs of Safety"]


def test_the_first_word_of_a_known_name_ending_a_line_names_nothing() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Practice\n\n"
        "We ask every worker to keep the family\n"
        "at the centre of the plan and to be restorative\n"
        "in how they repair relationships.\n"
    )
    assert facts_of(text)["named_models"].value == []


# --- a later age for those "still in" education, in the next paragraph -------------------------


def test_a_later_age_for_anyone_still_in_education_in_the_next_paragraph() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Leaving care\n\n"
        "Young people leaving our care have a personal adviser until they turn 21.\n\n"
        "Anyone still at college or university then can keep that adviser until 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value is not None
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_next_paragraph_about_something_else_offers_no_later_age() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Leaving care\n\n"
        "Young people leaving our care have a personal adviser until they turn 21.\n\n"
        "Foster carers still in the scheme at 25 years' service receive an award.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": []}


# --- the most recent changes "to it" ---------------------------------------------------------


def test_the_most_recent_changes_to_it_date_the_chapter_it_follows() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "This document sets out the values that guide children's services in Oxley Marsh. "
        "The most recent changes to it were made in November 2025.\n\n"
        "We listen to children before we decide anything about their lives.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-11"


def test_the_most_recent_changes_to_this_chapter_date_it() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "The most recent changes to this chapter were made on 4 March 2026.\n\n"
        "We listen to children before we decide anything about their lives.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2026-03-04"


def test_changes_to_it_when_it_is_something_else_date_nothing() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Children in care have a pathway plan from the age of 16. "
        "The most recent changes to it were made in November 2025.\n\n"
        "We listen to children before we decide anything about their lives.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
