"""Blocks and headings → sections that tile the text, each with a canonical kind.

Sections start at the title, at level-1 headings, and, where a document has few or no headings,
at blocks whose opening words a family's content cues recognise. Where content cues may start a
section is deliberately narrow:

- inside *containers*: the title, "other", un-headed runs, and sections whose kind the family marks
  splittable (a scope box); never inside a section under a recognised heading, so a paragraph of
  "Key Principles" that mentions Working Together stays where it is;
- only for a kind the document has not had yet (a kind is one section of a chapter);
- for *trailing* kinds ("Last updated: …", "End"), only near the end of the text, but there inside
  any section.

The title section holds the title line only: what follows it, when no cue names it, is "other".

Unnumbered headings of the kind of the section they follow ("Amendment" after "Scope of this
chapter") join it as sub-headings, so a scope box is one section.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.sections.classify import OTHER_KIND, TITLE_KIND, Cues
from app.sections.model import Block, Outline, Section
from app.sections.raw import RawBlock
from app.sections.rules import HeadingState

TRAILING_CHARACTERS = 600
"""A trailing kind's cue counts only this close to the end of the text…"""
TRAILING_BLOCKS = 6
"""…and only among this many last blocks, after the last heading."""

_MARKUP = re.compile(r"\*\*|__|\\(?=[^\w\s])|\]\([^)\n]*\)|\[")
_SPACES = re.compile(r"\s+")


@dataclass(slots=True)
class _Open:
    """The section being built."""

    first: int
    """Index of its first block."""
    kind: str
    headed: bool
    heading: str | None = None
    number: str | None = None


def build_outline(text: str, raw: list[RawBlock], state: HeadingState, cues: Cues) -> Outline:
    """Assemble `raw` blocks, judged by `state`, into an outline whose sections tile `text`."""
    if not raw:
        return _unstructured(text)
    levels = list(state.level)
    opened = _plan_sections(text, raw, state, cues, levels)
    blocks = _final_blocks(text, raw, state, levels)
    sections = []
    for position, section in enumerate(opened):
        last = opened[position + 1].first if position + 1 < len(opened) else len(blocks)
        start = blocks[section.first].start
        end = blocks[last - 1].end
        sections.append(
            Section(
                kind=section.kind,
                heading=section.heading,
                number=section.number,
                level=1,
                start=start,
                end=end,
                text=text[start:end],
                blocks=tuple(blocks[section.first : last]),
            )
        )
    title = _label(state, state.title_index) if state.title_index is not None else None
    return Outline(text=text, title=title, sections=tuple(sections))


def _plan_sections(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, levels: list[int]
) -> list[_Open]:
    numbered_sections = any(
        state.is_heading[i] and state.number[i] is not None and levels[i] == 1
        for i in range(len(raw))
        if i != state.title_index
    )
    last_heading = max((i for i, heading in enumerate(state.is_heading) if heading), default=-1)
    opened: list[_Open] = []
    seen: set[str] = set()
    current: _Open | None = None
    for index, block in enumerate(raw):
        new: _Open | None = None
        if index == state.title_index:
            new = _Open(index, TITLE_KIND, True, _label(state, index), state.number[index])
        elif state.is_heading[index] and levels[index] == 1:
            kind = _heading_kind(text, raw, state, cues, index)
            if current is not None and _is_preamble(current, kind, index, opened):
                opened.pop()
                current = opened[-1]
                new = _Open(
                    index, kind or OTHER_KIND, True, _label(state, index), state.number[index]
                )
            elif current is not None and _joins(
                current, kind, state, index, numbered_sections, cues
            ):
                levels[index] = 2
            else:
                new = _Open(
                    index, kind or OTHER_KIND, True, _label(state, index), state.number[index]
                )
        elif current is None or current.kind == TITLE_KIND:
            near_end = _near_end(text, raw, index, last_heading)
            kind = cues.content_kind(text[block.content_start : block.content_end], near_end)
            late = kind is not None and cues.trailing(kind)
            if kind in seen or (late and not near_end):
                kind = None
            new = _Open(index, kind or OTHER_KIND, False)
        elif block.type == "paragraph" and not state.is_heading[index]:
            container = _is_container(current, cues)
            near_end = _near_end(text, raw, index, last_heading)
            if container or near_end:
                kind = cues.content_kind(text[block.content_start : block.content_end], near_end)
                if kind is not None and kind != current.kind and kind not in seen:
                    trailing = cues.trailing(kind)
                    if (trailing and near_end) or (container and not trailing):
                        new = _Open(index, kind, False)
        if new is not None:
            opened.append(new)
            seen.add(new.kind)
            current = new
    return opened


