"""Section kinds met in blind round 72 (decision 0129): how the service will know it is
succeeding, asked or stated ("How will we know we are succeeding?", "What success looks like"),
hints the key outcomes; support named as coming after care ("What support is there after
care?", "We will stay with you after care") hints the key principles. Both are hints: the kind
model may still overrule them on what the section says.

Each heading is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "How will we know we are succeeding?",
        "How do we know we're making a difference?",
        "How we will know it is working",
        "How can we know if we are doing well?",
        "What success looks like for our young people",
    ],
)
def test_knowing_success_hints_the_key_outcomes(cues, heading):
    assert cues.heading_kind(heading) == "key_outcomes"
    assert cues.only_hinted("key_outcomes", heading)


@pytest.mark.parametrize(
    "heading",
    ["How will we know what children think?", "How we know a child is at risk", "Success stories"],
)
def test_other_knowing_and_success_wordings_are_no_outcomes_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_outcomes"


@pytest.mark.parametrize(
    "heading",
    [
        "What support is there after care?",
        "We will stay with you after care",
        "Help after care",
        "Life after-care",
    ],
)
def test_support_after_care_hints_the_key_principles(cues, heading):
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize("heading", ["After care proceedings", "After care orders end"])
def test_after_care_not_at_the_end_is_no_hint(cues, heading):
    assert cues.heading_kind(heading) != "key_principles"
