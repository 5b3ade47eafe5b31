"""Fact rules: does a change meet a subscriber's condition on a fact?"""

from __future__ import annotations

from typing import Any

from app.errors import InvalidParameter
from app.sources.model import CITATIONS_FACT, RULE_CONDITIONS, ChangeSummary, FactRule


def make_rule(fact_key: str, condition: str, threshold: float | None) -> FactRule:
    """A checked rule, or InvalidParameter saying what is missing."""
    if condition not in RULE_CONDITIONS:
        raise InvalidParameter(
            f"unknown condition '{condition}'. To fix: use one of {', '.join(RULE_CONDITIONS)}."
        )
    if condition in ("above", "below") and threshold is None:
        raise InvalidParameter(
            f"the condition '{condition}' needs a threshold. To fix: give the number the new "
            "value is compared with."
        )
    if condition == "cites_superseded":
        if fact_key.strip() not in ("", CITATIONS_FACT):
            raise InvalidParameter(
                f"the condition 'cites_superseded' reads the fact '{CITATIONS_FACT}', not "
                f"'{fact_key}'. To fix: leave the fact out."
            )
        return FactRule(fact_key=CITATIONS_FACT, condition="cites_superseded")
    if not fact_key.strip():
        raise InvalidParameter("a fact rule needs a fact key. To fix: name the fact.")
    return FactRule(fact_key=fact_key, condition=condition, threshold=threshold)


def rule_matches(rule: FactRule, summary: ChangeSummary) -> bool:
    """Whether the change moved the rule's fact as the rule asks.

    "decreases" and "increases" compare the numbers before and after; "above" and "below" hold
    when the fact changed to a value past the threshold (so a chapter that already stated a long
    timescale is not reported again by every unrelated edit). A value that is not a number never
    meets a numeric condition. "cites_superseded" holds when the new version cites an edition
    superseded by the day it was found, whether or not the previous version did.
    """
    if rule.condition == "cites_superseded":
        return bool(summary.superseded_citations)
    change = summary.fact(rule.fact_key)
    if change is None:
        return False
    if rule.condition == "changes":
        return True
    after = _number(change.after)
    if after is None:
        return False
    if rule.condition in ("above", "below"):
        threshold = rule.threshold if rule.threshold is not None else 0.0
        return after > threshold if rule.condition == "above" else after < threshold
    before = _number(change.before)
    if before is None:
        return False
    return after < before if rule.condition == "decreases" else after > before


def _number(value: Any) -> float | None:
    """A fact value as a number: a number, or a mapping whose `value` or `age` or `months` is."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dict):
        for key in ("value", "age", "months"):
            inner = value.get(key)
            if isinstance(inner, int | float) and not isinstance(inner, bool):
                return float(inner)
    return None
