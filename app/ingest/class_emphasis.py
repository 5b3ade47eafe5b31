"""Lines a page sets in bold or underlines only through a class its own `<style>` rules style,
written as the bold or underlined lines they show as (decision 0387).

Publishing systems and old hand-made pages head their sections with a styled class rather than
a heading element or `<strong>`: `<p class="subheading">` under `.content p.subheading {
font-weight: 700 }`, a Word export's own paragraph style `p.PolicyHeading { font-weight: bold }`,
`.topic { text-decoration: underline }`, or a class that only sets the line in larger type than
the text around it (`p.subhead { font-size: 1.2em; color: #1d4f7a }`, `.title { font-size:
x-large }`: a size relative to the text's, above it, blind364). A reader sees those lines as set
apart as `<p><strong>` lines, so each such `<p>` or `<div>` holding only a title's words gets its
words wrapped in `<strong>` (or `<u>` where underlined), and every later rule reads it as it
reads such a line. An absolute size (`14px`, `12pt`) says nothing without the body's own, and a
size no larger than the text's (`0.9em`, `100%`) sets nothing apart: neither counts.

Read without a CSS engine, as `struck_through` reads struck text: the top-level rules of the
page's `<style>` elements (not those for print only), and of each selector only its subject, the
last compound, when it names a class (`.content p.subheading` → `p.subheading`): a class styled
bold in one region of the page is a heading's class wherever it stands. A rule for a bare tag
(`p { font-weight: 600 }`) styles every paragraph and says nothing about headings.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.ingest.struck_through import styled_rule_selectors

_BOLD = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)
_LARGER = re.compile(
    r"font-size\s*:\s*(?:(?:1\.[1-9]\d*|[2-9](?:\.\d+)?)r?em\b"
    r"|(?:1[1-9]\d|[2-9]\d\d)(?:\.\d+)?%|larger\b|(?:x{1,3}-)?large\b)",
    re.IGNORECASE,
)
_UNDERLINE = re.compile(r"text-decoration(?:-line)?\s*:[^;}]*\bunderline\b", re.IGNORECASE)
_COMBINATORS = re.compile(r"[\s>+~]+")
_CLASS_SUBJECT = re.compile(r"(?:p|div)?(?:\.[A-Za-z_][\w-]*)+", re.IGNORECASE)
_MAX_SUBJECTS = 32
_MAX_STYLED_LINES = 400
_BLOCKS = "div, p, ul, ol, li, dl, table, blockquote, h1, h2, h3, h4, h5, h6"


def class_subjects(css: str, declarations: re.Pattern[str]) -> list[str]:
    """The class subjects (`p.subheading`, `.topic`) of the rules in `css` that `declarations`
    finds something in, each once, in order."""
    subjects: list[str] = []
    for selector in styled_rule_selectors(css, declarations):
        subject = _COMBINATORS.split(selector.strip())[-1]
        if _CLASS_SUBJECT.fullmatch(subject) and subject not in subjects:
            subjects.append(subject)
    return subjects[:_MAX_SUBJECTS]


def emphasise_class_styled_lines(
    tree: LexborHTMLParser, body: LexborNode, title_like: Callable[[str], bool]
) -> None:
    """Wrap the words of each title-like `<p>` or `<div>` in `body` that the page's style rules
    set in bold or in larger type in `<strong>`, and of each they underline in `<u>`."""
    css = "\n".join(
        style.text(deep=True)
        for style in tree.css("style")
        if _for_the_screen(style.attributes.get("media") or "")
    )
    if not css.strip():
        return
    budget = _MAX_STYLED_LINES
    marked: set[tuple[int, str]] = set()
    for declarations, mark in ((_BOLD, "strong"), (_LARGER, "strong"), (_UNDERLINE, "u")):
        for subject in class_subjects(css, declarations):
            for node in body.css(subject)[:budget]:
                budget -= 1
                if (node.tag or "") not in ("p", "div"):
                    continue
                if any(inner.mem_id != node.mem_id for inner in node.css(_BLOCKS)):
                    continue  # (a node's own selector matches the node itself)
                if (node.mem_id, mark) in marked:
                    continue  # (a line both bold and larger is set apart once)
                if title_like(" ".join(node.text(deep=True).split())):
                    marked.add((node.mem_id, mark))
                    node.inner_html = f"<{mark}>{node.inner_html or ''}</{mark}>"
            if budget <= 0:
                return


def _for_the_screen(media: str) -> bool:
    media = media.lower()
    return not media or "screen" in media or "all" in media
