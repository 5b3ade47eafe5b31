"""The JSON shape of facts and their evidence."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class EvidenceRead(BaseModel):
    """Where a fact was read: a span of the version's text and the text it quotes."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    section_kind: str
    """Kind of the section holding the quoted text."""
    start: int
    """Offset of the quoted text in the version's text."""
    end: int
    """Offset just past the quoted text (end exclusive)."""
    quote: str
    """The version's text from `start` to `end`, exactly."""


class FactRead(BaseModel):
    """A typed value read from the version, with the evidence a reader can check."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    value: Any
    """The value: an int, an ISO date string, a string, a list or an object, depending on the
    fact; null when the version does not state it (never a guess)."""
    evidence: list[EvidenceRead]
    """Spans supporting the value; empty when the value is null or a count of nothing."""
