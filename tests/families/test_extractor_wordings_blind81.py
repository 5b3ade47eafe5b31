"""The amendment date said in a clause joined to a sentence about the chapter (decision 0141):
"This chapter sets out … It applies to all staff, and it was last amended in March 2025." The
clause's "it" is the sentence's own subject, the chapter; a clause naming something else ("…,
and the Act was amended in 2017") dates nothing of the chapter.

Each case is written for this test in our own words.
"""

from __future__ import annotations

from tests.reading import facts_of


def _chapter(scope: str) -> str:
    return (
        "Policies, Values and Principles\n\n"
        f"{scope}\n\n"
        "We work with families to keep children safe and to help them thrive at home.\n"
    )


def test_a_joined_clause_on_the_chapter_dates_its_amendment() -> None:
    facts = facts_of(
        _chapter(
            "This chapter describes the values behind our work with children. It applies to "
            "all staff and commissioned services, and it was last amended in June 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value == "2024-06"


def test_a_joined_clause_on_another_subject_dates_nothing() -> None:
    facts = facts_of(
        _chapter(
            "This chapter describes the values behind our work with children. It rests on the "
            "Children Act 1989, and the Act was last amended in June 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value is None


def test_a_joined_clause_after_a_sentence_on_something_else_dates_nothing() -> None:
    facts = facts_of(
        _chapter(
            "Our partnership board keeps a plan of shared priorities. It meets four times a year, "
            "and it was last amended in June 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value is None
