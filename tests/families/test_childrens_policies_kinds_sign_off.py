"""End matter met in decision 0169: a sign-off block's heading as the chapter's last heading
("Sign-off", "Approval and sign-off", "Authorisation"), naming who approved the chapter and when.
Headings that speak of approving something else are no such heading.

Each line is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "words",
    ["Sign-off", "SIGN-OFF", "Approval and sign-off", "Authorisation", "Policy sign off"],
)
def test_a_sign_off_heading_is_a_trailing_end_matter_heading(cues, words: str) -> None:
    assert cues.trailing_heading_kind(words) == "end_matter"


@pytest.mark.parametrize(
    "words",
    ["Approval of foster carers", "Signing off a pathway plan", "Our values"],
)
def test_headings_about_approving_other_things_are_not(cues, words: str) -> None:
    assert cues.trailing_heading_kind(words) is None
