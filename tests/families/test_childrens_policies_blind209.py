"""Wordings the 209th blind round used that the family did not know (decision 0328): a chapter
"altered" at a month, revisions "made in" a month inside a sentence, a page stamp "last
refreshed", a version line whose dash sets apart who approved it, a model held by its owner with
one word between ("Hatherstone's chosen model of practice is …"), and headings naming results or
the time after care. Each case is written for this test in our own words, with near misses that
must not be read so."""

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(sentence: str) -> str:
    return TITLE + f"This chapter explains our policy. {sentence}\n\nOur values\n\nWe listen.\n"


@pytest.mark.parametrize(
    ("sentence", "month"),
    [
        ("Altered in December 2025 to record the move to a new practice model.", "2025-12"),
        ("This chapter was altered in April 2026 to add a section on young carers.", "2026-04"),
        (
            "This version carries revisions made in September 2025, which add a section on "
            "children placed by other councils.",
            "2025-09",
        ),
        (
            "The policy includes amendments made in June 2024 to the leaving care section.",
            "2024-06",
        ),
    ],
)
def test_an_alteration_or_revisions_made_at_a_month_are_the_amendment(
    sentence: str, month: str
) -> None:
    assert facts_of(_chapter(sentence))["amendment_date"].value == month


@pytest.mark.parametrize(
    "sentence",
    [
        "The chapter notes that revisions made in June 2023 to Working Together changed the "
        "thresholds for referral.",
        "Our offices were altered in 2019 to make room for family time.",
    ],
)
def test_revisions_to_another_document_or_a_building_are_no_amendment(sentence: str) -> None:
    assert facts_of(_chapter(sentence))["amendment_date"].value is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("Page last refreshed: 14 October 2025", "2025-10-14"),
        ("Last refreshed 3 March 2026", "2026-03-03"),
        ("Content last refreshed: 21 January 2025", "2025-01-21"),
    ],
)
def test_a_page_last_refreshed_is_its_last_updated_stamp(stamp: str, day: str) -> None:
    text = (
        TITLE + "Our values\n\nWe listen to children and act on what they say.\n\n" + stamp + "\n"
    )
    assert facts_of(text)["last_updated"].value == day


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Version 4.0 \u2013 approved by the Director of Children's Services", "Version 4.0"),
        ("Version 2 - agreed by the Corporate Parenting Board", "Version 2"),
        ("v3.1 \u2014 signed off by the Head of Service", "v3.1"),
    ],
)
def test_a_version_line_dashed_from_who_approved_it_is_the_label(line: str, label: str) -> None:
    text = TITLE + "Our values\n\nWe listen to children and act on what they say.\n\n" + line + "\n"
    assert facts_of(text)["version_label"].value == label


def test_a_version_named_in_a_sentence_about_approval_is_no_label() -> None:
    text = TITLE + (
        "Our values\n\nWe use the assessment form approved by the board, and version 3 of it is "
        "used in every team.\n"
    )
    assert facts_of(text)["version_label"].value is None


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Hatherstone's chosen model of practice is Systemic Practice.", "Systemic Practice"),
        ("Our current practice model is Trauma Informed Practice.", "Trauma Informed Practice"),
        ("The council's own practice model is Systemic Practice.", "Systemic Practice"),
    ],
)
def test_a_model_its_owner_holds_with_one_word_between_is_named(sentence: str, model: str) -> None:
    text = TITLE + f"Our practice\n\n{sentence} Workers reflect on their cases together.\n"
    assert model in facts_of(text)["named_models"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "A chosen model of practice is Systemic Practice in some councils.",
        "Another council's preferred practice model is Trauma Informed Practice.",
    ],
)
def test_a_model_no_one_here_holds_is_not_named(sentence: str) -> None:
    text = TITLE + f"Our practice\n\n{sentence} We have not chosen one.\n"
    assert facts_of(text)["named_models"].value in (None, [])


@pytest.mark.parametrize(
    "heading",
    [
        "Results for children, and how we will get there",
        "Results we want",
        "Our results for young people",
    ],
)
def test_a_heading_naming_results_is_key_outcomes(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_outcomes"


@pytest.mark.parametrize(
    "heading", ["Results of the consultation", "Results from the case file audit"]
)
def test_the_results_of_a_review_are_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_outcomes"


@pytest.mark.parametrize(
    "heading",
    [
        "Support beyond the care years",
        "Voices and the years after care",
        "Beyond our care",
        "After care ends, and having a say",
    ],
)
def test_a_heading_naming_the_time_after_care_hints_key_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["After care proceedings", "Beyond care orders: what courts decide"]
)
def test_care_proceedings_or_orders_are_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "key_principles"


@pytest.mark.parametrize(
    "line", ["Page last refreshed: 14 October 2025", "Last refreshed: 2 June 2026"]
)
def test_a_refreshed_stamp_opens_end_matter_near_the_end(cues, line: str) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"
