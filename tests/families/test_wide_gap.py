"""`has_wide_gap` looks for a tab or three spaces before trying the table-gap pattern (decision
0122): it answers as the pattern searched over the whole text (`has_wide_gap_plain`)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families.common_extractors import has_wide_gap, has_wide_gap_plain


@pytest.mark.parametrize(
    ("text", "gap"),
    [
        ("March 2025    v6    Reviewed by the panel", True),
        ("Version\t4.2", True),
        ("Version \t 4.2", False),
        ("Prose never leaves three spaces between its words.", False),
        ("Two  spaces are no gap.", False),
        ("   indented line", False),
        ("a line ending in spaces   \nnext", False),
        ("a line ending in spaces   ", False),
        ("\t", False),
        ("", False),
    ],
)
def test_a_gap_between_cells_is_found_and_nothing_else(text, gap):
    assert has_wide_gap(text) is gap
    assert has_wide_gap_plain(text) is gap


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=[" ", " ", " ", "\t", "\n", "\u00a0", "\u2003", "a", "7", "|", "."]))
def test_any_text_has_a_gap_as_the_pattern_finds_one(text):
    assert has_wide_gap(text) == has_wide_gap_plain(text)
