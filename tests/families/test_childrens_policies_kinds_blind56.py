"""Scope cues met in blind round 56 (decision 0108): the chapter's pages or text dated as
revised ("The text was revised in September 2024, when …", "In March 2025 the pages were
revised to …") speak in the amendment note's words, as "This chapter was revised …" does.

Each sentence is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "The text was revised in September 2024, when the part on fostering was rewritten.",
        "These pages were last updated in May 2025.",
        "The pages have been amended on 4 March 2025 to add a note on advocacy.",
        "In March 2025 the pages were revised to describe the new family help teams.",
        "During June 2024 the text was rewritten throughout.",
    ],
)
def test_dated_pages_or_text_are_the_scope(cues, opening):
    assert cues.content_kind(opening, near_end=False) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "The text was revised by the fostering team.",
        "The pages on adoption were revised last year.",
        "The text of the Act was amended by Parliament.",
        "Text messages were sent to every care leaver in May 2025.",
    ],
)
def test_undated_or_other_texts_are_no_scope_cue(cues, opening):
    assert cues.content_kind(opening, near_end=False) != "scope"
