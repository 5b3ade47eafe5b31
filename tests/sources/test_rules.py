"""Fact rules: which changes a subscriber's condition picks."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidParameter
from app.sources import ChangeSummary, FactChange, make_rule, rule_matches


def _changed(key: str, before: object, after: object) -> ChangeSummary:
    return ChangeSummary(
        facts=(FactChange(key=key, before=before, after=after),),
        sections=(),
        words_inserted=1,
        words_deleted=1,
    )


AGE = "leaving_care_support_age"


def test_leaving_care_age_going_down_is_picked_and_going_up_is_not():
    down = make_rule(AGE, "decreases", None)
    assert rule_matches(down, _changed(AGE, {"age": 21, "extended": []}, {"age": 18}))
    assert not rule_matches(down, _changed(AGE, {"age": 18}, {"age": 21}))
    assert not rule_matches(down, _changed(AGE, None, {"age": 18}))


def test_a_timescale_above_a_threshold_is_picked_when_it_changes_to_it():
    above = make_rule("permanence_plan_months", "above", 4)
    assert rule_matches(above, _changed("permanence_plan_months", 4, 6))
    assert not rule_matches(above, _changed("permanence_plan_months", 6, 4))
    assert not rule_matches(above, _changed("permanence_plan_months", 3, 4))


def test_a_rule_on_another_fact_picks_nothing():
    assert not rule_matches(make_rule(AGE, "changes", None), _changed("other", 1, 2))


@pytest.mark.parametrize(
    ("fact", "condition", "threshold", "says"),
    [
        (AGE, "sometimes", None, "unknown condition"),
        (AGE, "above", None, "needs a threshold"),
        (" ", "changes", None, "needs a fact key"),
    ],
)
def test_bad_rules_are_refused_saying_what_to_fix(fact, condition, threshold, says):
    with pytest.raises(InvalidParameter, match=says):
        make_rule(fact, condition, threshold)


numbers = st.integers(min_value=-1000, max_value=1000)


@given(numbers, numbers)
def test_a_change_never_both_increases_and_decreases(before, after):
    summary = _changed("n", before, after)
    up = rule_matches(make_rule("n", "increases", None), summary)
    down = rule_matches(make_rule("n", "decreases", None), summary)
    assert not (up and down)
    assert (up or down) == (before != after)


@given(numbers, numbers, numbers)
def test_above_and_below_split_by_the_threshold(before, after, threshold):
    summary = _changed("n", before, after)
    above = rule_matches(make_rule("n", "above", threshold), summary)
    below = rule_matches(make_rule("n", "below", threshold), summary)
    assert above == (after > threshold)
    assert below == (after < threshold)
