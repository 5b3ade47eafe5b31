"""Facts and one kind in wordings blind round 406 found the reader missing (decision 0599): the
chapter's own taking effect told after a short lead-in phrase ("To begin with, …"); a one-word
name staff are trained in that the next paragraph sets to work; nobody beyond the service
reading a family's file without a reason; what the work should leave a child, in comparatives.
Each case is written for this test in our own words, with a near miss that must stay unread."""

import pytest

from app.sections.classify import Cues
from tests.families.fact_helpers import fact_text, fact_value

_TITLE = "Adoption Service Handbook: Policy, Values and Principles\n\n"
_SCOPE = _TITLE + "{sentence}\n\nMore follows below.\n"
_MODEL = _TITLE + "## Our practice model\n\n{body}\n\n## Records\n\nRecords are kept safe.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("For a start, this edition came into effect on 9 January 2026.", "2026-01-09"),
        (
            "First of all, the present wording dates from August 2025, when adopters were asked "
            "what they needed.",
            "2025-08",
        ),
        ("By way of a beginning, this chapter came into force in April 2026.", "2026-04"),
    ],
)
def test_the_chapter_taking_effect_after_a_lead_in_phrase_dates_it(
    sentence: str, expected: str
) -> None:
    assert fact_text(_SCOPE.format(sentence=sentence), "amendment_date") == expected


def test_a_lead_in_before_a_law_taking_effect_dates_nothing() -> None:
    text = _SCOPE.format(sentence="For comparison, the Adoption Act came into force in May 2005.")
    assert fact_text(text, "amendment_date") is None


def test_a_one_word_name_trained_in_and_set_to_work_in_the_next_paragraph_is_the_model() -> None:
    body = (
        "Adoption workers here are all trained in Wellspring.\n\n"
        "Wellspring asks each worker to map who a child already trusts before any match."
    )
    assert fact_value(_MODEL.format(body=body), "named_models") == ["Wellspring"]


def test_a_one_word_name_the_model_section_opens_on_training_in_is_the_model_alone() -> None:
    """blind401's rule (decision 0591) reads it without the next paragraph taking it up: under a
    practice-model heading a coined name staff are trained in is the model (the lead's decision
    at merge, recorded in 0599, where this test first asked for nothing)."""
    body = (
        "Adoption workers here are all trained in Wellspring.\n\n"
        "Each worker then maps who a child already trusts before any match."
    )
    assert fact_value(_MODEL.format(body=body), "named_models") == ["Wellspring"]


def test_a_signing_language_trained_in_and_taken_up_again_is_no_model() -> None:
    body = (
        "Adoption workers here are all trained in Makaton.\n\n"
        "Makaton lets each worker talk with a child who signs before any match."
    )
    assert fact_value(_MODEL.format(body=body), "named_models") == []


@pytest.mark.parametrize(
    "opening",
    [
        "Nobody outside the adoption team reads a child's file without a reason they can give.",
        "No one else sees a family's records without being told why, and the family told too.",
    ],
)
def test_nobody_beyond_the_service_reading_a_file_without_cause_opens_information_sharing(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "information_sharing"


@pytest.mark.parametrize(
    "opening",
    [
        "Nobody reads the life story book to the child without the carers there.",
        "No one outside the family knows the child as well as the carers do.",
    ],
)
def test_reading_to_a_child_or_knowing_them_is_no_rule_of_information_sharing(
    cues: Cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) != "information_sharing"


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        (
            "Every adoption plan should leave the child safer, happier and more settled than "
            "before it began.",
            "key_outcomes",
        ),
        (
            "Our work with each young person must leave them healthier and better educated at "
            "eighteen.",
            "key_outcomes",
        ),
    ],
)
def test_what_the_work_should_leave_a_child_in_comparatives_opens_the_outcomes(
    cues: Cues, opening: str, kind: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == kind


@pytest.mark.parametrize(
    "opening",
    [
        "The new lighting should make the streets safer and the park happier at night.",
    ],
)
def test_safer_streets_are_no_childs_outcome(cues: Cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
