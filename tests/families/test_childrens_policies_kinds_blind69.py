"""Cues blind set 69 showed missing (decision 0125): a changes heading measured from the edition
before, with or without its month in brackets."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "Changes since the last version (Jan 2025)",
        "Changes since the previous edition",
        "Amendments since the last review (dated March 2024)",
        "Updates since the last issue (September 2024)",
    ],
)
def test_a_changes_heading_since_the_edition_before_is_scope(cues, heading):
    assert cues.heading_kind(heading) == "scope"


@pytest.mark.parametrize(
    "heading",
    [
        "Changes since the last inspection",
        "Changes since the last version of the Children Act",
        "Changes since 1989",
    ],
)
def test_other_headings_about_changes_since_something_are_not(cues, heading):
    assert cues.heading_kind(heading) != "scope"
