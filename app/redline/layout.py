"""One version's text as the paragraphs a redline shows: markup left out, numbers kept.

A block's markdown markup (`## `, `**`, a bullet) becomes the paragraph's style, so Word shows a
heading in a heading style and a bullet as a list item; printed numbers ("4.1", "3.") are the
document's own words and stay in the text, where a renumbering shows as a change. Blank lines
between blocks are layout, and a line break inside a block stays a line break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.redline.model import ParagraphFormat, ParagraphStyle
from app.sections import Block, Outline

_MARKUP_PREFIX = re.compile(
    r"[\s#>]*(?:\*\*|__)?[ \t]*(?:[-*+\u2022\u25aa\u25e6\u00b7\u2023\u2013][ \t]+)?"
)
_NUMBERED = re.compile(r"[\s>]*(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcdm]{1,6})[.)]")
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """`text` with each character XML 1.0 cannot hold replaced by U+FFFD, one for one."""
    return _XML_UNSAFE.sub("\ufffd", text)


@dataclass(frozen=True, slots=True)
class ShownParagraph:
    """The part of one block a redline shows."""

    start: int
    """Offset of the first shown character in the version's text."""
    end: int
    """Offset just past the last shown character."""
    format: ParagraphFormat


@dataclass(frozen=True, slots=True)
class SideLayout:
    """Where each shown paragraph of one version lies."""

    paragraphs: tuple[ShownParagraph, ...]
    paragraph_at: list[int]
    """For each character of the text, the index of the paragraph showing it, or -1."""

    def texts(self, text: str) -> list[str]:
        """The shown paragraphs' texts (what the side's redline view must equal)."""
        return [xml_safe(text[shown.start : shown.end]) for shown in self.paragraphs]


def side_layout(outline: Outline) -> SideLayout:
    """The shown paragraphs of a version: one per block with any content, in order."""
    paragraph_at = [-1] * len(outline.text)
    paragraphs: list[ShownParagraph] = []
    for block in outline.blocks():
        shown = _shown(block)
        if shown is None:
            continue
        index = len(paragraphs)
        paragraphs.append(shown)
        paragraph_at[shown.start : shown.end] = [index] * (shown.end - shown.start)
    return SideLayout(tuple(paragraphs), paragraph_at)


def _shown(block: Block) -> ShownParagraph | None:
    content_start = block.content_start if block.content_start >= 0 else block.start
    content_end = block.content_end if block.content_end >= 0 else block.end
    prefix = block.text[: max(0, content_start - block.start)]
    start = block.start + _MARKUP_PREFIX.match(prefix).end()  # type: ignore[union-attr]
    start = min(start, content_start)
    end = content_end
    while end > start and block.text[end - 1 - block.start].isspace():
        end -= 1
    while start < end and block.text[start - block.start].isspace():
        start += 1
    if start >= end:
        return None
    return ShownParagraph(start, end, _format(block, prefix))


def _format(block: Block, prefix: str) -> ParagraphFormat:
    if block.type == "heading":
        return ParagraphFormat("heading", max(1, min(block.level, 6)))
    if block.type == "list_item":
        style: ParagraphStyle = "numbered" if _NUMBERED.match(prefix) else "bullet"
        return ParagraphFormat(style, max(1, min(block.level, 3)))
    return ParagraphFormat("paragraph")
