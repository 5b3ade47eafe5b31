"""Openings of un-headed paragraphs the 225th blind round showed (decision 0346), in wordings of
our own and others than the round's: the chapter said to rest on the law (introduction), the
work said to be guided by a number of values (values), a place that wants to be a place where
children grow up well (vision), success set off by commas ("Success, for me, will mean …",
outcomes) and a letter saying what it is written to set out (scope)."""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Everything in this chapter rests on statute and on the guidance made under it.",
            "introduction",
        ),
        ("All that follows is based on legislation passed since 1989.", "introduction"),
        ("Our work rests firmly on the law, above all the Children Act 1989.", "introduction"),
        ("The way we work is guided by four values we agreed with young people.", "values"),
        ("Everything we do is shaped by three values: candour, care and courage.", "values"),
        ("Fernleigh wants to be a place where every child can grow up safe and loved.", "vision"),
        ("Brackwater would like to be the best town in which to grow up.", "vision"),
        (
            "Success, for me, will mean children who are safe, settled and learning well.",
            "key_outcomes",
        ),
        (
            "Success, for us, means young people who are healthy, safe and in education or work.",
            "key_outcomes",
        ),
        ("I am writing to set out the principles behind every procedure in our manual.", "scope"),
        ("I am writing to all staff and partners to explain the values on which we work.", "scope"),
    ],
)
def test_the_opening_names_its_kind(cues: Cues, opening: str, kind: str) -> None:
    assert cues.content_kind(opening) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "Our work rests on three values: honesty, warmth and hope.",
        "Everything we do is guided by the Children Act 1989.",
        "The council wants to be a good employer for its social workers.",
        "I am writing to thank you for everything you did this year.",
        "Success depends on the whole council pulling together.",
    ],
)
def test_near_wordings_name_none_of_those_kinds(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening) not in {
        "introduction",
        "values",
        "vision",
        "key_outcomes",
        "scope",
    }
