"""The learned sentence reader of facts (decision 0580): where the phrase readers find nothing,
the sentence the family's model thinks states the fact gives its value by the fact's type."""

from __future__ import annotations

from app.facts import extract_facts, read_outline
from app.families.childrens_policies import FAMILY
from app.families.childrens_policies.extractors import EXTRACTORS
from app.families.childrens_policies.learned_facts import (
    LEARNED_FACTS,
    MODEL,
    ages_in,
    count_in,
    learned_fact,
    months_in,
    with_learned_readers,
)
from app.sections import split_sections
from tests.families.fact_helpers import one_section_reading

WITH_MODEL = with_learned_readers(EXTRACTORS)
"""The phrase readers with the learned reader reading values by type behind them (not the
family's extractors: decision 0588 has the family judge proposed sentences by the phrase readers'
rules, see `test_learned_facts_judged.py`)."""


def fact_value(text: str, key: str) -> object:
    """Fact `key` of plain `text` sectioned as a chapter, read by the phrases, then the model."""
    outline = split_sections(
        text,
        FAMILY.kinds,
        model=FAMILY.kind_model.get(),
        no_kind_headings=FAMILY.other_heading_cues,
    )
    return WITH_MODEL[key](read_outline(outline, FAMILY.search_words)).value


TITLE = "Children's Services Policies, Values and Principles\n\n"


def test_the_family_ships_a_model_of_each_learned_fact() -> None:
    assert all(MODEL.knows(key) for key in LEARNED_FACTS)
    assert all(0 < MODEL.thresholds[key] < 1 for key in LEARNED_FACTS)


def test_a_change_said_to_take_effect_in_a_month_dates_the_amendment() -> None:
    text = (
        TITLE + "Record of edits\n\nParagraphs on contact were tidied up; this took effect in "
        "March 2025.\n"
    )
    assert fact_value(text, "amendment_date") == "2025-03"


def test_pledges_counted_in_a_sentence_are_the_principles_counted() -> None:
    text = (
        TITLE + "Our promises as corporate parents\n\nMembers have signed the borough's nine "
        "pledges to children in care, drawn from the principles in the Children and Social "
        "Work Act 2017.\n"
    )
    assert fact_value(text, "corporate_parenting_principles") == 9


def test_the_phrase_readers_alone_miss_those_wordings() -> None:
    dated = one_section_reading(
        "Paragraphs on contact were tidied up; this took effect in March 2025."
    )
    phrases = {fact.key: fact.value for fact in extract_facts(dated, EXTRACTORS)}
    learned = {fact.key: fact.value for fact in extract_facts(dated, WITH_MODEL)}
    assert phrases["amendment_date"] is None
    assert learned["amendment_date"] == "2025-03"


def test_a_chapter_that_states_no_fact_gets_no_learned_value() -> None:
    text = (
        TITLE + "How we work\n\nWe visit families at home, listen to children, and write down "
        "what they tell us in plain words. Our teams meet every week to talk through 12 cases.\n"
    )
    assert fact_value(text, "amendment_date") is None
    assert fact_value(text, "permanence_plan_months") is None
    assert fact_value(text, "leaving_care_support_age") is None
    assert fact_value(text, "corporate_parenting_principles") == 0


def test_a_value_the_phrases_read_is_kept() -> None:
    reading = one_section_reading("The plan for permanence is agreed within four months.")
    phrases = EXTRACTORS["permanence_plan_months"](reading)
    both = WITH_MODEL["permanence_plan_months"](reading)
    assert phrases.value == both.value == 4
    assert both.evidence == phrases.evidence


def test_a_sentence_without_a_value_of_the_type_gives_nothing() -> None:
    reading = one_section_reading("The permanence plan is agreed at the second review.")
    assert learned_fact(reading, "permanence_plan_months") is None


def test_months_are_read_in_digits_and_words() -> None:
    assert months_in("settled within five calendar months of arrival") == 5
    assert months_in("within 3 months") == 3
    assert months_in("at the second review") is None


def test_ages_give_the_earliest_past_eighteen_and_a_later_one_with_its_condition() -> None:
    assert ages_in("from 18 until they are 22, and to 24 if they study") == {
        "age": 22,
        "extended": [{"age": 24, "condition": "if they study"}],
    }
    assert ages_in("until their twenty-third birthday") == {"age": 23, "extended": []}
    assert ages_in("for 30 days") is None


def test_a_count_is_a_small_number_before_a_plural_noun() -> None:
    assert count_in("the council keeps six promises") == 6
    assert count_in("Parliament set out seven corporate parenting principles") == 7
    assert count_in("in 2017 the Act") is None


def test_a_learned_amendment_is_a_change_to_this_text_at_its_own_date() -> None:
    agreed = one_section_reading(
        "Version 7 of this chapter was agreed by the Director in June 2025 and takes the place "
        "of the one issued in January 2024."
    )
    fact = learned_fact(agreed, "amendment_date")
    assert fact is not None
    assert fact.value == "2025-06"


def test_a_dated_change_not_said_of_this_text_is_no_learned_amendment() -> None:
    for words in (
        "Version 2 was signed off by the panel in May 2022.",
        "The safeguarding partnership approved its business plan in June 2025.",
        "This edition replaces the one revised in May 2022.",
    ):
        assert learned_fact(one_section_reading(words), "amendment_date") is None
