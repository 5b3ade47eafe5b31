"""Facts in wordings the 337th blind round showed the reader missing (decision 0497): a day
written as an ordinal in words, support lasting to "the eve of" a birthday, a model "christened"
or "dubbed", principles turned "into seven questions", a paraphrase of the principles carried on
by a sentence that says "also", the Act a list of later statutes adds to, and Acts cited in a
bracket after the word "Parliament". Written for these tests in our own words about invented
councils; each near miss is a sentence a careless reader would take."""

from __future__ import annotations

import pytest

from app.facts.readers import find_dates
from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("the third of May 2025", 3),
        ("the twenty-second of March 2025", 22),
        ("the Thirty First of October 2024", 31),
        ("the eleventh of June 2025", 11),
    ],
)
def test_a_day_in_ordinal_words_is_read(written: str, day: int) -> None:
    found = find_dates(f"We met on {written} to agree it.")

    assert [date.date.day for date in found] == [day]


def test_an_ordinal_word_without_of_gives_no_day() -> None:
    found = find_dates("The second May 2025 meeting was cancelled.")

    assert [(date.date.month, date.date.day) for date in found] == [(5, None)]


def test_an_edition_that_came_into_force_on_a_day_in_words_dates_the_amendment() -> None:
    text = _chapter(
        "Scope",
        "This version replaces the edition issued in April 2021. It came into force on the "
        "twenty-second of March 2025, and every team in the service works to it.",
    )

    assert str(facts_of(text)["amendment_date"].value) == "2025-03-22"


def test_support_to_the_eve_of_a_birthday_lasts_to_that_age() -> None:
    text = _chapter(
        "Leaving care",
        "Each young person keeps a personal adviser until the eve of their 25th birthday, "
        "whatever they are doing.",
    )

    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 25, "extended": []}


def test_the_eve_of_the_eighteenth_birthday_is_no_support_age() -> None:
    text = _chapter(
        "Leaving care",
        "A pathway plan is agreed before the eve of their 18th birthday, and the personal "
        "adviser stays until they are 21.",
    )

    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": []}


@pytest.mark.parametrize(
    "sentence",
    [
        "Our teams follow an approach the council christened Harbour Lights in 2020.",
        "Social workers here use a framework the borough dubbed Bright Path when it began.",
    ],
)
def test_a_model_christened_or_dubbed_is_named(sentence: str) -> None:
    text = _chapter("Our practice model", sentence + " It keeps families at the centre.")

    assert facts_of(text)["named_models"].value in (["Harbour Lights"], ["Bright Path"])


def test_a_building_christened_is_no_model() -> None:
    text = _chapter(
        "Our practice model",
        "The council christened its new family centre Willow House in 2022.",
    )

    assert facts_of(text)["named_models"].value == []


def test_principles_turned_into_questions_are_counted_by_them() -> None:
    text = _chapter(
        "Corporate parenting",
        "The cabinet has turned the corporate parenting principles into seven questions that "
        "every paper about children in care must answer.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_principles_put_into_practice_state_no_count() -> None:
    text = _chapter(
        "Corporate parenting",
        "The cabinet puts the corporate parenting principles into practice in three ways.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value == 0


_FIRST_PART = (
    "As a corporate parent the borough acts in each child's best interests, asks them what "
    "they think and takes it seriously, and makes sure they hear what services exist."
)
_SECOND_PART = (
    "We also aim high for every child, keep them safe and settled, and help them get ready "
    "for adult life."
)


def test_a_paraphrase_carried_on_by_an_also_sentence_counts_every_principle() -> None:
    text = _chapter("Corporate parenting", _FIRST_PART + " " + _SECOND_PART)

    assert facts_of(text)["corporate_parenting_principles"].value == 7


def test_a_paraphrase_is_carried_into_the_next_paragraph_of_its_section_only() -> None:
    """A paragraph opening "We also …" goes on with the duties the one before began (decision
    0543, which widened 0497's single paragraph); under another heading it does not."""
    carried_on = _chapter("Corporate parenting", _FIRST_PART, _SECOND_PART)
    under_another_heading = _chapter("Corporate parenting", _FIRST_PART) + (
        "\n\n## Our ambitions\n\n" + _SECOND_PART + "\n"
    )

    assert facts_of(carried_on)["corporate_parenting_principles"].value == 7
    assert facts_of(under_another_heading)["corporate_parenting_principles"].value != 7


def test_a_next_sentence_that_does_not_carry_on_adds_nothing() -> None:
    text = _chapter(
        "Corporate parenting",
        _FIRST_PART + " Staff are safe to raise concerns about adult services with managers.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value != 7


def test_the_acts_own_words_for_views_are_principles_in_a_sentence() -> None:
    text = _chapter(
        "Corporate parenting",
        "As a corporate parent the county must act in their best interests, seek and give "
        "weight to their wishes and feelings, tell them what services exist, help them use "
        "those services, expect the best for them, keep them safe with stable homes, and "
        "prepare them for adult life.",
    )

    assert facts_of(text)["corporate_parenting_principles"].value == 7


_BEFORE = "Our core duties come from the Children Act 1989 and the guidance made under it."
_LATER = (
    "Later Acts have added to those duties: the Adoption and Children Act 2002, the Children "
    "Act 2004 and the Children and Social Work Act 2017."
)


def test_a_list_of_later_acts_takes_in_the_act_named_just_before() -> None:
    text = _chapter("Introduction", _BEFORE + " " + _LATER)

    assert facts_of(text)["legislation_count"].value == 4


def test_a_list_that_does_not_add_leaves_the_act_before_alone() -> None:
    text = _chapter(
        "Introduction",
        _BEFORE + " The statutes described in the chapters that follow are the Adoption and "
        "Children Act 2002, the Children Act 2004 and the Children and Social Work Act 2017.",
    )

    assert facts_of(text)["legislation_count"].value == 3


def test_the_act_in_the_paragraph_before_is_not_taken() -> None:
    text = _chapter("Introduction", _BEFORE, _LATER)

    assert facts_of(text)["legislation_count"].value == 3


def test_an_act_named_in_both_sentences_is_counted_once() -> None:
    text = _chapter(
        "Introduction",
        "Our core duties come from the Children Act 2004. Later Acts have added to them: the "
        "Children Act 2004 as amended, the Adoption and Children Act 2002 and the Children and "
        "Social Work Act 2017.",
    )

    assert facts_of(text)["legislation_count"].value == 3


def test_acts_in_a_bracket_after_parliament_are_cited_from_their_own_titles() -> None:
    text = _chapter(
        "Introduction",
        "Our duties were given to us by Parliament (the Children Act 1989, the Children Act "
        "2004 and the Children and Families Act 2014) and by the guidance made under them.",
    )

    cited = [item["cited"] for item in facts_of(text)["legislation"].value]
    assert cited[0] == "Children Act 1989"
    assert len(cited) == 3
