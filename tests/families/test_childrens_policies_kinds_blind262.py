"""Section kinds met in blind round 262 (decision 0391): practitioners said to work or practise
"within" a well-known model name it as the service's practice model, as "work to" and "work in"
already do.

Each passage is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Practitioners across the county work within Signs of Safety, and managers use the same "
        "language when they supervise them.",
        "Our social workers practise within Family Safeguarding, alongside adult specialists.",
        "All of our teams work within Restorative Practice.",
    ],
)
def test_practitioners_working_within_a_known_model_name_the_practice_model(cues, opening):
    assert cues.content_kind(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our social workers work within the Children Act 1989 and the guidance made under it.",
        "Practitioners across the service work within the council's safeguarding procedures.",
        "Our teams do not work within Signs of Safety, which a neighbouring council uses.",
    ],
)
def test_working_within_the_law_or_procedures_names_no_model(cues, opening):
    assert cues.content_kind(opening) != "practice_model"
