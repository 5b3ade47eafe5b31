"""Words a content cue cannot match without (decision 0154).

`required_words(cue)` reads a cue's source as a sequence of items: literal characters, escapes,
character classes, groups and look-arounds, each maybe with a quantifier (inside a group, only
as far as to know its plain words and how it starts and ends). It answers a set of
lowercase words (runs of ASCII letters and digits) such that any ASCII text the cue matches
holds at least one of them as a whole word, that is as a run of letters and digits with no
letter or digit on either side; or None where it cannot say so for certain. Two places give
such words:

- a run of the cue's own letters and digits at its top level ("manual" in
  `[^.]{0,160}\\bmanual\\b`), when what stands on each side of it is certain to be no letter or
  digit: a literal space or mark, `\\b` (the run's own end is a letter or digit, so `\\b` puts
  a non-word character or the text's end beside it), the cue's start or `$`;
- a group with no quantifier whose alternatives are all plain words ("(covered|bound)"): from
  each alternative one word with no letter or digit beside it, inside the alternative or, at
  its ends, by what stands beside the group as above.

Look-arounds and `\\b` take no room in the text, so what stands beside a word is looked for past
them. An item (a group, or a character or group with a quantifier) that certainly starts or
ends with no letter or digit where it is in the text (`(?:[\\w'-]++ ){1,25}` ends with a space)
borders a word on that side; where it may be missing (`(the |our )?`), what stands beyond it
must border the word as well. Anything else (a class, `.`, a quantified letter, a
`(?-i:…)` group, a non-ASCII character, which may match an ASCII letter with case ignored) is
neither a source of words nor a border. A cue with `|` at its top level, a back reference, a
character by its number or verbose mode has no words. Of the places that give words, the one
with the longest shortest word is taken (fewest words on a tie), so that most openings hold
none of them. `tests/sections/test_cue_words.py` checks the words against texts drawn from
every cue of every family.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_SPECIAL = set("\\.^$*+?{}[]|()")
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_RUN = re.compile(r"[a-z0-9]+")
_VERBOSE = re.compile(r"\(\?[a-zA-Z-]*x")
"""Verbose mode (`(?x)`) would make a cue's spaces no part of what it matches."""


@dataclass(frozen=True, slots=True)
class _Item:
    kind: str
    """"char" (a literal character), "edge" (`\\b`, `$` or the cue's start: a border to a word),
    "zero" (a look-around: no room taken), "group" (plain alternatives), "other"."""
    text: str = ""
    alternatives: tuple[str, ...] = ()
    starts: bool = False
    """Whether the item, where it is in the text, certainly starts with no letter or digit."""
    ends: bool = False
    """Whether the item, where it is in the text, certainly ends with no letter or digit."""
    optional: bool = False
    """Whether the item may be missing (a quantifier that allows none)."""


def required_words(cue: str) -> frozenset[str] | None:
    """Words one of which any ASCII text matched by `cue` holds as a whole word, or None."""
    if _VERBOSE.search(cue):
        return None
    anchored = cue.startswith("^")
    body = _sequence(cue[1:] if anchored else cue)
    if body is None:
        return None
    # Before the match: the text's start for a cue tried at the opening; after it, more text.
    items = [_Item("edge") if anchored else _Item("other"), *body, _Item("other")]
    best: frozenset[str] | None = None
    for words in _word_sets(items):
        if best is None or _rank(words) > _rank(best):
            best = words
    return best


def _rank(words: frozenset[str]) -> tuple[int, int]:
    return min(len(word) for word in words), -len(words)


def _alternatives(source: str) -> list[str] | None:
    """`source` split at its top-level `|`, or None where its brackets do not close."""
    parts, last = [], 0
    try:
        for index, char, depth in _group_marks(source, 0):
            if char == "|" and depth == 0:
                parts.append(source[last:index])
                last = index + 1
    except _UnclosedClass:
        return None
    parts.append(source[last:])
    return parts


class _UnclosedClass(Exception):
    """A character class (`[…]`) that runs to the end of the cue: beyond this reading."""


def _group_marks(source: str, start: int) -> Iterator[tuple[int, str, int]]:
    """The brackets and bars of `source` from `start` that shape its groups, each with the
    group depth after it, escapes and character classes skipped (their brackets and bars are
    literal): the one walk `_alternatives` and `_group_end` share."""
    depth, index = 0, start
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            end = _class_end(source, index)
            if end is None:
                raise _UnclosedClass
            index = end
            continue
        if char in "()|":
            depth += 1 if char == "(" else -1 if char == ")" else 0
            yield index, char, depth
        index += 1


