"""A one-sentence paragraph the kind model places nowhere is read as the paragraph it announces
(decision 0600)."""

from __future__ import annotations

from app.sections.assemble import _announced_read_forward

_SURE_OF_FOSTERING = {"fostering": 0.9, "adoption": 0.05, "other": 0.05}
_WEAK = {"adoption": 0.2, "fostering": 0.15, "other": 0.3, "health": 0.35}
_ADOPTION = {"adoption": 0.85, "fostering": 0.1, "other": 0.05}


def test_a_weakly_read_announcing_sentence_takes_the_sure_reading_of_the_paragraph_after() -> None:
    contents = [
        "Adopters are assessed over six months and approved by a panel of the agency.",
        "Our care does not end when a child moves in with a new family.",
        "Foster carers receive supervision each month, training each year and an allowance.",
    ]
    read = _announced_read_forward(
        contents, [_ADOPTION, _WEAK, _SURE_OF_FOSTERING], [True, True, True], [False] * 3
    )
    assert read == [_ADOPTION, _SURE_OF_FOSTERING, _SURE_OF_FOSTERING]


def test_the_sentence_keeps_its_own_reading_where_it_is_read_confidently() -> None:
    confident = {"adoption": 0.6, "fostering": 0.3, "other": 0.1}
    contents = ["Panels decide quickly.", "Foster carers receive supervision each month."]
    read = _announced_read_forward(
        contents, [confident, _SURE_OF_FOSTERING], [True, True], [False, False]
    )
    assert read[0] is confident


def test_the_sentence_keeps_its_reading_where_the_paragraph_after_is_not_read_surely() -> None:
    unsure = {"fostering": 0.6, "adoption": 0.3, "other": 0.1}
    contents = ["Our care does not end there.", "Foster carers are supported."]
    read = _announced_read_forward(contents, [_WEAK, unsure], [True, True], [False, False])
    assert read[0] is _WEAK


def test_a_longer_paragraph_or_one_that_cannot_open_a_section_keeps_its_reading() -> None:
    long = (
        "Our care does not end when a child moves in with a new family, and the team keeps in "
        "touch for as long as the family wishes it to."
    )
    two_sentences = "Our care goes on. It does not end at the door."
    for contents, may_open in (
        ([long, "Foster carers are supervised."], [True, True]),
        ([two_sentences, "Foster carers are supervised."], [True, True]),
        (["Our care goes on.", "Foster carers are supervised."], [False, True]),
        (["Our care goes on.", "Foster carers are supervised."], [True, False]),
    ):
        read = _announced_read_forward(
            contents, [_WEAK, _SURE_OF_FOSTERING], may_open, [False, False]
        )
        assert read[0] is _WEAK, contents


def test_a_sentence_before_a_paragraph_read_surely_as_no_kind_keeps_its_reading() -> None:
    procedure = {"other": 0.9, "fostering": 0.05, "adoption": 0.05}
    contents = ["Our care goes on.", "Forms go to the office within five days."]
    read = _announced_read_forward(contents, [_WEAK, procedure], [True, True], [False, False])
    assert read[0] is _WEAK
