"""End-matter cues the hundred-and-fourteenth blind round's closing notes showed missing
(decision 0188): when the chapter itself took effect ("This text takes effect from April
2025."), the earlier edition replaced by whoever replaced it ("Orlby replaced the June 2022
edition of this chapter with this one in …"), and the review and new issue with who made them
("Reviewed and reissued by the Policy Board on 12 March 2025.").

Each case is written for this test in our own words; the near misses are shapes a careless cue
would take.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "This text takes effect from April 2025. It follows the edition of October 2024.",
        "This edition came into effect on 3 March 2025.",
        "Orlby replaced the June 2022 edition of this chapter with this one in January 2025.",
        "The council superseded its 2021 version in May 2024.",
        "Reviewed and reissued by the Policy Board on 12 March 2025.",
        "Revised and approved by the leadership team in May 2025.",
    ],
)
def test_a_closing_note_of_the_edition_is_end_matter(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "The Act came into force in April 2018 and changed our duties to care leavers.",
        "We replaced the old allowance for foster carers in 2022.",
        "Reviewed by the independent reviewing officer at every meeting.",
        "This text takes effect when the board agrees it.",
    ],
)
def test_near_misses_are_no_end_matter(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=True) != "end_matter"


def test_the_same_note_away_from_the_end_opens_nothing_of_its_own(cues) -> None:
    assert cues.content_kind("This text takes effect from April 2025.", near_end=False) is None
