"""Cues of blind round 107 (decision 0177): a history of the chapter's amendments headed as a
table or record of them, as the last heading, is end matter. In our own words; with near misses."""

import pytest


@pytest.mark.parametrize(
    "heading",
    ["Table of amendments", "Record of changes", "Schedule of revisions", "List of versions"],
)
def test_a_table_of_amendments_as_last_heading_is_end_matter(cues, heading):
    assert cues.trailing_heading_kind(heading) == "end_matter"


@pytest.mark.parametrize("heading", ["Table of allowances", "Record of decisions", "Changes"])
def test_other_tables_and_records_are_not_end_matter(cues, heading):
    assert cues.trailing_heading_kind(heading) is None
