"""The JSON shape of facts and their evidence."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


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
    """The version's text from `start` to `end`, exactly (for the origin `front_matter`, the
    front matter's)."""
    origin: Literal["text", "front_matter"] = "text"
    """What `start` and `end` index: `text`, the version's text; `front_matter`, the block of
    settings that opens a markdown source (the original bytes), which the text leaves out."""


class FactValueRead(BaseModel):
    """Another value the version states for a fact, with the evidence that states it."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    value: Any
    """The value, in the same shape as the fact's `value`."""
    evidence: list[EvidenceRead]
    """Spans stating this value."""


class FactRead(BaseModel):
    """A typed value read from the version, with the evidence a reader can check."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    value: Any
    """The value: an int, an ISO date string, a string, a list or an object, depending on the
    fact; null when the version does not state it (never a guess). Where the version states
    several values, this is the one the family's rule prefers (see `alternatives`)."""
    evidence: list[EvidenceRead]
    """Spans supporting the value; empty when the value is null or a count of nothing."""
    conflict: bool = False
    """True when the version states more than one value for this fact; the others are in
    `alternatives`."""
    alternatives: list[FactValueRead] = Field(default_factory=list)
    """The other values the version states for this fact, each with its evidence, in text
    order; empty unless `conflict`."""
