"""HTML → markdown-flavoured text: the chapter's headings, paragraphs, lists, tables; no chrome.

The page is parsed by lexbor (through selectolax); the one pattern run over raw markup only
counts tag names, to refuse absurdly deep nesting before parsing it. Headings become
`#` lines, list items `- ` / `1. ` lines, table rows `cell | cell` lines, so the sectioner reads
an HTML chapter the same way it reads a markdown one. What counts as chrome is data
(`chrome.toml`); this module only applies it.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.errors import InvalidSource
from app.ingest.model import ChromeCues

_HEADING_LEVELS = {f"h{level}": level for level in range(1, 7)}
_BLOCK_TAGS = frozenset(
    {
        "address", "blockquote", "body", "center", "details", "dd", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "hgroup", "legend", "p", "section", "summary",
    }
)  # fmt: skip
_LIST_TAGS = frozenset({"ul", "ol"})
_SECTIONING_TAGS = frozenset({"main", "article"})
_TABLE_PARTS = frozenset({"tr", "td", "th", "caption"})
_SEPARATING_TAGS = (
    _BLOCK_TAGS
    | _LIST_TAGS
    | _TABLE_PARTS
    | frozenset(_HEADING_LEVELS)
    | {"li", "pre", "table", "thead", "tbody", "tfoot"}
)
"""Elements whose edges break words apart even where they cannot start a block (in a cell)."""
_CONTENT_ROOT_SELECTORS = (
    "main",
    "[role=main]",
    "article",
    "#content",
    "#main-content",
    "#maincontent",
    "#main",
    ".main-content",
    ".content",
    "#primary",
)
"""Where a page's own content usually sits, most specific first."""
_MAX_ROOT_CANDIDATES = 16
"""Matches are in document order, outermost first; measuring every nested one would be quadratic."""
_MIN_ROOT_SHARE = 0.2
"""A content-root candidate with less of the page's text than this is a widget, not the chapter."""
_MAX_TITLE_CANDIDATES = 16
_WRAPPER_SHARE = 0.5
"""An element flagged by a class cue but holding this much of the content is a layout wrapper."""
_MAX_WRAPPER_CHECKS = 32
"""Bounds the wrapper test, which measures a subtree, so hostile nesting stays linear."""
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_CAMEL_HUMP = re.compile(r"([a-z0-9])([A-Z])")
_WORD_SEPARATORS = re.compile(r"[\s\-_:./]+")
_COLLAPSIBLE_SPACE = re.compile(r"[ \t\n\r\f\u00a0]+")
_REPEATED_SPACES = re.compile(r" {2,}")
_BLANK_LINES = re.compile(r"\n{2,}")
_WORD_CHARACTER = re.compile(r"[^\W_]")
_BREAK = "\n"

MAX_NESTING_DEPTH = 512
"""Deepest element nesting accepted (browsers flatten beyond about this depth too).

HTML tree building checks the stack of open elements for each new element, so its cost grows
with the square of the depth: a 2 MiB page of nested `<div>`s would take minutes to parse.
"""
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)")
_UNNESTED_TAGS = frozenset(
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
        "source", "track", "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr",
        "td", "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rtc", "rp",
        "html", "head", "body",
    }
)  # fmt: skip
"""Void elements and elements whose end tag may be left out: they add no lasting depth."""


@cache
def load_chrome_cues() -> ChromeCues:
    """The chrome cues shipped in `chrome.toml`, read once per process."""
    raw = tomllib.loads(files("app.ingest").joinpath("chrome.toml").read_text(encoding="utf-8"))
    phrases = frozenset(canonical_phrase(phrase) for phrase in raw["phrases"])
    return ChromeCues(
        drop_tags=frozenset(tag.lower() for tag in raw["drop_tags"]),
        landmark_tags=frozenset(tag.lower() for tag in raw["landmark_tags"]),
        drop_roles=frozenset(role.lower() for role in raw["drop_roles"]),
        class_cues=tuple(tuple(attribute_words(cue)) for cue in raw["class_cues"]),
        phrases=phrases,
        link_phrases=frozenset(phrase for phrase in phrases if " " in phrase),
    )


