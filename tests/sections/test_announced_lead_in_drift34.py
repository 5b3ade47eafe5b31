"""A one-sentence paragraph the kind model places nowhere is read as the paragraph it announces
(decision 0600)."""

from __future__ import annotations

from app.sections.assemble import _announced_read_forward

_SURE_OF_FOSTERING = {"fostering": 0.9, "adoption": 0.05, "other": 0.05}
_WEAK = {"adoption": 0.2, "fostering": 0.15, "other": 0.3, "health": 0.35}
_ADOPTION = {"adoption": 0.85, "fostering": 0.1, "other": 0.05}
_LONG_BEFORE = "Adopters are assessed over six months. A panel of the agency approves them."


def test_a_weakly_read_announcing_sentence_takes_the_sure_reading_of_the_paragraph_after() -> None:
    contents = [
        "Adopters are assessed over six months. A panel of the agency approves them.",
        "Our care does not end when a child moves in with a new family.",
        "Foster carers receive supervision each month, training each year and an allowance.",
    ]
    read = _announced_read_forward(
        contents, [_ADOPTION, _WEAK, _SURE_OF_FOSTERING], [True, True, True], [False] * 3
    )
    assert read == [_ADOPTION, _SURE_OF_FOSTERING, _SURE_OF_FOSTERING]


def test_the_sentence_keeps_its_own_reading_where_it_is_read_confidently() -> None:
    confident = {"adoption": 0.6, "fostering": 0.3, "other": 0.1}
    contents = [
        "Adopters are assessed. Panels approve them.",
        "Panels decide quickly.",
        "Foster carers receive supervision each month.",
    ]
    read = _announced_read_forward(
        contents, [_ADOPTION, confident, _SURE_OF_FOSTERING], [True] * 3, [False] * 3
    )
    assert read[1] is confident


def test_the_sentence_keeps_its_reading_where_the_paragraph_after_is_not_read_surely() -> None:
    unsure = {"fostering": 0.6, "adoption": 0.3, "other": 0.1}
    contents = [_LONG_BEFORE, "Our care does not end there.", "Foster carers are supported."]
    read = _announced_read_forward(contents, [_ADOPTION, _WEAK, unsure], [True] * 3, [False] * 3)
    assert read[1] is _WEAK


def test_a_longer_paragraph_or_one_that_cannot_open_a_section_keeps_its_reading() -> None:
    long = (
        "Our care does not end when a child moves in with a new family, and the team keeps in "
        "touch for as long as the family wishes it to."
    )
    two_sentences = "Our care goes on. It does not end at the door."
    for contents, may_open in (
        ([_LONG_BEFORE, long, "Foster carers are supervised."], [True] * 3),
        ([_LONG_BEFORE, two_sentences, "Foster carers are supervised."], [True] * 3),
        ([_LONG_BEFORE, "Our care goes on.", "Foster carers are supervised."], [True, False, True]),
        ([_LONG_BEFORE, "Our care goes on.", "Foster carers are supervised."], [True, True, False]),
    ):
        read = _announced_read_forward(
            contents, [_ADOPTION, _WEAK, _SURE_OF_FOSTERING], may_open, [False] * 3
        )
        assert read[1] is _WEAK, contents


def test_a_sentence_pointing_back_or_after_a_one_sentence_paragraph_keeps_its_reading() -> None:
    for contents in (
        [_LONG_BEFORE, "It is reviewed every spring.", "Foster carers are supervised."],
        [_LONG_BEFORE, "These checks take a week.", "Foster carers are supervised."],
        ["Adopters are assessed.", "Our care goes on.", "Foster carers are supervised."],
    ):
        read = _announced_read_forward(
            contents, [_ADOPTION, _WEAK, _SURE_OF_FOSTERING], [True] * 3, [False] * 3
        )
        assert read[1] is _WEAK, contents


def test_a_sentence_before_a_paragraph_read_surely_as_no_kind_keeps_its_reading() -> None:
    procedure = {"other": 0.9, "fostering": 0.05, "adoption": 0.05}
    contents = [_LONG_BEFORE, "Our care goes on.", "Forms go to the office within five days."]
    read = _announced_read_forward(contents, [_ADOPTION, _WEAK, procedure], [True] * 3, [False] * 3)
    assert read[1] is _WEAK
