"""Correction-form fields every family that reads a legislation list shares: one item per line,
as the chapter cites it, read back as the extractor would have read it."""

from __future__ import annotations

from typing import Any

from app.families.base import ValueField
from app.families.common_extractors import legislation_item


def _is_citation_list(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(isinstance(item, dict) and isinstance(item.get("cited"), str) for item in value)
    )


def _citation_lines(value: Any) -> list[str]:
    return [str(item["cited"]) for item in value]


def _citations_from(lines: list[str]) -> list[dict[str, Any]]:
    return [legislation_item(line) for line in lines]


CITATION_LIST_FIELD = ValueField(
    holds=_is_citation_list,
    lines_of=_citation_lines,
    from_lines=_citations_from,
    hint="One per line, as the chapter cites it, such as “Children Act 1989”.",
)
"""A legislation list ({"cited": …} items) as one cited item per line."""
