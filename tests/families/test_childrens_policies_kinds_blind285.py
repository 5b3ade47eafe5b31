"""Cues of blind round 285 (decision 0419): being a corporate parent as what a paragraph opens on
(corporate parenting). In our own words, none of them a set's sentences; each with near misses."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Being a good corporate parent is the job of every directorate, not only of social care.",
        "Being a corporate parent means asking whether a decision would be good enough for our "
        "own children.",
        "To be a true corporate parent, the county has to listen to the young people it cares for.",
    ],
)
def test_being_a_corporate_parent_opening_a_paragraph_is_corporate_parenting(cues, opening):
    assert cues.content_kind(opening) == "corporate_parenting"


@pytest.mark.parametrize(
    "opening",
    [
        "Being a good parent is hard work, and many families ask us for help with it.",
        "Being looked after should never mean being left behind at school.",
        "Being part of a family matters to every child we work with.",
    ],
)
def test_being_something_else_is_no_corporate_parenting_cue(cues, opening):
    assert cues.content_kind(opening) != "corporate_parenting"


@pytest.mark.parametrize("opening", ["Being corporate parents", "Being a corporate parent"])
def test_being_a_corporate_parent_as_a_contents_entry_is_no_cue(cues, opening):
    """The words alone, as a contents entry or a heading, say nothing of the paragraph (704's and
    8903's contents lists)."""
    assert cues.content_kind(opening) != "corporate_parenting"
