"""A change dated in a clause joined to the sentence saying whom the chapter binds (misses68).

Decision 0482: "These <standards> bind everyone who works …, and they were amended in …" — the
pronoun is the chapter's contents, which the sentence has just shown stating its own reach.
Cases written for this test in our own words.
"""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Ashvale's social workers meet every family at home before they write anything down.\n\n"
    "{sentence} The Children Act 1989 and the Children and Families Act 2014 set the duties.\n\n"
    "We share what we know about a child only when it helps to keep them safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "These standards bind everyone who works in Ashvale's children's services, agency "
            "staff included, and they were amended in March 2026.",
            "2026-03",
        ),
        (
            "These rules apply to everyone who works with children for the borough, and they "
            "were last revised in May 2025.",
            "2025-05",
        ),
    ],
)
def test_the_clause_after_the_chapters_reach_dates_the_chapter(sentence: str, month: str) -> None:
    assert str(facts_of(_CHAPTER.format(sentence=sentence))["amendment_date"].value) == month


@pytest.mark.parametrize(
    "sentence",
    [
        "These principles apply to every council in England, and they were amended in March 2024.",
        "The Act's duties bind every council, and they were amended in March 2024.",
    ],
)
def test_what_binds_someone_else_dates_nothing(sentence: str) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["amendment_date"].value is None
