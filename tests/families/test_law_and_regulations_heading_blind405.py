"""A heading naming the law beside the regulations made under it ("Legislation and regulations",
an appendix's words after its label) heads the introduction's list of legislation (decision
0595); regulations named alone or for another topic are not this cue.

Every heading is written for these tests in our own words."""

import pytest


@pytest.mark.parametrize(
    "heading", ["Legislation and regulations", "Law and regulations", "Relevant legislation"]
)
def test_the_law_and_its_regulations_head_the_introduction(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize("heading", ["Regulations and standards for fostering", "Regulations"])
def test_regulations_alone_are_not_this_cue(cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"
