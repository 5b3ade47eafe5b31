"""A version that states two values for one fact: both are reported, with their evidence, and
the fact is flagged as conflicting; `value` is the one the stated rule prefers."""

import pytest

from app.analysis import analyze
from app.facts import Fact
from app.families import get_family
from app.ingest import read_source

AMENDED_BUT_NOT_EVERYWHERE = """\
Policies, Values and Principles

In March 2024 this chapter was updated: care leavers are now supported until they are 25.

1. Our principles

We will support care leavers until they are 21, so that they have a good start.

Permanence plans are made within 4 months of a child coming into care.
"""


def _facts(text: str, filename: str = "chapter.txt") -> dict[str, Fact]:
    analyzed = analyze(read_source(text.encode(), filename), get_family())
    for fact in analyzed.facts:
        for alternative in fact.alternatives:
            for evidence in alternative.evidence:
                assert analyzed.text[evidence.start : evidence.end] == evidence.quote
    return {fact.key: fact for fact in analyzed.facts}


@pytest.mark.parametrize("filename", ["chapter.txt", "chapter.md"])
def test_the_amendment_notes_value_is_preferred_and_the_older_text_is_an_alternative(filename):
    fact = _facts(AMENDED_BUT_NOT_EVERYWHERE, filename)["leaving_care_support_age"]

    assert fact.value == {"age": 25, "extended": []}
    assert fact.conflict
    assert "now supported until they are 25" in fact.evidence[0].quote
    [alternative] = fact.alternatives
    assert alternative.value == {"age": 21, "extended": []}
    assert "until they are 21" in alternative.evidence[0].quote


def test_without_an_amendment_note_the_first_statement_is_the_value():
    text = (
        "Care leavers are supported until they are 21.\n\n"
        "Later on: our personal advisers stay with care leavers until they are 23.\n"
    )
    fact = _facts(text)["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": []}
    assert [alternative.value for alternative in fact.alternatives] == [{"age": 23, "extended": []}]


def test_an_extension_stated_again_on_its_own_is_no_conflict():
    text = (
        "Care leavers are supported until they are 21, or 25 if they are in education.\n\n"
        "Personal advisers can stay with care leavers up to the age of 25.\n"
    )
    fact = _facts(text)["leaving_care_support_age"]
    assert fact.value == {"age": 21, "extended": [{"age": 25, "condition": "in education"}]}
    assert not fact.conflict
    assert fact.alternatives == ()


def test_two_timescales_for_permanence_plans_conflict():
    text = (
        "Permanence plans are made within 4 months.\n\n"
        "A plan for permanence is agreed within six months of a child entering care.\n"
    )
    fact = _facts(text)["permanence_plan_months"]
    assert (fact.value, fact.conflict) == (4, True)
    assert [alternative.value for alternative in fact.alternatives] == [6]


def test_a_timescale_for_permanence_itself_is_not_a_second_plan_timescale():
    text = (
        "Permanence plans are made within 4 months.\n\n"
        "We aim for every child to achieve permanence within 12 months.\n"
    )
    fact = _facts(text)["permanence_plan_months"]
    assert (fact.value, fact.conflict) == (4, False)


def test_a_list_that_disagrees_with_its_stated_number_conflicts():
    text = (
        "The corporate parenting principles are seven principles, which are:\n\n"
        "- to act in the best interests of children;\n"
        "- to encourage them to express their views;\n"
        "- to take their views into account;\n"
        "- to help them use services;\n"
        "- to promote high aspirations;\n"
        "- to prepare them for adulthood.\n"
    )
    fact = _facts(text)["corporate_parenting_principles"]
    assert (fact.value, fact.conflict) == (6, True)
    assert [alternative.value for alternative in fact.alternatives] == [7]
    assert "seven principles" in fact.alternatives[0].evidence[0].quote


def test_a_history_of_amendments_is_no_conflict():
    text = (
        "In March 2021 this chapter was updated.\n\nIn May 2023 Section 2 was rewritten.\n\n"
        "Care leavers are supported until they are 21.\n"
    )
    facts = _facts(text)
    assert facts["amendment_date"].value == "2023-05"
    assert not any(fact.conflict for fact in facts.values())


def test_the_seeds_state_each_fact_once(seed_paths):
    for path in seed_paths:
        analyzed = analyze(read_source(path.read_bytes(), path.name), get_family())
        assert [fact.key for fact in analyzed.facts if fact.conflict] == [], path.name
