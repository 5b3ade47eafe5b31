"""Section kinds met in blind round 55 (decision 0111): the service's offer to the children it
works with, named as such ("What we offer", "Our local offer"), hints the key principles. A hint
only: the kind model may still overrule it on what the section says.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    ["What we offer", "What we offer young people leaving care", "Our offer", "Our local offer"],
)
def test_the_services_offer_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize("heading", ["Offers of help from partners", "What we offered in 2023"])
def test_other_offer_wordings_are_no_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"
