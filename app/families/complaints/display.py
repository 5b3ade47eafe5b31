"""How this family's facts read on pages, sign-off redlines and e-mails: labels for its fact
keys and words for its one structured value, a stage's timescale with its extension."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

FACT_LABELS: dict[str, str] = {
    "stage_1_timescale": "Stage 1 timescale",
    "stage_2_timescale": "Stage 2 timescale",
    "stage_3_timescale": "Stage 3 timescale",
    "who_can_complain": "Who can complain",
    "advocate_offered": "Advocate offered",
    "legislation": "Legislation cited",
    "legislation_count": "Items of legislation",
}
"""Readable names of the family's fact keys; any other key is shown from its own words."""


def value_in_words(value: Mapping[str, Any]) -> str | None:
    """`{"working_days": 10, "extended_to": 20}` as "10 working days, up to 20" (without an
    extension, "10 working days"); None for any other object."""
    if set(value) != {"working_days", "extended_to"}:
        return None
    words = f"{value['working_days']} working days"
    extended = value["extended_to"]
    return words if extended is None else f"{words}, up to {extended}"
