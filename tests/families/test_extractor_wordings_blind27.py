"""Facts in the wordings of the twenty-seventh blind round: a note naming the dated edition it
describes and what that edition did in verbs of its own ("The April 2023 revision adds …", "In
the March 2022 update, the review interval was shortened"); a support age in the sentence after
the one naming care leavers ("Care leavers have … Our support lasts until …"); and a principles
table introduced by a sentence, whose rows are too long to read as a list of short lines.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from tests.families.fact_helpers import fact_value

# --- amendment notes naming their edition ------------------------------------------------------


def test_an_edition_that_adds_something_dates_the_amendment() -> None:
    text = (
        "Policies and values\n\n"
        "The April 2023 revision adds guidance on young carers and moves the complaints "
        "material to the end.\n\n"
        "Our staff work with families across the county.\n"
    )
    assert str(fact_value(text, "amendment_date")) == "2023-04"


def test_an_update_that_shortened_a_timescale_dates_the_amendment() -> None:
    text = (
        "Policies and values\n\n"
        "In the March 2022 update, the interval between reviews in Part 4 was shortened to "
        "three months.\n\n"
        "Our staff work with families across the county.\n"
    )
    assert str(fact_value(text, "amendment_date")) == "2022-03"


def test_a_published_review_that_adds_nothing_to_the_chapter_is_no_amendment() -> None:
    text = (
        "Policies and values\n\n"
        "The government's March 2022 review of children's social care explains why help "
        "should come early.\n\n"
        "Our staff work with families across the county.\n"
    )
    assert fact_value(text, "amendment_date") is None


# --- a support age whose subject is the sentence before -----------------------------------------


def test_support_in_the_sentence_after_the_one_naming_care_leavers_is_their_age() -> None:
    text = (
        "Policies and values\n\n"
        "Young adults who were in our care get a personal adviser and a pathway plan. Our help "
        "carries on until they are 23, and until 25 for anyone who asks for it.\n"
    )
    assert fact_value(text, "leaving_care_support_age") == {
        "age": 23,
        "extended": [{"age": 25, "condition": "for anyone who asks for it"}],
    }


def test_they_carries_the_care_leavers_on_to_the_next_sentence() -> None:
    text = (
        "Policies and values\n\n"
        "Every care leaver has a named worker. They can call on that worker until they "
        "turn 25.\n"
    )
    assert fact_value(text, "leaving_care_support_age") == {"age": 25, "extended": []}


def test_an_age_in_another_paragraph_is_not_carried_over() -> None:
    text = (
        "Policies and values\n\n"
        "Care leavers have a personal adviser.\n\n"
        "This guidance applies until the Council replaces it, and staff under 21 are mentored.\n"
    )
    assert fact_value(text, "leaving_care_support_age") is None


def test_a_next_sentence_on_another_subject_gives_no_support_age() -> None:
    text = (
        "Policies and values\n\n"
        "Care leavers have a personal adviser. Foster carers are paid an allowance until the "
        "child in their care is 18.\n"
    )
    assert fact_value(text, "leaving_care_support_age") is None


# --- a principles table after its introduction ---------------------------------------------------


def test_a_table_of_long_rows_after_the_introduction_counts_each_row() -> None:
    rows = [
        ("Act in their best interests and look after their physical and mental health", "a"),
        ("Encourage them to say what they think, want and feel about their lives", "b"),
        ("Take what they have told us into account in every decision we make", "c"),
        ("Help them find and make the fullest use of the services open to them", "d"),
        ("Hold high aspirations for them and seek the best outcomes in every area", "e"),
        ("Keep them safe, with stability at home, in relationships and at school", "f"),
        ("Prepare them for adulthood and for living on their own when the time comes", "g"),
    ]
    note = "what we do about it is reported to the Corporate Parenting Panel each quarter"
    table = "| Principle | Our practice |\n|---|---|\n" + "".join(
        f"| {principle} | {mark}: {note} |\n" for principle, mark in rows
    )
    text = (
        "# Policies\n\n## Our children\n\n"
        "The Council is a parent to the children it looks after. The law sets out seven "
        "principles for that role, and this is how we meet each of them:\n\n" + table
    )
    assert fact_value(text, "corporate_parenting_principles", "chapter.md") == 7
