"""Wordings blind set 331 showed the reader missing (decision 0485).

- The permanence plan said as "a decision about the child's long-term home", and the months
  counted from when the child "began to be looked after".
- A name closing one sentence that the next calls "the name we give to the way …" was no model.
- "We last brought it up to date in …" in the scope, where "it" reaches back over a sentence
  that still speaks of "it" to one naming the text as "this short guide".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _value(text: str, key: str) -> Any:
    return facts_of(text)[key].value


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "A decision about the child's long-term home is taken no more than five months after "
            "the child comes into care.",
            5,
        ),
        (
            "Every child has a decision on their long-term home within seven months of becoming "
            "looked after.",
            7,
        ),
        (
            "We agree a plan for the child's long-term home no later than three months after "
            "they began to be looked after.",
            3,
        ),
    ],
)
def test_the_long_term_home_decided_from_entering_care_gives_its_months(
    sentence: str, months: int
) -> None:
    text = _TITLE + "Relatives are always asked first.\n\n" + sentence + "\n"
    assert _value(text, "permanence_plan_months") == months


def test_a_decision_about_an_office_long_term_home_gives_none() -> None:
    text = (
        _TITLE + "Relatives are always asked first.\n\n"
        "A decision about the team's long-term home is due within four months of the move to "
        "the new civic centre.\n"
    )
    assert _value(text, "permanence_plan_months") is None


def test_we_brought_it_up_to_date_reaches_back_to_this_short_guide() -> None:
    text = (
        _TITLE + "This short guide is for new members of the children's services committee. "
        "An officer will walk through it with you in your first week. We "
        "last brought it up to date in March 2025, when the section on adoption was shortened.\n\n"
        "Children are best brought up in their own families where that is safe.\n"
    )
    assert _value(text, "amendment_date") == "2025-03"


def test_it_that_stands_for_another_document_dates_nothing() -> None:
    text = (
        _TITLE + "Our local offer lists what care leavers can claim. Each adviser goes through "
        "it with the young person. We last brought it up to date in March 2025.\n\n"
        "Children are best brought up in their own families where that is safe.\n"
    )
    assert _value(text, "amendment_date") is None


_MODEL_CHAPTER = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## Our Values\n\nWe are honest with families and we keep our promises.\n\n"
    "## Our Practice Model\n\n{paragraph}\n\n"
    "## Information Sharing\n\nWe keep what families tell us confidential.\n"
)


@pytest.mark.parametrize(
    ("paragraph", "model"),
    [
        (
            "New staff soon meet the words Open Gate. It is the name we give to the way our "
            "workers and the family's own people sit down together to plan.",
            "Open Gate",
        ),
        (
            "Social workers here often mention 'Roots and Wings'. This is the name the council "
            "gives to how its teams share every family between two workers.",
            "Roots and Wings",
        ),
    ],
)
def test_a_name_the_next_sentence_calls_the_name_for_our_way_of_working_is_the_model(
    paragraph: str, model: str
) -> None:
    text = _MODEL_CHAPTER.format(paragraph=paragraph)
    assert facts_of(text, "chapter.md")["named_models"].value == [model]


def test_a_service_the_next_sentence_names_is_no_model() -> None:
    text = _MODEL_CHAPTER.format(
        paragraph="Families are first offered Early Help. It is the name we give to the way the "
        "council helps before problems grow."
    )
    assert facts_of(text, "chapter.md")["named_models"].value == []
