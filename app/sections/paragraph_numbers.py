"""Numbered paragraphs: an author who numbers paragraphs 1.1, 1.2, 2.1 has already grouped them.

Some chapters have no headings at all and number every paragraph instead, as a committee report
does: "1.1 This chapter sets out…", "1.2 It applies to…", "2.1 The Council provides…". The first
number says which section a paragraph belongs to, so a paragraph that shares its first number
with the numbered paragraph before it continues that section, whatever it talks about ("1.3 It
applies to all staff…" is still part of section 1, though the words sound like an introduction).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_PARAGRAPH_NUMBER = re.compile(r"\s*(\d{1,2})\.(\d{1,2})(?:\.\d{1,2})*\.?[ \t]+\S")


def paragraph_section_number(content: str) -> int | None:
    """The section number of a paragraph numbered "2.3 …" (2), or None when it has none."""
    found = _PARAGRAPH_NUMBER.match(content)
    return int(found.group(1)) if found is not None else None


_GROUP_OPENING_NUMBER = re.compile(r"\s*\d{1,2}(?:\.1\.?|\\?\.)[ \t]+(?=\S)")


def without_group_number(content: str) -> str:
    """The words of a paragraph numbered "N.1", the first of its number's group, after that
    number ("9.1 We measure our success …" gives "We measure our success …"), so content cues,
    which read a paragraph's opening words, read the paragraph that opens a group as they read
    an unnumbered one (decision 0116); so are a paragraph's words after a whole number typed
    by hand ("18. We want every child …", "18\\. …" as markdown escapes it), which groups
    nothing (decision 0126). Any other words are returned as they are: a later
    paragraph of the group ("2.3 Safeguarding children is a shared responsibility …") stays in
    its number's section, as the author grouped it, so no cue is read there."""
    found = _GROUP_OPENING_NUMBER.match(content)
    return content if found is None else content[found.end() :]


def continues_numbered_section(contents: Sequence[str]) -> list[bool]:
    """For each block of a run, whether it is a numbered paragraph that shares its section
    number with the numbered paragraph before it in the run (blocks without a number, such as a
    list's items, neither continue nor break the group)."""
    continuing: list[bool] = []
    previous: int | None = None
    for content in contents:
        number = paragraph_section_number(content)
        continuing.append(number is not None and number == previous)
        if number is not None:
            previous = number
    return continuing


_FIRST_OF_GROUP = re.compile(r"\s*(\d{1,2})\.1\.?[ \t]+\S")
_GROUP_OPENING_WORDS = re.compile(r"\s*\d{1,2}\.1\.?[ \t]+[^\W\d_]")


def opens_group_in_words(content: str) -> bool:
    """Whether a block is the opening paragraph of a numbered group said in words ("2.1 We
    listen to children …"), not a table's row that starts with a number ("2.1 | 3 March …")."""
    return _GROUP_OPENING_WORDS.match(content) is not None


_WHOLE_PARAGRAPH_NUMBER = re.compile(r"\s*(\d{1,2})\\?\.[ \t]+\S")


def opens_numbered_group(contents: Sequence[str]) -> list[bool]:
    """For each block of a run, whether it is numbered as the first paragraph of a group ("6.1
    Young people leaving care …") whose number is not that of the numbered paragraph before it:
    the author starts a new part there. A "2.1" under a paragraph numbered "2." goes on with
    that paragraph's part, and blocks without a number (a list's items) leave the count as it
    was."""
    opening: list[bool] = []
    previous: int | None = None
    for content in contents:
        first = _FIRST_OF_GROUP.match(content)
        grouped = paragraph_section_number(content)
        whole = _WHOLE_PARAGRAPH_NUMBER.match(content) if grouped is None else None
        number = grouped if grouped is not None else int(whole.group(1)) if whole else None
        opening.append(first is not None and number != previous)
        if number is not None:
            previous = number
    return opening


_WHOLE_NUMBER = re.compile(r"\s*\d{1,2}[.)][ \t]+$")
_SENTENCE_BREAK = re.compile(r"[.!?][ \t\n]+[A-Z]")
NUMBERED_PARAGRAPH_WORDS = 15
"""A numbered item of one sentence is a paragraph when it says this much."""


def is_numbered_paragraph(marker: str, words: str) -> bool:
    """Whether an item numbered "7." is a paragraph the author numbered rather than a list's
    entry: it opens with a capital and ends with a full stop, and holds two sentences or more,
    or one of some length ("7. When a child enters our care, every councillor …. We take …").
    A principle or a statute ("1. to act in the best interests …;", "2. Children Act 2004") is
    an entry of its list."""
    words = words.strip()
    if _WHOLE_NUMBER.match(marker) is None or not words or not words[0].isupper():
        return False
    if not words.endswith((".", ":")):
        return False
    return (
        _SENTENCE_BREAK.search(words) is not None or len(words.split()) >= NUMBERED_PARAGRAPH_WORDS
    )
