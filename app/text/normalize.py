"""The one normalisation, applied once at ingest; every later offset indexes its output."""

from __future__ import annotations

import re
import unicodedata

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_SPACES = re.compile(r"[\u00a0\u2007\u202f\u2000-\u200a\u3000]")
_INVISIBLE = re.compile(r"[\x00\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)


def normalize_text(text: str) -> str:
    """Return `text` with one newline convention, plain spaces, no NUL/control/zero-width characters.

    NFC composition makes "é" written two ways compare equal in diffs. Trailing blanks on a line
    are dropped because they are invisible to readers yet would show up as differences.
    """
    text = unicodedata.normalize("NFC", text)
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _SPACES.sub(" ", text)
    text = text.replace("\t", "    ")
    return _TRAILING_SPACE.sub("", text)
