"""The word tokenizer shared by diffs and search; its tokens concatenate back to the input."""

from __future__ import annotations

import re

WORD_PATTERN = r"[0-9A-Z_a-z\w]++(?:['\u2019][0-9A-Z_a-z\w]++)*+"
r"""A word: word characters with inner apostrophes, as r"\w+(?:['\u2019]\w+)*" matches it.

Spelled for the regex engine's speed: ASCII letters and digits are found in a bitmap before
\w asks the Unicode database, and a word never gives characters back (possessive)."""

# Same tokens as r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]": whitespace, the most frequent token after
# words, is tried first, and what is neither word nor space is any other character.
WORD_RE = re.compile(rf"\s++|{WORD_PATTERN}|.", re.DOTALL)
"""A word (with inner apostrophes), a run of whitespace, or one other character."""


def tokenize_words(text: str) -> list[str]:
    """Split `text` into word, whitespace and punctuation tokens; `"".join(result) == text`."""
    return WORD_RE.findall(text)
