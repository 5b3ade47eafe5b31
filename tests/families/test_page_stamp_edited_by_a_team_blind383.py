"""Wordings from blind round 383 (decision 0562), in our own words: a wiki page's closing byline
names the team that last edited it before its date ("Last edited by the Policy and Quality Team
on …"). The team's name is no part of the text that changed, so the line is the page's stamp
(its last update), not an amendment of the chapter; a sentence that says the chapter changed
still dates it whoever made the change."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_OPENING = (
    "# Short Breaks for Disabled Children\n\n## About this page\n\n"
    "This page explains how families of disabled children ask for a short break.\n\n"
    "Amended: June 2025.\n\n## Who can have one\n\n"
    "Any family caring for a disabled child in the county may ask for a short break.\n\n---\n\n"
)


@pytest.mark.parametrize(
    "byline",
    [
        "_Last edited by the Policy and Quality Team on 4 August 2025_",
        "Last updated by the Procedures Team on 4 August 2025",
        "Last edited by the Quality & Policy Unit on 4 August 2025",
        "Last modified by the Policy and Practice Group on 4 August 2025",
    ],
)
def test_a_team_named_in_the_pages_byline_stamps_the_page(byline: str) -> None:
    facts = facts_of(_OPENING + byline + "\n", "page.md")
    assert facts["amendment_date"].value == "2025-06"
    assert facts["last_updated"].value == "2025-08-04"


@pytest.mark.parametrize(
    "sentence",
    [
        "The policy team revised this page in October 2025.",
        "In October 2025 the procedures unit updated the section on direct payments.",
    ],
)
def test_a_team_that_changed_the_text_still_dates_the_change(sentence: str) -> None:
    facts = facts_of(_OPENING + sentence + "\n", "page.md")
    assert facts["amendment_date"].value == "2025-10"
