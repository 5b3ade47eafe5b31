"""Outline → facts with evidence. No database here."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.facts.model import Evidence, Fact, FactValue, PartialDate
from app.facts.readers import (
    NUMBER_PATTERN,
    FoundDate,
    PlainView,
    ReadableOutline,
    SearchWords,
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


def extract_facts(
    reading: ReadableOutline, extractors: Mapping[str, Callable[[ReadableOutline], Fact]]
) -> list[Fact]:
    """Run every extractor on one reading of the outline, in order: the reading (plain view,
    sentences, dates, words found) is prepared once and passed, never looked up."""
    return [extractor(reading) for extractor in extractors.values()]


__all__ = [
    "NUMBER_PATTERN",
    "Evidence",
    "Fact",
    "FactValue",
    "FoundDate",
    "PartialDate",
    "PlainView",
    "ReadableOutline",
    "SearchWords",
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
