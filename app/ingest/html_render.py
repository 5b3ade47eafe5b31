"""HTML → markdown-flavoured text: the chapter's headings, paragraphs, lists, tables; no chrome.

The page is parsed by lexbor (through selectolax); the one pattern run over raw markup only
counts tag names, to refuse absurdly deep nesting before parsing it. Headings become
`#` lines, list items `- ` / `1. ` lines, table rows `cell | cell` lines, so the sectioner reads
an HTML chapter the same way it reads a markdown one. What counts as chrome is data
(`chrome.toml`); this module only applies it.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from html import escape as html_escape
from importlib.resources import files

from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.errors import InvalidSource
from app.ingest.class_emphasis import emphasise_class_styled_lines
from app.ingest.footer_stamp import (
    PAGE_STAMP,
    footer_stamp,
    side_column_amendment,
    with_footer_stamp,
    with_side_column_amendment,
)
from app.ingest.main_content import adds_mostly_links, locate_main_content
from app.ingest.model import ChromeCues
from app.ingest.positioned_html import placed_pages_as_elements
from app.ingest.struck_through import drop_struck_through

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
_MAX_LEVEL_CANDIDATES = 256
"""Headings read to find the deepest level; a chapter has a few dozen."""
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
_PSEUDO_HEADING_TAGS = frozenset({"p", "div"})
_BOLD_TAGS = frozenset({"strong", "b"})
_INLINE_WRAPPERS = frozenset(
    {"span", "font", "a", "em", "i", "u", "small", "big", "mark", "abbr", "sub", "sup"}
)
"""Inline elements that may wrap, or sit inside, the bold run of a pseudo-heading."""
_MAX_PSEUDO_HEADING_NODES = 24
"""A bold-only paragraph is judged from at most this many nodes, so the test stays cheap."""
MAX_PSEUDO_HEADING_LENGTH = 100
MAX_PSEUDO_HEADING_WORDS = 12
_NOT_A_TITLE_ENDING = ".,;:!?"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_BOX_CONTAINER_TAGS = frozenset({"div", "section", "td", "aside", "details", "fieldset"})
_MAX_BOX_PROBE_NODES = 12
"""How many nodes are read to find the first words of a block that may be a box."""
_BREAK_LIST_ITEM = re.compile(
    r"(?:(?P<bullet>[\u2022\u00b7\-\u2013\u2014*\u25aa\u25cf\u25cb\u25e6\u2023\u2043\u25ba])"
    r"|(?P<number>\d{1,3}[.)])"
    r"|(?P<other>\([a-z]\)|[a-z]\)|\([ivx]{1,5}\)|[ivx]{1,5}\)|\(\d{1,3}\)))"
    r"[ ]+(?=\S)"
)
"""The opening of a line that is a list item though it sits in a paragraph cut by `<br>`s."""
MIN_BREAK_LIST_ITEMS = 2
"""One dash-led line among `<br>` lines is a dash, not a list."""

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
        landmark_roles=frozenset(role.lower() for role in raw.get("landmark_roles", [])),
        class_cues=tuple(tuple(attribute_words(cue)) for cue in raw["class_cues"]),
        phrases=phrases,
        box_headings=frozenset(canonical_phrase(heading) for heading in raw["box_headings"]),
        link_phrases=frozenset(phrase for phrase in phrases if " " in phrase),
        edge_phrases=frozenset(canonical_phrase(phrase) for phrase in raw.get("edge_phrases", [])),
        menu_ends=frozenset(canonical_phrase(label) for label in raw.get("menu_ends", [])),
        neighbour_phrases=frozenset(
            canonical_phrase(phrase) for phrase in raw.get("neighbour_phrases", [])
        ),
        jump_phrases=frozenset(canonical_phrase(phrase) for phrase in raw.get("jump_phrases", [])),
        toggle_words=frozenset(canonical_phrase(word) for word in raw.get("toggle_words", [])),
        task_tiles=frozenset(canonical_phrase(word) for word in raw.get("task_tiles", [])),
        player_openers=frozenset(
            canonical_phrase(phrase) for phrase in raw.get("player_openers", [])
        ),
        player_controls=frozenset(
            canonical_phrase(phrase) for phrase in raw.get("player_controls", [])
        ),
        dismiss_phrases=frozenset(
            canonical_phrase(phrase) for phrase in raw.get("dismiss_phrases", [])
        ),
        category_labels=frozenset(
            canonical_phrase(label) for label in raw.get("category_labels", [])
        ),
        heading_badges=frozenset(
            canonical_phrase(badge) for badge in raw.get("heading_badges", [])
        ),
        title_box_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("title_box_headings", [])
        ),
        excerpt_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("excerpt_headings", [])
        ),
        foot_form_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("foot_form_headings", [])
        ),
        footer_column_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("footer_column_headings", [])
        ),
        foot_rail_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("foot_rail_headings", [])
        ),
        news_box_headings=frozenset(
            canonical_phrase(heading) for heading in raw.get("news_box_headings", [])
        ),
        staff_service_words=frozenset(
            word.casefold() for word in raw.get("staff_service_words", [])
        ),
        heading_caption_cues=tuple(
            tuple(attribute_words(cue)) for cue in raw.get("heading_caption_cues", [])
        ),
        column_class_cues=tuple(
            tuple(attribute_words(cue)) for cue in raw.get("column_class_cues", [])
        ),
        unseen_class_cues=tuple(
            tuple(attribute_words(cue)) for cue in raw.get("unseen_class_cues", [])
        ),
    )


# An accordion's section heading is often a <button> inside the heading (or its <summary>), which
# the chrome rules would drop with its text: the button is unwrapped first, its words kept.
_HEADING_TOGGLES = ", ".join(
    f"{parent} button" for parent in ("h1", "h2", "h3", "h4", "h5", "h6", "summary")
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
    tree = _with_frame_documents(LexborHTMLParser(html), depth)
    body = tree.body
    if body is None:
        return ""
    # Asked before the trail is dropped as chrome.
    trail_name = _page_named_in_the_trail_only(tree, body)
    step_under_the_manual = _page_named_under_its_manual_in_the_trail(tree, body)
    placed_pages_as_elements(tree, body)
    _class_level_headings(body)
    _class_ranked_headings(body)
    _role_headings(body)
    emphasise_class_styled_lines(tree, body, title_like)
    _drop_heading_badges(body, cues.heading_badges)
    page_title = _page_name_in_title_element(tree)
    site_names = _site_names_in_title_element(tree, page_title)
    _head_tab_panels(tree, body, cues)
    for toggle in tree.css(_HEADING_TOGGLES):
        _drop_toggle_state_words(toggle, cues.toggle_words)
        toggle.unwrap()
    _outline_list_headings(body)
    _unwrap_chapter_asides(body, _ChromeMatcher(cues))
    _unwrap_page_forms(body)
    drop_struck_through(tree, body)
    side_amendment = side_column_amendment(body)
    tree.strip_tags(sorted(cues.drop_tags))
    _drop_page_trees(body)
    content_root = _content_root(body)
    region = locate_main_content(tree.html or "", body)
    skip_target = None
    if content_root.mem_id == body.mem_id and (region is None or region.mem_id == body.mem_id):
        skip_target = _skip_link_target(body)
    root = _chapter_root(
        body, skip_target or content_root, region, named_by_the_page=skip_target is not None
    )
    if page_title:
        _drop_site_headings_over_the_page(root, page_title, site_names)
        _trim_headings_to_the_page_name(root, page_title)
    if root.mem_id == body.mem_id:
        root = _column_layout_root(root)
    matcher = _ChromeMatcher(cues)
    # What a skip link jumps over is what a keyboard user skips: the site's, not a title.
    title = (
        None
        if skip_target is not None
        else _title_outside(body, root, matcher, site_names, page_title)
    )
    renderer = _Renderer(
        matcher,
        root,
        inside_content=root.mem_id != body.mem_id and not _wraps_the_page(root),
        pseudo_heading_level=_pseudo_heading_level(root, cues, has_title=title is not None),
        colon_labels_are_headings=_labels_with_colons_are_headings(root),
        run_in_leads_are_headings=_run_in_leads_are_headings(root),
        long_bold_lines_are_headings=_bold_lines_head_the_page(root),
    )
    if title is not None:
        renderer.render(title)
        stamps = _stamps_after(title)
        for stamp in stamps:
            renderer.render(stamp)
        for box in _boxes_between(title, root, body, matcher, {stamp.mem_id for stamp in stamps}):
            renderer.render(box)
    renderer.render(root)
    text = with_footer_stamp(renderer.text(), footer_stamp(body, root))
    if trail_name is not None and title is not None and len(body.css("h1")) == 1:
        text = _MARKDOWN_HEADING.sub(lambda _: f"# {trail_name}", text, count=1)
    if title is None and page_title:
        if body.css_first("h1") is None and (
            _opens_with_prose(text)
            or (site_names and _opens_with_a_section_heading(text, page_title))
            or _named_only_outside_the_root(body, root, text, page_title)
        ):
            if _opens_with_the_page_name(text, page_title):
                return with_side_column_amendment(text, side_amendment)
            named = f"# {step_under_the_manual or page_title}\n\n{text}"
            return with_side_column_amendment(named, side_amendment)
        if (
            root.css_first("h1") is None
            and _every_h1_names_the_site(body, site_names)
            and not _first_heading_names_the_page(root, page_title)
        ):
            name = (
                _heading_under_the_site_h1(body, site_names, page_title)
                or _page_heading_in_the_masthead(body, root, site_names, page_title)
                or page_title
            )
            return with_side_column_amendment(f"# {name}\n\n{text}", side_amendment)
    return with_side_column_amendment(text, side_amendment)


_LEVEL_CLASS_CANDIDATES = ", ".join(
    [f"{tag}[class*='h{level}' i]" for tag in ("div", "p") for level in range(1, 7)]
    + [f"{tag}[class*='{word}' i]" for tag in ("div", "p") for word in ("heading", "msotitle")]
)
_LEVEL_CLASS_WORD = re.compile(r"(?:h|heading)([1-6])")
_WORD_TITLE_STYLE = ["mso", "title"]
"""Word's own class for its Title style (`<p class="MsoTitle">` in a page saved or pasted from
Word): the first level, as Word's `MsoHeading2`… name theirs."""
_MAX_LEVEL_CLASS_CANDIDATES = 400
_NOT_IN_A_HEADING = "div, p, ul, ol, li, dl, table, blockquote, h1, h2, h3, h4, h5, h6"


def class_heading_level(node: LexborNode) -> int:
    """The heading level a `<div>` or `<p>` is styled as by its class, else 0.

    Rich-text editors and CSS frameworks write headings as styled blocks: SharePoint's
    `<div class="ms-rteElement-H2">`, a framework's `<p class="h3">`, Word's
    `<p class="MsoHeading2">`. A class whose last word is `h1`…`h6` or `heading1`…`heading6`
    names the level (Word's `MsoTitle` the first); the block is a heading when it holds only
    inline text that reads as a title (`title_like`), not a styled paragraph or a wrapper of
    blocks.
    """
    for token in (node.attributes.get("class") or "").split():
        words = attribute_words(token)
        matched = _LEVEL_CLASS_WORD.fullmatch(words[-1]) if words else None
        if matched is None and words != _WORD_TITLE_STYLE:
            continue
        if not title_like(" ".join(node.text(deep=True).split())):
            return 0
        if any(inner.mem_id != node.mem_id for inner in node.css(_NOT_IN_A_HEADING)):
            return 0  # (a node's own selector matches the node itself)
        return int(matched.group(1)) if matched else 1
    return 0


def _class_level_headings(body: LexborNode) -> None:
    """Blocks styled as headings by their class become the heading elements they show as, so
    every later rule (the title, heading levels, sections) reads them as headings.

    A page has one title: where several blocks are styled as the first level, the editor used
    it for the chapter's sections (the title standing in the page's own banner), and every
    styled level is read one lower.
    """
    found = [
        (node, level)
        for node in body.css(_LEVEL_CLASS_CANDIDATES)[:_MAX_LEVEL_CLASS_CANDIDATES]
        if (level := class_heading_level(node))
    ] + _paragraphs_of_one_level_classed_span(body)
    shift = 1 if sum(level == 1 for _node, level in found) > 1 else 0
    for node, styled in found:
        level = min(6, styled + shift)
        heading = LexborHTMLParser(f"<h{level}>{node.inner_html or ''}</h{level}>").css_first(
            f"h{level}"
        )
        if heading is not None:
            node.replace_with(heading)


_LEVEL_CLASS_SPANS = ", ".join(
    [f"span[class*='h{level}' i]" for level in range(1, 7)] + ["span[class*='heading' i]"]
)


def _paragraphs_of_one_level_classed_span(body: LexborNode) -> list[tuple[LexborNode, int]]:
    """Paragraphs whose whole text is one `<span>` styled as a heading by its class
    (`<p><span class="h2">Working with partners</span></p>`), with the level the class names.

    Some editors style a heading by classing a span inside an ordinary paragraph rather than
    the paragraph itself; the line reads as the heading all the same, so the paragraph stands
    for it. A span that is only part of its paragraph's words is inline styling, not a heading.
    """
    found: list[tuple[LexborNode, int]] = []
    for span in body.css(_LEVEL_CLASS_SPANS)[:_MAX_LEVEL_CLASS_CANDIDATES]:
        paragraph = span.parent
        if paragraph is None or (paragraph.tag or "") not in ("p", "div"):
            continue
        words = " ".join(span.text(deep=True).split())
        if not words or " ".join(paragraph.text(deep=True).split()) != words:
            continue
        if any(inner.mem_id != paragraph.mem_id for inner in paragraph.css(_NOT_IN_A_HEADING)):
            continue  # (a node's own selector matches the node itself)
        if level := class_heading_level(span):
            found.append((paragraph, level))
    return found


_ROLE_HEADINGS = "[role='heading' i]"
_ARIA_DEFAULT_LEVEL = 2
"""WAI-ARIA's level of a `role="heading"` element that states none."""


def _role_headings(body: LexborNode) -> None:
    """Blocks a page marks as headings for assistive technology (`<div role="heading"
    aria-level="3">`, as script-built pages and app shells write them) become the heading
    elements they stand for, at their `aria-level`, so every later rule reads them as headings.
    Only a block holding a title's words and no blocks of its own: a role set on a wrapper of
    paragraphs, or on a sentence, is not taken at its word."""
    for node in body.css(_ROLE_HEADINGS)[:_MAX_LEVEL_CLASS_CANDIDATES]:
        if (node.tag or "") in _HEADING_LEVELS:
            continue
        if not title_like(" ".join(node.text(deep=True).split())):
            continue
        if any(inner.mem_id != node.mem_id for inner in node.css(_NOT_IN_A_HEADING)):
            continue
        stated = (node.attributes.get("aria-level") or "").strip()
        level = min(6, max(1, int(stated))) if stated.isdigit() else _ARIA_DEFAULT_LEVEL
        heading = LexborHTMLParser(f"<h{level}>{node.inner_html or ''}</h{level}>").css_first(
            f"h{level}"
        )
        if heading is not None:
            node.replace_with(heading)


_RANK_CLASS_WORDS = {("heading",): 2, ("subheading",): 3, ("sub", "heading"): 3}
_RANK_CLASS_CANDIDATES = "p[class*='heading' i], div[class*='heading' i]"


def _class_ranked_headings(body: LexborNode) -> None:
    """Blocks a page styles as headings by a class saying only their rank, `heading` and
    `subheading` (`<p class="heading">Key principles</p>` over `<p class="subheading">Leaving
    care</p>`), become `<h2>` and `<h3>`: the sub-headings are parts of the section above them,
    not its peers. Only where the page uses both: a page styling one rank alone says nothing
    about levels, and its lines are read as headings from their shape, as before."""
    ranked: list[tuple[LexborNode, int]] = []
    for node in body.css(_RANK_CLASS_CANDIDATES)[:_MAX_LEVEL_CLASS_CANDIDATES]:
        level = max(
            (
                _RANK_CLASS_WORDS.get(tuple(attribute_words(token)), 0)
                for token in (node.attributes.get("class") or "").split()
            ),
            default=0,
        )
        if not level or not title_like(" ".join(node.text(deep=True).split())):
            continue
        if any(inner.mem_id != node.mem_id for inner in node.css(_NOT_IN_A_HEADING)):
            continue
        ranked.append((node, level))
    if {level for _node, level in ranked} != set(_RANK_CLASS_WORDS.values()):
        return
    for node, level in ranked:
        heading = LexborHTMLParser(f"<h{level}>{node.inner_html or ''}</h{level}>").css_first(
            f"h{level}"
        )
        if heading is not None:
            node.replace_with(heading)


_FRAME_DOCUMENTS = "iframe[srcdoc]"
_MAX_FRAME_DOCUMENTS = 8
"""Frames whose own page is written into the host page; a document viewer shows one."""
_FRAME_PLACE = "policydiff-frame-document-{index}"
_BODY_TAGS = re.compile(r"^\s*<body[^>]*>|</body>\s*$")


def _with_frame_documents(tree: LexborHTMLParser, host_depth: int) -> LexborHTMLParser:
    """The page with each `<iframe srcdoc>` replaced by the body of the page it shows.

    A document viewer or a CMS preview may show the chapter as a page of its own, written into
    the frame's `srcdoc` attribute: what a reader sees there is the chapter, in its place in the
    host page, while a frame that loads another address (`src`) shows nothing of this page's
    and is dropped with the chrome. The frame's page, set inside the host's, must stay within
    the depth the host page is allowed (`MAX_NESTING_DEPTH`), else it is left out; its `<head>`
    (its own title, styles) is left out too. Pages without such a frame are returned as they
    were, parsed once.
    """
    frames = tree.css(_FRAME_DOCUMENTS)[:_MAX_FRAME_DOCUMENTS]
    if not frames:
        return tree
    documents: list[tuple[str, int]] = []
    for index, frame in enumerate(frames):
        source = frame.attributes.get("srcdoc") or ""
        frame_body = None
        if host_depth + nesting_depth_estimate(source) <= MAX_NESTING_DEPTH:
            frame_body = LexborHTMLParser(source).body
        if frame_body is None:
            documents.append(("", 0))
        else:
            documents.append((_BODY_TAGS.sub("", frame_body.html or ""), _text_length(frame_body)))
        frame.replace_with(_FRAME_PLACE.format(index=index))
    host_length = 0 if tree.body is None else _text_length(tree.body)
    page = tree.html or ""
    for index, (document, length) in enumerate(documents):
        # a frame showing more text than the whole host page around it is the page's content
        role = ' role="main"' if length > host_length else ""
        page = page.replace(_FRAME_PLACE.format(index=index), f"<div{role}>{document}</div>", 1)
    return LexborHTMLParser(page)


