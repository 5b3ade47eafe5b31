"""How this family's facts read on pages, sign-off redlines and e-mails: labels for its fact
keys, words for its one structured value (a stage's timescale with its extension) and the
correction-form field an editor types it in."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.errors import InvalidParameter
from app.families.base import ValueField

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


def _is_timescale(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and set(value) == {"working_days", "extended_to"}
        and isinstance(value["working_days"], int)
    )


def _timescale_lines(value: Any) -> list[str]:
    extended = value["extended_to"]
    return [str(value["working_days"])] + ([] if extended is None else [str(extended)])


def _timescale_from(lines: list[str]) -> dict[str, Any]:
    numbers = [_working_days(line) for line in lines]
    if len(numbers) > 2:
        raise InvalidParameter(
            "write at most two lines: the working days, then the most it may be extended to."
        )
    days, *extended = numbers
    if extended and extended[0] <= days:
        raise InvalidParameter(
            f"the extension ({extended[0]} working days) must be longer than the timescale "
            f"({days})."
        )
    return {"working_days": days, "extended_to": extended[0] if extended else None}


def _working_days(line: str) -> int:
    words = line.split()
    if words and words[0].isdigit() and " ".join(words[1:]).lower() in ("", "working days"):
        return int(words[0])
    raise InvalidParameter(f"“{line[:60]}” is not a number of working days: write it as 10.")


TIMESCALE_FIELD = ValueField(
    holds=_is_timescale,
    lines_of=_timescale_lines,
    from_lines=_timescale_from,
    hint=(
        "First line: the working days, such as 10. A second line if the chapter allows an "
        "extension: the most working days, such as 20."
    ),
)
"""A stage's timescale as its working days, then its extension on a second line."""
