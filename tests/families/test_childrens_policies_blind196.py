"""Wordings the hundred-and-ninety-sixth blind round used that the family did not know
(decision 0309): a values heading naming what the service cares about or stands for, a council
that trains its practitioners in a well-known model, and a dated update followed by what the
chapter now also covers. Each case is written for this test in our own words, with near misses
that must not be read so."""

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


@pytest.mark.parametrize(
    "heading",
    ["What we care about", "What we care most about", "What we stand for", "What we hold dear"],
)
def test_a_heading_naming_what_the_service_cares_about_is_values(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "values"


@pytest.mark.parametrize(
    "heading",
    ["What we care about for children leaving care", "What children care about"],
)
def test_what_others_care_about_or_a_longer_heading_is_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "values"


@pytest.mark.parametrize(
    "opening",
    [
        "Ashcombe trains every practitioner in the Family Partnership Model, parents as partners.",
        "The service has trained all its social workers in Restorative Practice since 2023.",
        "Since 2024 the council trains each of its new staff in Signs of Safety.",
        "The borough trained every one of its teams in Systemic Practice last year.",
    ],
)
def test_a_council_training_its_practitioners_in_a_known_model_is_the_practice_model(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "The council does not train every practitioner in Signs of Safety; teams choose.",
        "Our neighbours trained all their staff in Restorative Practice last year.",
        "The council trains every foster carer in first aid and safer caring.",
    ],
)
def test_denied_or_other_councils_or_other_training_is_not_this_cue(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "practice_model"


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        (
            "Since its update in August 2026, it also describes how we support young carers.",
            "2026-08",
        ),
        ("After the March 2025 update the chapter now covers children who go missing.", "2025-03"),
        (
            "Following its revision in May 2024, this chapter also sets out our local offer.",
            "2024-05",
        ),
    ],
)
def test_a_dated_update_then_what_the_chapter_also_covers_is_the_amendment(
    sentence: str, month: str
) -> None:
    text = TITLE + f"This chapter explains our policy. {sentence}\n\nOur values\n\nWe listen.\n"
    assert facts_of(text)["amendment_date"].value == month


@pytest.mark.parametrize(
    "sentence",
    [
        "Since the update of the guidance in August 2026, workers also describe risks in plans.",
        "The Act was updated in 2017 and it requires councils to publish a local offer.",
    ],
)
def test_an_update_of_something_else_is_no_amendment(sentence: str) -> None:
    text = TITLE + f"Our values\n\n{sentence}\n"
    assert facts_of(text)["amendment_date"].value is None
