"""A sentence saying what the chapter sets out, two paragraphs or more into the chapter's headed
opening, stays in that section (decision 0404): it names what the chapter holds, which the
introduction may say, where whom the pages are for or when they changed runs the opening on into
the scope box (decision 0108). Under the title, with no heading over it, the same sentence is
still the chapter's scope.

Every text is written for these tests in our own words. Sections still tile the text.
"""

from __future__ import annotations

import pytest

from tests.sections.outline_helpers import kinds_and_openings

_TITLE = "# Children's Services Policies, Values and Principles\n\n"
_INTRODUCTION = (
    "## Introduction\n\n"
    "Brackenford Borough Council runs its fostering service through three hubs, each with an "
    "experienced carer who supports the households around it.\n\n"
)
_VALUES = (
    "## Our values\n\n"
    "We listen to children and do what we say we will do. We are honest with parents about "
    "our worries and we respect every family's culture and faith.\n\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "This chapter sets out what the council values and how its staff are expected to work.",
        "This page explains the principles that shape our work with families.",
        "These pages describe the values we hold as a children's service.",
        "This chapter tells managers and practitioners what the service stands for.",
    ],
)
def test_what_the_chapter_sets_out_stays_in_the_introduction(sentence: str) -> None:
    kinds = kinds_and_openings(_TITLE + _INTRODUCTION + sentence + "\n\n" + _VALUES, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "values"]


def test_whom_the_pages_are_for_still_runs_on_into_the_scope() -> None:
    audience = (
        "Social workers, foster carers and the agencies we commission are all expected to know "
        "these pages. The text was revised in May 2025, when the part on contact was rewritten.\n\n"
    )
    kinds = kinds_and_openings(_TITLE + _INTRODUCTION + audience + _VALUES, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "scope", "values"]


def test_a_dated_note_after_what_the_chapter_sets_out_still_runs_on() -> None:
    paragraph = (
        "This chapter sets out what the council values and how its staff are expected to work. "
        "The text was revised in May 2025, when the part on contact was rewritten.\n\n"
    )
    kinds = kinds_and_openings(_TITLE + _INTRODUCTION + paragraph + _VALUES, "markdown")
    assert [kind for kind, _ in kinds] == ["title", "introduction", "scope", "values"]


def test_under_the_title_the_sentence_is_still_the_scope() -> None:
    sentence = (
        "This chapter sets out what the council values and how its staff are expected to work."
    )
    kinds = kinds_and_openings(_TITLE + sentence + "\n\n" + _VALUES, "markdown")
    assert kinds[1] == ("scope", sentence[:40])
