"""Cues of blind round 141 (decision 0236): the strategy said after a short lead-in naming the
aim it serves. In our own words; each with a near miss."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "To get there, our strategy is to offer help early and keep specialist help for the few.",
        "To achieve this vision, the council's strategy is to grow foster care in the county.",
        "To make this happen, our strategy aims to bring schools and health into every hub.",
        "To do this our strategy is built on family hubs in each town.",
    ],
)
def test_a_strategy_after_a_lead_in_naming_its_aim_is_strategy(cues, opening):
    assert cues.content_kind(opening) == "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "To get there, children need adults who stay with them.",
        "To achieve this, practitioners meet the family within five days.",
    ],
)
def test_a_lead_in_without_the_strategy_is_not_strategy(cues, opening):
    assert cues.content_kind(opening) != "strategy"
