"""Wordings from blind round 65 (decision 0119), each in our own words: a sentence telling how
leaving care support was before a date, in the past tense (a footnote's history, read where
its mark stands), states no support age and raises no conflict."""

from __future__ import annotations

from tests.reading import facts_of

_OPENING = "Leaving Care Policy\n\nKey principles\n"


def test_support_as_it_was_before_a_date_is_no_second_age() -> None:
    text = _OPENING + (
        "Care leavers are entitled to a personal adviser up to the age of 25. Before April 2018 "
        "a personal adviser was offered only up to the age of 21 unless the young person was "
        "in education. Our local offer sets out the help available.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value == {"age": 25, "extended": []}
    assert not fact.conflict


def test_support_as_it_previously_was_is_no_second_age() -> None:
    text = _OPENING + (
        "Previously, care leavers were supported only until they were 21. Every care leaver "
        "now keeps a personal adviser until the age of 25.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value == {"age": 25, "extended": []}
    assert not fact.conflict


def test_a_dated_sentence_about_what_will_be_still_states_an_age() -> None:
    text = _OPENING + (
        "Until 2027 care leavers will keep a personal adviser up to the age of 21, while the "
        "council plans a wider offer.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 21, "extended": []}
