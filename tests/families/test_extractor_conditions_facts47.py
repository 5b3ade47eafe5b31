"""The words of a later support age's condition (facts round 47): cut at its own clause's end.

eval_parse scores the ages only, but users read the condition in the UI, the API and diffs. A
condition read past its clause carried the main clause written after it without a comma ("If you
are at college you can keep…"), a further promise ("…, and can stay with their foster carers"),
the next cell of a table row or the next line, or the predicate of a sentence whose subject is the
condition ("Those who are studying keep their adviser"); one read short stopped at the first
comma of a list ("in education, training or an apprenticeship"). Each wording is our own.
"""

import pytest

from tests.families.fact_helpers import fact_value


def _extended(text: str, filename: str = "chapter.txt") -> object:
    return fact_value("Leaving care\n\n" + text + "\n", "leaving_care_support_age", filename)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        (
            "Every care leaver has an adviser until 21. If you are at college you can keep "
            "your adviser until you are 25.",
            "at college",
        ),
        (
            "Care leavers get a personal adviser until 21. Where a young person is studying we "
            "carry on that help until they turn 25.",
            "studying",
        ),
        (
            "Care leavers get an adviser to 21, or to 25 if they would like one, and can stay "
            "with their foster carers past 18.",
            "they would like one",
        ),
        (
            "Care leavers keep an adviser up to 21, or up to 25 on request, as the 2017 Act "
            "requires.",
            "on request",
        ),
        (
            "Care leavers keep a personal adviser until 21, or until 25 if they are in "
            "education, training or an apprenticeship, or if they ask for one.",
            "in education, training or an apprenticeship, or if they ask for one",
        ),
        (
            "Care leavers keep a personal adviser until 21, or until 25 if they want help with "
            "college, work, housing or their health.",
            "they want help with college, work, housing or their health",
        ),
        (
            "Care leavers keep a personal adviser until 21, or until 25 for anyone who asks, "
            "with a pathway plan, a grant and a named worker.",
            "for anyone who asks",
        ),
    ],
)
def test_condition_ends_with_its_clause(text: str, condition: str) -> None:
    value = _extended(text)
    assert value == {"age": 21, "extended": [{"age": 25, "condition": condition}]}


@pytest.mark.parametrize(
    ("words", "condition"),
    [
        ("if you are at university you", "at university"),
        ("if you would like us to contact you", "you would like us to contact you"),
        (
            "Those who are training, or who simply ask, keep one",
            "Those who are training, or who simply ask",
        ),
        ("Anyone who asks for it continues to get support", "Anyone who asks for it"),
        ("anyone who wants one after that can carry on with us", "anyone who wants one after that"),
        (
            "young people who want help that keeps them safe",
            "young people who want help that keeps them safe",
        ),
        (
            "who are at college or who have a baby of their own",
            "who are at college or who have a baby of their own",
        ),
        (
            "A young person still at college at 21 who keeps their adviser until the course ends",
            "A young person still at college at 21 who keeps their adviser until the course ends",
        ),
        ("on request | 21 to 25", "on request"),
        ("Adviser beyond 21 | Young people who ask for one | 25", "Young people who ask for one"),
        ("on request\nHousing support", "on request"),
        ("anyone\nwho is studying", "anyone who is studying"),
    ],
)
def test_condition_words(words: str, condition: str) -> None:
    from app.families.childrens_policies.extractors import _condition

    assert _condition(words) == condition