def _sequence(source: str) -> list[_Item] | None:
    """The items of `source`, a cue or a group's alternative with no top-level `|`, or None
    where it is beyond this reading (a back reference, a character by number, a bracket
    that does not close, a top-level `|`)."""
    items: list[_Item] = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == "|":
            return None
        if char == "\\":
            escaped = source[index + 1 : index + 2]
            if not escaped or escaped.isdigit() or escaped in "xuUN":
                return None  # a back reference or a character by its number
            if escaped == "b":
                item = _Item("edge")
            elif escaped.isalnum() or not escaped.isascii():
                item = _Item("other")
            else:
                item = _char(escaped)
            index += 2
        elif char == "[":
            end = _class_end(source, index)
            if end is None:
                return None
            item, index = _Item("other"), end
        elif char == "(":
            end = _group_end(source, index)
            if end is None:
                return None
            group = _group(source[index + 1 : end - 1])
            if group is None:
                return None
            item, index = group, end
        elif char == "$":
            item, index = _Item("edge"), index + 1
        elif char in _SPECIAL or not char.isascii():
            item, index = _Item("other"), index + 1  # non-ASCII may match ASCII (long s an "s")
        else:
            item, index = _char(char.lower()), index + 1
        quantifier = _QUANTIFIER.match(source, index)
        if quantifier is not None:
            if item.kind in ("zero", "edge"):
                return None
            optional = quantifier.group()[0] in "?*" or quantifier.group().startswith(("{0", "{,"))
            item = _Item("other", starts=item.starts, ends=item.ends, optional=optional)
            index = quantifier.end()
        items.append(item)
    return items


def _char(char: str) -> _Item:
    border = not char.isalnum()
    return _Item("char", char, starts=border, ends=border)


def _class_end(source: str, start: int) -> int | None:
    index = start + 1
    if source.startswith("^", index):
        index += 1
    if source.startswith("]", index):
        index += 1
    while index < len(source):
        if source[index] == "\\":
            index += 2
            continue
        if source[index] == "]":
            return index + 1
        index += 1
    return None


def _group_end(source: str, start: int) -> int | None:
    try:
        for index, char, depth in _group_marks(source, start):
            if char == ")" and depth == 0:
                return index + 1
    except _UnclosedClass:
        return None
    return None


def _group(inner: str) -> _Item | None:
    """A group's item from what is inside its brackets; None where the group is beyond this
    reading."""
    if inner.startswith(("?=", "?!", "?<=", "?<!")):
        return _Item("zero")
    if inner.startswith("?:"):
        inner = inner[2:]
    elif inner.startswith("?"):
        return _Item("other")  # named, with flags, a condition: not read
    alternatives = _alternatives(inner)
    if alternatives is None:
        return None
    sequences = [_sequence(alternative) for alternative in alternatives]
    if any(not sequence for sequence in sequences):
        return _Item("other")  # an empty alternative, or one beyond this reading
    starts = all(
        sequence[0].starts and not sequence[0].optional for sequence in sequences if sequence
    )
    ends = all(
        sequence[-1].ends and not sequence[-1].optional for sequence in sequences if sequence
    )
    if all(all(item.kind == "char" for item in sequence or ()) for sequence in sequences):
        words = tuple("".join(item.text for item in sequence or ()) for sequence in sequences)
        return _Item("group", alternatives=words, starts=starts, ends=ends)
    return _Item("other", starts=starts, ends=ends)


def _bordered(items: list[_Item], index: int, step: int) -> bool:
    """Whether what stands next to items[index] (looking by `step`) is certain to be no letter
    or digit: past items that take no room, and past items that may be missing but where they
    are end (or start) with no letter or digit."""
    index += step
    while 0 <= index < len(items):
        item = items[index]
        if item.kind == "edge":
            return True
        if item.kind != "zero":
            if not (item.ends if step < 0 else item.starts):
                return False
            if not item.optional:
                return True
        index += step
    return False


def _word_sets(items: list[_Item]) -> list[frozenset[str]]:
    sets: list[frozenset[str]] = []
    index = 0
    while index < len(items):
        item = items[index]
        if item.kind == "char":
            end = index
            while end < len(items) and items[end].kind == "char":
                end += 1
            sets.extend(_run_words(items, index, end))
            index = end
            continue
        if item.kind == "group":
            words = _group_words(
                item.alternatives, _bordered(items, index, -1), _bordered(items, index, 1)
            )
            if words is not None:
                sets.append(words)
        index += 1
    return sets


def _run_words(items: list[_Item], start: int, end: int) -> list[frozenset[str]]:
    """The words of the literal characters items[start:end] with no letter or digit beside."""
    text = "".join(item.text for item in items[start:end])
    found = []
    for run in _RUN.finditer(text):
        left = run.start() > 0 or _bordered(items, start, -1)
        right = run.end() < len(text) or _bordered(items, end - 1, 1)
        if left and right:
            found.append(frozenset({run.group()}))
    return found


def _group_words(
    alternatives: tuple[str, ...], left_border: bool, right_border: bool
) -> frozenset[str] | None:
    words = set()
    for alternative in alternatives:
        choices = [
            run.group()
            for run in _RUN.finditer(alternative)
            if (run.start() > 0 or left_border) and (run.end() < len(alternative) or right_border)
        ]
        if not choices:
            return None
        words.add(max(choices, key=len))
    return frozenset(words)
