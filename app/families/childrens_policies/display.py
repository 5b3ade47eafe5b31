"""How this family's facts read on pages, sign-off redlines and e-mails: labels for its fact
keys, words for its one structured value (the leaving-care support age with its extensions) and
the correction-form field an editor types it in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from app.errors import InvalidParameter
from app.families.base import ValueField

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


_EXTENSION = re.compile(
    r"^(?P<age>\d{1,3})\s*(?:[:\-\u2013\u2014]|\bif\b|\bwhen\b)\s*(?P<condition>\S.*)$"
)
"""A longer support as an editor types it: "25: in education", "25 if in training"."""


def _is_support_age(value: Any) -> bool:
    return (
        isinstance(value, dict)
        and isinstance(value.get("age"), int)
        and isinstance(value.get("extended"), list)
        and all(isinstance(item, dict) for item in value["extended"])
    )


def _support_age_lines(value: Any) -> list[str]:
    return [str(value["age"])] + [
        f"{item['age']}: {item['condition']}" for item in value["extended"]
    ]


def _support_age_from(lines: list[str]) -> dict[str, Any]:
    first, *extensions = lines
    if not first.isdigit():
        raise InvalidParameter(
            "start with the age support lasts to, such as 21, on the first line."
        )
    extended = []
    for line in extensions:
        found = _EXTENSION.match(line)
        if found is None:
            raise InvalidParameter(
                f"“{line[:60]}” is not an extension: write the age and when it applies, "
                "such as “25: in education or training”."
            )
        extended.append({"age": int(found["age"]), "condition": found["condition"]})
    return {"age": int(first), "extended": extended}


SUPPORT_AGE_FIELD = ValueField(
    holds=_is_support_age,
    lines_of=_support_age_lines,
    from_lines=_support_age_from,
    hint=(
        "First line: the age support lasts to. Then one line for each longer support, "
        "the age and when, such as “25: in education or training”."
    ),
)
"""The leaving-care support age as its age, then one line per longer support."""
