"""The council's social work or practice as a whole said to rest on a named practice names the
model (decision 0445): "Social work in Thornbury is based on Relational Practice" says which
practice the whole service follows, as "our practice model is" does, so a Title Case name whose
words alone would only describe a way of working is named there. A theory, a set of principles,
a list, a law, one part of the work, lower case, or a name that runs on past the sentence's end
stay unnamed.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        "How we work\n\n"
        f"{sentence} Teams meet each week to think about every family together.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Social work in Thornbury is based on Systemic Practice.", "Systemic Practice"),
        ("Our social work is built on Relational Practice.", "Relational Practice"),
        ("Practice here is grounded in Whole Family Practice.", "Whole Family Practice"),
        ("Kelmstow's practice has always been founded on Systemic Practice.", "Systemic Practice"),
        ("Practice across the county is based on the Harbour Approach.", "Harbour Approach"),
    ],
)
def test_the_whole_practice_resting_on_a_named_practice_names_it(sentence: str, name: str) -> None:
    assert _models(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our practice is based on Attachment Theory.",
        "Our practice is based on the Corporate Parenting Principles.",
        "Our social work is based on Systemic Practice and Social Pedagogy.",
        "Our practice is based on the Children Act 1989.",
        "Our assessments are based on Systemic Practice.",
        "Social work in Thornbury is based on systemic practice.",
        "Our social work is based on Systemic Practice ideas from family therapy.",
    ],
)
def test_other_things_practice_rests_on_name_no_model(sentence: str) -> None:
    assert _models(sentence) == []
