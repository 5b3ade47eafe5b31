"""Whether a heading is named by a contents list above it.

A contents list is the author's own statement of a document's sections: a heading it names is one
of them, not a sub-heading of the box the list sits in ("Contents", then "Scope of this
chapter"). Entries are compared as headings are (`heading_label`), without their numbers, dot
leaders and page numbers ("1. Scope of this chapter ....... 2").
"""

from __future__ import annotations

import re

from app.sections.classify import heading_label
from app.sections.raw import RawBlock
from app.sections.rules import HeadingState

ENTRY_CHARACTERS = 120
"""A contents entry is one short line; a longer block is prose, whatever words it repeats."""

_NUMBER = re.compile(
    r"^(?:\d+(?:\.\d+)*(?:\.[a-z])?[.)]?|\(?(?:[a-z]|[ivx]+)\)|(?:[a-z]|[ivx]+)\.)\s+"
)
_LIST_MARK = re.compile(r"^[-\u2013\u2014\u2022\u00b7\u25aa\u25b8\u25ba*+>]+\s+")
"""The mark a page sets before each contents entry ("\u2014 Amendment", "\u2022 Scope"), as a
design system's contents list draws its dashes."""
_LEADER_AND_PAGE = re.compile(r"(?:\s*(?:\.{2,}|…+|·+|_{2,}))?\s*\d*\s*$")


def entry_words(line: str) -> str:
    """A contents entry or heading in comparable form: cue form, no number, leader or page."""
    label = heading_label(_LIST_MARK.sub("", line.strip()))
    label = _NUMBER.sub("", label)
    return _LEADER_AND_PAGE.sub("", label).strip()


def listed_in_contents(
    text: str, raw: list[RawBlock], state: HeadingState, first: int, index: int
) -> bool:
    """Whether heading `index` is named by a one-line entry among blocks `first`..`index - 1`
    (the section it would otherwise join)."""
    wanted = entry_words(state.words(index))
    if not wanted:
        return False
    for position in range(first + 1, index):
        block = raw[position]
        if state.is_heading[position] or block.line_count != 1:
            continue
        words = text[block.content_start : block.content_end]
        if len(words) <= ENTRY_CHARACTERS and _points_to(entry_words(words), wanted):
            return True
    return False


def _points_to(entry: str, heading: str) -> bool:
    """An entry names a heading when it says its words, or its first words: a page's jump link
    is often shorter than the heading ("Scope" for "Scope of this chapter")."""
    return bool(entry) and (entry == heading or heading.startswith(entry + " "))


def listed_together(
    text: str, raw: list[RawBlock], state: HeadingState, first: int, second: int
) -> bool:
    """Whether headings `first` and `second` are both named by entries of one box of jump links
    above them (`HeadingState.jump_boxes`, "On this page" over "Introduction", "Legislation",
    "Values"): the author listed them as peers, so the second is a section of its own, not a
    sub-heading of the first, however alike their kinds and however plainly they are set."""
    wanted = [entry_words(state.words(first)), entry_words(state.words(second))]
    if not all(wanted):
        return False
    for box in state.jump_boxes:
        if box.stop > first:
            continue
        entries = [
            entry_words(text[raw[position].content_start : raw[position].content_end])
            for position in box
        ]
        if all(any(_points_to(entry, heading) for entry in entries) for heading in wanted):
            return True
    return False
