"""What the two block scanners hand to the heading rules: blocks as scanned, before any judgement.

A scanner reports each block's own lines and where its words are; the heading rules then decide
which blocks are headings, and the assembler stretches every block to the next block's start so
that blocks tile the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.sections.model import BlockType

_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1$", re.DOTALL)


@dataclass(slots=True)
class RawBlock:
    """A block as a scanner found it: mutable, internal to the sections package."""

    type: BlockType
    """"heading" only when markup says so (`## `, an underline); the rules may promote others."""
    start: int
    """Offset of the block's first character, markup included."""
    end: int
    """Offset just past the block's own lines (its newline included), before any blank lines."""
    content_start: int
    """Offset of the first character of the words, after markup."""
    content_end: int
    """Offset just past the words, before closing markup and trailing whitespace."""
    markup_level: int = 0
    """Markdown heading level (1 for `#`), or 0 when the block is not marked up as a heading."""
    depth: int = 0
    """List nesting depth (1 for a top-level item), or 0 outside lists."""
    ordered: bool = False
    """The block is an item of a numbered or lettered list ("1.", "(a)")."""
    sole_item: bool = False
    """The block is the only item of its list (a lone "4. Corporate Parenting" line in markdown)."""
    strong: bool = False
    """The whole content was wrapped in `**…**` or `__…__` (a bold line, often a heading)."""
    line_count: int = 1
    """How many lines the block's words span."""
    box_label: bool = False
    """The block is the label cell of a one-row box ("Amendment | In May 2025 …"), split from
    the text beside it (`labelled_row`): set apart by the box as a heading is by markup."""


def trim_content(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Narrow [start, end) to its words: no surrounding whitespace, no wrapping `**`/`__`.

    Returns the new bounds and whether strong markup wrapped the whole content.
    """
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if (
        end - start > 1
        and text[end - 1] == "\\"
        and text[end - 2] != "\\"
        and _at_line_end(text, end)
    ):
        end -= 1  # markdown's hard line break ("**Our values**\\"), no part of the words
        while end > start and text[end - 1].isspace():
            end -= 1
    strong = False
    if end - start > 4 and text[start] in "*_":
        match = _STRONG.match(text, start, end)
        if match is not None and match.group(1) not in match.group(2):
            strong = True
            start, end = match.start(2), match.end(2)
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
    return start, end, strong


def _at_line_end(text: str, offset: int) -> bool:
    """Whether only spaces stand between `offset` and the end of its line."""
    line_end = text.find("\n", offset)
    return not text[offset : len(text) if line_end == -1 else line_end].strip()