_TABS = '[role="tab"], [data-toggle="tab"], [data-bs-toggle="tab"]'
_MAX_TABS = 64
"""Tabs read to head their panels; a chapter set out as tabs has a handful."""
_SAFE_ID = re.compile(r"[A-Za-z][\w:.-]{0,127}")


_DISCLOSURES = "[aria-controls][aria-expanded]"
"""A control that shows or hides the element it controls (a button, a link, `role="button"`):
an accordion's toggle, or a menu's."""
_COLLAPSE_MARKS = ("data-toggle", "data-bs-toggle")
_COLLAPSE_TOGGLES = ", ".join(
    f"[{mark}='collapse' i]:not([aria-controls])" for mark in _COLLAPSE_MARKS
)
"""A framework's collapse toggle that names its panel by `href="#id"` or `data-(bs-)target`
rather than `aria-controls` (Bootstrap's `<a data-toggle="collapse" href="#part-2">`): an
accordion's toggle all the same, its panel often hidden by an inline style (decision 0258)."""
_SIBLING_TOGGLES = "button:not([aria-controls]):not([type='submit']):not([type='reset'])" + "".join(
    f":not([{mark}='collapse' i])" for mark in _COLLAPSE_MARKS
)
"""A button that names no element it controls: a script-made accordion's toggle shows or hides
the element right after it (`<button class="accordion">Label</button><div class="panel">`)."""
_PANEL_TAGS = frozenset({"div", "section"})


def _next_element(node: LexborNode) -> LexborNode | None:
    """The element right after `node` among its siblings, if it is a block that could hold a
    section (a `<div>` or `<section>`); None where text or another element comes first."""
    sibling = node.next
    while sibling is not None and sibling.tag == "-text" and not (sibling.text() or "").strip():
        sibling = sibling.next
    if sibling is None or (sibling.tag or "") not in _PANEL_TAGS:
        return None
    return sibling


_MAX_TOGGLE_WRAPPERS = 2


def _toggled_panel(toggle: LexborNode) -> LexborNode | None:
    """The panel a button naming no element shows or hides: the `<div>`/`<section>` right after
    it, or, for a button that says whether it is open (`aria-expanded`) and stands alone in
    its wrapper (`<div class="accordion__header"><button …>Label</button></div>`, or a
    heading), the one right after that wrapper, up to `_MAX_TOGGLE_WRAPPERS` levels out
    (decision 0258). A wrapper holding other words besides the label is no toggle's wrapper."""
    panel = _next_element(toggle)
    if panel is not None or "aria-expanded" not in toggle.attributes:
        return panel
    label = toggle.text(deep=True).split()
    node = toggle
    for _ in range(_MAX_TOGGLE_WRAPPERS):
        sibling = node.next
        while sibling is not None and sibling.tag == "-text" and not (sibling.text() or "").strip():
            sibling = sibling.next
        wrapper = node.parent
        if sibling is not None or wrapper is None or wrapper.text(deep=True).split() != label:
            return None
        if (wrapper.tag or "") in {"body", "main", "article", "nav", "header", "form"}:
            return None
        node = wrapper
        panel = _next_element(node)
        if panel is not None:
            return panel
    return None


MIN_DISCLOSED_SECTION_WORDS = 12
_MAX_DISCLOSED_LINK_SHARE = 0.5


def _discloses_a_section(label: str, panel: LexborNode) -> bool:
    """Whether a toggle button's panel is a section of the chapter, headed by the button's label:
    the label reads as a title ("Our duties as corporate parent"), and the panel holds prose (at
    least `MIN_DISCLOSED_SECTION_WORDS` words, most of its text not links) and is no
    navigation. A menu button's panel (a `<nav>`, a list of links) and a search box stay
    chrome, hidden or not."""
    if not title_like(label) or (panel.tag or "") in {"nav", "form", "dialog"}:
        return False
    text = panel.text(deep=True)
    if len(text.split()) < MIN_DISCLOSED_SECTION_WORDS:
        return False
    links = sum(len(link.text(deep=True).strip()) for link in panel.css("a"))
    return links < _MAX_DISCLOSED_LINK_SHARE * len(text.strip())


def _inside_a_heading(node: LexborNode) -> bool:
    parent = node.parent
    return parent is not None and ((parent.tag or "") in _HEADING_LEVELS or parent.tag == "summary")


_OUTLINE_LISTS = "ul, ol"
_MAX_OUTLINE_LISTS = 64
_PAGE_HEADINGS = "h2, h3, h4, h5, h6"


def _outline_list_headings(body: LexborNode) -> None:
    """A page written as one outline: its top-level list's items that are a bold title over a
    nested list become headings over that list (decision 0117).

    Some pages set the whole chapter out as nested lists, each part a bold top-level item
    ("<li><strong>Corporate parenting</strong><ul><li>The whole council …</li></ul></li>") and
    its paragraphs as sub-items, with no heading below the page's title. Where a list has at
    least `MIN_OUTLINE_HEADINGS` such items and every item holds a nested list, the list is
    rewritten as headings, each followed by its nested list; a plain item over a nested list
    there ("End") heads its part too. A page with headings of its own keeps its lists: bold
    items over sub-items there are a list's terms.
    """
    if body.css_first(_PAGE_HEADINGS) is not None:
        return
    for outline in body.css(_OUTLINE_LISTS)[:_MAX_OUTLINE_LISTS]:
        parts = _outline_parts(outline)
        if parts is None:
            continue
        rewritten = "".join(
            f"<h2>{html_escape(label)}</h2>" + "".join(block.html or "" for block in blocks)
            for label, blocks in parts
        )
        replacement = LexborHTMLParser(f"<div>{rewritten}</div>").css_first("div")
        if replacement is not None:
            outline.replace_with(replacement)
        return


def _outline_parts(outline: LexborNode) -> list[tuple[str, list[LexborNode]]] | None:
    """Each item's title and the blocks under it, when `outline` is a top-level list whose every
    item is a short title over a nested list, or over paragraphs (and lists) where the list
    holds most of its page's text (decision 0166), at least `MIN_OUTLINE_HEADINGS` of the
    titles bold; else None."""
    parent = outline.parent
    while parent is not None:
        if (parent.tag or "") == "li":
            return None
        parent = parent.parent
    parts: list[tuple[str, list[LexborNode]]] = []
    bold = 0
    paragraphs = False
    for item in _children(outline):
        tag = item.tag or ""
        if tag.startswith("-"):
            if tag == "-text" and (item.text_content or "").strip():
                return None
            continue
        if tag != "li":
            return None
        elements = [
            child
            for child in _children(item)
            if not ((child.tag or "") == "-text" and not (child.text_content or "").strip())
        ]
        blocks = elements[1:]
        if not blocks or any((block.tag or "") not in _OUTLINE_BLOCK_TAGS for block in blocks):
            return None
        if len(blocks) != 1 or (blocks[0].tag or "") not in _LIST_TAGS:
            paragraphs = True
        label = " ".join(elements[0].text(deep=True).split())
        if not title_like(label):
            return None
        if (elements[0].tag or "") in _BOLD_TAGS or bold_only_words(elements[0]) is not None:
            bold += 1
        elif (elements[0].tag or "") != "-text":
            return None
        parts.append((label, blocks))
    if bold < MIN_OUTLINE_HEADINGS:
        return None
    if paragraphs and not _holds_most_of_its_page(outline):
        return None
    return parts


_OUTLINE_BLOCK_TAGS = _LIST_TAGS | {"p", "div", "blockquote", "table", "dl"}
"""What may follow an outline item's title: a section's paragraphs and lists."""
_PAGE_ROOTS = frozenset({"main", "article", "body"})


def _holds_most_of_its_page(outline: LexborNode) -> bool:
    """Whether `outline` holds at least half the text of the nearest <main>, <article> or
    <body> round it: a list of sections, not a list of terms (bold outcomes over their
    explanations) inside one section."""
    page = outline.parent
    while page is not None and (page.tag or "") not in _PAGE_ROOTS:
        page = page.parent
    if page is None:
        return False
    return 2 * _text_length(outline) >= _text_length(page)


def _head_tab_panels(tree: LexborHTMLParser, body: LexborNode, cues: ChromeCues) -> None:
    """Give each tab panel its tab's label as its heading when it opens without one.

    A page may set a chapter's sections out as tabs: the labels stand together in a tab list
    (the page's control, dropped with the chrome) and each panel holds a section's text, often
    with no heading of its own. The tab names the panel (`aria-controls`, or the link's
    `#id`), so its label becomes the panel's heading, at the level of the page's other section
    headings; a panel that opens with the label already keeps its own. The panel is marked as
    one, so that hiding it until its tab is chosen does not drop it. An accordion made of
    toggle buttons (`aria-expanded`, `aria-controls`) outside any heading sets its sections out
    the same way, each panel hidden until its button is pressed: a toggle's panel is read so
    too when it holds a section (`_discloses_a_section`), not a menu or a search box.
    """
    levels = [int((heading.tag or "h2")[1]) for heading in body.css("h2, h3, h4, h5, h6")[:64]]
    level = min(levels, default=2)
    tabs = [(tab, False) for tab in tree.css(_TABS)[:_MAX_TABS]]
    views = _tabs_are_page_views([tab for tab, _ in tabs], tree)
    tabs += [(toggle, True) for toggle in tree.css(_DISCLOSURES)[:_MAX_TABS]]
    tabs += [(toggle, True) for toggle in tree.css(_COLLAPSE_TOGGLES)[:_MAX_TABS]]
    tabs += [(toggle, True) for toggle in tree.css(_SIBLING_TOGGLES)[:_MAX_TABS]]
    for tab, disclosure in tabs:
        attributes = tab.attributes
        label = " ".join(tab.text(deep=True).split())
        if disclosure and not _inside_a_heading(tab):
            label = _label_without_state_word(tab, label, cues.toggle_words)
        if not label:
            continue
        target = (attributes.get("aria-controls") or "").strip()
        for named_by in ("data-bs-target", "data-target", "href"):
            if not target:
                target = (attributes.get(named_by) or "").strip().removeprefix("#")
        if not target and disclosure:
            panel = _toggled_panel(tab)
        elif _SAFE_ID.fullmatch(target) is None:
            continue
        else:
            panel = tree.css_first(f'[id="{target}"]')
        if panel is None or panel.mem_id == tab.mem_id:
            continue
        if disclosure and not _discloses_a_section(label, panel):
            continue
        panel.attrs["role"] = "tabpanel"
        if views and not disclosure:
            continue  # the page's one view among tabs to other pages: no section of its own
        if disclosure and canonical_phrase(label) in cues.phrases:
            continue  # "Read more": the panel goes on with the text above it, unheaded
        if _inside_a_heading(tab):
            continue  # an accordion's heading holds its button: the heading is there already
        if disclosure:
            tab.decompose()  # its label heads the panel now (a link's words would stay twice)
        if canonical_phrase(_first_words(panel)).startswith(canonical_phrase(label)):
            continue
        if _opens_with_heading(panel):
            continue  # the panel names itself; the tab's short label only points at it
        heading = LexborHTMLParser(f"<h{level}></h{level}>").body
        element = heading.css_first(f"h{level}") if heading is not None else None
        if element is None:
            continue
        element.insert_child(label)
        first = panel.child
        if first is None:
            panel.insert_child(element)
        else:
            first.insert_before(element)


_STATE_WORD_SEPARATORS = " ,;|\u00b7-\u2013\u2014"


def _label_without_state_word(toggle: LexborNode, label: str, words: frozenset[str]) -> str:
    """A bare toggle button's label once the state word beside it is dropped ("A stable home"
    and `<span class="…icon">Open</span>`, blind242, decision 0366), with any separator a
    hidden divider left at its end; the label as it was where nothing is dropped. A button
    inside a heading keeps its words here: the heading's own toggles are read later."""
    _drop_toggle_state_words(toggle, words)
    shown = " ".join(toggle.text(deep=True).split())
    return shown.rstrip(_STATE_WORD_SEPARATORS) if shown != label else label


def _tab_target(tab: LexborNode) -> str:
    attributes = tab.attributes
    return (attributes.get("aria-controls") or "").strip() or (
        (attributes.get("href") or "").strip()
    )


def _tabs_are_page_views(tabs: list[LexborNode], tree: LexborHTMLParser) -> bool:
    """Whether a page's tabs are its views, not its sections ("Overview | Procedures | Forms"):
    only one tab's panel is on the page, and the other tabs link to other pages. The one panel
    is then the page's content, which its own headings set out; the tab's label heads nothing."""
    on_page = 0
    away = 0
    for tab in tabs:
        target = _tab_target(tab)
        name = target.removeprefix("#")
        if target.startswith("#") or tab.attributes.get("aria-controls"):
            if _SAFE_ID.fullmatch(name) and tree.css_first(f'[id="{name}"]') is not None:
                on_page += 1
        elif target:
            away += 1
    return on_page == 1 and away > 0


def _first_heading_names_the_page(root: LexborNode, page_name: str) -> bool:
    """Whether the chapter's first heading, at whatever level, is the page's name as its
    `<title>` gives it: an old layout names the site in its one `<h1>` and the chapter in an
    `<h2>` over the text, which is then the chapter's title line already. The `<title>` may
    shorten the name ("Policies, values and principles | Children and families | Kestlow
    Council" over an `<h2>` "Children's Services Policies, Values and Principles"), so a heading
    that says the `<title>`'s name at its end names the page too, as under a masthead
    (`_heading_under_the_site_h1`)."""
    first = root.css_first(_ANY_HEADING)
    if first is None:
        return False
    words = canonical_phrase(first.text(deep=True))
    page = canonical_phrase(page_name)
    return bool(page) and (
        words == page
        or words.endswith(" " + page)
        or (_says_every_word_of(words, page) and _outranks_the_headings_after(root, first))
    )


_ANY_HEADING = "h1, h2, h3, h4, h5, h6"
_NAME_WORD = re.compile(r"[\w'\u2019]+")
_NAME_LINKS = frozenset({"and", "of", "the", "for", "a", "an", "in", "to", "on", "our", "with"})
_MIN_LOOSE_NAME_WORDS = 2
_MAX_LOOSE_HEADING_WORDS = 16


def _says_every_word_of(heading: str, page: str) -> bool:
    """Whether a heading (canonical words) says every word of the `<title>`'s page name, in any
    order, as a fuller name does: "Policies and Values - Quennaby Children's Services
    Procedures" over an `<h2>` "Children's Services Policies, Values and Principles" (blind383).
    The name needs two words of its own beside "and", "of" and the like, and the heading must be
    short enough to be a title line, so that one shared word or a long sentence names nothing."""
    said = _NAME_WORD.findall(heading)
    wanted = {word for word in _NAME_WORD.findall(page) if word not in _NAME_LINKS}
    return (
        len(wanted) >= _MIN_LOOSE_NAME_WORDS
        and len(said) <= _MAX_LOOSE_HEADING_WORDS
        and wanted <= set(said)
    )


def _outranks_the_headings_after(root: LexborNode, first: LexborNode) -> bool:
    """Whether no heading after the root's first one is of a higher rank: the first is then the
    page's own title line over its sections, not one section among them."""
    rank = int((first.tag or "h6")[1:])
    return all(
        int((heading.tag or "h6")[1:]) > rank
        for heading in root.css(_ANY_HEADING)[1:_MAX_ROOT_HEADINGS]
    )


_TITLE_SEPARATOR = re.compile(r"\s+[|\-\u2013\u2014\u00b7:]{1,2}\s+")
_SITE_NAME = re.compile(
    r"(?:\bcouncil|\bborough|\bcounty|\bcity|\bgov\.uk|\bwebsite|\bhome(?:\s+page)?)$",
    re.IGNORECASE,
)
_MAX_PAGE_NAME_WORDS = 14
_MAX_OPENING_LINE = 80


def _page_name_in_title_element(tree: LexborHTMLParser) -> str | None:
    """The page's own name in its `<title>` ("Policies, Values and Principles | Eastwick Vale
    Council" → the first part that is not the site's name), or None.

    A `<title>` that opens with the council's name runs from the site down to the page, as a
    trail does ("Kelby Council - Children's Practice Manual - Policies, Values and
    Principles"): the manual's name stands before the page's there, and the page's name is the
    later part that the page's own `<h1>` says. Without such an `<h1>` the first part is kept
    (a provider's name may close the `<title>` as well)."""
    element = tree.css_first("head title") or tree.css_first("title")
    if element is None:
        return None
    parts = _TITLE_SEPARATOR.split(" ".join(element.text(deep=True).split()))
    names = [
        part
        for part in parts
        if (words := part.split())
        and len(words) <= _MAX_PAGE_NAME_WORDS
        and not _SITE_NAME.search(part)
    ]
    if not names:
        return None
    if len(names) > 1 and parts[0] not in names:
        shown = {
            canonical_phrase(heading.text(deep=True))
            for heading in tree.css("h1")[:_MAX_TITLE_CANDIDATES]
        }
        for name in names[1:]:
            if canonical_phrase(name) in shown and canonical_phrase(names[0]) not in shown:
                return name
    return names[0]


def _site_names_in_title_element(tree: LexborHTMLParser, page_name: str | None) -> frozenset[str]:
    """The other parts of the `<title>` beside the page's own name ("Policies, Values and
    Principles - Fenwick Children's Services Manual" → the manual's name), as canonical
    phrases: what the site calls itself, which a site-wide `<h1>` above the chapter repeats."""
    element = tree.css_first("head title") or tree.css_first("title")
    if element is None or page_name is None:
        return frozenset()
    parts = _TITLE_SEPARATOR.split(" ".join(element.text(deep=True).split()))
    return frozenset(canonical_phrase(part) for part in parts if part != page_name) - {""}


