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
