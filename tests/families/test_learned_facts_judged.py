"""The family's learned reader (decision 0588): the sentence model proposes sentences where the
phrase readers find nothing, and a proposed sentence gives a value only by the phrase readers'
own rule for one sentence, so whose age a sentence speaks of stays theirs to decide."""

from __future__ import annotations

from app.facts import ReadableOutline, read_outline
from app.families.childrens_policies import FAMILY
from app.families.childrens_policies.extractors import EXTRACTORS, support_age_said_in
from app.families.childrens_policies.learned_facts import (
    LEARNED_FACTS,
    SENTENCE_RULES,
    with_learned_readers,
)
from app.sections import split_sections
from tests.families.fact_helpers import one_section_reading

BY_TYPE = with_learned_readers(EXTRACTORS)
"""The learned reader reading values by type alone (decision 0580), to compare with."""

SUPPORT = "leaving_care_support_age"


def chapter(body: str) -> ReadableOutline:
    """`body` under the family's title, sectioned as the family sections a chapter."""
    outline = split_sections(
        "Children's Services Policies, Values and Principles\n\n" + body,
        FAMILY.kinds,
        model=FAMILY.kind_model.get(),
        no_kind_headings=FAMILY.other_heading_cues,
    )
    return read_outline(outline, FAMILY.search_words)


def test_a_support_age_in_a_wording_no_phrase_knows_is_read_by_the_family() -> None:
    reading = chapter(
        "After care\n\nEach care leaver is given a personal adviser and a pathway plan. We stand "
        "beside young people from 18 until 22, and beyond that where they are at college, up "
        "to 25.\n"
    )
    assert EXTRACTORS[SUPPORT](reading).value is None
    fact = FAMILY.extractors[SUPPORT](reading)
    assert fact.value == {"age": 22, "extended": [{"age": 25, "condition": "at college"}]}
    assert any("from 18 until 22" in evidence.quote for evidence in fact.evidence)


def test_ages_of_another_plan_the_model_proposes_are_no_support_age() -> None:
    reading = chapter(
        "Special educational needs\n\nAn education, health and care plan can continue until "
        "the young person is 25; help from the virtual school lasts until 21.\n"
    )
    assert BY_TYPE[SUPPORT](reading).value is not None
    assert FAMILY.extractors[SUPPORT](reading).value is None


def test_the_sentence_rule_needs_care_leavers_named_whoever_proposes_the_sentence() -> None:
    named = one_section_reading(
        "Care leavers keep their personal adviser from 18 until 23, and to 25 if studying."
    )
    assert support_age_said_in(named, named.sentences[0]) is not None
    unnamed = one_section_reading("Their cousins keep a mentor from 18 until 23.")
    assert support_age_said_in(unnamed, unnamed.sentences[0]) is None


def test_facts_without_a_rule_for_one_sentence_stay_phrases_only_in_the_family() -> None:
    assert set(SENTENCE_RULES) <= set(LEARNED_FACTS)
    reading = chapter(
        "Record of edits\n\nParagraphs on contact were tidied up; this took effect in March 2025.\n"
    )
    assert BY_TYPE["amendment_date"](reading).value == "2025-03"
    assert FAMILY.extractors["amendment_date"](reading).value is None
    for key in LEARNED_FACTS:
        if key not in SENTENCE_RULES:
            assert FAMILY.extractors[key] is EXTRACTORS[key]
