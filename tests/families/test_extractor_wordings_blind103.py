"""Facts in wordings blind set 103 showed the reader missing (decision 0171).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value

TITLE = "# Family Help Policy\n\n"


def _models(body: str) -> object:
    return fact_value(TITLE + "## How we work\n\n" + body + "\n", "named_models", "c.md")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Our teams share a strengths-based, relational way of working known as Kinder "
            "Conversations.",
            "Kinder Conversations",
        ),
        ("We follow a systemic way of working called Systemic Practice.", "Systemic Practice"),
        ("Every worker is trained in an approach named Open Doors.", "Open Doors"),
        ("The service has a local approach known as Stronger Together.", "Stronger Together"),
    ],
)
def test_a_described_way_of_working_or_approach_named_after_its_words_is_a_model(
    sentence: str, name: str
) -> None:
    assert _models(sentence) == [name]


def test_a_way_of_working_known_by_a_lower_case_description_names_no_model() -> None:
    assert _models("We use a calm, patient way of working known as good practice.") == []
