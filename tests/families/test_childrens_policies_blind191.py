"""Readings blind set 191 showed missing (decision 0303): leaving care named by the passage to
adult life or the end of care, a later support age offered to the care leavers a clause picks
out stated apart from the age every care leaver has, and a model named after "trained in". Each
case is written for this test in our own words."""

import pytest

from tests.reading import facts_of, read_kinds_and_headings


@pytest.mark.parametrize(
    "heading",
    [
        "Moving with young people towards adult life",
        "The road to adulthood",
        "When care comes to an end",
        "After care has ended",
        "Help as care leavers move on",
        "Support up to 25",
        "Advice beyond twenty-one",
    ],
)
def test_the_passage_out_of_care_hints_at_key_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "Preparing for adulthood",
        "Support for 21 families",
        "Help after 6 months",
        "When the review ends",
    ],
)
def test_other_headings_of_adulthood_ages_and_endings_are_no_such_hint(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


CHAPTER = """\
# Children's Services Policies, Values and Principles

## Key principles

Children are best brought up in their own families. We plan for permanence early and we listen to
children before we decide anything about them.

## Corporate parenting

The whole council is corporate parent to the children it looks after and to its care leavers,
and every councillor shares that duty.

## Moving with young people towards adult life

Our help does not stop when a young person turns eighteen.

### Up to 21

Each care leaver keeps a personal adviser until they are 21.

### After 21

A care leaver who is at university keeps the personal adviser until the age of 25.
"""


def test_a_second_principles_heading_on_leaving_care_after_corporate_parenting_opens_its_own():
    assert read_kinds_and_headings(CHAPTER, "chapter.md")[-1] == (
        "key_principles",
        "Moving with young people towards adult life",
    )


def test_a_later_age_for_those_a_clause_picks_out_extends_the_age_every_care_leaver_has():
    fact = facts_of(CHAPTER, "chapter.md")["leaving_care_support_age"]
    assert fact.value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "who is at university"}],
    }
    assert not fact.conflict


@pytest.mark.parametrize(
    "later",
    [
        "A care leaver who wants more support can have a personal adviser until they are 24.",
        "Care leavers who are still in full-time education keep their adviser up to the age of 24.",
        "Between 21 and 24, any care leaver who asks for it keeps the help of a personal adviser.",
    ],
)
def test_later_ages_on_a_condition_stated_apart_are_extensions(later: str) -> None:
    text = f"Every care leaver has a personal adviser until they are 21.\n\n{later}\n"
    fact = facts_of(text, "chapter.txt")["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [24]
    assert not fact.conflict


def test_a_later_age_for_every_care_leaver_still_conflicts() -> None:
    text = (
        "Every care leaver has a personal adviser until they are 21.\n\n"
        "Every care leaver keeps a personal adviser up to the age of 25.\n"
    )
    fact = facts_of(text, "chapter.txt")["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": []}
    assert fact.conflict


def test_a_model_named_after_trained_in_and_called_a_model() -> None:
    text = (
        "Our practitioners are trained in Harbour Lights, the relational model we chose in 2022, "
        "and use it in every assessment.\n"
    )
    assert facts_of(text, "chapter.txt")["named_models"].value == ["Harbour Lights"]


def test_training_in_something_called_no_model_names_none() -> None:
    text = "New staff are trained in Safer Recruitment, the course the council runs each spring.\n"
    assert facts_of(text, "chapter.txt")["named_models"].value == []


def test_a_course_in_apposition_after_trained_in_names_no_model() -> None:
    text = (
        "Our practice model\n\nAll our social workers are trained in Positive Handling, a "
        "two-day course the trust runs each autumn.\n"
    )
    assert facts_of(text, "chapter.md")["named_models"].value == []
