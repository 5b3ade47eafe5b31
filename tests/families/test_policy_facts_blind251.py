"""Model names in wordings blind251 probed (decision 0378): "the model" after a capitalised
word that opens the sentence ("Training in the model is …") points at a model named elsewhere;
the capitalised word is not a model's name.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for a model's name.
"""

import pytest

from tests.families.fact_helpers import one_section_value


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("Induction in the model takes a full week for every new worker.", []),
        ("Confidence in the practice model has grown across the service.", []),
        ("Supervision of the model's use happens monthly.", []),
        (
            "Steady Steps is how every Ashcombe team works. Coaching in the model is offered to "
            "each manager.",
            [],
        ),
        ("Workers practise Open Doors and the model is reviewed every year.", []),
        ("Every carer is part of the Mockingbird model.", ["Mockingbird"]),
        ("The Harbour of Hope Model shapes every plan.", ["Harbour of Hope Model"]),
        ("Our teams follow the Bright Futures Practice Model.", ["Bright Futures"]),
    ],
)
def test_a_word_before_the_model_is_no_name(text: str, models: list[str]) -> None:
    assert one_section_value(text, "named_models") == models
