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
