"""The one normalisation, applied once at ingest; every later offset indexes its output."""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_INVISIBLE = re.compile(r"[\x00\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
"""NUL, soft hyphens, zero-width characters and bidirectional controls.

Bidirectional overrides can make the displayed text differ from the indexed text, so they go.
"""
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""C0 and C1 controls other than tab and the newlines handled above (U+0085 is a newline)."""


def normalize_text(text: str) -> str:
    """Return `text` with one newline convention, plain spaces, no NUL, control or invisible chars.

    The result is a fixed point: normalising it again changes nothing, so a stored text can be
    re-normalised safely. Invisible characters go before NFC composition, because removing one
    can bring a letter and its combining mark together. NFC makes "é" written two ways compare
    equal in diffs. Trailing blanks on a line are dropped because they are invisible to readers
    yet would show up as differences.
    """
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\t", "    ")
    # str.rstrip, not a `[ \t]+$` pattern: that retries at every blank of a long run (quadratic).
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))