def render_html(html: str, cues: ChromeCues | None = None) -> str:
    """Render the chapter held in an HTML page as markdown-flavoured text (possibly empty)."""
    cues = cues or load_chrome_cues()
    depth = nesting_depth_estimate(html)
    if depth > MAX_NESTING_DEPTH:
        raise InvalidSource(
            f"the HTML nests elements about {depth:,} levels deep; pages deeper than "
            f"{MAX_NESTING_DEPTH} levels are refused because they are too costly to parse. "
            "To fix: save the chapter as plain text, or remove the extra nesting.",
            depth=depth,
        )
    tree = LexborHTMLParser(html)
    body = tree.body
    if body is None:
        return ""
    tree.strip_tags(sorted(cues.drop_tags))
    root = _content_root(body)
    matcher = _ChromeMatcher(cues)
    renderer = _Renderer(matcher, root, inside_content=root.mem_id != body.mem_id)
    title = _title_outside(body, root, matcher)
    if title is not None:
        renderer.render(title)
    renderer.render(root)
    return renderer.text()


def nesting_depth_estimate(html: str) -> int:
    """The deepest nesting of elements that `html` could build, from its tag names alone.

    A cost guard run before the real parse, not a parse: it reads tag names only, so markup
    inside scripts or comments can make it overestimate, never underestimate by much.
    """
    depth = deepest = 0
    for match in _TAG_NAME.finditer(html):
        name = match.group(2).lower()
        if name in _UNNESTED_TAGS:
            continue
        if match.group(1):
            depth = max(depth - 1, 0)
        else:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def attribute_words(value: str) -> list[str]:
    """Lower-case words of a class, id or label: `mainNav site-header` → main, nav, site, header."""
    words = _WORD_SEPARATORS.split(_CAMEL_HUMP.sub(r"\1 \2", value).lower())
    return [word for word in words if word]


def canonical_phrase(text: str) -> str:
    """`"  Back to TOP ↑"` → `"back to top"`: how block texts are compared with chrome phrases."""
    words = " ".join(text.split()).lower()
    first = _WORD_CHARACTER.search(words)
    if first is None:
        return ""
    last = _WORD_CHARACTER.search(words[::-1])
    return words[first.start() : len(words) - last.start()] if last else words


def _children(node: LexborNode) -> Iterator[LexborNode]:
    child = node.first_child
    while child is not None:
        yield child
        child = child.next


def _text_length(node: LexborNode) -> int:
    return len(node.text(deep=True).strip())


def _content_root(body: LexborNode) -> LexborNode:
    """The element holding the chapter: `<main>`, an article, `#content`…, else `<body>`."""
    page_length = _text_length(body)
    if page_length == 0:
        return body
    for selector in _CONTENT_ROOT_SELECTORS:
        matches = body.css(selector)[:_MAX_ROOT_CANDIDATES]
        candidates = [(_text_length(node), node) for node in matches]
        if not candidates:
            continue
        length, node = max(candidates, key=lambda pair: pair[0])
        if length >= _MIN_ROOT_SHARE * page_length:
            return node
    return body


def _title_outside(
    body: LexborNode, root: LexborNode, matcher: _ChromeMatcher
) -> LexborNode | None:
    """The page's `<h1>` when the content root lacks one and it sits outside chrome, else None.

    Many sites put the chapter's title in a banner just above `<main>`; it is the chapter's
    title line all the same.
    """
    if root.mem_id == body.mem_id or root.css_first("h1") is not None:
        return None
    for heading in body.css("h1")[:_MAX_TITLE_CANDIDATES]:
        if matcher.is_inside_chrome(heading, body):
            continue
        if _text_length(heading) > 0:
            return heading
    return None


class _ChromeMatcher:
    """Applies the chrome cues to elements; indexes class cues by first word for speed."""

    __slots__ = ("_cues_by_first_word", "cues")

    def __init__(self, cues: ChromeCues) -> None:
        self.cues = cues
        index: dict[str, list[tuple[str, ...]]] = {}
        for cue in cues.class_cues:
            if cue:
                index.setdefault(cue[0], []).append(cue)
        self._cues_by_first_word = index

    def is_marked(self, node: LexborNode) -> bool:
        """True when the element's role, visibility, class, id or label says it is not content."""
        attributes = node.attributes
        if not attributes:
            return False
        if "hidden" in attributes or (attributes.get("aria-hidden") or "").strip() == "true":
            return True
        if _HIDDEN_STYLE.search(attributes.get("style") or ""):
            return True
        roles = (attributes.get("role") or "").lower().split()
        if any(role in self.cues.drop_roles for role in roles):
            return True
        return any(
            self._has_cue(attribute_words(value))
            for name in ("class", "id", "aria-label")
            if (value := attributes.get(name))
        )

    def is_inside_chrome(self, node: LexborNode, body: LexborNode) -> bool:
        """True when `node` or an ancestor below `body` is a landmark or marked as chrome."""
        current: LexborNode | None = node
        while current is not None and current.mem_id != body.mem_id:
            if (current.tag or "") in self.cues.landmark_tags or self.is_marked(current):
                return True
            current = current.parent
        return False

    def _has_cue(self, words: list[str]) -> bool:
        for position, word in enumerate(words):
            for cue in self._cues_by_first_word.get(word, ()):
                if tuple(words[position : position + len(cue)]) == cue:
                    return True
        return False


