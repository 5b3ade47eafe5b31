"""Content cues blind set 115 showed missing (decision 0189): chapters with no headings whose
outcomes open on how the service will know it is succeeding, as a lead-in over their list, or on
"the outcomes we look for"; and the edition agreed or issued on a date, closing the chapter.
Each case is written for this test in our own words."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "We will know we are getting this right when care leavers are:",
        "We will judge our success by whether our Children in Care:",
        "Together we will know that we are succeeding when young people:",
        "The outcomes we look for are stable homes and lasting relationships.",
        "The results we hope for include good health and a settled home.",
    ],
)
def test_outcome_lead_ins_are_key_outcomes(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "opening",
    [
        "We will know we are getting this right only if children tell us so.",
        "We will judge our success by what children tell us, and we ask them often.",
        "The outcomes of the review are shared with the family within a week.",
    ],
)
def test_sentences_about_success_that_lead_into_no_list_are_not_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"


@pytest.mark.parametrize(
    "note",
    [
        "This version of the chapter was agreed by the Leaving Care Service in May 2025 and "
        "replaces the version of October 2022.",
        "This edition was issued on 3 June 2025.",
        "The current version has been approved by the corporate parenting board in March 2025.",
    ],
)
def test_this_version_agreed_or_issued_on_a_date_is_end_matter_near_the_end(cues, note) -> None:
    assert cues.content_kind(note, near_end=True) == "end_matter"


def test_a_version_agreed_with_no_date_is_no_end_matter(cues) -> None:
    assert cues.content_kind("This version was agreed with young people.", near_end=True) != (
        "end_matter"
    )
