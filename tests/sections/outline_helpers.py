"""A text's outline, checked to tile, read as what a test compares: its kinds, headings or openings.

Round after round, test files wrote the same three-line helper again (split the text, assert the
sections tile it, list the kinds); these are that helper once (decision 0483). Each takes the
text's syntax as written in the test ("plain" for pasted text, "markdown" for Markdown)."""

from __future__ import annotations

from app.sections import Outline
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of


def tiled_outline(text: str, syntax: str) -> Outline:
    """`text`'s outline as analysed, after asserting that its sections and blocks tile the text."""
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return outline


def section_kinds(text: str, syntax: str) -> list[str]:
    """Each section's kind, in order."""
    return [section.kind for section in tiled_outline(text, syntax).sections]


def kinds_and_headings(text: str, syntax: str) -> list[tuple[str, str | None]]:
    """Each section's kind and its heading (None for a section without one)."""
    return [(section.kind, section.heading) for section in tiled_outline(text, syntax).sections]


def headings_of(text: str, syntax: str) -> list[str | None]:
    """Each section's heading, None for a section without one."""
    return [section.heading for section in tiled_outline(text, syntax).sections]


def kinds_and_openings(text: str, syntax: str, length: int = 40) -> list[tuple[str, str]]:
    """Each section's kind and the first `length` characters of its text, stripped."""
    return kinds_and_starts(tiled_outline(text, syntax), length)
