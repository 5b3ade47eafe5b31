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
    """`version_text[start:end]`, exactly (`front_matter[start:end]` for that origin)."""
    origin: str = "text"
    """What `start` and `end` index: "text", the version's text; "front_matter", the markdown
    source's front matter block, which the text leaves out (`SourceText.front_matter`)."""


@dataclass(frozen=True, slots=True)
class FactValue:
    """One value a version states for a fact, and where it states it."""

    value: Any
    """JSON-compatible value, as `Fact.value`."""
    evidence: tuple[Evidence, ...] = field(default=())
    """Spans stating this value."""


@dataclass(frozen=True, slots=True)
class Fact:
    """A typed value read from a version; `value` is None when the version does not state it.

    A version can contradict itself (an amendment note says care leavers are supported to 25,
    the principles still say 21). Then `value` is the one the family's rule prefers and the
    others are `alternatives`, each with its own evidence, so a reader sees both and decides;
    comparisons and the matrix use `value`.
    """

    key: str
    """Fact key from the chapter family ("leaving_care_support_age")."""
    value: Any
    """JSON-compatible value: int, str, list or dict; None means not stated (never a guess)."""
    evidence: tuple[Evidence, ...] = field(default=())
    """Spans supporting the value; empty when the value is None (or 0 by absence)."""
    alternatives: tuple[FactValue, ...] = field(default=())
    """Other values the same version states for this fact, in text order; empty unless the
    version contradicts itself."""

    @property
    def conflict(self) -> bool:
        """Whether the version states more than one value for this fact."""
        return bool(self.alternatives)


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
