"""Closing page stamps blind set 58 showed not read as end matter (decision 0121): a stamp that
says where the page was changed ("Updated on this site:"), the page's content stamped ("Page
content updated:"), and the sentence form with "edited" or "changed"."""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Updated on this site: 11 March 2025",
        "Page content updated: 09 Feb 2025",
        "Site updated: 2 May 2025",
        "This page was last edited on 4 June 2025.",
        "This chapter was last changed on 4 June 2025.",
    ],
)
def test_closing_page_stamps_are_end_matter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "Updated on this site you will find the forms for carers.",
        "This page was last edited by the fostering team, who can answer questions about it.",
    ],
)
def test_sentences_about_the_site_are_not_end_matter(cues, line) -> None:
    assert cues.content_kind(line, near_end=True) != "end_matter"
