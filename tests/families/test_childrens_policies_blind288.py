"""Wordings the 288th blind round's chapters used that the family's cues did not know (decision
0422): the two known models facts.toml names that the practice model's cues did not (the
Solihull Approach, Dyadic Developmental Practice), and a "Date of amendment:" field with the
amendment's reason after its date. Each case is written for this test in our own words, with
near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Dyadic Developmental Practice",
        "Dyadic Developmental Psychotherapy in our children's homes",
        "Solihull Approach",
    ],
)
def test_a_heading_that_is_a_known_models_name_is_the_practice_model(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Every foster carer in the county has been trained in Dyadic Developmental Practice.",
        "The service uses the Solihull Approach with parents of babies and toddlers.",
        "Our residential teams work to Dyadic Developmental Psychotherapy with every child.",
        "Our social workers and foster carers are trained in the Solihull Approach.",
        "Every residential worker in the borough is trained in Dyadic Developmental Practice.",
    ],
)
def test_a_paragraph_adopting_one_of_them_opens_the_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening) == "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Our neighbours have adopted the Solihull Approach in their health visiting service.",
        "We have not adopted Dyadic Developmental Practice.",
        "Our foster carers are trained in first aid and in safer caring.",
        "Our social workers are not trained in Dyadic Developmental Practice.",
    ],
)
def test_anothers_model_or_one_not_adopted_opens_no_practice_model(cues, opening: str) -> None:
    assert cues.content_kind(opening) != "practice_model"


@pytest.mark.parametrize(
    "opening",
    [
        "Date of amendment: 18 June 2025. The section on leaving care was rewritten.",
        "Date of amendment: 4 February 2026 - the list of legislation was updated.",
        "Date of revision: March 2024. Two paragraphs on kinship care were added.",
    ],
)
def test_a_date_of_amendment_field_with_its_reason_is_the_scope(cues, opening: str) -> None:
    assert cues.content_kind(opening, False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "Date of next review: June 2027.",
        "Date of amendments to the leaving care grant are set by the Cabinet each year.",
    ],
)
def test_other_dates_are_not_this_field(cues, opening: str) -> None:
    assert cues.content_kind(opening, False) != "scope"
