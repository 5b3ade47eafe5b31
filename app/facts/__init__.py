"""Outline → facts with evidence. No database here."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from app.facts.model import Evidence, Fact
from app.sections import Outline


def extract_facts(outline: Outline, extractors: Mapping[str, Callable[[Outline], Fact]]) -> list[Fact]:
    """Run every extractor on `outline`, in order."""
    return [extractor(outline) for extractor in extractors.values()]


__all__ = ["Evidence", "Fact", "extract_facts"]
