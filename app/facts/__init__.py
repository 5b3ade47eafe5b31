"""Outline → facts with evidence. No database here."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.facts.model import Evidence, Fact, FactValue, PartialDate
from app.facts.readers import (
    NUMBER_PATTERN,
    FoundDate,
    PlainView,
    ReadableOutline,
    find_dates,
    inline_list_items,
    plain_view,
    read_number,
    read_outline,
    read_partial_date,
    read_trailing_number,
    sentence_spans,
    trim_span,
)
from app.sections import Outline


def extract_facts(
    outline: Outline, extractors: Mapping[str, Callable[[Outline], Fact]]
) -> list[Fact]:
    """Run every extractor on `outline`, in order."""
    return [extractor(outline) for extractor in extractors.values()]


__all__ = [
    "NUMBER_PATTERN",
    "Evidence",
    "Fact",
    "FactValue",
    "FoundDate",
    "PartialDate",
    "PlainView",
    "ReadableOutline",
    "extract_facts",
    "find_dates",
    "inline_list_items",
    "plain_view",
    "read_number",
    "read_outline",
    "read_partial_date",
    "read_trailing_number",
    "sentence_spans",
    "trim_span",
]
