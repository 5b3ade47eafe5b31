"""The family's extractors on wordings met in blind round 262 (decision 0391): an amendment named
by its month ("The May 2026 amendment added …"), and an acronym spelt out in brackets across a
hard-wrapped line. In our own words; each negative case is a wording a careless reader would
take for the fact."""

import pytest

from tests.reading import facts_of

_SCOPE = "Our policy\n\nAbout this chapter\n\nThis chapter applies to all staff. "


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("The September 2025 amendment added a section on kinship care.", "2025-09"),
        ("Its 4 March 2026 amendment replaced the paragraph on contact.", "2026-03-04"),
        ("The January 2026 amendment to this chapter removed an old reference.", "2026-01"),
    ],
)
def test_an_amendment_named_by_its_date_dates_the_chapter(sentence: str, date: str) -> None:
    text = _SCOPE + sentence + "\n"
    assert facts_of(text)["amendment_date"].value == date


@pytest.mark.parametrize(
    "sentence",
    [
        "The October 2024 amendment to the Regulations changed how placements are reviewed.",
        "The June 2025 amendment is still being discussed with partners.",
    ],
)
def test_an_amendment_of_something_else_or_doing_nothing_dates_nothing(sentence: str) -> None:
    text = _SCOPE + sentence + "\n"
    assert facts_of(text)["amendment_date"].value is None


def test_an_acronym_spelt_out_across_a_wrapped_line_is_the_model() -> None:
    text = (
        "OUR POLICY\n\nPRACTICE MODEL\nOur carers and social workers are trained in TIDE (trust,\n"
        "interest, direction and encouragement) to help children who have\nbeen hurt.\n"
    )
    assert facts_of(text)["named_models"].value == ["TIDE"]


def test_a_wrapped_acronym_whose_words_do_not_spell_it_is_no_model() -> None:
    text = (
        "OUR POLICY\n\nPRACTICE MODEL\nOur carers and social workers are trained in TIDE (the\n"
        "team's induction and development events) before they start.\n"
    )
    assert facts_of(text)["named_models"].value == []
