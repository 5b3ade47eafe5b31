"""Headings the hundred-and-eleventh blind round's chapters named by meaning with no cue the
family knew (decision 0183): the law heading said in plain words ("The law says"). Each case is
written for this test in our own words, with near misses that must not be read so."""

import pytest


@pytest.mark.parametrize(
    "heading",
    ["The law says", "What the law says", "What the law requires", "What the law requires of us"],
)
def test_the_law_said_in_plain_words_is_the_introduction(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize(
    "heading", ["The law says children must be heard", "When the law changes", "Law and order"]
)
def test_other_headings_about_the_law_are_not_the_introduction(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"