PREAMBLE_BLOCKS = 2
"""An un-headed run this short, right before a heading of its own kind, is its preamble."""


def _is_preamble(current: _Open, kind: str | None, index: int, opened: list[_Open]) -> bool:
    """A short un-headed run that a content cue opened ("Last reviewed: 14 March 2025") right
    before a heading of the same kind ("Scope of this chapter") is not where that section starts:
    the run stays with the section before it, and the heading opens the section, as readers (and
    the scorer's "starts with") expect."""
    return (
        kind is not None
        and not current.headed
        and kind == current.kind
        and len(opened) > 1
        and index - current.first <= PREAMBLE_BLOCKS
    )


def _joins(
    current: _Open,
    kind: str | None,
    state: HeadingState,
    index: int,
    numbered_sections: bool,
    cues: Cues,
) -> bool:
    """An unnumbered heading joins the section before it as a sub-heading when it names that
    section's kind ("Amendment" after "Scope of this chapter", "Being safe" after "Key
    Outcomes"), or, in a document without numbered sections, when no cue knows it and the section
    before it is a recognised one ("Theoretical Underpinnings" after "Our Practice Model")."""
    if state.number[index] is not None:
        return False
    if kind is not None:
        return kind == current.kind
    return (
        current.headed
        and not numbered_sections
        and current.kind not in (TITLE_KIND, OTHER_KIND)
        and not cues.splittable(current.kind)
    )


def _heading_kind(
    text: str, raw: list[RawBlock], state: HeadingState, cues: Cues, index: int
) -> str | None:
    """A heading's kind from its words, else from the opening of the text under it; the title's
    cues name the first line only, so the chapter's name repeated lower down is not a title."""
    block = raw[index]
    kind = cues.heading_kind(text[state.words_start[index] : block.content_end])
    if kind is not None and kind != TITLE_KIND:
        return kind
    following = index + 1
    if following < len(raw) and not state.is_heading[following]:
        body = raw[following]
        return cues.content_kind(text[body.content_start : body.content_end])
    return None


def _is_container(section: _Open, cues: Cues) -> bool:
    return (
        not section.headed
        or section.kind in (TITLE_KIND, OTHER_KIND)
        or cues.splittable(section.kind)
    )


def _near_end(text: str, raw: list[RawBlock], index: int, last_heading: int) -> bool:
    """Among the last few short blocks, after the last heading."""
    return (
        index > last_heading
        and len(raw) - index <= TRAILING_BLOCKS
        and len(text) - raw[index].start <= TRAILING_CHARACTERS
    )


def _final_blocks(
    text: str, raw: list[RawBlock], state: HeadingState, levels: list[int]
) -> list[Block]:
    """Stretch each block to the next one's start, so blocks tile the text from 0 to its end."""
    blocks = []
    for index, block in enumerate(raw):
        start = 0 if index == 0 else block.start
        end = raw[index + 1].start if index + 1 < len(raw) else len(text)
        if state.is_heading[index]:
            blocks.append(
                Block(
                    type="heading",
                    start=start,
                    end=end,
                    text=text[start:end],
                    level=levels[index],
                    number=state.number[index],
                    content_start=state.words_start[index],
                    content_end=block.content_end,
                )
            )
        else:
            blocks.append(
                Block(
                    type="paragraph" if block.type == "heading" else block.type,
                    start=start,
                    end=end,
                    text=text[start:end],
                    level=block.depth if block.type == "list_item" else 0,
                    content_start=block.content_start,
                    content_end=block.content_end,
                )
            )
    return blocks


def _label(state: HeadingState, index: int) -> str:
    """The heading as printed, markup removed, its number kept ("4. Corporate Parenting")."""
    words = _MARKUP.sub("", state.words(index))
    return _SPACES.sub(" ", words).strip()


def _unstructured(text: str) -> Outline:
    """Empty or blank text: no sections, or one "other" section holding the whitespace."""
    if not text:
        return Outline(text=text, title=None, sections=())
    block = Block(
        type="paragraph", start=0, end=len(text), text=text, content_start=0, content_end=0
    )
    section = Section(
        kind=OTHER_KIND,
        heading=None,
        number=None,
        level=1,
        start=0,
        end=len(text),
        text=text,
        blocks=(block,),
    )
    return Outline(text=text, title=None, sections=(section,))
