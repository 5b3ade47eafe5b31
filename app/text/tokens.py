"""The word tokenizer shared by diffs and search; its tokens concatenate back to the input."""

from __future__ import annotations

import re

# Spelled for the regex engine's speed (same tokens as r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]"):
# whitespace, the most frequent token after words, is tried first; ASCII letters and digits are
# found in a bitmap before \w asks the Unicode database; a token never gives characters back
# (possessive), and what is neither word nor space is any other character.
WORD_RE = re.compile(r"\s++|[0-9A-Z_a-z\w]++(?:['\u2019][0-9A-Z_a-z\w]++)*+|.", re.DOTALL)
"""A word (with inner apostrophes), a run of whitespace, or one other character."""


def tokenize_words(text: str) -> list[str]:
    """Split `text` into word, whitespace and punctuation tokens; `"".join(result) == text`."""
    return WORD_RE.findall(text)
