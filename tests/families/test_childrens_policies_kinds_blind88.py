"""Cues of blind round 88 (decision 0150): an amendment note under a run-in label ("Amended:
this chapter was updated …") is the scope's. In our own words; the near miss is a run-in label
over other news."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "Amended: this chapter was updated in October 2024, when the outcomes were shortened.",
        "Update: the chapter has been revised to add the section on kinship care.",
    ],
)
def test_an_amendment_note_under_a_run_in_label_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


def test_a_run_in_label_over_other_news_is_not_scope(cues):
    assert cues.content_kind("Note: the offices close at five on Fridays.") != "scope"
