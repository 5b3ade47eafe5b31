"""Where a page's chapter sits, as a main-content extractor (readability) sees it.

The extractor scores the page's blocks by text density, link density and class names, and
returns a cleaned copy of the article. Its cleaning drops things a chapter needs (link-dense
lists such as a legislation list of links), so its output is not rendered: it only points at the
element of *our* parse that holds the article, which today's renderer then renders with its
own chrome rules. The pointing is done by text: the extractor's text pieces are looked up among
the page's text nodes, and the region is the deepest element that holds nearly all of them.

The extractor parses with lxml, whose cost grows with the number of elements; pages with more
elements than a chapter page ever has are left to the chrome rules alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from readability import Document
from readability.readability import Unparseable
from selectolax.lexbor import LexborHTMLParser, LexborNode

MAX_EXTRACTOR_ELEMENTS = 20_000
"""More elements than this and the extractor is not run: a chapter page has a few thousand, and
the extractor's time grows faster than the page (about 0.3 s at this size)."""
MIN_ARTICLE_CHARS = 250
"""Less text than this in the extractor's article is too little to trust (its own retry length)."""
REGION_SHARE = 0.97
"""The region is the deepest element holding this share of the article's matched text: the
extractor's stray pieces (a heading of a sidebar box) do not widen it, a chapter's scope box
that the extractor kept beside the body does."""
MAX_WIDENING_STEPS = 8
MAX_ADDED_LINK_SHARE = 0.5
"""Text beside the region that is this much links is navigation, and the region stops growing."""
MIN_PIECE_CHARS = 3
"""Shorter text pieces ("|", "Yes") match chrome as easily as content and are not looked up."""

REGION_TAGS = frozenset(
    {
        "div", "section", "article", "main", "td", "th", "center", "blockquote", "header",
        "footer", "aside", "dd", "details", "figure", "fieldset",
    }
)  # fmt: skip
"""Elements that may be the region: containers of blocks. The walk passes through others
(`<table>`, `<tr>` on the way to a layout cell) but never stops in a paragraph or a link."""
_TEXT = "-text"
_WHITESPACE_SPLIT = str.split


def count_elements(root: LexborNode, limit: int) -> int:
    """How many elements `root` holds, counting no further than `limit + 1`."""
    count = 0
    for _node in root.traverse():
        count += 1
        if count > limit:
            break
    return count


def locate_main_content(page_html: str, body: LexborNode) -> LexborNode | None:
    """The element of `body` that holds the page's article, or None when the extractor finds
    too little, fails, or the page is too large to give it.

    `page_html` is the serialisation of the tree `body` belongs to, so both parsers read the same
    markup and their text pieces coincide.
    """
    if count_elements(body, MAX_EXTRACTOR_ELEMENTS) > MAX_EXTRACTOR_ELEMENTS:
        return None
    pieces = _article_pieces(page_html)
    if sum(len(piece) for piece in pieces) < MIN_ARTICLE_CHARS:
        return None
    region = _region_holding(body, pieces)
    return None if region is None else widen_region(region, body)


def widen_region(region: LexborNode, body: LexborNode) -> LexborNode:
    """The region, grown to its parent while what the parent adds is not mostly links.

    The extractor keeps the best-scoring part of a chapter and drops a short box beside it (a
    scope box, an amendment note) as readily as a menu; the menu is links, the box is prose.
    Each step measures a subtree, so the steps are bounded.
    """
    for _step in range(MAX_WIDENING_STEPS):
        parent = region.parent
        if parent is None or body.mem_id in (region.mem_id, parent.mem_id):
            return region
        if adds_mostly_links(parent, region):
            return region
        region = parent
    return region


def adds_mostly_links(outer: LexborNode, inner: LexborNode) -> bool:
    """Whether the text `outer` holds beyond `inner` is mostly links to other pages: navigation.

    Links within the page (`href="#…"`, a chapter's contents list) are the chapter's own.
    """
    added = _visible_length(outer) - _visible_length(inner)
    added_links = _link_length(outer) - _link_length(inner)
    return added > 0 and added_links >= MAX_ADDED_LINK_SHARE * added


def _visible_length(node: LexborNode) -> int:
    return len("".join(_WHITESPACE_SPLIT(node.text(deep=True))))


def _link_length(node: LexborNode) -> int:
    return sum(
        _visible_length(link)
        for link in node.css("a")
        if not (link.attributes.get("href") or "").startswith("#")
    )


def _article_pieces(page_html: str) -> set[str]:
    try:
        summary = Document(page_html).summary(html_partial=True)
    except Unparseable:
        return set()
    article = LexborHTMLParser(summary).body
    if article is None:
        return set()
    return set(_pieces(node.text_content or "" for node in _text_nodes(article)))


def _text_nodes(root: LexborNode) -> Iterable[LexborNode]:
    return (node for node in root.traverse(include_text=True, skip_empty=True) if node.tag == _TEXT)


def _pieces(texts: Iterable[str]) -> Iterable[str]:
    for text in texts:
        piece = " ".join(_WHITESPACE_SPLIT(text))
        if len(piece) >= MIN_PIECE_CHARS:
            yield piece


def _region_holding(body: LexborNode, pieces: set[str]) -> LexborNode | None:
    """The deepest container holding `REGION_SHARE` of the page text found among `pieces`.

    Matched lengths are summed up the tree in one pass (children before parents, in reverse
    document order), then the walk goes down from `body` while one child holds the share.
    """
    order: list[LexborNode] = []
    matched: dict[int, int] = {}
    for node in body.traverse(include_text=True, skip_empty=True):
        if node.tag == _TEXT:
            piece = " ".join(_WHITESPACE_SPLIT(node.text_content or ""))
            if piece in pieces:
                parent = node.parent
                if parent is not None and not _links_away(parent):
                    matched[parent.mem_id] = matched.get(parent.mem_id, 0) + len(piece)
        else:
            order.append(node)
    body_id = body.mem_id
    for node in reversed(order):
        held = matched.get(node.mem_id, 0)
        parent = node.parent
        if held and parent is not None and node.mem_id != body_id:
            matched[parent.mem_id] = matched.get(parent.mem_id, 0) + held
    total = matched.get(body_id, 0)
    if total < MIN_ARTICLE_CHARS:
        return None
    region = node = body
    while (child := _child_holding(node, matched, REGION_SHARE * total)) is not None:
        node = child
        if (node.tag or "") in REGION_TAGS:
            region = node
    return region


_LINK_PROBE_DEPTH = 3
"""How far up from a text node a link is looked for (`<a><span><b>words</b></span></a>`)."""


def _links_away(node: LexborNode) -> bool:
    """Whether `node` is, or sits close inside, a link to another page.

    The words of such a link do not place the article: a menu beside the chapter names the
    chapter and its headings in its links ("Policies, Values and Principles", "Home",
    "Contents") as the extractor's article does in its text, and counting them spreads the
    article over the menu's cell too. Links within the page (`#…`) are the chapter's own.
    """
    current: LexborNode | None = node
    for _step in range(_LINK_PROBE_DEPTH):
        if current is None:
            return False
        if current.tag == "a":
            return not (current.attributes.get("href") or "").startswith("#")
        current = current.parent
    return False


def _child_holding(node: LexborNode, matched: dict[int, int], needed: float) -> LexborNode | None:
    child = node.first_child
    while child is not None:
        if child.tag != _TEXT and matched.get(child.mem_id, 0) >= needed:
            return child
        child = child.next
    return None
