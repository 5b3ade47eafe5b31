"""Text a page shows struck through by its styles, dropped like `<del>`, `<s>` and `<strike>`.

`chrome.toml` drops the struck-through elements (decision 0216): what the page shows as removed
or no longer true ("amended in ~~September 2024~~ March 2025"). Editors and publishing systems
strike words with a style as often as with those elements: an inline
`style="text-decoration: line-through"`, or a class the page's own `<style>` rules strike
(`.was { text-decoration: line-through }` over `<span class="was">`). Both are read here,
without a CSS engine (decision 0225):

- an inline `style` whose `text-decoration` or `text-decoration-line` holds `line-through`;
- a top-level rule of a `<style>` element (not one for print only) whose declarations strike,
  for each of its selectors that names one element by its tag, classes or id (`.was`,
  `span.was`, `#old-date`). Selectors with combinators or pseudo-classes (`.box span`,
  `a:hover`) and rules inside `@media` and other at-rules are left alone: matching them needs
  the cascade, and a hover or print style is not what the reader sees.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

_STRIKES = re.compile(r"text-decoration(?:-line)?\s*:[^;}]*\bline-through\b", re.IGNORECASE)
_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
_BRACE_OR_END = re.compile(r"[{};]")
_ONE_ELEMENT = re.compile(
    r"(?:[a-z][a-z0-9]*)?(?:[.#][A-Za-z_][\w-]*)+|[a-z][a-z0-9]*", re.IGNORECASE
)
_MAX_STYLE_CHARS = 200_000
"""Style text read per page; a page's own rules are a few kilobytes."""
_MAX_SELECTORS = 32


def struck_selectors(css: str) -> list[str]:
    """The one-element selectors of the top-level rules in `css` that strike their text."""
    return [
        selector
        for selector in styled_rule_selectors(css, _STRIKES)
        if _ONE_ELEMENT.fullmatch(selector)
    ][:_MAX_SELECTORS]


def styled_rule_selectors(css: str, declarations: re.Pattern[str]) -> list[str]:
    """Every selector, stripped, of the top-level rules in `css` (none inside `@media` or other
    at-rules) whose declarations `declarations` finds something in."""
    css = _COMMENT.sub("", css[:_MAX_STYLE_CHARS])
    found: list[str] = []
    depth, prelude_start, block_start, prelude = 0, 0, 0, ""
    for mark in _BRACE_OR_END.finditer(css):
        if mark[0] == "{":
            if depth == 0:
                prelude, block_start = css[prelude_start : mark.start()], mark.end()
            depth += 1
        elif mark[0] == "}":
            depth = max(0, depth - 1)
            if depth == 0:
                if not prelude.strip().startswith("@") and declarations.search(
                    css[block_start : mark.start()]
                ):
                    found += [selector.strip() for selector in prelude.split(",")]
                prelude_start = mark.end()
        elif depth == 0:
            prelude_start = mark.end()
    return found


def drop_struck_through(tree: LexborHTMLParser, body: LexborNode) -> None:
    """Remove from `body` every element the page's styles strike through, with its content."""
    selectors: list[str] = []
    for style in tree.css("style"):
        media = (style.attributes.get("media") or "").lower()
        if media and "screen" not in media and "all" not in media:
            continue
        selectors += struck_selectors(style.text(deep=True))
    struck = [
        node
        for node in body.css("[style*='line-through' i]")
        if _STRIKES.search(node.attributes.get("style") or "")
    ]
    for selector in selectors[:_MAX_SELECTORS]:
        struck += body.css(selector)
    if not struck:
        return
    ids = {node.mem_id for node in struck}
    outermost: dict[int, LexborNode] = {}
    for node in struck:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outermost[node.mem_id] = node
    for node in outermost.values():  # decomposed once each, inner ones with them
        node.decompose()
