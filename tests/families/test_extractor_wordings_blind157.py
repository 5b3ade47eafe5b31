"""Facts in wordings blind set 157 showed the reader missing (decision 0258).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_value

TITLE = "# Family Help Policy\n\n"


def _models(body: str) -> object:
    return fact_value(TITLE + "## Our Practice Model\n\n" + body + "\n", "named_models", "c.md")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Ashby Fold has adopted the Family Safeguarding model. Workers share one team.",
            "Family Safeguarding",
        ),
        (
            "Lowmoor Water has now chosen Restorative Practice as its way of working with "
            "families.",
            "Restorative Practice",
        ),
        ("Kestrel Bay introduces Signs of Safety in every team this year.", "Signs of Safety"),
        (
            "Tollgate Heath implements Systemic Practice as its practice model across the service.",
            "Systemic Practice",
        ),
    ],
)
def test_a_place_opening_the_model_section_that_takes_a_model_up_is_no_model(
    sentence: str, name: str
) -> None:
    assert _models(sentence) == [name]


def test_a_model_opening_the_section_as_the_subject_of_what_it_does_is_still_read() -> None:
    assert _models("Family Network Practice gives our workers a shared language.") == [
        "Family Network Practice"
    ]
