"""Text → blocks → sections that tile the text, with a family's canonical kinds. No database here.

The pipeline: a scanner finds blocks (`blocks_markdown` through markdown-it, or `blocks_text` for
plain text), ordered heading rules decide which blocks are headings and at what level (`rules`),
and the assembler groups blocks into sections whose kinds come from the family's cues
(`assemble`, `classify`). Blocks tile their section and sections tile the text, exactly.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from app.errors import InvalidParameter
from app.sections.assemble import build_outline
from app.sections.blocks_markdown import scan_markdown_blocks
from app.sections.blocks_text import scan_text_blocks
from app.sections.classify import OTHER_KIND, TITLE_KIND, compile_cues, names_the_title
from app.sections.kind_model import ExampleSource, KindExample, KindModel, LazyKindModel
from app.sections.labelled_row import split_labelled_rows
from app.sections.model import Block, BlockType, KindSource, Outline, Section, SectionKind
from app.sections.raw import RawBlock
from app.sections.rules import find_headings
from app.text import LineIndex

SYNTAXES = ("plain", "markdown")
"""How a text may be marked up; HTML sources arrive rendered to markdown."""


def split_sections(
    text: str,
    kinds: Sequence[SectionKind],
    syntax: str = "plain",
    model: KindModel | None = None,
    no_kind_headings: Sequence[str] = (),
) -> Outline:
    """Split `text` into sections of the given kinds; unknown material is kind "other".

    With the family's kind `model`, headings no cue knows are named by meaning and runs of
    un-headed paragraphs are divided by it. Never raises on any text: the sections always tile
    it, whatever it holds. `no_kind_headings` are the family's heading cues of material that
    is none of its kinds (a council's own service added to the chapter): such a heading is
    `other` by its words.
    """
    if syntax not in SYNTAXES:
        raise InvalidParameter(
            f"unknown text syntax '{syntax}'. To fix: use one of: {', '.join(SYNTAXES)}."
        )
    cues = compile_cues(kinds, no_kind_headings)
    lines = LineIndex(text)
    raw: list[RawBlock]
    if syntax == "markdown":
        raw = scan_markdown_blocks(text, lines)
    else:
        raw = scan_text_blocks(text, lines.line_starts())
    raw = split_labelled_rows(text, _ordered(raw), cues)
    state = find_headings(text, raw, cues)
    return build_outline(text, raw, state, cues, model)


def _ordered(raw: list[RawBlock]) -> list[RawBlock]:
    """Blocks with strictly increasing starts, words inside their own block (a safety net)."""
    kept: list[RawBlock] = []
    for block in raw:
        if kept and block.start <= kept[-1].start:
            continue
        kept.append(block)
    for block, following in itertools.pairwise(kept):
        limit = following.start
        if (
            block.end > limit
            or block.content_end > limit
            or block.content_start > block.content_end
        ):
            block.end = min(block.end, limit)  # rare: most blocks end before the next one starts
            block.content_end = min(block.content_end, limit)
            block.content_start = min(block.content_start, block.content_end)
    return kept


__all__ = [
    "OTHER_KIND",
    "SYNTAXES",
    "TITLE_KIND",
    "Block",
    "BlockType",
    "ExampleSource",
    "KindExample",
    "KindModel",
    "KindSource",
    "LazyKindModel",
    "Outline",
    "Section",
    "SectionKind",
    "compile_cues",
    "names_the_title",
    "split_sections",
]
