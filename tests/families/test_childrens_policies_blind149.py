"""Wordings the hundred-and-forty-ninth blind round's officer-written chapters used that the
family did not know (decision 0245): the law and the service's principles under one heading
asked as "what the law says", leaving care asked as "What happens at 18?", a model named as the
one "the councils near us" use, and the chapter's revision dated by who agreed it. Each case is
written for this test in our own words, with near misses that must not be read so."""

import pytest

from tests.families.fact_helpers import fact_values


@pytest.mark.parametrize(
    "heading",
    [
        "What the law says and the principles we hold",
        "What the law requires and what we believe",
        "The law says, and our values",
        "What the law tells us and the beliefs we share",
    ],
)
def test_the_law_beside_the_principles_is_the_introduction(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize(
    "heading",
    ["What the law says about records and what we do", "What the law says about consent"],
)
def test_the_law_beside_something_else_is_not_cued(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"


@pytest.mark.parametrize("heading", ["What happens at 18?", "What happens after eighteen"])
def test_what_happens_at_eighteen_is_leaving_care(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"


@pytest.mark.parametrize(
    "heading", ["What happens at 18 to a child's plan", "What happens at the review?"]
)
def test_other_things_that_happen_are_not_cued(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of the councils near us use Signs of Safety.",
        "An authority next to us uses Family Safeguarding, and we watch how it goes.",
        "Councils around us follow Restorative Practice.",
    ],
)
def test_a_model_the_councils_near_us_use_is_not_ours(sentence: str) -> None:
    text = f"Our practice\n\n{sentence} We have kept our own way of working with families.\n"
    assert fact_values(text)["named_models"] == []


def test_a_model_we_use_as_the_councils_near_us_do_is_ours() -> None:
    text = "Our practice\n\nLike the councils near us, we use Signs of Safety in every team.\n"
    assert fact_values(text)["named_models"] == ["Signs of Safety"]


def test_this_revision_agreed_on_a_day_dates_the_amendment() -> None:
    text = (
        "About this chapter\n\nIt applies to every child we look after. This revision was agreed "
        "by the Director of Children's Services on 9 June 2025.\n"
    )
    assert str(fact_values(text)["amendment_date"]) == "2025-06-09"


def test_a_plan_agreed_on_a_day_dates_nothing() -> None:
    text = (
        "About this chapter\n\nIt applies to every child we look after. The plan was agreed by "
        "the Director of Children's Services on 9 June 2025.\n"
    )
    assert fact_values(text)["amendment_date"] is None
