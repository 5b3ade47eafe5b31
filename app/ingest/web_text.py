"""Text copied from a web page: the site's chrome lines at its top and bottom are not the chapter.

A page selected and copied as text brings its chrome along as lines: "Skip to main content",
"Menu", a breadcrumb ("Home > Children and families > Policies"), a logo's alternative text, and
at the bottom "Was this page useful?", "Yes No", a copyright line. Like the chrome of an HTML page,
they are left out of the extracted text (the original bytes keep them), so the title is the
chapter's first real line and no section holds them. Only whole lines in the leading and
trailing runs go: a chrome phrase inside the chapter is the chapter's own words.
"""

from __future__ import annotations

import re

from app.ingest.html_render import canonical_phrase
from app.ingest.model import ChromeCues

MAX_CHROME_LINE = 150
"""Longer lines are prose, whatever words they hold."""
MAX_CRUMB_LENGTH = 60
MAX_CRUMB_WORDS = 8
MAX_LOGO_LINE_WORDS = 6

_CRUMB_SEPARATORS = re.compile(r"\s*(?:[>\u203a\u00bb/|\u2192]|&gt;)\s*")
_CRUMB_START = re.compile(r"^(?:you are here:?\s*)?home\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s*(?:19|20)\d\d|copyright\b)", re.IGNORECASE)
"""A copyright line: "©…", "Copyright…", or "(c) 2025…" (a bare "(c)" opens a lettered item)."""
_LOGO = re.compile(r"\blogo\b", re.IGNORECASE)
_FOLLOW_US = re.compile(r"^follow us\b", re.IGNORECASE)
_MARKUP_EDGES = " \t#*_>-[]()!"
"""Markdown a copied line may carry around its words (`## Menu`, `**Print**`, `[Share](#)`)."""


def strip_edge_chrome(text: str, cues: ChromeCues) -> str:
    """`text` without its leading and trailing runs of chrome lines (and the blank lines among
    them); unchanged when it has none, or when nothing but chrome would be left."""
    start = _after_leading_chrome(text, cues)
    end = _before_trailing_chrome(text, cues, start)
    if start >= end or not text[start:end].strip():
        return text
    return text[start:end]


def is_chrome_line(line: str, cues: ChromeCues) -> bool:
    """Whether one line, whole, is site chrome: a listed phrase, a breadcrumb, a copyright or
    logo line, a "Follow us on …" line."""
    words = line.strip()
    if not words or len(words) > MAX_CHROME_LINE:
        return False
    phrase = canonical_phrase(words.strip(_MARKUP_EDGES))
    if phrase in cues.phrases or phrase in cues.box_headings:
        return True
    if _COPYRIGHT.match(words) or _FOLLOW_US.match(words):
        return True
    if _LOGO.search(words) and len(words.split()) <= MAX_LOGO_LINE_WORDS:
        return True
    return is_breadcrumb(words)


def is_breadcrumb(line: str) -> bool:
    """ "Home > Children and families > Policies": two or more short items after "Home"."""
    if not _CRUMB_START.match(line):
        return False
    items = [item for item in _CRUMB_SEPARATORS.split(line) if item]
    return len(items) >= 2 and all(
        len(item) <= MAX_CRUMB_LENGTH and len(item.split()) <= MAX_CRUMB_WORDS for item in items
    )


def _after_leading_chrome(text: str, cues: ChromeCues) -> int:
    """Where the first real line starts, when chrome lines come before it; else 0."""
    position = 0
    found_chrome = False
    while position < len(text):
        newline = text.find("\n", position)
        line_end = len(text) if newline == -1 else newline
        line = text[position:line_end]
        if line.strip():
            if not is_chrome_line(line, cues):
                break
            found_chrome = True
        position = line_end + 1
    return min(position, len(text)) if found_chrome else 0


def _before_trailing_chrome(text: str, cues: ChromeCues, floor: int) -> int:
    """Just past the last real line's newline, when chrome lines follow it; else the end."""
    end = len(text)
    found_chrome = False
    while end > floor:
        line_end = end - 1 if text[end - 1] == "\n" else end
        line_start = text.rfind("\n", floor, line_end) + 1
        line_start = max(line_start, floor)
        line = text[line_start:line_end]
        if line.strip():
            if not is_chrome_line(line, cues):
                break
            found_chrome = True
        end = line_start
    if not found_chrome:
        return len(text)
    return end
