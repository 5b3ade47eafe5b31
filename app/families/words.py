"""Fact keys and values in the words a reader uses, the same on every surface.

The version page, the comparison, the matrix, the sign-off redline and the change e-mail all
show fact values; each once read the values' shapes itself, so the children's family's
`{"age": 21, "extended": […]}` was known to four modules above the core. A family now says how
its own structured values and fact keys read (`Family.value_in_words`, `Family.fact_labels`),
and every surface asks this module with the installed families.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from app.families.base import Family

_ISO_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}", re.ASCII)

NOT_STATED = "not stated"
"""How a fact whose value is null reads (absent means null, never a guess)."""


def partial_date_in_words(value: object) -> str:
    """An ISO date of year, month or day precision as people write it: "2024", "May 2024".

    Text that is not such a date is returned as it is.
    """
    if value is None or value == "":
        return NOT_STATED
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return f"{value.day} {calendar.month_name[value.month]} {value.year}"
    text = str(value)
    if not _ISO_PARTIAL_DATE.fullmatch(text):
        return text
    numbers = [int(part) for part in text.split("-")]
    if len(numbers) == 1:
        return f"{numbers[0]}"
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{calendar.month_name[numbers[1]]} {numbers[0]}"
    if len(numbers) == 3 and 1 <= numbers[1] <= 12:
        return f"{numbers[2]} {calendar.month_name[numbers[1]]} {numbers[0]}"
    return text


def fact_label(key: str, families: Iterable[Family]) -> str:
    """A fact key as a reader names it: the first family's label for it, else its own words
    ("looked_after_term" → "Looked after term")."""
    for family in families:
        label = family.fact_labels.get(key)
        if label:
            return label
    return key.replace("_", " ").capitalize()


def fact_value_in_words(value: object, families: Iterable[Family]) -> str:
    """A fact's JSON value in words: null "not stated", booleans "yes"/"no", lists joined by
    "; " ("none" when empty), ISO partial dates as people write them, a family's structured
    values as that family says, and any other object as its fields in words."""
    readers = tuple(families)
    if value is None:
        return NOT_STATED
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, Mapping):
        return _object_in_words(value, readers)
    if isinstance(value, list | tuple):
        if not value:
            return "none"
        return "; ".join(fact_value_in_words(item, readers) for item in value)
    if isinstance(value, str):
        return partial_date_in_words(value)
    return str(value)


def fact_items_in_words(value: object, families: Iterable[Family]) -> list[str]:
    """A list-valued fact's items in words, for showing long lists folded; [] for others."""
    readers = tuple(families)
    if isinstance(value, list | tuple):
        return [fact_value_in_words(item, readers) for item in value]
    return []


def _object_in_words(value: Mapping[str, Any], families: tuple[Family, ...]) -> str:
    for family in families:
        words = family.value_in_words(value)
        if words is not None:
            return words
    cited = value.get("cited")
    if isinstance(cited, str):
        return cited
    return ", ".join(
        f"{key.replace('_', ' ')}: {fact_value_in_words(item, families)}"
        for key, item in value.items()
    )
