"""Section kinds met in blind round 126 (decision 0205): permanence named as the planning for
it ("Planning for permanence", "Plans for permanence") hints the key principles, as
"Permanence planning" already did. A hint: the kind model may still overrule it on what the
section says.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading", ["Planning for permanence", "Plans for permanence", "Plan for permanence at home"]
)
def test_planning_for_permanence_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading", ["Permanent staff planning", "Planning our workforce", "Planning for adulthood"]
)
def test_other_planning_headings_are_no_permanence_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"
