"""Where a line cannot end: shared by the reader of printed text (ingest) and the plain-text
block rules (sections), which both decide whether a line goes on below."""

from __future__ import annotations

import re

_LAST_WORD = re.compile(r"(?:^|[^\w.])(?P<word>[^\W\d_]+)$")
_JOINING_WORDS = frozenset({"a", "an", "and", "of", "or", "the"})
"""Words no heading or paragraph ends on: a line ending so was wrapped, and goes on below."""


_LINKING_WORDS = _JOINING_WORDS | frozenset(
    {"to", "in", "on", "at", "by", "for", "from", "with", "within", "until", "than", "into"}
    | {"is", "are", "was", "were", "be"}
)
"""Words a phrase goes on after: prepositions, auxiliaries and the joining words."""


MIN_WORDS = 2
"""A wrapped phrase has words before the one it stops on."""


def ends_unfinished(words: str) -> bool:
    """Whether a line stops where nothing can end: after a comma or on a joining word
    ("Children's Services Policies, Values and" / "Principles", a title a printed page wrapped).
    The next line carries it on, however short the line is and however the next one starts."""
    words = words.rstrip()
    if len(words.split(maxsplit=MIN_WORDS - 1)) < MIN_WORDS:
        return False  # a lone "a" or "Yes," is a line's whole content, not a wrapped phrase
    if words.endswith(","):
        return True
    last = _LAST_WORD.search(words)
    return last is not None and last.group("word").lower() in _JOINING_WORDS


def ends_on_a_linking_word(words: str) -> bool:
    """Whether a line stops on a word a phrase goes on after ("… in any case within", "… or
    to"): inside a paragraph, however short the line, its sentence goes on below. Asked only
    of a line that is itself a paragraph's middle, never a heading's ("Who we work with")."""
    last = _LAST_WORD.search(words.rstrip())
    return last is not None and last.group("word").lower() in _LINKING_WORDS


def broken_by_hand(line: str, next_line: str, *, mid_sentence: bool) -> bool:
    """Whether `line`, however short, carries on into `next_line`: it is itself the middle of a
    sentence (the line above ran on into it), stops on a linking word, and the next line opens
    in lower case, as prose an editor broke by hand does ("and in any" / "case within" / "three
    months of …"). The paragraph reader and the sentence reader ask the same question, so a
    sentence never ends where its paragraph goes on. A short line standing alone (a title, a
    label such as "End") is no sentence's middle, a line of a list typed without bullets ("the
    Children Act 2004") stops on no linking word, and a sentence does not open in lower case."""
    return mid_sentence and next_line.lstrip()[:1].islower() and ends_on_a_linking_word(line)
