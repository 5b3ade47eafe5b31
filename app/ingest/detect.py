"""A decoded source's format: the declared one, else its content, with the extension as a hint.

Councils save web pages as `.txt` and paste markdown into `.txt` files, so the extension alone
is not trusted: content evidence can override it. These patterns only count evidence; HTML is
never parsed with them.
"""

from __future__ import annotations

import re
from pathlib import PurePath

from app.ingest.model import SourceFormat

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mkdn"})

_SAMPLE_CHARS = 65536
_HTML_DOCUMENT = re.compile(r"<!doctype\s+html|<(?:html|head|body)(?:\s[^<>]*)?>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|dl|dt|dd|table|thead|tbody|tr|td|th|br|hr|section|article|main"
    r"|blockquote|span|a|strong|em|b|i|u|nav|header|footer|script|style|img|pre)(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)
_MIN_HTML_TAGS = 3

_MARKDOWN_LINE_EVIDENCE = re.compile(
    r"\n {0,3}(?:(?P<heading>#{1,6}[ \t]+\S)|(?P<fence>```|~~~)|(?P<quote>> )"
    r"|(?P<table>\|.*\|[ \t]*$))",
    re.MULTILINE,
)
"""Markdown constructs that open a line, in one pattern: led by a literal newline, so the
scan jumps from line to line instead of trying every character."""
_MARKDOWN_LINE_WEIGHTS = {"heading": 2, "fence": 2, "quote": 1, "table": 1}
_MARKDOWN_INLINE_EVIDENCE: tuple[tuple[tuple[str, ...], re.Pattern[str], int], ...] = (
    (("](",), re.compile(r"\[[^\[\]\n]+\]\([^()\[\]\s]*[)\s]"), 2),
    (("**", "__"), re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), 1),
    (("\\",), re.compile(r"\\[\\`*_{}\[\]()#+.!-]"), 1),
)
"""Inline constructs, each with substrings one of which every match holds: a quick test that
spares the scan when the text has none. A substring's first character is looked for first: a
one-character search is many times faster than a longer one, and `]`, `*`, `_` are rare in prose."""
_DRAWN_TABLE_EDGE = re.compile(r"^[ \t]*\+-{3,}[-+]*\+[ \t]*$", re.MULTILINE)
"""The top or bottom edge of a table drawn in ASCII, corner to corner ("+-----+-----+")."""
_MIN_MARKDOWN_SCORE = 4
"""Two strong constructs (say two `##` headings, or a heading and a link) make a text markdown."""


def detect_format(text: str, filename: str, declared: SourceFormat | None) -> SourceFormat:
    """The declared format if given; otherwise HTML, markdown or text from content and extension."""
    if declared is not None:
        return declared
    sample = text[:_SAMPLE_CHARS]
    extension = PurePath(filename).suffix.lower()
    is_html_document = _HTML_DOCUMENT.search(sample) is not None
    html_tags = len(_HTML_TAG.findall(sample))
    if is_html_document or (extension in HTML_EXTENSIONS and html_tags > 0):
        return "html"
    if extension in MARKDOWN_EXTENSIONS:
        return "markdown"
    markdown_score = markdown_evidence(sample)
    if html_tags >= _MIN_HTML_TAGS and html_tags > markdown_score:
        return "html"
    if markdown_score >= _MIN_MARKDOWN_SCORE:
        return "markdown"
    return "text"


def markdown_evidence(text: str) -> int:
    """Weighted count of markdown constructs in `text`.

    Headings, fences and links are strong evidence (weight 2); emphasis, quotes, table rows
    and escapes weak (1). Bulleted (`- `) and numbered (`1. `) lines are absent on purpose:
    plain text uses them too. No part of a pattern can run past the next `[` or `(`, so a line
    of ten thousand brackets costs linear time, not quadratic. A text that draws a table's
    border with corners ("+------+", as `links -dump` draws one) has bars at its rows' ends
    because the table is drawn, not written in markdown: its rows are no evidence.
    """
    drawn = "-+" in text and _DRAWN_TABLE_EDGE.search(text) is not None
    score = sum(
        _MARKDOWN_LINE_WEIGHTS[match.lastgroup or ""]
        for match in _MARKDOWN_LINE_EVIDENCE.finditer("\n" + text)
        if not (drawn and match.lastgroup == "table")
    )
    for needles, pattern, weight in _MARKDOWN_INLINE_EVIDENCE:
        if any(needle[0] in text and needle in text for needle in needles):
            score += len(pattern.findall(text)) * weight
    return score
