"""Text → blocks → sections that tile the text. No database here."""

from __future__ import annotations

from collections.abc import Sequence

from app.sections.model import Block, BlockType, Outline, Section, SectionKind


def split_sections(text: str, kinds: Sequence[SectionKind], syntax: str = "plain") -> Outline:
    """Split `text` into sections of the given kinds; unknown material is kind "other"."""
    section = Section(kind="other", heading=None, number=None, level=1, start=0, end=len(text),
                      text=text, blocks=())
    return Outline(text=text, title=None, sections=(section,) if text else ())


__all__ = ["Block", "BlockType", "Outline", "Section", "SectionKind", "split_sections"]
