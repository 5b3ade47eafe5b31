"""The council's bare "framework" or "model", named by its pronoun or by the council's name,
said to be a Title Case name ("Its framework is …", "Tenbury's model is …"), names that model,
as "Our model is …" does (decisions 0338, 0438); the National Framework is statutory guidance,
never a model, however a sentence calls it.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


def _models(sentence: str) -> object:
    text = (
        "Policies, Values and Principles\n\n"
        "How we work\n\n"
        f"{sentence} Managers check in supervision that it is used well.\n"
    )
    return fact_value(text, "named_models")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tenbury's framework is Systemic Practice.", "Systemic Practice"),
        ("Our framework is Relationship Based Practice.", "Relationship Based Practice"),
        ("The council's framework is Family Minded Practice.", "Family Minded Practice"),
        ("Its model is Trauma-Informed Practice.", "Trauma-Informed Practice"),
        ("Tenbury's model is Strengths-Based Practice.", "Strengths-Based Practice"),
    ],
)
def test_the_councils_own_framework_said_to_be_a_name_names_it(sentence: str, name: str) -> None:
    assert _models(sentence) == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our framework is relational and strengths-based.",
        "Our framework is based on Systemic Practice and attachment theory.",
        "Their framework is Systemic Practice, though we have not chosen one.",
        "Our framework is the Children Act 1989.",
        "Our framework is the National Framework.",
        "Our practice framework is the Children's Social Care National Framework.",
    ],
)
def test_descriptions_laws_guidance_and_other_peoples_frameworks_name_none(sentence: str) -> None:
    assert _models(sentence) == []
