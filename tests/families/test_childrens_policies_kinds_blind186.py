"""Heading hints blind set 186 showed missing (decision 0294): the care leavers' offer named
from their side ("What care leavers can expect"). Each case is written for this test in our own
words."""

import pytest


@pytest.mark.parametrize(
    "heading",
    [
        "What care leavers can expect",
        "What young people leaving care will get",
        "What young people who leave our care are entitled to",
        "What care leavers should receive from us",
    ],
)
def test_what_care_leavers_can_expect_hints_at_key_principles(cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "key_principles"
    assert cues.only_hinted("key_principles", heading)


@pytest.mark.parametrize(
    "heading",
    [
        "What children in care can expect",
        "What care leavers told us",
        "What foster carers can expect",
    ],
)
def test_others_expecting_something_or_care_leavers_saying_it_is_no_such_hint(
    cues, heading: str
) -> None:
    assert cues.heading_kind(heading) != "key_principles"
