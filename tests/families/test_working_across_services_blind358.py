"""A heading that names working across several services or agencies heads the shared
responsibility section (decision 0528): it says the work is done by more than one body, which is
what SPEC's multi-agency section holds, whatever topic the chapter is about.

Each heading is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "heading",
    [
        "Working across children's and adults' services",
        "Working across agencies",
        "Working together across organisational boundaries",
        "Working jointly across health and social care services",
        "Working across professions",
    ],
)
def test_working_across_services_heads_the_shared_responsibility(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    [
        "Working across the county",
        "Working across the week",
        "Moving between children's and adults' services",
    ],
)
def test_working_across_a_place_or_time_heads_no_shared_responsibility(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"
