"""Wordings the blind294 round measured (decision 0430): the needs the law asks corporate
parents to keep in mind counted without the Act's title, principles in plain words a list is
recognised by, an Act's chapter number in brackets that ends no sentence, a plan made at a
review the next sentence times, and an earlier age in brackets for those who do not meet the
later one's condition. Written for this test in our own words about invented councils; each
near miss keeps what was read before."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_values


def _facts(body: str, heading: str) -> dict[str, object]:
    text = f"# Policy\n\n## {heading}\n\n{body}\n\n## Our values\n\nWe listen.\n"
    return fact_values(text, "chapter.md")


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "Legislation asks corporate parents to hold in mind six needs of every child: safety, "
            "a voice, a home, learning, health and a future.",
            6,
        ),
        (
            "The Act requires us as corporate parents to think of seven needs whenever we decide "
            "anything for a child.",
            7,
        ),
        ("A child in care has many needs, and we try to meet seven needs a day.", 0),
    ],
)
def test_needs_the_law_asks_of_corporate_parents(body: str, count: int) -> None:
    assert _facts(body, "Corporate parenting")["corporate_parenting_principles"] == count


def test_plain_word_principles_recognised_as_the_list() -> None:
    body = "\n".join(
        [
            "Brackwater adds one principle to the ones in the statute:",
            "",
            "- We act in the best interests of each child.",
            "- We seek their views before we decide.",
            "- We give those views weight.",
            "- We tell them about the services that could help.",
            "- We aim high for every child.",
            "- We keep children safe and stable.",
            "- We get them ready for adult life.",
            "- We are honest with them.",
        ]
    )
    assert _facts(body, "Corporate parenting")["corporate_parenting_principles"] == 8


@pytest.mark.parametrize(
    ("body", "count"),
    [
        (
            "Our work rests on the Children Act 1989 (c. 41) and the Children and Families Act "
            "2014 (c. 6), as amended.",
            2,
        ),
        (
            "The council's duties come from the Children Act 2004 (c. 31), the Children and Young "
            "Persons Act 2008 (c. 23) and the Children and Social Work Act 2017 (c. 16).",
            3,
        ),
    ],
)
def test_chapter_numbers_in_brackets_keep_the_sentence(body: str, count: int) -> None:
    assert _facts(body, "The law")["legislation_count"] == count


@pytest.mark.parametrize(
    ("body", "months"),
    [
        (
            "Each child's permanence plan is confirmed by the third review. That review takes "
            "place five months after the child comes into care.",
            5,
        ),
        (
            "We agree the permanence plan at the second looked after review. The second review "
            "is held within three months of the first.",
            3,
        ),
        (
            "We agree the permanence plan at the second review. The first review is held four "
            "months after the child comes into care.",
            None,
        ),
        (
            "We agree the permanence plan at the second review. That review is held within 20 "
            "working days.",
            None,
        ),
    ],
)
def test_a_plan_at_a_review_the_next_sentence_times(body: str, months: int | None) -> None:
    assert _facts(body, "Permanence")["permanence_plan_months"] == months


@pytest.mark.parametrize(
    ("body", "age", "extended"),
    [
        ("A personal adviser is offered to 25, or 21 for those not in training.", 21, [25]),
        ("Care leavers keep their adviser until 24 (or 21 if no longer studying).", 21, [24]),
        ("Care leavers keep their adviser until 25 (or 18 if not in education).", 25, []),
    ],
)
def test_an_earlier_age_for_those_not_meeting_the_condition(
    body: str, age: int, extended: list[int]
) -> None:
    value = _facts(body, "Leaving care")["leaving_care_support_age"]
    assert isinstance(value, dict)
    assert value["age"] == age
    assert [item["age"] for item in value["extended"]] == extended