def _drop_site_headings_over_the_page(
    root: LexborNode, page_name: str, site_names: frozenset[str]
) -> None:
    """Drop the headings inside the chapter's root that say the site's or manual's name as the
    `<title>` gives it beside the page's ("Values and principles - Marlow Vale Children's
    Services Policies and Procedures"), when a later heading in the root says the page's name:
    the manual's banner set as the root's first `<h1>`, the chapter's title under it. A root
    whose only heading names the site keeps it (the page may be named nowhere else). The
    chapter's heading then takes the dropped `<h1>`'s place as the page's first-rank heading,
    when no other `<h1>` is left: it is the title line the site's banner stood over."""
    if not site_names:
        return
    page = canonical_phrase(page_name)
    headings = root.css(_ANY_HEADING)[:_MAX_ROOT_HEADINGS]
    named = [canonical_phrase(heading.text(deep=True)) for heading in headings]
    if page not in named:
        return
    title = headings[named.index(page)]
    dropped = False
    for heading, words in zip(headings[: named.index(page)], named, strict=False):
        if words in site_names:
            heading.decompose()
            dropped = True
    if not dropped or title.tag == "h1" or root.css_first("h1") is not None:
        return
    replacement = LexborHTMLParser("<h1></h1>").body
    element = replacement.css_first("h1") if replacement is not None else None
    if element is None:
        return
    element.insert_child(" ".join(title.text(deep=True).split()))
    title.insert_before(element)
    title.decompose()


_NAME_BESIDE_TAGS = frozenset({"br", "span", "small"})
_MAX_TRIMMED_HEADINGS = 3


_BADGE_TAGS = frozenset({"span", "small", "strong", "em", "b", "i", "mark", "sup"})
_BADGE_HEADINGS = "h1, h2, h3"
_MAX_BADGE_HEADINGS = 40


def _drop_toggle_state_words(toggle: LexborNode, words: frozenset[str]) -> None:
    """Drop the state word an accordion's script writes into its heading's button beside the
    label ("Our values" then `<span class="…toggle-text">Show<span class="visually-hidden">
    this section</span></span>`, as a saved GOV.UK Frontend page holds it): an element of the
    button, styled by a class of its own, whose own words are a toggle word only says whether the
    fold is open. Dropped with its hidden rest, so the heading is the label alone; a button
    saying nothing else keeps it, as does a heading's plain word ("<span>Show</span> …")."""
    if not words:
        return
    found = [
        element
        for element in toggle.css("*")
        if element.mem_id != toggle.mem_id
        and (element.attributes.get("class") or "").strip()
        and canonical_phrase(element.text(deep=False)) in words
    ]
    if not found:
        return
    dropped = {element.mem_id for element in found}
    rest = "".join(
        text.text(deep=False)
        for text in toggle.traverse(include_text=True)
        if text.tag == "-text" and not _inside(text, dropped, toggle)
    )
    if canonical_phrase(rest):
        for element in found:
            element.decompose()


def _inside(node: LexborNode, ids: set[int], stop: LexborNode) -> bool:
    """Whether `node` sits in one of the elements `ids` names, looking up no further than
    `stop`."""
    parent = node.parent
    while parent is not None and parent.mem_id != stop.mem_id:
        if parent.mem_id in ids:
            return True
        parent = parent.parent
    return False


def _drop_heading_badges(body: LexborNode, badges: frozenset[str]) -> None:
    """Drop a badge beside a heading's words ("<h1>Policies, Values and Principles <span
    class="badge">New</span></h1>"): an inline element of the heading, styled by a class of
    its own, holding nothing but a listed badge word, with words of the heading's own outside
    it. A heading that is the badge's word alone, or says it as its own text ("What is
    <em>new</em>", no class), keeps it."""
    if not badges:
        return
    for heading in body.css(_BADGE_HEADINGS)[:_MAX_BADGE_HEADINGS]:
        children = list(_children(heading))
        found = [
            child
            for child in children
            if child.tag in _BADGE_TAGS
            and (child.attributes.get("class") or "").strip()
            and canonical_phrase(child.text(deep=True)) in badges
        ]
        if not found:
            continue
        badge_ids = {child.mem_id for child in found}
        rest = " ".join(
            child.text(deep=True) for child in children if child.mem_id not in badge_ids
        )
        if canonical_phrase(rest):
            for child in found:
                child.decompose()


def _trim_headings_to_the_page_name(root: LexborNode, page_name: str) -> None:
    """Set an `<h1>` to the page's name where it adds, in an element of its own or after a
    line break, the manual's or the site's name to the name the `<title>` gives ("<h1>Wexley
    Procedures Manual<br>Policies, Values and Principles</h1>", "<h1>Policies, Values and
    Principles <small>Children's social care procedures</small></h1>"): a caption beside the
    title, not part of it. Words run into the title's own text ("Children's Services Policies,
    Values and Principles") and a number before it ("<span>1.1</span> …") stay."""
    page = canonical_phrase(page_name)
    if not page:
        return
    for heading in root.css("h1")[:_MAX_TRIMMED_HEADINGS]:
        words = canonical_phrase(" ".join(child.text(deep=True) for child in _children(heading)))
        if words == page:
            continue
        if words.endswith(" " + page):
            beside = words[: -len(page)]
        elif words.startswith(page + " "):
            beside = words[len(page) :]
        else:
            continue
        if any(character.isdigit() for character in beside) or not any(
            child.tag in _NAME_BESIDE_TAGS for child in _children(heading)
        ):
            continue
        if not _stands_apart(heading, page, canonical_phrase(beside)):
            continue
        for child in list(_children(heading)):
            child.decompose()
        heading.insert_child(" ".join(page_name.split()))


def _stands_apart(heading: LexborNode, page: str, beside: str) -> bool:
    """The page's name or the words beside it are one of the heading's own parts (an element or
    a run of text between line breaks), not both inside one wrapper ("<h1><span>Children's
    Services Policies, Values and Principles</span></h1>", as Word writes every run)."""
    parts = {canonical_phrase(child.text(deep=True)) for child in _children(heading)}
    return page in parts or beside in parts


def _names_the_site(heading: LexborNode, site_names: frozenset[str]) -> bool:
    return canonical_phrase(heading.text(deep=True)) in site_names


_TRAIL_CURRENT = (
    "nav[aria-label*='breadcrumb' i] [aria-current='page'], "
    "[class*='breadcrumb' i] [aria-current='page']"
)
_MIN_TRAIL_NAME_WORDS = 3


def _page_named_in_the_trail_only(tree: LexborHTMLParser, body: LexborNode) -> str | None:
    """The page's name as the breadcrumb's current step gives it, where the page's one `<h1>`
    is the manual's name and nothing else names the chapter (decision 0347): a manual host that
    sets its name in the `<h1>` and its `<title>` alike, above the trail, and the chapter's name
    only as the trail's last step (`aria-current="page"`). A page's own `<h1>` stands under its
    trail; one above the trail that says all the `<title>` says is the site's masthead."""
    element = tree.css_first("head title") or tree.css_first("title")
    current = body.css_first(_TRAIL_CURRENT)
    headings = body.css("h1")
    if element is None or current is None or len(headings) != 1:
        return None
    heading = headings[0]
    name = " ".join(current.text(deep=True).split())
    heading_words = canonical_phrase(heading.text(deep=True))
    step = canonical_phrase(name)
    if (
        len(step.split()) < _MIN_TRAIL_NAME_WORDS
        or canonical_phrase(element.text(deep=True)) != heading_words
        or step in heading_words
        or heading_words in step
        or not _comes_before(heading, current, body)
    ):
        return None
    return name


_TRAILS = "nav[aria-label*='breadcrumb' i], [class*='breadcrumb' i]"


def _page_named_under_its_manual_in_the_trail(
    tree: LexborHTMLParser, body: LexborNode
) -> str | None:
    """The page's name as the breadcrumb's current step gives it, where the page has no `<h1>`
    and its `<title>` names one of the trail's earlier steps (decision 0522): the `<title>` then
    says which manual the page sits in ("Children's social care procedures | … Council" over a
    trail "Home > Children's social care procedures > Children's Services Policies, Values and
    Principles"), and the trail's last step (`aria-current="page"`) names the page itself. A
    `<title>` that names no step of the trail is the page's own name and is kept."""
    if body.css_first("h1") is not None:
        return None
    current = body.css_first(_TRAIL_CURRENT)
    page_title = _page_name_in_title_element(tree)
    if current is None or not page_title:
        return None
    name = " ".join(current.text(deep=True).split())
    step = canonical_phrase(name)
    page = canonical_phrase(page_title)
    if len(step.split()) < _MIN_TRAIL_NAME_WORDS or step == page:
        return None
    for trail in body.css(_TRAILS):
        holds = trail.css_first("[aria-current='page']")
        if holds is None or holds.mem_id != current.mem_id:
            continue
        earlier = {canonical_phrase(link.text(deep=True)) for link in trail.css("a")}
        return name if page in earlier else None
    return None


def _every_h1_names_the_site(body: LexborNode, site_names: frozenset[str]) -> bool:
    """Whether the page's only `<h1>`s are the site's or the manual's name as its `<title>`
    gives it beside the page's name: the chapter is then named in the `<title>` alone."""
    headings = body.css("h1")[:_MAX_TITLE_CANDIDATES]
    return bool(headings) and all(_names_the_site(heading, site_names) for heading in headings)


def _heading_under_the_site_h1(
    body: LexborNode, site_names: frozenset[str], page_name: str
) -> str | None:
    """The chapter's name as the heading right under the site's `<h1>` prints it, where a
    masthead sets the council's name in the `<h1>` and the chapter's in the `<h2>` after it
    ("<header><h1>Kestlow County Council</h1><h2>Children's Services Policies, Values and
    Principles</h2>"): the `<title>` may shorten the chapter's name ("Policies, Values and
    Principles - Kestlow County Council"), and the heading says it in full. Taken only when
    the heading says the `<title>`'s name, alone or at its end; a heading that says something
    else (a strapline, "Working together for families") is no title."""
    page = canonical_phrase(page_name)
    for heading in body.css("h1")[:_MAX_TITLE_CANDIDATES]:
        if not _names_the_site(heading, site_names):
            continue
        sibling = heading.next
        while sibling is not None and sibling.tag in ("-text", "-comment"):
            sibling = sibling.next
        if sibling is None or sibling.tag not in ("h2", "h3"):
            continue
        words = canonical_phrase(sibling.text(deep=True))
        if page and (words == page or words.endswith(" " + page)):
            return " ".join(sibling.text(deep=True).split())
    return None


_HOLDS_NO_TITLE = frozenset({"a", "li", "ul", "ol", "dl", "table", "button", "label"})
_BANNER_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def _page_heading_in_the_masthead(
    body: LexborNode, root: LexborNode, site_names: frozenset[str], page_name: str
) -> str | None:
    """The chapter's name as a page banner inside the site's `<header>` prints it, below the
    site's `<h1>` and its menu and trail: the masthead sets the council's name in the `<h1>`
    and the page's title in a lower heading at the header's foot ("<header><h1>Kelby County
    Council</h1><nav>…</nav><div class='page-banner'><ol>…</ol><h2>Children's Services
    Policies, Values and Principles</h2></div></header>"), and the chapter's sections follow
    in headings of lower rank still. Here the `<title>` names the site and its manual only
    ("Kelby County Council - Children's Services Procedures"), and the masthead prints the
    manual's name too, as its strap: a name the site's header shows beside its own is the
    site's, so the banner's heading is the one place the page names itself. Taken when the
    `<title>`'s name is so printed in the header outside the heading, the heading is the
    header's last, stands in no link, list or table, is shaped like a title, and outranks every
    heading of the chapter's root; a strapline heading under the `<h1>` of a page the `<title>`
    names is no title (blind286), and a header that holds the root names nothing here."""
    for site_heading in body.css("h1")[:_MAX_TITLE_CANDIDATES]:
        if not _names_the_site(site_heading, site_names):
            continue
        header = _enclosing(site_heading, "header", body)
        if header is None or _is_inside(root, header, body):
            continue
        after_site_heading = False
        last: LexborNode | None = None
        for node in header.traverse():
            if node.mem_id == site_heading.mem_id:
                after_site_heading = True
            elif after_site_heading and (node.tag or "") in _BANNER_HEADING_TAGS:
                last = node
        if last is None or _enclosing_any(last, _HOLDS_NO_TITLE, header) is not None:
            continue
        words = " ".join(last.text(deep=True).split())
        beside = canonical_phrase(header.text(deep=True)).replace(canonical_phrase(words), " ")
        if canonical_phrase(page_name) not in beside:
            continue
        rank = int((last.tag or "h6")[1:])
        below = [int((heading.tag or "h6")[1:]) for heading in root.css(_ANY_HEADING)]
        if below and min(below) > rank and (title_like(words) or long_title_like(words)):
            return words
    return None


def _enclosing(node: LexborNode, tag: str, stop: LexborNode) -> LexborNode | None:
    return _enclosing_any(node, frozenset({tag}), stop)


def _enclosing_any(node: LexborNode, tags: frozenset[str], stop: LexborNode) -> LexborNode | None:
    """The nearest ancestor of `node` below `stop` whose tag is one of `tags`, or None."""
    current = node.parent
    while current is not None and current.mem_id != stop.mem_id:
        if (current.tag or "") in tags:
            return current
        current = current.parent
    return None


def _named_only_outside_the_root(
    body: LexborNode, root: LexborNode, text: str, page_name: str
) -> bool:
    """Whether the page shows its `<title>` name outside the chapter's root and nowhere in it,
    while the rendered chapter opens with a line that is no heading (decision 0258): an old
    table layout sets the name in a title row of its own above the navigation and content
    cells, so the content cell starts with its amendment stamp ("Amended: October 2024"),
    which is no title. The name the page shows is the chapter's title line."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or first.startswith(("#", "**")) or root.mem_id == body.mem_id:
        return False
    name = canonical_phrase(page_name)
    return name in canonical_phrase(body.text(deep=True)) and name not in canonical_phrase(
        root.text(deep=True)
    )


_MAX_TITLE_LINE_WORDS = 24


def _opens_with_the_page_name(text: str, page_name: str) -> bool:
    """Whether the rendered chapter's first line is the page's name as the `<title>` gives it,
    alone or beside another part ("Stannerby Council — Children's Services Policies, Values and
    Principles" set in a plain `<div>` or `<p>` over the chapter's paragraphs), though too long
    for `_opens_with_prose` to take for a title: the page shows its title in a block no heading
    marks, and that line, read as the title a plain first line is, opens the chapter; the
    `<title>`'s name set above it would be a second title (decision 0452). A fuller name that
    says every word of a shorter `<title>` name names the page too ("Policies and principles |
    Wendleford Borough Council" over a `<div class="page-title">` "Children's Services
    Policies, Values and Principles"), as a heading does (`_first_heading_names_the_page`,
    blind392). False where the first line is a heading already, a sentence, or says something
    else."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if (
        not first
        or first.startswith(("#", "**", "|", "-", "*"))
        or first[-1] in ".;:!?,"
        or len(first.split()) > _MAX_TITLE_LINE_WORDS
    ):
        return False
    name = canonical_phrase(page_name)
    return name in (
        canonical_phrase(part) for part in _TITLE_SEPARATOR.split(first)
    ) or _says_every_word_of(canonical_phrase(first), name)


