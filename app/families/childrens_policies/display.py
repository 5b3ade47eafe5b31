"""How this family's facts read on pages, sign-off redlines and e-mails: labels for its fact
keys and words for its one structured value, the leaving-care support age with its extensions."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FACT_LABELS: dict[str, str] = {
    "leaving_care_support_age": "Leaving-care support age",
    "permanence_plan_months": "Permanence plan (months)",
    "legislation": "Legislation cited",
    "legislation_count": "Items of legislation",
    "named_models": "Named practice models",
    "looked_after_term": "Term for children in care",
}
"""Readable names of the SPEC's fact keys; any other key is shown from its own words."""


def value_in_words(value: Mapping[str, Any]) -> str | None:
    """`{"age": 21, "extended": [{"age": 25, "condition": "in education"}]}` as
    "21 (extended: 25 in education)"; None for any other object."""
    if "age" not in value:
        return None
    extended = [
        f"{item.get('age')} {item.get('condition') or ''}".strip()
        for item in value.get("extended") or ()
        if isinstance(item, Mapping)
    ]
    words = str(value["age"])
    return words + (" (extended: " + "; ".join(extended) + ")" if extended else "")
