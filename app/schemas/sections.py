"""The JSON shape of a version's sections and blocks."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.sections import BlockType, KindSource


class BlockRead(BaseModel):
    """A heading, paragraph or list item: the unit a diff aligns."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    type: BlockType
    """What the block is."""
    level: int
    """Heading level (1 = section heading, 2 = sub-heading…) or list nesting depth; 0 for a
    paragraph."""
    number: str | None
    """A heading's number as printed, without its trailing dot ("4", "2.1"); null otherwise."""
    start: int
    """Offset of the block's first character in the version's text (markup included)."""
    end: int
    """Offset just past the block, its trailing blank lines included; blocks tile their section."""
    text: str
    """The version's text from `start` to `end`, exactly."""
    content_start: int
    """Offset of the block's words, after its markup (`## `, `**`, a bullet or a number) and
    leading blanks; -1 when not known."""
    content_end: int
    """Offset just past the block's words, before trailing markup and blank lines; -1 when not
    known. `text` cut from `content_start` to `content_end` is what a reader sees."""


class SectionRead(BaseModel):
    """A contiguous span of the version's text with a canonical kind; sections tile the text."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    kind: str
    """Canonical section kind from the chapter family ("corporate_parenting"), or "other"."""
    heading: str | None
    """The heading as printed, markup removed ("4. Corporate Parenting"); null when the section
    was found from its content."""
    number: str | None
    """The heading's number ("4"), if it has one."""
    level: int
    """Heading level of the section (1 for top-level sections)."""
    start: int
    """Offset of the section's first character in the version's text."""
    end: int
    """Offset just past the section; the next section starts here."""
    text: str
    """The version's text from `start` to `end`, exactly: concatenated in order, the sections'
    texts give back the version's text."""
    blocks: list[BlockRead]
    """The section's blocks in order, tiling the section."""
    decided_by: KindSource = "heading"
    """How the kind was decided: "heading" (a heading's words matched the family's cues),
    "cue" (a content cue matched the section's opening), "model" (the family's kind model read
    its words), or "correction" (an editor set it)."""
    confidence: float = 1.0
    """How sure that decision is, from 0 to 1: 1 for a heading or a cue; for the model, its
    probability of the kind. Below 0.6 an editor should check the kind."""
