"""The word tokenizer shared by diffs and search; its tokens concatenate back to the input."""

from __future__ import annotations

import re

WORD_RE = re.compile(r"\w+(?:['\u2019]\w+)*|\s+|[^\w\s]", re.UNICODE)
"""A word (with inner apostrophes), a run of whitespace, or one other character."""


def tokenize_words(text: str) -> list[str]:
    """Split `text` into word, whitespace and punctuation tokens; `"".join(result) == text`."""
    return WORD_RE.findall(text)
