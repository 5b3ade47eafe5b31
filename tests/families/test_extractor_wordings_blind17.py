"""The family's named-model reading on wordings met in the seventeenth blind round: a practice
model section saying the council "uses a X model" (an article before the name), and a model
named by an acronym the section spells out in brackets.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for a model."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _models(text: str) -> list[str]:
    analyzed = analyze(read_source(text.encode(), "chapter.md"), get_family())
    facts = {fact.key: fact for fact in analyzed.facts}
    value = facts["named_models"].value
    assert isinstance(value, list)
    return value


def _chapter(practice_section: str) -> str:
    return (
        "# Policies and Values\n\n## Our values\n\nWe are honest with families.\n\n"
        f"## Our practice model\n\n{practice_section}\n\n"
        "## Sharing information\n\nWe share what keeps children safe.\n"
    )


@pytest.mark.parametrize(
    ("section", "models"),
    [
        ("Every team in the borough uses a Relational Practice model.", ["Relational Practice"]),
        ("Every team in the borough uses a relational model with parents.", []),
        (
            "Our fostering service also uses SAIL (safety, attunement, insight and learning)"
            " with the children it looks after.",
            ["SAIL"],
        ),
        ("Officers follow PACE (the police and criminal evidence codes) in interviews.", []),
        ("Staff use ARC (attachment and resilience) when planning.", []),
    ],
)
def test_a_model_section_names_the_model_it_uses(section: str, models: list[str]) -> None:
    assert _models(_chapter(section)) == models