def _opens_with_prose(text: str) -> bool:
    """Whether the rendered chapter opens with a sentence rather than a title line: a page that
    shows its name only in the browser's tab (`<title>`) and starts straight with its text."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or first.startswith(("#", "**")):
        return False
    return len(first) > _MAX_OPENING_LINE or first[-1] in ".;:!?"


_MARKDOWN_HEADING = re.compile(r"^(#{1,6})[ \t]+(\S.*?)[ \t]*$", re.MULTILINE)
_MAX_LATER_HEADINGS = 50


def _opens_with_a_section_heading(text: str, page_name: str) -> bool:
    """Whether the rendered chapter opens with the heading of one of its sections rather than a
    title over them: its first line is a heading that a later heading matches or outranks
    ("### Amendment", then "## 1. Introduction"), and that is not the page's name. A page
    named only in its `<title>` may start straight with its amendment note's heading. Only a
    `<title>` that sets the page's name beside the site's ("Policies, Values and Principles |
    Ashworth Council") is asked: one of a single part may be the site's name alone ("Quenby
    Borough Council Procedures"), over a text whose first heading is the chapter's title."""
    opening = text.lstrip()
    first = _MARKDOWN_HEADING.match(opening.split("\n", 1)[0])
    if first is None:
        return False
    words = canonical_phrase(first.group(2))
    if not words or words in canonical_phrase(page_name) or canonical_phrase(page_name) in words:
        return False
    level = len(first.group(1))
    later = _MARKDOWN_HEADING.finditer(opening, first.end())
    return any(
        len(heading.group(1)) <= level for heading in itertools.islice(later, _MAX_LATER_HEADINGS)
    )


_CHAPTER_LANDMARKS = "main aside, article aside, [role=main] aside"
_MAX_ASIDE_LINK_SHARE = 0.5


def _unwrap_chapter_asides(body: LexborNode, matcher: _ChromeMatcher) -> None:
    """Keep the prose boxes a chapter sets beside its text inside its own `<main>` or
    `<article>` ("What's changed", an amendment note): such an `<aside>` belongs to the
    chapter. One the page marks as chrome (a class such as "related-links", a role) or that is
    mostly links to other pages (a "More in this section" box) is still dropped with the
    other asides, as is one opening with a box heading ("Related pages"): a sidebar column
    whose later boxes ("Need to report a concern?", a phone number) are the site's too."""
    box_headings = matcher.cues.box_headings
    for aside in body.css(_CHAPTER_LANDMARKS):
        if canonical_phrase(_first_words(aside)) in box_headings:
            continue
        if matcher.is_marked(aside) and not (
            matcher.is_marked_as_column_only(aside) and _holds_headed_prose(aside)
        ):
            continue
        if _is_contact_box(aside):
            continue
        length = _text_length(aside)
        links = _link_entries_length(aside)
        if length and links < _MAX_ASIDE_LINK_SHARE * length:
            _headings_at_section_rank(aside, body)
            aside.unwrap()


def _is_link_away(node: LexborNode) -> bool:
    """A link to another page, not a jump within this one."""
    return node.tag == "a" and not (node.attributes.get("href") or "").startswith("#")


def _link_entries_length(aside: LexborNode) -> int:
    """How much of a box's text is links to other pages. A list item that opens with such a
    link counts whole: the details a site prints after a document's link ("PDF, 1.2MB,
    published 11 November 2025") or a line describing the linked page belong to the entry, so a
    "Related documents" box is as much a list of links as a bare "More in this section" box."""
    entries = 0
    counted: set[int] = set()
    for item in aside.css("li"):
        first = _first_element_with_text(item)
        if first is not None and _is_link_away(first) and item.text(deep=True).strip():
            entries += _text_length(item)
            counted.update(link.mem_id for link in item.css("a"))
    return entries + sum(
        _text_length(link)
        for link in aside.css("a")
        if link.mem_id not in counted and _is_link_away(link)
    )


def _first_element_with_text(item: LexborNode) -> LexborNode | None:
    """The outermost element at the start of `item` whose text opens the item's text (the link
    of "<li><a>Local offer</a> PDF, 640KB</li>"), or None where the item opens with bare text."""
    opening = item.text(deep=True).lstrip()
    child = item.child
    while child is not None:
        text = child.text(deep=True)
        if text.strip():
            if child.tag == "-text" or not opening.startswith(text.strip()):
                return None
            if _is_link_away(child) or child.css_first("a") is None:
                return child
            child = child.child
            continue
        child = child.next
    return None


_CONTACT_DETAIL = re.compile(
    r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)


def _is_contact_box(aside: LexborNode) -> bool:
    """Whether every paragraph of a box gives a telephone number or an e-mail address ("Call the
    Children's Advice Hub on 01632 960 415, Monday to Friday"): a help line set beside the
    chapter is the site's, as a sidebar's "Need to report a concern?" is; a chapter's own pull-out
    states its policy, not only whom to ring."""
    paragraphs = [
        text for paragraph in aside.css("p") if (text := paragraph.text(deep=True).strip())
    ]
    return bool(paragraphs) and all(_CONTACT_DETAIL.search(text) for text in paragraphs)


_ASIDE_HEADINGS = "h2, h3, h4, h5, h6"


def _headings_at_section_rank(aside: LexborNode, body: LexborNode) -> None:
    """Set a kept box's headings at the rank of the chapter's section headings beside it: a box
    stands beside the chapter, not under the section next to it, so its heading ("Our practice
    model", an `<h3>` in a sidebar after the `<h2>` "Introduction") opens a part of the chapter
    rather than a sub-heading of that section (decision 0238). Deeper headings in the box keep
    their distance below its first."""
    own = aside.css(_ASIDE_HEADINGS)
    if not own:
        return
    landmark = aside.parent
    while landmark is not None and landmark.mem_id != body.mem_id:
        if landmark.tag in ("main", "article") or landmark.attributes.get("role") == "main":
            break
        landmark = landmark.parent
    if landmark is None:
        return
    boxed = {node.mem_id for node in own}
    for other in landmark.css("aside"):
        boxed.update(node.mem_id for node in other.css(_ASIDE_HEADINGS))
    ranks = [
        _heading_rank(node) for node in landmark.css(_ASIDE_HEADINGS) if node.mem_id not in boxed
    ]
    if not ranks:
        return
    shift = min(_heading_rank(node) for node in own) - min(ranks)
    if shift <= 0:
        return
    for node in own:
        level = _heading_rank(node) - shift
        heading = LexborHTMLParser(f"<h{level}>{node.inner_html or ''}</h{level}>").css_first(
            f"h{level}"
        )
        if heading is not None:
            node.replace_with(heading)


def _heading_rank(node: LexborNode) -> int:
    """2 for an `<h2>`: the rank its tag gives a heading of `_ASIDE_HEADINGS`."""
    return int((node.tag or "h6")[1])


_PULL_OUT_WORDS = 12
"""The fewest words of a paragraph that makes a box beside the chapter a pull-out of it."""


def _holds_headed_prose(aside: LexborNode) -> bool:
    """Whether a box holds a heading and a paragraph of prose ("Our practice model" over a
    sentence about it), as a chapter's pull-out does; a column's menu or a help line does not."""
    if aside.css_first("h2, h3, h4, h5, h6") is None:
        return False
    return any(
        len(paragraph.text(deep=True).split()) >= _PULL_OUT_WORDS
        and paragraph.text(deep=True).rstrip()[-1:] in (".", "!", "?")
        for paragraph in aside.css("p")
    )


_PAGE_FORM_SHARE = 0.5
"""A `<form>` holding this share of the page's text is the page's wrapper, not a widget."""


def _unwrap_page_forms(body: LexborNode) -> None:
    """Keep the page inside a page-wide `<form>`: a publishing system that posts the whole page
    back (ASP.NET Web Forms' `<form id="aspnetForm">`) wraps its header, menus, chapter and footer
    in one form. A form holding the page's `<h1>` or most of its text is that wrapper, not a
    search box or a feedback widget: it is unwrapped so that its content is read like any other
    page's; its own fields and buttons are still dropped, and a form nested inside it (a feedback
    widget) is still a form."""
    forms = body.css("form")
    if not forms:
        return
    page_length = _text_length(body)
    heading = body.css_first("h1")
    for form in forms:
        holds_heading = heading is not None and _is_inside(heading, form, body)
        if holds_heading or (page_length and _text_length(form) >= _PAGE_FORM_SHARE * page_length):
            form.unwrap()
            return


_SEPARATORS_ONLY = re.compile(r"[|/\\\u00b7\u2022\s]+")
"""Bars, slashes, middle dots and bullets with nothing between them."""
_NESTED_LIST = "li ul, li ol"
_MAX_TREE_PANE_WORDS = 6
"""A tree pane's own words beside its tree: a caption ("Manual contents") at most."""


def _drop_page_trees(body: LexborNode) -> None:
    """Drop a manual's chapter tree: a nested list of parts and chapters, set before the
    chapter's `<h1>`, with a link naming that page among its entries (the page's place in the
    manual, "Part 1" / "Children's Services Policies, …" / "Case Recording Standards"). It is
    the manual's navigation in whatever class the product gives it; left in, its entry naming
    the page reads as the chapter's title. The pane holding it goes too when the tree is all
    it holds but a caption."""
    if body.css_first(_NESTED_LIST) is None:
        return
    heading = body.css_first("h1")
    if heading is None:
        return
    name = canonical_phrase(heading.text(deep=True))
    if not name:
        return
    for tree in body.css("ul, ol"):
        if tree.css_first(_NESTED_LIST) is None or _is_inside(heading, tree, body):
            continue
        if not any(canonical_phrase(link.text(deep=True)) == name for link in tree.css("a")):
            continue
        if not _comes_before(tree, heading, body):
            continue
        pane = tree.parent
        tree.decompose()
        if (
            pane is not None
            and pane.mem_id != body.mem_id
            and not _is_inside(heading, pane, body)
            and len(pane.text(deep=True).split()) <= _MAX_TREE_PANE_WORDS
        ):
            pane.decompose()
        return


def _comes_before(node: LexborNode, later: LexborNode, body: LexborNode) -> bool:
    """Whether `node` opens before `later` in the page."""
    for current in body.traverse():
        if current.mem_id == node.mem_id:
            return True
        if current.mem_id == later.mem_id:
            return False
    return False


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


_BRACKETED_PAGE_BUTTON = re.compile(
    r"\s*\[\s*(?:contents|index|previous|prev|next|top|home|back|up|print)\s*\]\s*",
    re.IGNORECASE,
)
"""A link written as an older site's button, its word in square brackets ("[Contents]",
"[Previous]", "[Next]", "[Top]"): the manual's page-turning buttons. A chapter links its words
in its sentences, never a bracketed "[Next]" of its own."""


def _is_bracketed_page_button(text: str) -> bool:
    """Whether a link's whole text is a bracketed page button (`_BRACKETED_PAGE_BUTTON`)."""
    return _BRACKETED_PAGE_BUTTON.fullmatch(text) is not None


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


_SKIP_LINK_TEXT = re.compile(
    r"(?:skip|jump|go)(?: straight)? to (?:the )?(?:(?:main|page|chapter|article|page's)"
    r" )?(?:content|contents|text|chapter|article|page)",
    re.IGNORECASE,
)
"""A skip link's words that name the page's content ("Skip to content", "Skip to the chapter",
"Jump to main content"), not its navigation, a list of chapters, the search or the footer."""
_MAX_SKIP_LINKS = 8
_MAX_ID_CANDIDATES = 4096


def _skip_link_target(body: LexborNode) -> LexborNode | None:
    """The element the page's own skip link jumps to, where neither a selector nor the extractor
    found the chapter (the extractor's region was the whole page).

    A page whose wrappers carry no known name (`<div id="c">` beside `<div class="left">`) still
    tells a keyboard user where its content starts: "Skip to content" links to it. That element
    holds the chapter and not the menus around it, as `<main>` does; an empty anchor, or an
    element holding too little of the page's text, is no root. Only then: where the extractor
    found a region, a skip link may point past the title and the amendment box to the body text
    (blind197's 19705 links "Skip to chapter text" to the paragraphs under them).
    """
    targets: list[str] = []
    for link in body.css('a[href^="#"]')[: _MAX_SKIP_LINKS * 4]:
        words = " ".join((link.text() or "").split()).strip(" .:>\u00bb\u203a").lower()
        if _SKIP_LINK_TEXT.fullmatch(words):
            target = (link.attributes.get("href") or "")[1:].strip()
            if target:
                targets.append(target)
        if len(targets) >= _MAX_SKIP_LINKS:
            break
    if not targets:
        return None
    page_length = _text_length(body)
    for node in body.css("[id]")[:_MAX_ID_CANDIDATES]:
        named = (node.attributes.get("id") or "").strip() in targets
        if named and _text_length(node) >= _MIN_ROOT_SHARE * page_length:
            return node
    return None


_OUTSIDE_SHARE = 0.6
"""The content root inside the extractor's region is kept when it holds this share of the
region's text: the site's own word against the extractor's guess."""
_LANDMARK_IDS = frozenset({"content", "main-content", "maincontent"})


def _chapter_root(
    body: LexborNode,
    content_root: LexborNode,
    region: LexborNode | None,
    *,
    named_by_the_page: bool = False,
) -> LexborNode:
    """The element to render: the content root (`<main>`, `#content`…) or the extractor's region.

    The extractor finds the chapter where no selector does (a table layout, a CMS's unnamed
    wrapper) and widens a root that holds too little of it. It narrows a root only where the
    root is a loosely named wrapper (`.content`) and what it would leave out is mostly links:
    a landmark (`<main>`, `#content`) holds the chapter's scope box and contents list too, which
    the extractor scores low. A root the page's own skip link names (`named_by_the_page`) is a
    landmark whatever its id.
    """
    if region is None or region.mem_id == content_root.mem_id:
        return content_root
    if content_root.mem_id == body.mem_id:
        return region
    landmark = named_by_the_page or _is_landmark(content_root)
    if _is_inside(region, content_root, body):
        narrow = not landmark and adds_mostly_links(content_root, region)
        return region if narrow else content_root
    if _is_inside(content_root, region, body):
        held = _text_length(content_root) >= _OUTSIDE_SHARE * _text_length(region)
        return content_root if held else region
    return content_root if landmark else region


_MAX_PAGE_LANDMARKS = 16


def _wraps_the_page(root: LexborNode) -> bool:
    """Whether the extractor's region is the page's own wrapper rather than the chapter's: an
    unnamed `<div>` (a CMS's off-canvas canvas) that holds the site's `<header>` or `<footer>`
    outside any `<main>` or `<article>`. It is chosen when the chapter is split across sibling
    blocks; the landmarks in it are then the site's, dropped as they are outside a chapter."""
    if _is_landmark(root):
        return False
    for landmark in root.css("header, footer")[:_MAX_PAGE_LANDMARKS]:
        current = landmark.parent
        while current is not None and current.mem_id != root.mem_id:
            if (current.tag or "") in _SECTIONING_TAGS:
                break
            current = current.parent
        else:
            return True
    return False


def _is_landmark(node: LexborNode) -> bool:
    """`<main>`, `<article>`, `role="main"` or an id such as `#content`: the site's landmark."""
    attributes = node.attributes
    return (
        (node.tag or "") in _SECTIONING_TAGS
        or (attributes.get("role") or "").strip().lower() == "main"
        or (attributes.get("id") or "").strip().lower() in _LANDMARK_IDS
    )


def _is_inside(node: LexborNode, ancestor: LexborNode, body: LexborNode) -> bool:
    current = node.parent
    while current is not None and current.mem_id != body.mem_id:
        if current.mem_id == ancestor.mem_id:
            return True
        current = current.parent
    return False


def _pseudo_heading_level(root: LexborNode, cues: ChromeCues, *, has_title: bool) -> int:
    """The level of `<p><strong>` headings: one below the deepest real heading, at least 2.

    Headings of boxes ("Related pages"), which are dropped, do not count.
    """
    deepest = 1 if has_title else 0
    for heading in root.css("h1, h2, h3, h4, h5, h6")[:_MAX_LEVEL_CANDIDATES]:
        level = _HEADING_LEVELS.get(heading.tag or "", 0)
        if level <= deepest:
            continue
        words = canonical_phrase(heading.text(deep=True))
        if words and words not in cues.box_headings and words not in cues.phrases:
            deepest = level
    return min(6, max(2, deepest + 1))


_SHORT_BOLD_HEADINGS_NEEDED = 3
"""Short bold paragraphs reading as headings a page needs before a long one heads a section."""


def _bold_lines_head_the_page(root: LexborNode) -> bool:
    """Whether the page heads its parts with paragraphs wholly in bold: at least
    `_SHORT_BOLD_HEADINGS_NEEDED` of them read as headings by their shape alone (`title_like`
    or `question_heading`). On such a page a longer bold line of the same kind
    (`long_title_like`) is one more heading, named at length as a council names a part by what
    it holds; elsewhere it stays a bold paragraph. Reads at most `_MAX_COLON_LABEL_CANDIDATES`
    paragraphs."""
    found = 0
    for node in root.css("p")[:_MAX_COLON_LABEL_CANDIDATES]:
        words = bold_only_words(node)
        if words is not None and (title_like(words) or question_heading(words)):
            found += 1
            if found >= _SHORT_BOLD_HEADINGS_NEEDED:
                return True
    return False


_COLON_HEADINGS_NEEDED = 3
"""Bold paragraphs ending with a colon a page needs for it to style its headings that way."""
_MAX_COLON_LABEL_CANDIDATES = 400


def _labels_with_colons_are_headings(root: LexborNode) -> bool:
    """Whether the page styles its headings as bold paragraphs ending with a colon
    (`<p><strong>Working together:</strong></p>`): at least `_COLON_HEADINGS_NEEDED` of them.

    One bold line ending with a colon is more often a list's lead-in ("The Acts are:"), so it is
    not a heading by itself; a run of them through the page is its heading style, and then the
    one that happens to sit above a list ("What we want for every child:") heads its section as
    its siblings do. Reads at most `_MAX_COLON_LABEL_CANDIDATES` paragraphs.
    """
    found = 0
    for node in root.css("p")[:_MAX_COLON_LABEL_CANDIDATES]:
        words = bold_only_words(node)
        if words is not None and words.endswith(":") and title_like(words[:-1].rstrip()):
            found += 1
            if found >= _COLON_HEADINGS_NEEDED:
                return True
    return False


def title_like(words: str) -> bool:
    """Short, opening with a capital or a number, not ending like a sentence, no date in it:
    what a bold line must be to read as a heading rather than a bold sentence or a stamp."""
    if not words or len(words) > MAX_PSEUDO_HEADING_LENGTH:
        return False
    if len(words.split()) > MAX_PSEUDO_HEADING_WORDS:
        return False
    return _title_shaped(words)


MAX_LONG_PSEUDO_HEADING_WORDS = 20
MAX_LONG_PSEUDO_HEADING_LENGTH = 160
_SENTENCE_MARKS = ".!?;:"


def long_title_like(words: str) -> bool:
    """A heading named at length ("Acts that bind us and the neighbours who carry the load
    with us"): a bold line shaped like a title, longer than `title_like` allows but at most
    `MAX_LONG_PSEUDO_HEADING_WORDS` words, with no sentence mark anywhere in it. Alone it
    is as likely a bold sentence left without its full stop, so it heads a section only on a
    page that already heads its parts with short bold lines (`_bold_lines_head_the_page`,
    decision 0586)."""
    if not words or len(words) > MAX_LONG_PSEUDO_HEADING_LENGTH:
        return False
    if len(words.split()) > MAX_LONG_PSEUDO_HEADING_WORDS:
        return False
    return not any(mark in words for mark in _SENTENCE_MARKS) and _title_shaped(words)


def _title_shaped(words: str) -> bool:
    """Opening with a capital or a number, not ending like a sentence, with letters and no
    year in it: the shape `title_like` and `long_title_like` share, whatever the length."""
    if words[-1] in _NOT_A_TITLE_ENDING:
        return False
    first = _WORD_CHARACTER.search(words)
    if first is None or not (first.group().isupper() or first.group().isdigit()):
        return False
    return sum(character.isalpha() for character in words) >= 2 and not _YEAR.search(words)


def question_heading(words: str) -> bool:
    """A heading asked as one short question ("Who do we work alongside?"): a page that
    names its parts by what the reader wants to know heads them with questions, in bold
    lines of their own as in heading elements. A question mark ends it and nothing before it
    ends a sentence, so a bold sentence with a question after it ("Worried? Call us.") is not
    one."""
    stem = words[:-1].rstrip()
    return words.endswith("?") and not any(mark in stem for mark in ".!?;") and title_like(stem)


MAX_QUOTED_HEADING_WORDS = 20
"""A bold line wholly in quotation marks reads as a heading up to this many words."""
_OPENING_QUOTES = '\u201c"'
_CLOSING_QUOTES = '\u201d"'


def quoted_heading(words: str) -> bool:
    """A heading that is one quotation ("\u201cIf I can't live with my mum, let me stay with my
    nan.\u201d"): a page that heads each part with what a child or a parent said, and answers it
    in the text below, sets the words a speaker used, sentence marks and all, in a bold line of
    its own. The marks round the whole line say it is one utterance, not a bold sentence of the
    body, so it may run longer than a heading named in the page's own words (up to
    `MAX_QUOTED_HEADING_WORDS`); a line with quotation marks inside it, or words after the
    closing mark, is not one quotation (decision 0456)."""
    if len(words) > MAX_PSEUDO_HEADING_LENGTH or len(words.split()) > MAX_QUOTED_HEADING_WORDS:
        return False
    if len(words) < 4 or words[0] not in _OPENING_QUOTES or words[-1] not in _CLOSING_QUOTES:
        return False
    inner = words[1:-1]
    if any(mark in inner for mark in _OPENING_QUOTES + _CLOSING_QUOTES):
        return False
    first = _WORD_CHARACTER.search(inner)
    return first is not None and first.group().isupper() and not _YEAR.search(inner)


def bold_only_words(node: LexborNode) -> str | None:
    """The words of an element whose every word is bold (`<p><strong>…</strong></p>`), else None.

    Inline wrappers (`<span>`, `<a>`, `<em>`) may sit around or inside the bold run; any other
    element, or a word outside bold, means the element is not a bold line. Reads at most
    `_MAX_PSEUDO_HEADING_NODES` nodes.
    """
    return _marked_only_words(node, _BOLD_TAGS, _styled_bold)


_UNDERLINE_TAGS = frozenset({"u"})


def underlined_only_words(node: LexborNode) -> str | None:
    """The words of an element whose every word is underlined (`<p><u>Our values</u></p>`, or a
    span styled `text-decoration: underline`), else None: the heading of a typist who marks
    headings by underlining them, as in Word (decision 0363), read as a bold line is."""
    return _marked_only_words(node, _UNDERLINE_TAGS, _styled_underline)


def _marked_only_words(
    node: LexborNode, marks: frozenset[str], styled: Callable[[LexborNode], bool]
) -> str | None:
    """The words of `node` when every one of them stands inside one of the `marks` elements or
    an inline wrapper `styled` says marks them, else None."""
    parts: list[str] = []
    stack: list[tuple[LexborNode, bool]] = [
        (child, False) for child in reversed(list(_children(node)))
    ]
    visited = 0
    found_mark = False
    while stack:
        current, marked = stack.pop()
        visited += 1
        if visited > _MAX_PSEUDO_HEADING_NODES:
            return None
        tag = current.tag or ""
        if tag == "-text":
            text = current.text_content or ""
            if text.strip() and not marked:
                return None
            parts.append(text)
            continue
        if tag.startswith("-"):
            continue
        if tag == "br":
            parts.append(" ")
            continue
        inner = marked or tag in marks or (tag in _STYLED_TAGS and styled(current))
        if tag not in _BOLD_TAGS and tag not in _INLINE_WRAPPERS and not _office_mark(tag):
            return None
        found_mark = found_mark or inner
        stack.extend((child, inner) for child in reversed(list(_children(current))))
    words = " ".join("".join(parts).split())
    return words if found_mark and words else None


_ITALIC_TAGS = frozenset({"em", "i"})
_MARK_CHARACTERS = re.compile(r"[*_]")


def italic_only(node: LexborNode) -> bool:
    """Whether every word of a paragraph is in italics and none in bold ("<p><em>Tarnmouth
    Council, children's procedures</em></p>"): what markdown writes `*…*`, a byline or a note
    its writer set apart. It is written so (decision 0263), as the Word reader writes such a
    paragraph (0251), and the section planner reads it as it reads a markdown source's.
    Reads at most `_MAX_PSEUDO_HEADING_NODES` nodes."""
    stack: list[tuple[LexborNode, bool]] = [
        (child, False) for child in reversed(list(_children(node)))
    ]
    visited = 0
    found = False
    while stack:
        current, italic = stack.pop()
        visited += 1
        if visited > _MAX_PSEUDO_HEADING_NODES:
            return False
        tag = current.tag or ""
        if tag == "-text":
            if (current.text_content or "").strip():
                if not italic:
                    return False
                found = True
            continue
        if tag.startswith("-") or tag == "br":
            continue
        if tag in _BOLD_TAGS or tag not in _INLINE_WRAPPERS:
            return False
        stack.extend(
            (child, italic or tag in _ITALIC_TAGS) for child in reversed(list(_children(current)))
        )
    return found


def _office_mark(tag: str) -> bool:
    """An Office element written into HTML saved from Word (`<o:p>`, the paragraph's mark,
    `<w:sdt>`): a prefixed name that wraps or ends a run, never a block of its own."""
    return ":" in tag


_STYLED_TAGS = frozenset({"span", "font"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b", re.IGNORECASE)


_UNDERLINE_STYLE = re.compile(r"text-decoration(?:-line)?\s*:[^;}]*\bunderline\b", re.IGNORECASE)


def _styled_underline(node: LexborNode) -> bool:
    """Whether an inline wrapper underlines its words by its own style."""
    style = node.attributes.get("style")
    return style is not None and _UNDERLINE_STYLE.search(style) is not None


def _styled_bold(node: LexborNode) -> bool:
    """Whether an inline wrapper sets its words in bold by its own style
    (`<span style="font-weight:bold">`, `font-weight: 700`), as editors' pasted text and
    Word's HTML export do instead of `<b>`."""
    style = node.attributes.get("style")
    return style is not None and _BOLD_STYLE.search(style) is not None


MIN_WORDS_AFTER_BOLD_LEAD = 6
"""Words a paragraph must hold after its bold lead and `<br>` for the lead to head it: "Last
updated<br>12 May 2025" is a label and its value, not a heading over a paragraph."""


def bold_lead_heading(node: LexborNode) -> tuple[LexborNode, LexborNode] | None:
    """The bold lead and the `<br>` after it, when `node` (a paragraph) opens with a heading's
    words in bold, then a line break, then its text: `<p><b>Working together</b><br>No agency
    …</p>`, as editors head a section without a paragraph of its own. Else None."""
    children = [
        child
        for child in _children(node)
        if not ((child.tag or "") == "-text" and not (child.text_content or "").strip())
    ]
    if len(children) < 3 or (children[0].tag or "") not in _BOLD_TAGS:
        return None
    if (children[1].tag or "") != "br":
        return None
    words = " ".join(children[0].text(deep=True).split())
    if not title_like(words):
        return None
    rest = sum(len(child.text(deep=True).split()) for child in children[2:])
    if rest < MIN_WORDS_AFTER_BOLD_LEAD:
        return None
    return children[0], children[1]


RUN_IN_LEADS_NEEDED = 3
"""Paragraphs opening with a bold run-in lead a page without headings of its own needs for it to
head its sections that way (`_run_in_leads_are_headings` here, `run_in_lead_headings` in the
markdown block scanner, which Word's text reaches too)."""
_MAX_RUN_IN_LEAD_CANDIDATES = 400


def is_run_in_lead(lead: str, words_after: int) -> bool:
    """Whether a paragraph's bold opening words `lead`, with `words_after` words after them in
    the same paragraph, are a run-in lead that could head its section ("Our promise." before
    "We will …", "Working together:" before "Schools …"): the lead reads as a title once a
    closing full stop or colon, as printed, is set aside, and a paragraph's worth of words
    (`MIN_WORDS_AFTER_BOLD_LEAD`) follows, so "Updated: May 2025" is a field, not a heading.
    The one definition for HTML (`run_in_lead`), markdown and Word (decisions 0422, 0426)."""
    words = " ".join(lead.split())
    label = words[:-1].rstrip() if words[-1:] in (".", ":") else words
    return title_like(label) and words_after >= MIN_WORDS_AFTER_BOLD_LEAD


_SUBJECT_PRONOUNS = frozenset({"we", "you", "they", "it", "i", "he", "she"})
_FINITE_VERBS = frozenset(
    {"is", "are", "was", "were", "am", "has", "have", "had", "can", "could", "will", "would"}
    | {"shall", "should", "must", "may", "might", "do", "does", "did"}
)
_QUESTION_WORDS = frozenset({"what", "how", "why", "who", "whom", "when", "where", "which"})


def _lead_reads_as_sentence(lead: str) -> bool:
    """Whether a run-in lead is a sentence ("We value respect and openness.", "Permanence is
    planned early.") rather than a title ("Our promise.", "What we believe."): it opens with a
    subject pronoun and goes on, or holds a finite auxiliary, and is no "What …"/"How …"
    clause, which names a topic as a title does."""
    words = [word.strip(".,:;!?'\u2019").lower() for word in lead.split()]
    if not words or words[0] in _QUESTION_WORDS:
        return False
    return (words[0] in _SUBJECT_PRONOUNS and len(words) > 1) or any(
        word in _FINITE_VERBS for word in words[1:]
    )


def leads_read_as_titles(leads: Sequence[str]) -> bool:
    """Whether a page's run-in leads (`is_run_in_lead`) read as its headings: at least
    `RUN_IN_LEADS_NEEDED` of them, fewer than half of them sentences. A page that opens its
    paragraphs with bold sentences ("The law comes first.", "We value respect and openness.")
    stresses each paragraph's first sentence, and its sections are read by their meaning as
    before (decision 0363: bold run-in sentences open sections, un-headed); a page of bold
    titles ("Our promise.", "After care.") heads its sections with them (0422, 0426)."""
    sentences = sum(_lead_reads_as_sentence(lead) for lead in leads)
    return len(leads) >= RUN_IN_LEADS_NEEDED and 2 * sentences < len(leads)


def run_in_lead(node: LexborNode) -> LexborNode | None:
    """The bold lead of paragraph `node` when it opens with a heading's words in bold and its
    sentence runs on after them in the same paragraph: `<p><strong>Our promise.</strong> We
    will …</p>`, `<p><b>Working together:</b> Schools …</p>`. The lead may end with a full stop
    or a colon, as printed; what follows must be a paragraph's worth of words
    (`is_run_in_lead`), so "<b>Updated:</b> May 2025" is a field, not a heading. Else None."""
    children = [
        child
        for child in _children(node)
        if not ((child.tag or "") == "-text" and not (child.text_content or "").strip())
    ]
    if len(children) < 2 or (children[0].tag or "") not in _BOLD_TAGS:
        return None
    if (children[1].tag or "") == "br":
        return None  # `bold_lead_heading`'s shape
    rest = sum(len(child.text(deep=True).split()) for child in children[1:])
    return children[0] if is_run_in_lead(children[0].text(deep=True), rest) else None


def _run_in_leads_are_headings(root: LexborNode) -> bool:
    """Whether the page heads its sections with bold run-in leads (`run_in_lead`): it has no
    heading element but, at most, its title, no whole bold line that reads as a heading, and at
    least `RUN_IN_LEADS_NEEDED` paragraphs open with such a lead, read as titles rather than
    sentences (`leads_read_as_titles`). A page with headings of its
    own uses a bold lead for an aside or a point inside a section ("<b>Please note:</b> …",
    "<b>Respect.</b> We treat …"); a page with none has only the leads to show where its
    sections start, as a CMS editor who bolds the first words of each paragraph sets it out
    (blind288, decision 0422). Reads at most `_MAX_RUN_IN_LEAD_CANDIDATES` paragraphs."""
    if len(root.css("h1, h2, h3, h4, h5, h6")[:2]) > 1:
        return False
    leads: list[str] = []
    for node in root.css("p, div")[:_MAX_RUN_IN_LEAD_CANDIDATES]:
        words = bold_only_words(node)
        if words is not None and title_like(words.rstrip(":").rstrip()):
            return False  # whole bold lines head its sections; a lead is an aside in one
        lead = run_in_lead(node) if (node.tag or "") == "p" else None
        if lead is not None:
            leads.append(lead.text(deep=True))
    return leads_read_as_titles(leads)


MIN_OUTLINE_HEADINGS = 3
"""Bold titles over nested lists a page's list needs for it to be the page's outline."""
MIN_LAYOUT_LABELS = 3
LAYOUT_SHARE = 0.5
"""A layout table holds at least this share of the chapter's text; a table of data is a part."""


def layout_table_rows(
    table: LexborNode, root_length: int
) -> list[tuple[LexborNode, LexborNode]] | None:
    """The rows of a table used for layout, each its label cell and its content cell, else None.

    Old pages set a chapter out as a two-column table: each section's heading in the left cell
    (`<td><strong>Purpose</strong></td>`, or a row header `<th scope="row">`), its paragraphs
    and lists in the right. Such a table has no column header cells, every row two cells, at
    least `MIN_LAYOUT_LABELS` left cells holding a
    heading's words (the rest empty: a section carried on, or un-headed), holds most of the
    chapter's text, and its right cells hold paragraphs or lists, most of them, one at least two
    (a section's body). A table of statutes or principles, one phrase or one paragraph to a
    cell, is data.
    """
    table_rows = _table_row_cells(table)
    if not table_rows:
        return None
    header = layout_header_row(table)
    rows: list[tuple[LexborNode, LexborNode]] = []
    for cells in table_rows[1:] if header is not None else table_rows:
        if len(cells) != 2 or (cells[0].tag or "") not in ("td", "th") or cells[1].tag != "td":
            return None  # a header row (`<th>` over a column) makes a table of data
        rows.append((cells[0], cells[1]))
    labels = [" ".join(label.text(deep=True).split()) for label, _ in rows]
    named = [label for label in labels if label]
    if len(named) < MIN_LAYOUT_LABELS or not all(title_like(label) for label in named):
        return None
    if root_length == 0 or _text_length(table) < LAYOUT_SHARE * root_length:
        return None
    blocks = [
        sum((child.tag or "") in _LAYOUT_BLOCK_TAGS for child in _children(content))
        for label, content in rows
        if label.text(deep=True).strip()
    ]
    if 2 * sum(count > 0 for count in blocks) < len(blocks) or max(blocks) < 2:
        return None  # cells of words, or of one paragraph each: a table of data
    if header is not None and not _bodies_of_sections([content for _, content in rows]):
        return None  # labels over short entries: a table of data under its column labels
    return rows


MIN_SECTION_BODY_WORDS = 15
"""Words most content cells of a layout table under a header row must hold: a section's prose,
not an entry of a table of data."""


def layout_header_row(table: LexborNode) -> LexborNode | None:
    """The first row of a table when it is a row of two column labels over further rows
    (`<tr><th>Topic</th><th>Guidance</th></tr>`, in a `<thead>` or not), else None: the labels a
    two-column layout table may carry over its heading and content columns."""
    table_rows = _table_row_cells(table)
    if not table_rows or len(table_rows) <= MIN_LAYOUT_LABELS:
        return None
    first = table_rows[0]
    if len(first) != 2 or any((cell.tag or "") != "th" for cell in first):
        return None
    if not all(title_like(" ".join(cell.text(deep=True).split())) for cell in first):
        return None
    return first[0].parent


def _bodies_of_sections(contents: list[LexborNode]) -> bool:
    """Whether most of a table's content cells hold a section's prose (`MIN_SECTION_BODY_WORDS`
    words or more), as a chapter laid out under column labels does; a table of data under its
    header row holds a phrase or a sentence to a cell."""
    long = sum(len(cell.text(deep=True).split()) >= MIN_SECTION_BODY_WORDS for cell in contents)
    return 2 * long > len(contents)


_LAYOUT_BLOCK_TAGS = frozenset({"p", "ul", "ol", "div", "dl", "table", "blockquote"})


def _table_row_cells(table: LexborNode) -> list[list[LexborNode]] | None:
    """The cells of each row of `table`, its rows directly under it or in its row groups
    (`<thead>`, `<tbody>`), or None when anything but rows stands there (a caption, a nested
    block): the shape the layout-table readers below judge."""
    rows: list[list[LexborNode]] = []
    for part in _children(table):
        part_rows = [part] if (part.tag or "") == "tr" else list(_children(part))
        for row in part_rows:
            tag = row.tag or ""
            if tag.startswith("-"):
                continue
            if tag != "tr":
                return None
            rows.append([cell for cell in _children(row) if not (cell.tag or "").startswith("-")])
    return rows


def table_title_row(table: LexborNode) -> str | None:
    """The words of a data table's title row, else None: a first row of one cell (a `<th>` or a
    bold line, spanning the columns of the rows below, which have two or more) holding a short
    title that is no sentence ("Statutes behind our fostering", "Key facts"). It names what the
    table holds, often the section it opens, so it is written as a bold line above the rows, as a
    `<caption>` is written apart; in the first row's line it could never head a section."""
    table_rows = _table_row_cells(table)
    if not table_rows or len(table_rows) < 2 or len(table_rows[0]) != 1:
        return None
    if max(len(cells) for cells in table_rows[1:]) < 2:
        return None
    cell = table_rows[0][0]
    words = " ".join(cell.text(deep=True).split())
    if (cell.tag == "th" or bold_only_words(cell) is not None) and title_like(words):
        return words
    return None


def _chapter_column_cells(table: LexborNode, root_length: int) -> list[LexborNode] | None:
    """The cells of a table of one column holding most of the page's text (`LAYOUT_SHARE`),
    else None: what both readings of a chapter laid out as a one-column table start from."""
    table_rows = _table_row_cells(table)
    if not table_rows:
        return None
    cells: list[LexborNode] = []
    for row_cells in table_rows:
        if len(row_cells) != 1 or (row_cells[0].tag or "") not in ("td", "th"):
            return None
        cells.append(row_cells[0])
    if root_length == 0 or _text_length(table) < LAYOUT_SHARE * root_length:
        return None
    return cells


def column_layout_headings(table: LexborNode, root_length: int) -> list[LexborNode] | None:
    """The heading cells of a one-column table used for layout, else None.

    Old manuals set a whole chapter out as a table of one column: a row for each heading (a
    `<th>`, or a `<td>` holding only a heading element or a bold line) and a row under it for
    the section's paragraphs and lists. Such a table has one cell in every row, at least
    `MIN_LAYOUT_LABELS` heading rows, holds most of the chapter's text, and some of its other
    cells hold two blocks or more (a section's body). A one-column table of statutes or
    principles, a phrase or a paragraph to a cell, is data. Returned are the heading cells
    written as cells (`<th>`, bold lines), to be read as headings; a heading element inside a
    cell is one already.
    """
    cells = _chapter_column_cells(table, root_length)
    if cells is None:
        return None
    headings: list[LexborNode] = []
    headed = 0
    bodies = 0
    for cell in cells:
        elements = [child for child in _children(cell) if not (child.tag or "").startswith("-")]
        if len(elements) == 1 and (elements[0].tag or "") in _HEADING_LEVELS:
            headed += 1
            continue
        words = " ".join(cell.text(deep=True).split())
        if (cell.tag == "th" or bold_only_words(cell) is not None) and title_like(words):
            headings.append(cell)
            continue
        if sum((child.tag or "") in _LAYOUT_BLOCK_TAGS for child in elements) >= 2:
            bodies += 1
    if headed + len(headings) < MIN_LAYOUT_LABELS or bodies == 0:
        return None
    return headings


def definition_layout_terms(listing: LexborNode, root_length: int) -> list[LexborNode] | None:
    """The terms of a definition list used to lay a chapter out, else None.

    A page may set its whole chapter out as one `<dl>`: each section's heading a `<dt>`, its
    paragraphs and lists the `<dd>` under it. Such a list holds only terms and descriptions, at
    least `MIN_LAYOUT_LABELS` terms, each reading as a title, most of the chapter's text, and
    some description holds two blocks or more (a section's body). A glossary or a list of
    outcomes, a phrase or a sentence to a description, is a list of terms.
    """
    parts = _titled_definition_parts(listing)
    if parts is None:
        return None
    terms = [part for part in parts if part.tag == "dt"]
    bodies = sum(
        sum((block.tag or "") in _LAYOUT_BLOCK_TAGS for block in _children(part)) >= 2
        for part in parts
        if part.tag == "dd"
    )
    if len(terms) < MIN_LAYOUT_LABELS or bodies == 0:
        return None
    if root_length == 0 or _text_length(listing) < LAYOUT_SHARE * root_length:
        return None
    return terms


MIN_SECTION_SENTENCES = 2
"""The fewest sentences of each description of a definition list read as a chapter's sections:
a section's body, where a glossary's entry is a phrase or a sentence."""
_SENTENCE_CLOSE = re.compile(r"[.!?][\"'\u201d\u2019)]?(?=\s|$)")


def definition_section_terms(listing: LexborNode) -> list[LexborNode] | None:
    """The terms of a definition list that carries a headed chapter on, else None.

    A page may write its first sections under headings and set the rest out as a `<dl>`, each
    term a topic ("Permanence", "Leaving care") over a description of a few sentences. The caller
    asks that headed sections come before it and that no heading or lead-in introduces it;
    here the list holds only terms and descriptions, at least `MIN_LAYOUT_LABELS` terms, each
    reading as a title, and every description is prose of `MIN_SECTION_SENTENCES` sentences or
    more. A glossary's entries are a phrase or a sentence each, and a glossary stands under a
    heading of its own ("Definitions") or after a line announcing it.
    """
    parts = _titled_definition_parts(listing)
    if parts is None:
        return None
    for part in parts:
        if part.tag != "dd":
            continue
        words = " ".join(part.text(deep=True).split())
        if not _is_prose(words) or len(_SENTENCE_CLOSE.findall(words)) < MIN_SECTION_SENTENCES:
            return None
    terms = [part for part in parts if part.tag == "dt"]
    return terms if len(terms) >= MIN_LAYOUT_LABELS else None


def _titled_definition_parts(listing: LexborNode) -> list[LexborNode] | None:
    """The `<dt>` and `<dd>` elements of a definition list in order, else None where it holds
    loose text, another element, or a term that does not read as a title: the shape both
    readings of a `<dl>` as a chapter's sections (`definition_layout_terms`,
    `definition_section_terms`) ask for before anything else."""
    parts: list[LexborNode] = []
    for child in _children(listing):
        tag = child.tag or ""
        if tag.startswith("-"):
            if tag == "-text" and (child.text_content or "").strip():
                return None
            continue
        if tag == "dd" or (tag == "dt" and title_like(" ".join(child.text(deep=True).split()))):
            parts.append(child)
        else:
            return None
    return parts


LAYOUT_ROOT_SHARE = 0.8
"""A one-column layout table holding this share of the page's text is the chapter, the small
tables round it (the site's name, its links, a printed footer) the site's frame."""
_MAX_LAYOUT_ROOT_CANDIDATES = 16


def _column_layout_root(root: LexborNode) -> LexborNode:
    """The one-column layout table that holds nearly all of `root`'s text, else `root`: an old
    page with no landmark sets its frame as small tables above and below the chapter's own."""
    length = _text_length(root)
    if length == 0 or (root.tag or "") == "table":
        return root
    for table in root.css("table")[:_MAX_LAYOUT_ROOT_CANDIDATES]:
        if _text_length(table) < LAYOUT_ROOT_SHARE * length:
            continue
        if column_layout_headings(table, length) is not None:
            return table
        cell = layout_content_cell(table)
        if cell is not None:
            return cell
    return root


CONTENT_CELL_SHARE = 0.7
"""A layout row's content cell holds at least this share of its table's text."""
MENU_LINK_SHARE = 0.5
"""A cell beside the content cell whose text is at least this much links is a menu."""
MIN_CONTENT_CELL_BLOCKS = 4


def layout_content_cell(table: LexborNode) -> LexborNode | None:
    """The cell of a table used to lay a page out in columns that holds the chapter, else None.

    Old sites set the page as one table row: a menu of the manual's chapters in the left cell,
    the chapter in the middle one, an "On this page" list of its headings in the right. Read as
    a row of data the three run together, the chapter's headings and paragraphs flattened into
    one line between the menus. Such a table's content cell holds `CONTENT_CELL_SHARE` of the
    table's text in `MIN_CONTENT_CELL_BLOCKS` blocks or more (paragraphs, lists, headings), and
    every other cell is empty or a menu, its text mostly links (to other pages or within this
    one: a list of the page's own headings is as much the frame's as a list of chapters). A
    table of data has no cell that holds most of its text in blocks beside cells of links.
    """
    table_rows = _table_row_cells(table)
    if not table_rows:
        return None
    cells = [cell for row in table_rows for cell in row if (cell.tag or "") in ("td", "th")]
    if len(cells) < 2:
        return None
    total = _text_length(table)
    content = max(cells, key=_text_length)
    if total == 0 or _text_length(content) < CONTENT_CELL_SHARE * total:
        return None
    if len(content.css(_CONTENT_CELL_BLOCKS)) < MIN_CONTENT_CELL_BLOCKS:
        return None
    for cell in cells:
        if cell.mem_id == content.mem_id:
            continue
        words = len("".join(cell.text(deep=True).split()))
        linked = sum(len("".join(link.text(deep=True).split())) for link in cell.css("a"))
        if words and linked < MENU_LINK_SHARE * words:
            return None
    return content


_CONTENT_CELL_BLOCKS = "p, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, dl"
MIN_BOX_CELL_BLOCKS = 2


def box_table_cell(table: LexborNode) -> LexborNode | None:
    """The one cell of a table of one row and one cell that holds `MIN_BOX_CELL_BLOCKS` blocks
    or more (paragraphs, lists, headings), else None. Such a table has no rows or columns to
    compare: old pages use it as a box, to pad or frame what it holds (the chapter inside the
    content column, a note), so its blocks are read as the page's flow, not run together into
    one line as a row of data would be."""
    table_rows = _table_row_cells(table)
    if not table_rows or len(table_rows) != 1 or len(table_rows[0]) != 1:
        return None
    cell = table_rows[0][0]
    if (cell.tag or "") not in ("td", "th"):
        return None
    if len(cell.css(_CONTENT_CELL_BLOCKS)[:MIN_BOX_CELL_BLOCKS]) < MIN_BOX_CELL_BLOCKS:
        return None
    return cell


def column_section_cells(table: LexborNode, root_length: int) -> list[LexborNode] | None:
    """The cells of a one-column table that sets a chapter out a section to a cell, else None.

    Old manual hosts put each section in a row of its own: one cell holding the section's
    heading (a styled `<span>`, a bold line) and, after a blank line made of two `<br>`s, its
    paragraphs as bare text parted the same way. Read as rows of data each section runs into
    one line, its heading and paragraphs with it. Such a table has one cell in every row,
    holds most of the chapter's text, and at least `MIN_LAYOUT_LABELS` of its cells hold two
    blocks or more (block elements, or runs of text parted by a blank line). A one-column
    table of statutes or principles, a phrase or a paragraph to a cell, is data.
    """
    cells = _chapter_column_cells(table, root_length)
    if cells is None:
        return None
    if (
        sum(_cell_blocks(cell) >= 2 for cell in cells) < MIN_LAYOUT_LABELS
        and _headed_body_cells(cells) < MIN_LAYOUT_LABELS
    ):
        return None
    return cells


def _headed_body_cells(cells: list[LexborNode]) -> int:
    """How many cells of prose sit straight under a cell that reads as a title: the same
    chapter set out a section to two rows, the heading in a cell of its own ("2. Our values",
    unstyled or in a plain `<span>`) over a cell of the section's sentences. Read as rows of data
    each heading becomes a line run on into the section before it (decision 0573)."""
    words = [" ".join(cell.text(deep=True).split()) for cell in cells]
    return sum(
        title_like(heading) and not title_like(body) and _SENTENCE_IN_CELL.search(body) is not None
        for heading, body in itertools.pairwise(words)
    )


_SENTENCE_IN_CELL = re.compile(r"\w[.!?][\"'\u201d\u2019)]*(?:\s|$)")
"""A sentence ending in a cell's text: a word's last letter, then a full stop, question or
exclamation mark, then a space or the cell's end."""


def _cell_blocks(cell: LexborNode) -> int:
    """How many blocks a table cell holds: its block elements, and its runs of loose text and
    inline elements, a run ending at a block element or at a blank line (two `<br>`s with
    nothing but spaces between)."""
    blocks = 0
    run = False
    breaks = 0
    for child in _children(cell):
        tag = child.tag or ""
        if tag == "-text":
            if (child.text_content or "").strip():
                run, breaks = True, 0
            continue
        if tag.startswith("-"):
            continue
        if tag == "br":
            breaks += 1
            if breaks == 2 and run:
                blocks, run = blocks + 1, False
            continue
        breaks = 0
        if tag in _LAYOUT_BLOCK_TAGS:
            blocks, run = blocks + 1 + int(run), False
        elif child.text(deep=True).strip():
            run = True
    return blocks + int(run)


_HEADING_ELEMENTS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _opens_with_heading(panel: LexborNode) -> bool:
    """Whether `panel` opens with a heading of its own: its first words are an `<hN>`'s and no
    other heading in it stands at that level or above.

    A tab strip's labels are short ("Law", "Records") where the panels they open carry the
    section's own heading ("Our legal footing"): the panel's heading is the section's, and
    putting the label above it would read the heading as a sub-heading under a word of the
    page's control (decision 0500). A panel that opens with the first of several side-by-side
    headings ("Families First", "Permanence" under a "Key principles" tab) holds sub-sections,
    and the tab's label heads them."""
    opening = _opening_heading(panel)
    if opening is None:
        return False
    level = _heading_element_level(opening)
    peers = [
        heading
        for heading in panel.css("h1, h2, h3, h4, h5, h6")[:_MAX_BOX_PROBE_NODES]
        if int((heading.tag or "h6")[1]) <= level
    ]
    return len(peers) <= 1


def _heading_element_level(heading: LexborNode) -> int:
    """An `<hN>`'s N, or a `role="heading"` element's `aria-level` (2 where it gives none)."""
    tag = heading.tag or ""
    if tag in _HEADING_ELEMENTS:
        return int(tag[1])
    aria_level = (heading.attributes.get("aria-level") or "").strip()
    return int(aria_level) if aria_level.isdigit() and 1 <= int(aria_level) <= 6 else 2


def _opening_heading(panel: LexborNode) -> LexborNode | None:
    """The heading element (`<hN>` or `role="heading"`) holding the first words inside `panel`,
    or None where they are not a heading's."""
    text = _first_text_node(panel)
    node = text.parent if text is not None else None
    while node is not None and node.mem_id != panel.mem_id:
        if (node.tag or "") in _HEADING_ELEMENTS or (
            (node.attributes.get("role") or "").strip().lower() == "heading"
        ):
            return node
        node = node.parent
    return None


def _first_text_node(node: LexborNode) -> LexborNode | None:
    """The first text node inside `node` with words in it, reading at most
    `_MAX_BOX_PROBE_NODES` nodes: a box's opening is found without walking a page-sized box."""
    stack = list(reversed(list(_children(node))))
    visited = 0
    while stack and visited < _MAX_BOX_PROBE_NODES:
        current = stack.pop()
        visited += 1
        if (current.tag or "") == "-text":
            if (current.text_content or "").strip():
                return current
            continue
        stack.extend(reversed(list(_children(current))))
    return None


def _first_words(node: LexborNode) -> str:
    """The first non-blank text inside `node`, reading at most `_MAX_BOX_PROBE_NODES` nodes."""
    text = _first_text_node(node)
    return (text.text_content or "") if text is not None else ""


def _title_outside(
    body: LexborNode,
    root: LexborNode,
    matcher: _ChromeMatcher,
    site_names: frozenset[str] = frozenset(),
    page_name: str | None = None,
) -> LexborNode | None:
    """The page's `<h1>` when the content root lacks one and it sits outside chrome, else None.

    Many sites put the chapter's title in a banner just above `<main>`; it is the chapter's
    title line all the same, unless it is the site's own name as the `<title>` gives it beside
    the page's ("… - Fenwick Children's Services Manual"): that names the site, not the chapter.
    A title area may share a wrapper with the site's navigation, so that a class cue marks the
    `<h1>` as chrome (SharePoint's `ms-breadcrumb-box` holds the top links and the page's
    `<h1>`): an `<h1>` that says exactly the page's name as the `<title>` gives it is the title
    all the same, unless a landmark (`<header>`, `<footer>`) holds it.
    """
    if root.mem_id == body.mem_id or root.css_first("h1") is not None:
        return None
    if _heads_itself(root):
        return None
    for heading in body.css("h1")[:_MAX_TITLE_CANDIDATES]:
        if _names_the_site(heading, site_names):
            continue
        if (
            matcher.is_inside_chrome(heading, body)
            and not _names_the_page_in_chrome(heading, body, matcher, page_name)
            and not _in_the_pages_own_header(heading, body, matcher)
        ):
            continue
        if _text_length(heading) > 0:
            return heading
    return None


def _names_the_page_in_chrome(
    heading: LexborNode, body: LexborNode, matcher: _ChromeMatcher, page_name: str | None
) -> bool:
    """Whether a heading that chrome's class cues mark says exactly the page's name as its
    `<title>` gives it, and no landmark holds it: the page's title set in a title area that
    shares a wrapper with the site's navigation, not a menu's or a trail's words. A hidden
    element or one whose role says it is navigation is chrome whatever it holds."""
    if not page_name:
        return False
    words = " ".join(heading.text(deep=True).split()).casefold()
    if words != " ".join(page_name.split()).casefold():
        return False
    current: LexborNode | None = heading
    while current is not None and current.mem_id != body.mem_id:
        attributes = current.attributes or {}
        roles = (attributes.get("role") or "").lower().split()
        if (
            (current.tag or "") in matcher.cues.landmark_tags
            or any(role in matcher.cues.drop_roles for role in roles)
            or _is_hidden(attributes)
        ):
            return False
        current = current.parent
    return True


_SITE_HEADER_PARTS = "a, img, ul, ol, table, input"


def _in_the_pages_own_header(
    heading: LexborNode, body: LexborNode, matcher: _ChromeMatcher
) -> bool:
    """Whether the only chrome around a heading is a `<header>` that introduces the page, not
    the site: a hero banner holding the page's `<h1>` and at most its stamp lines ("Last
    updated: 12 May 2026"), with the breadcrumb and the site's links set apart from it. HTML
    gives `<header>` to a page's own introduction as well as to the site's masthead; the
    masthead shows itself by what it holds (a logo, links, menus, a search box), which this
    one lacks. A header marked by its class, role or visibility stays chrome."""
    found = False
    current: LexborNode | None = heading.parent
    while current is not None and current.mem_id != body.mem_id:
        is_landmark = (current.tag or "") in matcher.cues.landmark_tags
        if matcher.is_marked(current) or (is_landmark and current.tag != "header"):
            return False
        if is_landmark:
            if current.css_first(_SITE_HEADER_PARTS) is not None:
                return False
            beside = _text_length(current) - _text_length(heading)
            if beside > _MAX_STAMP_LINE * _MAX_STAMPS_AFTER_TITLE:
                return False
            found = True
        current = current.parent
    return found


MIN_MENU_LINKS = 3
_MAX_MENU_CHILDREN = 200


def _is_link_menu(node: LexborNode) -> bool:
    """Whether a `<div>` holds nothing but links to other pages, three or more side by side (a
    side menu of a manual's chapters set out as a "list group": `<a href="…">1.1 Policies,
    Values and Principles</a><a href="…">1.2 Case Recording</a>…`): navigation, whose words
    would otherwise run together into one line that names the page among its neighbours. Links
    within the page (`#…`) are a chapter's own contents; a link inside a sentence is prose."""
    links = 0
    for count, child in enumerate(_children(node)):
        if count >= _MAX_MENU_CHILDREN:
            return False
        if child.tag == "-comment":
            continue
        if child.tag == "-text":
            if (child.text() or "").strip():
                return False
            continue
        href = (child.attributes.get("href") or "").strip() if child.tag == "a" else ""
        if not href or href.startswith("#"):
            return False
        links += 1
    return links >= MIN_MENU_LINKS


def _is_list_of_links(node: LexborNode) -> bool:
    """Whether a list's every item is one link and nothing else, three or more of them ("Skip
    to main content", "Council tax", "Sign in"; "Home", "Children and families"): above the
    page's title (`_Renderer._before_the_title`) that is a site's menu or breadcrumb written
    without `<nav>`, navigation and never the chapter (SPEC; decision 0263). Below the title a
    list of links is the chapter's own (its contents, related guidance) and is kept, and so is
    one whose every link stays on the page ("On this page": the chapter's own contents, as
    `_is_link_menu` has it)."""
    items = 0
    leaves = False
    for count, item in enumerate(_children(node)):
        if count >= _MAX_MENU_CHILDREN:
            return False
        if item.tag in ("-comment", "-text"):
            if item.tag == "-text" and (item.text() or "").strip():
                return False
            continue
        if item.tag != "li":
            return False
        links = [
            child
            for child in _children(item)
            if child.tag != "-comment" and (child.tag != "-text" or (child.text() or "").strip())
        ]
        if len(links) != 1 or links[0].tag != "a" or not links[0].attributes.get("href"):
            return False
        items += 1
        leaves |= not (links[0].attributes.get("href") or "").strip().startswith("#")
    return items >= MIN_MENU_LINKS and leaves


_MAX_STAMPS_AFTER_TITLE = 2
_MAX_STAMP_LINE = 160


def _stamps_after(heading: LexborNode) -> list[LexborNode]:
    """The page's stamp lines set right after a title taken from outside the content root, in
    the same banner ("Published: 2 May 2022 · Last updated: 19 August 2024" under a hero's
    `<h1>`): the elements that follow the heading, each a short line dating the page, up to the
    first that is not one. The banner's other lines (its search box, a caption) stay out."""
    stamps: list[LexborNode] = []
    node = heading.next
    while node is not None and len(stamps) < _MAX_STAMPS_AFTER_TITLE:
        if node.tag in ("-text", "-comment"):
            if node.tag == "-text" and (node.text() or "").strip():
                break  # words beside the heading, not a stamp of its own
            node = node.next
            continue
        words = " ".join(node.text(deep=True).split())
        if not words or len(words) > _MAX_STAMP_LINE or PAGE_STAMP.search(words) is None:
            break
        stamps.append(node)
        node = node.next
    return stamps


_MAX_BOXES_UNDER_TITLE = 4
_MAX_BOX_CHARS = 1500
"""A box between the title and the chapter's text is a note of a few sentences (an amendment
note, a scope box); a longer block there is the page's own column, not the chapter's box."""
_BOX_LINK_SHARE = 0.5


def _boxes_between(
    title: LexborNode,
    root: LexborNode,
    body: LexborNode,
    matcher: _ChromeMatcher,
    taken: set[int],
) -> list[LexborNode]:
    """The short boxes of prose set between a title taken from outside the content root and the
    root itself, as siblings of the root (an old manual page: `<div>` with the `<h1>`, an
    "Amendment" box, then the `<div>` of the chapter's text, all straight under `<body>`).

    They are the chapter's: the page shows them under its title and over its text, where a
    reader reads the amendment note. Chrome, boxes that are mostly links to other pages (a
    related chapters box, a menu) and blocks already taken as stamps are passed over; a long
    block, words loose between the blocks, or a root set deeper in another block leave every
    box out, as the page's layout is then not a title over its boxes and text."""
    top = title
    while (parent := top.parent) is not None and parent.mem_id != body.mem_id:
        if _holds(parent, root):
            break
        top = parent
    boxes: list[LexborNode] = []
    node = top.next
    while node is not None:
        if node.mem_id == root.mem_id:
            return boxes
        if node.tag == "-text":
            if (node.text() or "").strip():
                return []
        elif node.tag and not node.tag.startswith("-") and node.mem_id not in taken:
            if _holds(node, root):
                return []
            length = _text_length(node)
            if length > _MAX_BOX_CHARS or len(boxes) >= _MAX_BOXES_UNDER_TITLE:
                return []
            if (
                length
                and not matcher.is_inside_chrome(node, body)
                and _away_link_length(node) < _BOX_LINK_SHARE * length
            ):
                boxes.append(node)
        node = node.next
    return []


def _holds(node: LexborNode, inner: LexborNode) -> bool:
    current = inner.parent
    while current is not None:
        if current.mem_id == node.mem_id:
            return True
        current = current.parent
    return False


_UNSEEN_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
"""Headings a screen-reader class may hide and still head the chapter's part: not `<h1>`, which
a site hides to name itself over the chapter's own title."""


def _over_own_paragraph(node: LexborNode) -> bool:
    """Whether the element right after `node` is a paragraph of its own words, not links to
    other pages: the part a hidden heading names, where a share list or menu is chrome."""
    following = node.next
    while following is not None and not (following.tag or "").isalpha():
        following = following.next
    if following is None or following.tag != "p":
        return False
    length = _text_length(following)
    return length > 0 and _away_link_length(following) < NEWS_RAIL_LINK_SHARE * length


def _away_link_length(node: LexborNode) -> int:
    """How much of `node`'s text is links to other pages (`#…` links are the page's own)."""
    return sum(
        _text_length(link)
        for link in node.css("a")
        if not (link.attributes.get("href") or "").startswith("#")
    )


NEWS_RAIL_LINK_SHARE = 0.5
"""Share of a news box's text under its heading that must be links to other pages (its stories,
each perhaps with a date beside it) for the box to be a site's rail and not the chapter's own
note headed "Latest news" (blind131 13105)."""


def _is_mostly_links_away(node: LexborNode, heading_length: int) -> bool:
    """Whether most of `node`'s text after its heading is links to other pages: a list of news
    stories, not prose about the chapter."""
    rest = _text_length(node) - heading_length
    return rest > 0 and _away_link_length(node) >= NEWS_RAIL_LINK_SHARE * rest


_MIN_LINKED_STORIES = 2
_MAX_STORY_HEADINGS = 40


def _stories_headed_by_links_away(node: LexborNode) -> bool:
    """Whether every heading under the box's own is a link to another page, and there are at
    least two: a news box's or carousel's stories, each a headline linking to its article,
    perhaps with a date and a sentence of teaser under it. Teasers can outweigh the headline
    links, so the links' share of the text does not find such a box; a chapter's own note
    headed "Latest news" has no linked headlines under it."""
    headings = node.css("h2, h3, h4, h5, h6")[:_MAX_STORY_HEADINGS]
    stories = headings[1:]
    if len(stories) < _MIN_LINKED_STORIES:
        return False
    return all(
        _text_length(story) > 0 and _away_link_length(story) >= _text_length(story)
        for story in stories
    )


_MAX_ROOT_HEADINGS = 200


def _heads_itself(root: LexborNode) -> bool:
    """Whether the content root opens with a heading of its own above all its others: its first
    heading is of a higher rank than every later one ("<h2>Policies, Values and Principles</h2>"
    over "<h3>Amendment</h3>", "<h3>Introduction</h3>"). The chapter is then titled inside the
    root, and an `<h1>` outside it, in the site's banner, is the site's or the manual's name
    ("Pendlecote Children's Services Procedures Manual"). A banner `<h1>` that is the chapter's
    title stands over a root whose first heading is one of several of its rank (the sections)."""
    headings = root.css(_ANY_HEADING)[:_MAX_ROOT_HEADINGS]
    if len(headings) < 2:  # a first heading and at least one under it
        return False
    first = int((headings[0].tag or "h6")[1])
    return all(int((heading.tag or "h6")[1]) > first for heading in headings[1:])


def _is_hidden(attributes: dict[str, str | None]) -> bool:
    """Whether the element is hidden from view (`hidden`, `aria-hidden`, an inline style).

    A tab panel is hidden until its tab is chosen, so a page that sets a chapter's sections
    out as tabs hides every panel but the first: `is_marked` keeps elements whose role is
    `tabpanel` whatever this says (a hidden menu, pop-up or template is still dropped).
    """
    if "hidden" in attributes or (attributes.get("aria-hidden") or "").strip() == "true":
        return True
    return _HIDDEN_STYLE.search(attributes.get("style") or "") is not None


_ANCHORED_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WORD_GAPS = re.compile(r"[^\w]+")


def _is_own_anchor_id(node: LexborNode, value: str) -> bool:
    """Whether a heading's `id` is its own words made into a link target
    (`<h2 id="information-sharing">Information sharing</h2>`): a page names its headings so
    that a contents list or a "link to this section" icon can point at them, and such an id
    says what the heading says, not what part of the page it is. A chrome word in it
    ("sharing") is the chapter's word, not a share row's (blind388)."""
    if (node.tag or "") not in _ANCHORED_HEADING_TAGS:
        return False
    words = attribute_words(value)
    return bool(words) and words == attribute_words(_WORD_GAPS.sub(" ", node.text(deep=False)))


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
        roles = (attributes.get("role") or "").lower().split()
        if _is_hidden(attributes) and "tabpanel" not in roles:
            return True
        if any(role in self.cues.drop_roles for role in roles):
            return True
        return any(
            self._has_cue(attribute_words(value))
            for name in ("class", "id", "aria-label")
            if (value := attributes.get(name))
            and not (name == "id" and _is_own_anchor_id(node, value))
        )

    def is_marked_as_column_only(self, node: LexborNode) -> bool:
        """True when the element is marked by class, id or label words that say only where it
        stands ("sidebar"): with those words left out, nothing marks it as chrome."""
        attributes = node.attributes
        if not attributes or not self.cues.column_class_cues:
            return False
        roles = (attributes.get("role") or "").lower().split()
        if _is_hidden(attributes) or any(role in self.cues.drop_roles for role in roles):
            return False
        found = False
        for name in ("class", "id", "aria-label"):
            value = attributes.get(name)
            if not value:
                continue
            for token in value.split():
                words = attribute_words(token)
                if tuple(words) in self.cues.column_class_cues:
                    found = True
                elif self._has_cue(words):
                    return False
        return found

    def is_marked_as_unseen_only(self, node: LexborNode) -> bool:
        """True when the element is marked only by class words that hide it from sight but not
        from a screen reader ("visually-hidden"): no role, hiding attribute, id or label says
        it is chrome."""
        attributes = node.attributes
        if not attributes or not self.cues.unseen_class_cues:
            return False
        if _is_hidden(attributes) or (attributes.get("role") or "").strip():
            return False
        if any(
            self._has_cue(attribute_words(value))
            for name in ("id", "aria-label")
            if (value := attributes.get(name))
        ):
            return False
        found = False
        for token in (attributes.get("class") or "").split():
            words = attribute_words(token)
            if tuple(words) in self.cues.unseen_class_cues or any(
                tuple(words[-len(cue) :]) == cue for cue in self.cues.unseen_class_cues
            ):
                found = True
            elif self._has_cue(words):
                return False
        return found

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


_MAX_RECORD_FIELDS = 8
_MAX_RECORD_FIELD_WORDS = 4
_MAX_RECORD_VALUE_WORDS = 8


def _is_record_list(node: LexborNode) -> bool:
    """Whether a `<dl>` is a page's record of itself ("Published" 3 March 2023, "Last
    updated" 18 August 2025): a few short fields, each with a short value, one of them dated.

    Read as a line a field ("Last updated: 18 August 2025"), as a reader sees it, so the
    stamp it is stays a stamp; a list of terms with their meanings (a glossary) has longer
    values and no dates, and stays a list.
    """
    fields = values = 0
    dated = False
    child = node.first_child
    while child is not None:
        tag = child.tag or ""
        if tag in ("dt", "dd"):
            words = child.text(deep=True).split()
            if tag == "dt":
                fields += 1
                if not words or len(words) > _MAX_RECORD_FIELD_WORDS:
                    return False
            else:
                values += 1
                if not words or len(words) > _MAX_RECORD_VALUE_WORDS:
                    return False
                dated = dated or _YEAR.search(" ".join(words)) is not None
            if fields > _MAX_RECORD_FIELDS:
                return False
        elif tag != "-text" and not tag.startswith("-"):
            return False
        child = child.next
    return dated and fields == values > 0


def _next_element_is_the_page_heading(node: LexborNode) -> bool:
    """Whether the element right after `node` (text between them aside) is an `<h1>`: a
    caption set just above the page's heading rather than inside it. Above a lower heading a
    "caption" may be a table's or a figure's, the chapter's own."""
    sibling = node.next
    while sibling is not None and (sibling.tag or "").startswith("-"):
        sibling = sibling.next
    return sibling is not None and sibling.tag == "h1"


def _has_words_in_order(words: list[str], cue: tuple[str, ...]) -> bool:
    """Whether `cue`'s words stand side by side, in order, among `words`."""
    width = len(cue)
    return any(tuple(words[at : at + width]) == cue for at in range(len(words) - width + 1))


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
    heading_level: int = 0
    box: bool = False
    """A heading that names a box beside the chapter ("Related pages"): dropped with its box."""
    pseudo: bool = False
    """A heading written as a bold paragraph (`<p><strong>…</strong></p>`), not an `<hN>`."""
    bold_line: bool = False
    """A pseudo-heading that is a paragraph wholly in bold (not a bold lead before a `<br>`, nor
    a layout table's label): the line a markdown source writes as `**…**`."""
    bold_lead: bool = False
    """A pseudo-heading that is a bold lead before a `<br>`. It keeps its heading markup
    (decision 0254), save on a page that writes its bold paragraphs as `**…**` lines: there it is
    written as they are, the same heading in other markup, since as a `###` it would outrank
    every bold line after it and take them in as its parts (decision 0399)."""


def _closing_bold_line_as_text(blocks: list[_Block]) -> list[_Block]:
    """The blocks, the last one read as a line where it is a bold paragraph: with nothing under
    it, it heads nothing, and is the page's closing word ("<p><b>End</b></p>"), not a section
    of its own nor a sibling that would make the other bold headings sub-headings."""
    if len(blocks) < 2 or not blocks[-1].pseudo:
        return blocks
    last = blocks[-1]
    return [*blocks[:-1], _Block(last.text[last.heading_level :].lstrip(), last.list_group)]


def _bold_title(blocks: list[_Block]) -> list[_Block]:
    """The blocks, the first one the title where the page has no heading elements and writes
    its headings as bold paragraphs, the first of them before any text (Word's "<p
    class=MsoNormal align=center><b>Children's Services …</b></p>", then its bold section
    headings): a line over all the others, not the first of their peers."""
    if not blocks or not blocks[0].pseudo:
        return blocks
    if any(block.heading_level and not block.pseudo for block in blocks):
        return blocks
    if sum(block.pseudo for block in blocks) < _BOLD_TITLE_MIN_HEADINGS:
        return blocks
    first = blocks[0]
    return [
        _Block("# " + first.text[first.heading_level :].lstrip(), first.list_group, 1),
        *blocks[1:],
    ]


_BOLD_TITLE_MIN_HEADINGS = 3
"""Bold paragraphs a page needs (the title and two sections) before its first is its title."""


def _peer_level_of_bold_headings(blocks: list[_Block]) -> int:
    """The level of the page's real section headings when its bold-paragraph headings are their
    peers, not their sub-headings; else 0 (they stay one level below, `_pseudo_heading_level`).

    An editor who styles some sections `<h2>` and others as a bold paragraph writes each bold
    heading after the text of the section before it, one to a section: "<h2>The law behind
    this</h2>", its list, "<p><strong>What we believe in</strong></p>", its paragraph, then the
    next `<h2>`. Sub-headings come otherwise: right under their heading ("<h2>Key
    Outcomes</h2><p><strong>Being healthy</strong></p>") or several to one section ("Being
    healthy", "Being safe" under one `<h2>`). So the bold headings are peers when every real
    heading under the title is of one level and every bold heading follows text of its own
    section and is the only bold heading in the run since the last real heading.

    A page that heads its first section with a bold paragraph, before any real section heading
    ("<h1>…</h1><p><strong>Amendment</strong></p>", then "<h2>Introduction</h2>"), shows that
    bold paragraphs are its own section headings: no `<h2>` stands above that one to own it. Its
    later bold headings are then peers though several follow one `<h2>` (decision 0135), as long
    as each still follows text of its own section. A lone bold paragraph before the first
    real section heading, with none after it, shows no such thing: nothing later is its peer, and
    a line right under the title is as often the council's name as a section's heading ("<h1>Our
    policy</h1><p><strong>Tarnmouth Council</strong></p>"). Under an `<h1>` it is then written as
    markdown writes it, a `**…**` line, and the planner decides it as a markdown source's
    (decision 0263); a page with no `<h1>` keeps it a heading, which shows that the page opens
    with a section and takes its title from `<title>` (`_opens_with_a_section_heading`).
    """
    real_levels = {
        block.heading_level for block in blocks if block.heading_level > 1 and not block.pseudo
    }
    if len(real_levels) != 1 or not any(block.pseudo for block in blocks):
        return 0
    text_since_heading = False
    bold_since_real = False
    real_seen = False
    bold_opens = False
    for block in blocks:
        if not block.heading_level:
            text_since_heading = True
            continue
        if block.pseudo:
            if not real_seen:
                bold_opens = True
            elif not text_since_heading or (bold_since_real and not bold_opens):
                return 0
            bold_since_real = True
        elif block.heading_level > 1:
            bold_since_real = False
            real_seen = True
        text_since_heading = False
    first_real = _first_real_heading(blocks)
    under_a_title = any(block.heading_level == 1 and not block.pseudo for block in blocks)
    if (
        bold_opens
        and under_a_title
        and not any(block.pseudo for block in blocks[first_real:] if block.heading_level)
    ):
        return 0
    return real_levels.pop()


def _first_real_heading(blocks: list[_Block]) -> int:
    """The index of the first heading element below the title (`<h2>`…), else the length."""
    return next(
        (
            index
            for index, block in enumerate(blocks)
            if block.heading_level > 1 and not block.pseudo
        ),
        len(blocks),
    )


def _has_section_headings(blocks: list[_Block]) -> bool:
    """Whether the page heads sections with heading elements below its title (`<h2>`…): then
    its bold paragraphs that are not their peers (`_peer_level_of_bold_headings`) are written as
    markdown writes them, `**…**` lines, and the section planner decides each as it decides a
    markdown source's bold line (decisions 0178, 0254), rather than the renderer setting them a
    level below as sub-headings. A page with no such heading keeps its bold paragraphs as its
    section headings (`##`, decision 0242)."""
    return any(block.heading_level > 1 and not block.pseudo for block in blocks)


class _Renderer:
    """Walks a subtree once, iteratively (hostile nesting cannot exhaust the stack)."""

    def __init__(
        self,
        matcher: _ChromeMatcher,
        root: LexborNode,
        *,
        inside_content: bool,
        pseudo_heading_level: int = 2,
        colon_labels_are_headings: bool = False,
        run_in_leads_are_headings: bool = False,
        long_bold_lines_are_headings: bool = False,
    ) -> None:
        self._pseudo_prefix = "#" * pseudo_heading_level + " "
        self._pseudo_open = False
        self._bold_line_open = False
        self._bold_lead_open = False
        self._has_h1 = root.css_first("h1") is not None
        self._italic_open = False
        """Inside a paragraph wholly in italics (`italic_only`): written `*…*`."""
        self._colon_labels_are_headings = colon_labels_are_headings
        self._run_in_leads_are_headings = run_in_leads_are_headings
        self._long_bold_lines_are_headings = long_bold_lines_are_headings
        self._matcher = matcher
        self._cues = matcher.cues
        self._longest_phrase = 2 * max((len(phrase) for phrase in self._cues.phrases), default=0)
        self._root_id = root.mem_id
        self._root_length = _text_length(root)
        self._wrapper_checks = 0
        self._blocks: list[_Block] = []
        self._held_heading: _Block | None = None
        """A heading whose words are a chrome phrase ("Privacy", "Feedback"), kept only if a
        paragraph of prose follows it: then it heads a section of the chapter, not a page tool."""
        self._inline: list[str] = []
        self._prefix = ""
        self._continuation = ""
        self._modes: list[str] = []
        self._lists: list[_OpenList] = []
        self._rows: list[str] | None = None
        self._title_row: str | None = None
        """The words of the open table's title row (`table_title_row`), written above its rows."""
        self._cells: list[str] | None = None
        self._table_depth = 0
        self._sectioning_depth = 1 if inside_content else 0
        self._saved_prefixes: list[tuple[str, str]] = []
        self._list_group = 0
        self._lead_headings: set[int] = set()
        """Elements read as pseudo-headings though they sit inside a paragraph or a table:
        a bold lead before a `<br>`, a layout table's label cell."""
        self._bold_leads: set[int] = set()
        """Those of them that are a bold lead before a `<br>` (`_Block.bold_lead`)."""
        self._lead_prefixes: dict[int, str] = {}
        """The heading markup of those whose level is known (a one-column layout table's heading
        cells, peers of the heading elements in its other cells); others are pseudo-headings."""
        self._skipped: set[int] = set()
        """Elements left out: the `<br>` after a bold lead, a layout table's empty label cell."""
        self._layout_cells: set[int] = set()
        self._header_rows: set[int] = set()
        """Rows of column labels over a layout table, written as one line of labels."""
        """A layout table's content cells, read as blocks of the page's flow."""

    def text(self) -> str:
        parts: list[str] = []
        previous: _Block | None = None
        blocks = _bold_title(_closing_bold_line_as_text(list(self._without_boxes())))
        peer = _peer_level_of_bold_headings(blocks)
        as_bold_lines = not peer and _has_section_headings(blocks)
        leads_as_bold_lines = as_bold_lines and any(block.bold_line for block in blocks)
        for block in blocks:
            if previous is not None:
                tight = previous.list_group == block.list_group != 0
                parts.append("\n" if tight else "\n\n")
            if peer and block.pseudo:
                parts.append("#" * peer + block.text[block.heading_level :])
            elif (as_bold_lines and block.bold_line) or (leads_as_bold_lines and block.bold_lead):
                parts.append("**" + block.text[block.heading_level :].strip() + "**")
            else:
                parts.append(block.text)
            previous = block
        return "".join(parts) + "\n" if parts else ""

    def _without_boxes(self) -> Iterator[_Block]:
        """The blocks, less each box heading and what follows it up to a heading of its level."""
        box_level = 0
        for block in self._blocks:
            if box_level and (block.heading_level == 0 or block.heading_level > box_level):
                continue
            box_level = block.heading_level if block.box else 0
            if not block.box:
                yield block

    def _is_heading_caption(self, node: LexborNode) -> bool:
        """Whether `node`, inside a heading, is the heading's caption (the manual's name)."""
        value = node.attributes.get("class") if node.attributes else None
        if not value:
            return False
        words = attribute_words(value)
        return any(
            _has_words_in_order(words, cue) for cue in self._cues.heading_caption_cues if cue
        )

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
        self._flush()

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
        if (
            self._mode == "heading" or _next_element_is_the_page_heading(node)
        ) and self._is_heading_caption(node):
            return None
        if tag == "br":
            self._inline.append(_BREAK)
            return None
        if tag == "hr":
            self._separate()
            return None
        if tag == "img":
            return None
        if node.mem_id in self._skipped:
            return None
        if node.mem_id in self._header_rows:
            self._flush()
            labels = (" ".join(cell.text(deep=True).split()) for cell in _children(node))
            self._inline.append(" | ".join(label for label in labels if label))
            self._flush()
            return None
        if node.mem_id in self._lead_headings and self._mode == "flow":
            self._flush()
            self._prefix = self._lead_prefixes.get(node.mem_id, self._pseudo_prefix)
            self._pseudo_open = True
            self._bold_lead_open = node.mem_id in self._bold_leads
            self._modes.append("heading")
            return "heading"
        if node.mem_id in self._layout_cells:
            self._separate()
            return "block"
        if tag in _PSEUDO_HEADING_TAGS and self._mode == "flow" and not self._lists:
            lead = bold_lead_heading(node)
            if lead is not None:
                self._lead_headings.add(lead[0].mem_id)
                self._bold_leads.add(lead[0].mem_id)
                self._skipped.add(lead[1].mem_id)
            elif self._run_in_leads_are_headings and (tag or "") == "p":
                run_in = run_in_lead(node)
                if run_in is not None:
                    self._lead_headings.add(run_in.mem_id)
                    self._bold_leads.add(run_in.mem_id)
        if tag in _SECTIONING_TAGS:
            self._sectioning_depth += 1
            self._separate()
            return "sectioning"
        if tag in _HEADING_LEVELS and self._mode == "flow":
            self._flush()
            self._prefix = "#" * _HEADING_LEVELS[tag] + " "
            self._modes.append("heading")
            return "heading"
        if tag in _PSEUDO_HEADING_TAGS and self._mode == "flow" and self._is_pseudo_heading(node):
            self._flush()
            self._prefix = self._pseudo_prefix
            self._pseudo_open = True
            self._bold_line_open = True
            self._modes.append("heading")
            return "heading"
        if tag in _LIST_TAGS and self._mode in ("flow", "item"):
            return self._open_list(node, ordered=tag == "ol")
        if tag == "li" and self._mode in ("flow", "item"):
            return self._open_item(node)
        if tag == "dl" and self._mode == "flow" and not self._lists:
            terms = definition_layout_terms(node, self._root_length)
            if terms is not None:
                self._lead_headings.update(term.mem_id for term in terms)
                self._separate()
                return "block"
        if tag == "dl" and self._mode == "flow" and not self._lists and self._after_section_prose():
            terms = definition_section_terms(node)
            if terms is not None:
                level = next(b.heading_level for b in reversed(self._blocks) if b.heading_level)
                for term in terms:
                    self._lead_headings.add(term.mem_id)
                    self._lead_prefixes[term.mem_id] = "#" * level + " "
                self._separate()
                return "block"
        if tag == "dl" and self._mode == "flow" and not self._lists and _is_record_list(node):
            self._flush()
            self._modes.append("record")
            return "record"
        if tag == "dt" and self._mode == "record":
            self._flush()
            return "record-field"
        if tag == "dl" and self._mode in ("flow", "item"):
            return self._open_list(node, ordered=False)
        if tag in ("dt", "dd") and self._lists and self._mode == "flow":
            return self._open_item(node) if tag == "dt" else self._open_definition()
        if tag == "table" and self._table_depth == 0 and self._mode == "flow":
            headings = column_layout_headings(node, self._root_length)
            if headings is not None:
                levels = [
                    _HEADING_LEVELS[element.tag or "h6"]
                    for element in node.css(_ANY_HEADING)[:_MAX_LEVEL_CANDIDATES]
                ]
                for cell in headings:
                    self._lead_headings.add(cell.mem_id)
                    if levels:
                        self._lead_prefixes[cell.mem_id] = "#" * min(levels) + " "
                self._separate()
                return "block"
            rows = layout_table_rows(node, self._root_length)
            if rows is not None:
                header = layout_header_row(node)
                if header is not None:
                    self._header_rows.add(header.mem_id)
                for label, content in rows:
                    labelled = bool(label.text(deep=True).strip())
                    (self._lead_headings if labelled else self._skipped).add(label.mem_id)
                    self._layout_cells.add(content.mem_id)
                self._separate()
                return "block"
            box = box_table_cell(node)
            if box is not None:
                self._layout_cells.add(box.mem_id)
                self._separate()
                return "block"
            sections = column_section_cells(node, self._root_length)
            if sections is not None:
                self._layout_cells.update(cell.mem_id for cell in sections)
                self._separate()
                return "block"
            self._flush()
            self._table_depth = 1
            self._rows = []
            self._title_row = table_title_row(node)
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
        if tag == "p" and self._mode == "flow" and not self._lists and italic_only(node):
            self._flush()
            self._italic_open = True
            return "italic"
        if tag in _SEPARATING_TAGS or tag in self._cues.landmark_tags:
            self._separate()
            return "block"
        return "inline"

    def _leave(self, action: str) -> None:
        if action == "inline":
            return
        if action == "record-field":
            field = "".join(self._inline).rstrip()
            self._inline[:] = [field if field.endswith(":") else field + ":", " "]
            return
        if action == "record":
            self._flush()
            self._modes.pop()
            return
        if action == "italic":
            self._flush()
            self._italic_open = False
            return
        if action in ("block", "sectioning"):
            self._separate()
            if action == "sectioning":
                self._sectioning_depth -= 1
        elif action == "heading":
            self._flush()
            self._modes.pop()
            self._prefix = ""
            self._pseudo_open = False
            self._bold_line_open = False
            self._bold_lead_open = False
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
            if self._rows and self._title_row is not None and self._rows[0] == self._title_row:
                self._append_whole(f"**{self._rows.pop(0)}**")
            if self._rows:
                self._append_whole("\n".join(self._rows))
            self._rows = None
            self._title_row = None
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
                self._append_whole(text)
            elif action == "cell" and self._cells is not None:
                self._cells.append(text)
        elif action == "pre":
            text = "".join(self._inline).strip("\n")
            self._inline.clear()
            self._modes.pop()
            if text.strip():
                self._append_whole(text)

    def _is_chrome(self, node: LexborNode, tag: str) -> bool:
        if node.mem_id == self._root_id:
            return False
        if tag in self._cues.drop_tags:
            return True
        if self._sectioning_depth == 0 and (
            tag in self._cues.landmark_tags or self._has_landmark_role(node)
        ):
            return True
        if tag == "a" and self._is_chrome_phrase(node.text(deep=True), self._cues.link_phrases):
            return True
        if tag == "a" and _is_bracketed_page_button(node.text(deep=True)):
            return True
        if tag in _BOX_CONTAINER_TAGS and self._is_box(node):
            return True
        if tag == "div" and _is_link_menu(node):
            return True
        if tag in ("ul", "ol") and self._before_the_title() and _is_list_of_links(node):
            return True
        if tag in _UNSEEN_HEADING_TAGS and self._matcher.is_marked_as_unseen_only(node):
            return not _over_own_paragraph(node)
        return self._matcher.is_marked(node) and not self._is_layout_wrapper(node)

    def _before_the_title(self) -> bool:
        """Whether nothing read so far is a heading and the content holds an `<h1>` yet to come:
        the run above the page's title, where a site's menus and breadcrumb stand."""
        return self._has_h1 and not any(block.heading_level for block in self._blocks)

    def _has_landmark_role(self, node: LexborNode) -> bool:
        roles = (node.attributes.get("role") or "").lower().split()
        return any(role in self._cues.landmark_roles for role in roles)

    def _is_box(self, node: LexborNode) -> bool:
        """A block that opens with a box heading ("Related pages") and is not the chapter's
        wrapper: a sidebar column, a "more in this section" list, a feedback widget."""
        words = _first_words(node)
        if not self._is_chrome_phrase(words, self._cues.box_headings) and not (
            self._is_chrome_phrase(words, self._cues.news_box_headings)
            and (
                _is_mostly_links_away(node, len(words.strip()))
                or _stories_headed_by_links_away(node)
            )
        ):
            return False
        return not self._is_layout_wrapper(node)

    def _is_pseudo_heading(self, node: LexborNode) -> bool:
        if self._lists:
            return False
        words = bold_only_words(node)
        if words is None:
            underlined = underlined_only_words(node)
            return underlined is not None and title_like(underlined)
        if self._colon_labels_are_headings and words.endswith(":") and (node.tag or "") == "p":
            return title_like(words[:-1].rstrip())
        if title_like(words) or question_heading(words) or quoted_heading(words):
            return True
        return (
            self._long_bold_lines_are_headings
            and (node.tag or "") == "p"
            and long_title_like(words)
        )

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

    def _open_definition(self) -> str:
        """A `<dd>` continues the item its `<dt>` opened: a definition list is a list of terms,
        each with its meaning under it, not a run of short headings."""
        self._flush()
        current = self._lists[-1]
        self._saved_prefixes.append((self._prefix, self._continuation))
        self._prefix = current.indent + "  "
        self._continuation = self._prefix
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
            words = " ".join(text.split(_BREAK))
            self._emit(
                prefix + words,
                list_group=0,
                heading_level=len(prefix) - 1,
                box=self._is_chrome_phrase(words, self._cues.box_headings),
                pseudo=self._pseudo_open,
                bold_line=self._bold_line_open,
                bold_lead=self._bold_lead_open,
            )
            return
        if self._mode == "item":
            lines = [line for line in text.split(_BREAK) if line.strip()]
            item = prefix + ("\n" + self._continuation).join(lines)
            self._emit(item, list_group=self._list_group)
            self._prefix = self._continuation
            return
        for paragraph in _BLANK_LINES.split(text):
            if paragraph.strip():
                self._emit_paragraph(paragraph.strip())

    def _emit_paragraph(self, paragraph: str) -> None:
        """A paragraph, or its `<br>` lines that open with bullets or numbers as a list. A
        paragraph of separators alone is what is left of a row of links dropped as chrome
        ("Print | Download | Give feedback"), and goes with them."""
        if _SEPARATORS_ONLY.fullmatch(paragraph):
            return
        lines = paragraph.split(_BREAK)
        items = [_BREAK_LIST_ITEM.match(line) for line in lines]
        if self._italic_open and len(lines) == 1 and not _MARK_CHARACTERS.search(paragraph):
            self._emit(f"*{paragraph}*", list_group=0)
            return
        if self._lists or sum(item is not None for item in items) < MIN_BREAK_LIST_ITEMS:
            self._emit(paragraph, list_group=0)
            return
        run: list[str] = []
        in_list = False
        for line, item in zip(lines, items, strict=True):
            if item is None:
                run.append(line)
                in_list = False
                continue
            if run:
                self._emit(_BREAK.join(run), list_group=0)
                run = []
            if not in_list:
                self._list_group += 1
                in_list = True
            self._emit(_list_line(line, item), list_group=self._list_group)
        if run:
            self._emit(_BREAK.join(run), list_group=0)

    def _is_chrome_phrase(self, text: str, phrases: frozenset[str]) -> bool:
        return len(text) <= self._longest_phrase and canonical_phrase(text) in phrases

    def _emit(
        self,
        text: str,
        *,
        list_group: int,
        heading_level: int = 0,
        box: bool = False,
        pseudo: bool = False,
        bold_line: bool = False,
        bold_lead: bool = False,
    ) -> None:
        held, self._held_heading = self._held_heading, None
        block = _Block(text, list_group, heading_level, box, pseudo, bold_line, bold_lead)
        if self._is_chrome_phrase(text, self._cues.phrases):
            if heading_level and not box:
                self._held_heading = block
            return
        if held is not None and not heading_level and not list_group and _is_prose(text):
            self._blocks.append(held)
        self._blocks.append(block)

    def _after_section_prose(self) -> bool:
        """Whether the flow so far holds a section heading besides the title and ends in a
        paragraph of that section's prose: not a heading, a list, nor a lead-in ending in a
        colon, any of which would introduce what follows as its part. A definition list's terms
        read as sections there are peers of that section's heading."""
        if "".join(self._inline).strip() or not self._blocks:
            return False
        if sum(block.heading_level > 0 for block in self._blocks) < 2:
            return False
        last = self._blocks[-1]
        return last.heading_level == 0 and last.list_group == 0 and _is_prose(last.text)

    def _append_whole(self, text: str) -> None:
        """A table, caption or preformatted block, added as it is; a held heading is dropped."""
        self._held_heading = None
        self._blocks.append(_Block(text, list_group=0))


MIN_PROSE_WORDS = 8
"""The fewest words of a paragraph of prose that keeps a heading worded as chrome above it."""
_SENTENCE_END = (".", "!", "?", ".\u201d", ".'", '."')


def _is_prose(text: str) -> bool:
    """A paragraph in sentences: enough words, ending as a sentence ends. A page's tools or a
    site's links under a chrome heading ("Contact us" over "Phone | Email") are not prose."""
    words = text.split()
    return len(words) >= MIN_PROSE_WORDS and text.rstrip().endswith(_SENTENCE_END)


def _list_line(line: str, item: re.Match[str]) -> str:
    """`• text` → `- text`, `2) text` stays, `(a) text` → `- (a) text`: a markdown list item."""
    words = line[item.end() :]
    if item.group("bullet"):
        return "- " + words
    if item.group("number"):
        return item.group("number") + " " + words
    return "- " + item.group("other") + " " + words