@dataclass(slots=True)
class _OpenList:
    ordered: bool
    next_number: int
    indent: str


@dataclass(slots=True)
class _Block:
    text: str
    list_group: int
    """The outermost list the block is an item of (0: none); items of one list sit tight."""


class _Renderer:
    """Walks a subtree once, iteratively (hostile nesting cannot exhaust the stack)."""

    def __init__(self, matcher: _ChromeMatcher, root: LexborNode, *, inside_content: bool) -> None:
        self._matcher = matcher
        self._cues = matcher.cues
        self._longest_phrase = 2 * max((len(phrase) for phrase in self._cues.phrases), default=0)
        self._root_id = root.mem_id
        self._root_length = _text_length(root)
        self._wrapper_checks = 0
        self._blocks: list[_Block] = []
        self._inline: list[str] = []
        self._prefix = ""
        self._continuation = ""
        self._modes: list[str] = []
        self._lists: list[_OpenList] = []
        self._rows: list[str] | None = None
        self._cells: list[str] | None = None
        self._table_depth = 0
        self._sectioning_depth = 1 if inside_content else 0
        self._saved_prefixes: list[tuple[str, str]] = []
        self._list_group = 0

    def text(self) -> str:
        parts: list[str] = []
        previous: _Block | None = None
        for block in self._blocks:
            if previous is not None:
                tight = previous.list_group == block.list_group != 0
                parts.append("\n" if tight else "\n\n")
            parts.append(block.text)
            previous = block
        return "".join(parts) + "\n" if parts else ""

    def render(self, start: LexborNode) -> None:
        stack: list[tuple[LexborNode, str | None]] = [(start, None)]
        while stack:
            node, leaving = stack.pop()
            if leaving is not None:
                self._leave(leaving)
                continue
            action = self._enter(node)
            if action is None:
                continue
            stack.append((node, action))
            stack.extend((child, None) for child in reversed(list(_children(node))))

    @property
    def _mode(self) -> str:
        return self._modes[-1] if self._modes else "flow"

    def _enter(self, node: LexborNode) -> str | None:
        """Start `node`; return what to do when leaving it, or None to skip its content."""
        tag = node.tag or ""
        if tag == "-text":
            self._add_text(node.text_content or "")
            return None
        if not tag or tag.startswith("-") or self._is_chrome(node, tag):
            return None
        if tag == "br":
            self._inline.append(_BREAK)
            return None
        if tag == "hr":
            self._separate()
            return None
        if tag == "img":
            return None
        if tag in _SECTIONING_TAGS:
            self._sectioning_depth += 1
            self._separate()
            return "sectioning"
        if tag in _HEADING_LEVELS and self._mode == "flow":
            self._flush()
            self._prefix = "#" * _HEADING_LEVELS[tag] + " "
            self._modes.append("heading")
            return "heading"
        if tag in _LIST_TAGS and self._mode in ("flow", "item"):
            return self._open_list(node, ordered=tag == "ol")
        if tag == "li" and self._mode in ("flow", "item"):
            return self._open_item(node)
        if tag == "table" and self._table_depth == 0 and self._mode == "flow":
            self._flush()
            self._table_depth = 1
            self._rows = []
            return "table"
        if tag == "table":
            self._table_depth += 1
            self._separate()
            return "nested-table"
        if tag in _TABLE_PARTS and self._table_depth == 1 and self._rows is not None:
            return self._enter_table_part(tag)
        if tag == "pre" and self._mode == "flow":
            self._flush()
            self._modes.append("pre")
            return "pre"
        if tag in _SEPARATING_TAGS or tag in self._cues.landmark_tags:
            self._separate()
            return "block"
        return "inline"

    def _leave(self, action: str) -> None:
        if action == "inline":
            return
        if action in ("block", "sectioning"):
            self._separate()
            if action == "sectioning":
                self._sectioning_depth -= 1
        elif action == "heading":
            self._flush()
            self._modes.pop()
            self._prefix = ""
        elif action == "list":
            self._flush()
            self._lists.pop()
            self._modes.pop()
        elif action == "item":
            self._flush()
            self._modes.pop()
            self._prefix, self._continuation = self._saved_prefixes.pop()
        elif action == "table":
            self._flush()
            if self._rows:
                self._blocks.append(_Block("\n".join(self._rows), list_group=0))
            self._rows = None
            self._table_depth = 0
        elif action == "nested-table":
            self._table_depth -= 1
            self._separate()
        elif action == "row":
            cells = self._cells or []
            if any(cells) and self._rows is not None:
                self._rows.append(" | ".join(cells))
            self._cells = None
        elif action in ("cell", "caption"):
            text = self._take_inline().replace(_BREAK, " ").strip()
            self._modes.pop()
            if action == "caption" and text:
                self._blocks.append(_Block(text, list_group=0))
            elif action == "cell" and self._cells is not None:
                self._cells.append(text)
        elif action == "pre":
            text = "".join(self._inline).strip("\n")
            self._inline.clear()
            self._modes.pop()
            if text.strip():
                self._blocks.append(_Block(text, list_group=0))

    def _is_chrome(self, node: LexborNode, tag: str) -> bool:
        if node.mem_id == self._root_id:
            return False
        if tag in self._cues.drop_tags:
            return True
        if tag in self._cues.landmark_tags and self._sectioning_depth == 0:
            return True
        if tag == "a" and self._is_chrome_phrase(node.text(deep=True), self._cues.link_phrases):
            return True
        return self._matcher.is_marked(node) and not self._is_layout_wrapper(node)

    def _is_layout_wrapper(self, node: LexborNode) -> bool:
        """A `with-sidebar` style wrapper around most of the chapter is not itself chrome."""
        if self._wrapper_checks >= _MAX_WRAPPER_CHECKS or self._root_length == 0:
            return False
        self._wrapper_checks += 1
        if _text_length(node) < _WRAPPER_SHARE * self._root_length:
            return False
        return node.css_first("p, h1, h2, h3, h4, h5, h6") is not None

    def _open_list(self, node: LexborNode, *, ordered: bool) -> str:
        self._flush()
        start = (node.attributes.get("start") or "").strip() if ordered else ""
        indent = self._continuation if self._mode == "item" else ""
        number = int(start) if start.isdigit() else 1
        if not self._lists:
            self._list_group += 1
        self._lists.append(_OpenList(ordered=ordered, next_number=number, indent=indent))
        self._modes.append("flow")
        return "list"

    def _open_item(self, node: LexborNode) -> str:
        self._flush()
        current = self._lists[-1] if self._lists else _OpenList(False, 1, "")
        if current.ordered:
            value = (node.attributes.get("value") or "").strip()
            if value.isdigit():
                current.next_number = int(value)
            marker = f"{current.next_number}. "
            current.next_number += 1
        else:
            marker = "- "
        self._saved_prefixes.append((self._prefix, self._continuation))
        self._prefix = current.indent + marker
        self._continuation = " " * len(self._prefix)
        self._modes.append("item")
        return "item"

    def _enter_table_part(self, tag: str) -> str:
        self._take_inline()
        if tag == "tr":
            self._cells = []
            return "row"
        if tag == "caption":
            self._modes.append("caption")
            return "caption"
        if self._cells is None:
            self._cells = []
        self._modes.append("cell")
        return "cell"

    def _add_text(self, text: str) -> None:
        if self._mode == "pre":
            self._inline.append(text)
        elif text:
            self._inline.append(_COLLAPSIBLE_SPACE.sub(" ", text))

    def _separate(self) -> None:
        """A block boundary: ends the paragraph in flow, a word break inside items and cells."""
        if self._mode == "flow":
            self._flush()
        else:
            self._inline.append(" ")

    def _take_inline(self) -> str:
        if not self._inline:
            return ""
        lines = _REPEATED_SPACES.sub(" ", "".join(self._inline)).split(_BREAK)
        self._inline.clear()
        return _BREAK.join(line.strip(" ") for line in lines)

    def _flush(self) -> None:
        if not self._inline:
            return
        text = self._take_inline().strip()
        if not text:
            return
        prefix = self._prefix
        if prefix.startswith("#"):
            self._emit(prefix + " ".join(text.split(_BREAK)), list_group=0)
            return
        if self._mode == "item":
            lines = [line for line in text.split(_BREAK) if line.strip()]
            item = prefix + ("\n" + self._continuation).join(lines)
            self._emit(item, list_group=self._list_group)
            self._prefix = self._continuation
            return
        for paragraph in _BLANK_LINES.split(text):
            if paragraph.strip():
                self._emit(paragraph.strip(), list_group=0)

    def _is_chrome_phrase(self, text: str, phrases: frozenset[str]) -> bool:
        return len(text) <= self._longest_phrase and canonical_phrase(text) in phrases

    def _emit(self, text: str, *, list_group: int) -> None:
        if self._is_chrome_phrase(text, self._cues.phrases):
            return
        self._blocks.append(_Block(text, list_group=list_group))
