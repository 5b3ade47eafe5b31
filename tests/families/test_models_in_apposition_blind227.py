"""A name set beside the council's practice model between commas (decision 0348): "Firm
Foundations, our practice model, shapes …", "… underpinned by Open Doors, the practice framework
we adopted in 2023". The apposition says which name is the model. Each case is written for this
test in our own words; the near misses put a service, a law or a described framework there."""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "How we work\n\n"
    "{sentence}\n\n"
    "Leaving care\n\n"
    "Every care leaver can have a personal adviser until they are 21.\n"
)


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Firm Foundations, our practice model, shapes every plan we make.", "Firm Foundations"),
        (
            "Our practice is underpinned by Open Doors, the practice framework we adopted in 2023.",
            "Open Doors",
        ),
        ("Every team is trained in Steady Ground, Kelmoor's model of practice.", "Steady Ground"),
        ("We are proud of Bright Paths, our own practice model.", "Bright Paths"),
    ],
)
def test_a_name_in_apposition_to_the_practice_model_is_the_model(sentence, model) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["named_models"].value == [model]


@pytest.mark.parametrize(
    "sentence",
    [
        "Staying Close, the practice framework for care leavers, is run nationally.",
        "The Children Act 1989, our practice framework, sets out our duties.",
        "Early Help, our own practice model, starts at the first contact.",
        "We asked the Family Support Team, the practice model's champions, to lead the training.",
    ],
)
def test_services_laws_and_described_frameworks_beside_it_name_no_model(sentence) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["named_models"].value == []
