"""The one normalisation, applied once at ingest; every later offset indexes its output."""

from __future__ import annotations

import re
import unicodedata

_NEWLINE_CHARS = "\r\u2028\u2029\x85\x0b\x0c"
"""Line breaks other than "\\n" (a CR of CRLF goes with its LF first)."""
_SPACE_CHARS = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE_CHARS = "\x00\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
"""NUL, soft hyphens, zero-width characters and bidirectional controls.

Bidirectional overrides can make the displayed text differ from the indexed text, so they go.
"""
_CONTROL_CHARS = "\x01-\x08\x0e-\x1f\x7f-\x84\x86-\x9f"
"""C0 and C1 controls other than tab and the newlines handled above (U+0085 is a newline)."""
_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
"""The Latin ligatures a PDF's typeface draws as one glyph ("ﬁ" in "ﬁrst"): a copy of its text
keeps the glyph's one character, so "conﬁdentiality" would match no word a reader or a cue
knows. The letters it stands for are what the writer typed."""
_REPLACED = re.compile(
    f"[{_NEWLINE_CHARS}{_SPACE_CHARS}{_INVISIBLE_CHARS}{_CONTROL_CHARS}{''.join(_LIGATURES)}]"
)
"""Every character the normalisation replaces or drops, so the text is scanned once."""
_SURROGATE = re.compile("[\ud800-\udfff]")
"""Half of a UTF-16 surrogate pair: a PDF's text layer counts a character beyond the Basic
Multilingual Plane ("\U0001d400", an emoji) as two code units, and read unit by unit each half
arrives as a character of its own, which no encoder will write."""
_NEWLINE = re.compile(f"[{_NEWLINE_CHARS}]")
_SPACE = re.compile(f"[{_SPACE_CHARS}]")


def _replacement(match: re.Match[str]) -> str:
    char = match.group()
    if (letters := _LIGATURES.get(char)) is not None:
        return letters
    if _NEWLINE.match(char):
        return "\n"
    return " " if _SPACE.match(char) else ""


def _joined_surrogates(text: str) -> str:
    """`text` with each surrogate pair joined into the character it encodes, and a half
    without its partner replaced by U+FFFD, so that the text can be stored and served."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def normalize_text(text: str) -> str:
    """Return `text` with one newline convention, plain spaces, no NUL, control or invisible
    chars, Latin ligatures written out as their letters, and no surrogate code points.

    The result is a fixed point: normalising it again changes nothing, so a stored text can be
    re-normalised safely. Invisible characters go before NFC composition, because removing one
    can bring a letter and its combining mark together. NFC makes "é" written two ways compare
    equal in diffs. Trailing blanks on a line are dropped because they are invisible to readers
    yet would show up as differences.

    Every character class is replaced in one scan (CRLF pairs first), since scanning the text
    once per class dominated ingest time; NFC leaves the classes' characters alone.
    """
    if _SURROGATE.search(text):
        text = _joined_surrogates(text)
    if "\r" in text:  # a one-character search first: far faster than looking for the pair
        text = text.replace("\r\n", "\n")
    text = _REPLACED.sub(_replacement, text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\t", "    ")
    if " \n" not in text and not text.endswith(" "):
        return text
    # str.rstrip, not a `[ \t]+$` pattern: that retries at every blank of a long run (quadratic).
    return "\n".join(line.rstrip(" ") for line in text.split("\n"))
