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

_MARKDOWN_EVIDENCE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.MULTILINE), 2),
    (re.compile(r"^ {0,3}(?:```|~~~)", re.MULTILINE), 2),
    (re.compile(r"\[[^\[\]\n]+\]\([^()\[\]\s]*[)\s]"), 2),
    (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), 1),
    (re.compile(r"^ {0,3}> ", re.MULTILINE), 1),
    (re.compile(r"^ {0,3}\|.*\|[ \t]*$", re.MULTILINE), 1),
    (re.compile(r"\\[\\`*_{}\[\]()#+.!-]"), 1),
)
"""Markdown constructs with their weight: headings, fences and links are strong evidence.

No part of a pattern can run past the next `[` or `(`, so a line of ten thousand brackets
costs linear time, not quadratic.

Bulleted (`- `) and numbered (`1. `) lines are absent on purpose: plain text uses them too.
"""
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
    """Weighted count of markdown constructs in `text`."""
    return sum(len(pattern.findall(text)) * weight for pattern, weight in _MARKDOWN_EVIDENCE)
