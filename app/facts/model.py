"""Facts read from a version, each with the evidence a reader can check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the version a fact was read."""

    section_kind: str
    """Kind of the section holding the evidence."""
    start: int
    """Offset of the quoted text in the version's text."""
    end: int
    """Offset just past the quoted text."""
    quote: str
    """`version_text[start:end]`, exactly."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A typed value read from a version; `value` is None when the version does not state it."""

    key: str
    """Fact key from the chapter family ("leaving_care_support_age")."""
    value: Any
    """JSON-compatible value: int, str, list or dict; None means not stated (never a guess)."""
    evidence: tuple[Evidence, ...] = field(default=())
    """Spans supporting the value; empty when the value is None (or 0 by absence)."""


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date to the precision the document states it ("May 2024" has no day)."""

    year: int
    """Four-digit year."""
    month: int | None = None
    """Month 1-12, or None when only the year is stated."""
    day: int | None = None
    """Day of the month, or None when the document gives only the month."""

    @property
    def sort_key(self) -> tuple[int, int, int]:
        """Chronological order; a missing month or day sorts before any stated one."""
        return (self.year, self.month or 0, self.day or 0)

    def isoformat(self) -> str:
        """ISO 8601 reduced precision: "2024", "2024-05" or "2024-05-22"."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text
