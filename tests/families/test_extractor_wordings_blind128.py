"""The amendment date in a clause with its subject left out (decision 0209): "It sets out the
policies of our children's social care and was last amended in September 2024." The clause's
subject is the sentence's own, "It" after a sentence naming the chapter, or the chapter named;
a clause after another subject ("The Act rests on … and was amended in …") dates nothing of the
chapter, and neither does "It" after a sentence on something else.

Each case is written for this test in our own words.
"""

from __future__ import annotations

from tests.families.fact_helpers import model_names
from tests.reading import facts_of


def _chapter(scope: str) -> str:
    return (
        "Policies, Values and Principles\n\n"
        f"{scope}\n\n"
        "We work with families to keep children safe and to help them thrive at home.\n"
    )


def test_a_clause_without_its_subject_dates_the_chapter_after_it() -> None:
    facts = facts_of(
        _chapter(
            "This chapter is about how we work. It sets out the policies and values of our "
            "children's social care and was last amended in September 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value == "2024-09"


def test_the_chapter_named_as_the_subject_dates_it_too() -> None:
    facts = facts_of(
        _chapter(
            "This chapter covers every team in children's services and has been revised in "
            "May 2025."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value == "2025-05"


def test_a_clause_after_another_subject_dates_nothing() -> None:
    facts = facts_of(
        _chapter(
            "This chapter describes the values behind our work with children. The Children Act "
            "1989 sets out our duties and was last amended in June 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value is None


def test_it_after_a_sentence_on_something_else_dates_nothing() -> None:
    facts = facts_of(
        _chapter(
            "Our partnership board keeps a plan of shared priorities. It meets four times a year "
            "and was last revised in June 2024."
        ),
        "chapter.txt",
    )
    assert facts["amendment_date"].value is None


def _models(text: str) -> list[str]:
    return model_names(_chapter(text), "chapter.txt")


def test_a_framework_of_practice_names_its_model() -> None:
    assert _models(
        "Our framework of practice is Systemic Practice, in which we look at the family as a whole."
    ) == ["Systemic Practice"]
    assert _models("The council's framework of social work is called Bright Futures.") == [
        "Bright Futures"
    ]


def test_a_framework_of_law_names_no_model() -> None:
    assert _models("Our framework of practice is set by the Children Act 1989.") == []
