"""Facts in wordings the eighth round of known misses showed the reader missing (decision 0087).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_values


def _chapter(practice_section: str, heading: str = "Our practice model") -> str:
    return (
        "# Policies and Values\n\n## Our values\n\nWe are honest with families.\n\n"
        f"## {heading}\n\n{practice_section}\n\n"
        "## Sharing information\n\nWe share what keeps children safe.\n"
    )


# --- named models --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("section", "models"),
    [
        (
            "Every team here thinks in systems. Family Network Practice helps our workers see a "
            "child among the people around them.",
            ["Family Network Practice"],
        ),
        (
            "Systemic Practice gives us questions that help parents notice their own patterns.",
            ["Systemic Practice"],
        ),
        # the council's own name as the subject says who works, not how
        (
            "Our teams work with the whole family. Brackenford Council expects every worker "
            "to listen.",
            [],
        ),
        # a law or guidance opening the sentence is no model
        ("Working Together to Safeguard Children sets out how agencies cooperate.", []),
        # the name must open the sentence: a name later in it is only mentioned
        ("We listen first. Our workers read Family Network Practice guides.", []),
    ],
)
def test_a_name_opening_a_sentence_of_the_model_section_is_the_model(
    section: str, models: list[str]
) -> None:
    assert fact_values(_chapter(section), "chapter.md")["named_models"] == models


def test_a_name_opening_a_sentence_of_another_section_is_no_model() -> None:
    text = _chapter("We keep families together where it is safe.", heading="Our values")
    text += "\n## Working with families\n\nFamily Network Practice helps our workers.\n"
    assert fact_values(text, "chapter.md")["named_models"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Whatever model a team works to, the child's voice comes first.",
        "Whichever Model is chosen, records are kept the same way.",
        "No model fits every family, so workers use their judgement.",
    ],
)
def test_a_word_for_any_model_at_all_names_no_model(sentence: str) -> None:
    assert (
        fact_values(_chapter(sentence, heading="How we work"), "chapter.md")["named_models"] == []
    )


# --- legislation ---------------------------------------------------------------------------------


def test_a_table_of_acts_and_their_years_cites_each_act_with_its_year() -> None:
    text = (
        "# Policies and Values\n\n## The law\n\n"
        "| Act | Year |\n|---|---|\n"
        "| Children Act | 1989 |\n"
        "| Children and Social Work Act | 2017 |\n"
        "| Equality Act | 2010 |\n"
    )
    items = fact_values(text, "chapter.md")["legislation"]
    assert isinstance(items, list)
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Children and Social Work Act", 2017),
        ("Equality Act", 2010),
    ]


def test_a_table_whose_first_cell_has_its_year_does_not_take_the_next_cell() -> None:
    text = (
        "# Policies and Values\n\n## The law\n\n"
        "| Act | Amended |\n|---|---|\n"
        "| Children Act 1989 | 2004 |\n"
        "| Equality Act 2010 | 2012 |\n"
    )
    items = fact_values(text, "chapter.md")["legislation"]
    assert isinstance(items, list)
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Equality Act", 2010),
    ]
