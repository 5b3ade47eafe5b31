"""A web page that is a PDF's lines set out by absolute position (pdftohtml and the like).

Converters from PDF to HTML write each printed line as its own element placed at ``top`` and
``left`` pixels inside a page box, its type size in a class (``.ft10{font-size:22px}``) or in
the element's own style. The page has no paragraphs and no heading elements: headings are
lines in larger type, and each page repeats its running header and its number. Such a page is
read as the PDF it came from: its lines go to `pdf_layout`, which joins lines into paragraphs,
finds headings by type size and drops running lines, and the result takes the page boxes'
place as ordinary elements.
"""

from __future__ import annotations

import html
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.ingest.pdf import TextLine, TextPage
from app.ingest.pdf_layout import pages_to_markdown

MIN_PLACED_LINES = 5
"""A box holding at least this many absolutely placed lines is a printed page (a page's few
placed badges or pop-ups are not)."""
WIDTH_PER_CHARACTER = 0.5
"""An average character's width in ems, for a line's right edge where only its left is known."""
MAX_COORDINATE = 1_000_000.0
"""A position or page size past this many pixels (or not a number at all, "1e400" read as
infinity) is no printed page's: such a line is left out, as one without a position is."""
MAX_FONT_SIZE = 1000.0
"""A type size outside (0, this] pixels is no printed line's; the default size stands for it."""
DEFAULT_FONT_SIZE = 12.0
DEFAULT_PAGE_HEIGHT = 1263.0
"""The height of an A4 page at 108 pixels an inch, pdftohtml's usual page box, where the page
box gives none."""

_PX = r"(-?\d+(?:\.\d+)?)\s*(?:px|pt)?"
_TOP = re.compile(r"(?:^|;)\s*top\s*:\s*" + _PX, re.IGNORECASE)
_LEFT = re.compile(r"(?:^|;)\s*left\s*:\s*" + _PX, re.IGNORECASE)
_HEIGHT = re.compile(r"(?:^|;)\s*height\s*:\s*" + _PX, re.IGNORECASE)
_WIDTH = re.compile(r"(?:^|;)\s*width\s*:\s*" + _PX, re.IGNORECASE)
_ABSOLUTE = re.compile(r"position\s*:\s*absolute", re.IGNORECASE)
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt)", re.IGNORECASE)
_BOLD = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)", re.IGNORECASE)
_CLASS_RULE = re.compile(r"\.([A-Za-z_][\w-]*)\s*\{([^{}]*)\}")
"""A class's rule; its declarations stop at the next brace either way, so an unclosed rule is
not scanned again from each later rule's start (quadratic in the style sheet)."""
_HEADING = re.compile(r"(#{1,6})\s+(.*)")
_BULLET_ITEM = re.compile(r"[-*+]\s+(.*)")
_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s+(.*)")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|])")
_BOLD_MARKS = re.compile(r"\*\*(.+?)\*\*")
_SPACES = re.compile(r"\s+")


def placed_pages_as_elements(tree: LexborHTMLParser, body: LexborNode) -> None:
    """Replace the printed pages of a PDF converted to HTML by the paragraphs, headings and
    list items they print; a page without such boxes is left as it is."""
    boxes = _page_boxes(body)
    if not boxes:
        return
    class_styles = _class_styles(tree)
    pages = [_text_page(box, class_styles) for box in boxes]
    markdown = pages_to_markdown(pages)
    replacement = LexborHTMLParser(
        f"<div class='placed-pages'>{markdown_blocks_as_html(markdown)}</div>"
    ).css_first("div")
    if replacement is None:
        return
    boxes[0].replace_with(replacement)
    for box in boxes[1:]:
        box.decompose()


def _page_boxes(body: LexborNode) -> list[LexborNode]:
    """The elements each holding several absolutely placed lines as direct children."""
    parents: dict[int, LexborNode] = {}
    counts: dict[int, int] = {}
    for node in body.css("[style*='absolute' i]"):
        style = node.attributes.get("style") or ""
        if not (_ABSOLUTE.search(style) and _TOP.search(style) and _LEFT.search(style)):
            continue
        parent = node.parent
        if parent is None or parent.tag in ("body", "html"):
            continue  # lines placed straight in the page: no box to stand in for
        counts[parent.mem_id] = counts.get(parent.mem_id, 0) + 1
        parents[parent.mem_id] = parent
    return [parents[key] for key, count in counts.items() if count >= MIN_PLACED_LINES]


def _class_styles(tree: LexborHTMLParser) -> dict[str, str]:
    rules: dict[str, str] = {}
    for style in tree.css("style"):
        for name, declarations in _CLASS_RULE.findall(style.text(deep=True) or ""):
            rules[name] = rules.get(name, "") + ";" + declarations
    return rules


def _text_page(box: LexborNode, class_styles: dict[str, str]) -> TextPage:
    box_style = box.attributes.get("style") or ""
    height = _number(_HEIGHT, box_style) or DEFAULT_PAGE_HEIGHT
    width = _number(_WIDTH, box_style) or height / 1.414
    lines: list[TextLine] = []
    for node in _children(box):
        style = node.attributes.get("style") or ""
        top, left = _number(_TOP, style), _number(_LEFT, style)
        text = _SPACES.sub(" ", node.text(deep=True, separator=" ") or "").strip()
        if top is None or left is None or not text:
            continue
        styles = ";".join(
            [class_styles.get(name, "") for name in (node.attributes.get("class") or "").split()]
            + [style]
        )
        size = _font_size(styles)
        bold = bool(_BOLD.search(styles)) or _all_bold(node, text)
        right = min(width, left + len(text) * size * WIDTH_PER_CHARACTER)
        lines.append(TextLine(text, size, bold, top, top + size, left, right))
    lines.sort(key=lambda line: (line.top, line.left))
    return TextPage(width, height, tuple(lines))


def _children(node: LexborNode) -> list[LexborNode]:
    children: list[LexborNode] = []
    child = node.child
    while child is not None:
        if child.tag != "-text":
            children.append(child)
        child = child.next
    return children


def _number(pattern: re.Pattern[str], style: str) -> float | None:
    found = pattern.search(style)
    if found is None:
        return None
    value = float(found.group(1))
    return value if abs(value) <= MAX_COORDINATE else None


def _font_size(styles: str) -> float:
    """The last font size the line's classes and style give, in pixels (1pt = 4/3 px)."""
    sizes = _FONT_SIZE.findall(styles)
    if not sizes:
        return DEFAULT_FONT_SIZE
    value, unit = sizes[-1]
    size = float(value) * (4 / 3 if unit.lower() == "pt" else 1.0)
    return size if 0 < size <= MAX_FONT_SIZE else DEFAULT_FONT_SIZE


def _all_bold(node: LexborNode, text: str) -> bool:
    bold = " ".join(b.text(deep=True) or "" for b in node.css("b, strong"))
    return _SPACES.sub(" ", bold).strip() == text


def markdown_blocks_as_html(markdown: str) -> str:
    """`pdf_layout`'s markdown-flavoured blocks as HTML elements: ``#`` headings, list items
    (bullets and numbers) and paragraphs, ``**bold**`` kept as <strong>."""
    parts: list[str] = []
    for block in markdown.split("\n\n"):
        block = block.strip()
        if not block:
            continue
        heading = _HEADING.fullmatch(block)
        if heading:
            level = len(heading.group(1))
            parts.append(f"<h{level}>{_inline(heading.group(2))}</h{level}>")
            continue
        lines = block.split("\n")
        bullets = [_BULLET_ITEM.fullmatch(line) for line in lines]
        numbers = [_NUMBERED_ITEM.fullmatch(line) for line in lines]
        if all(bullets) or all(numbers):
            tag = "ul" if all(bullets) else "ol"
            items = "".join(
                f"<li>{_inline(item.group(1))}</li>"
                for item in (bullets if tag == "ul" else numbers)
                if item
            )
            if parts and parts[-1].startswith(f"<{tag}>"):  # items a blank line apart: one list
                parts[-1] = parts[-1][: -len(f"</{tag}>")] + items + f"</{tag}>"
            else:
                parts.append(f"<{tag}>{items}</{tag}>")
        else:
            parts.append(f"<p>{_inline(' '.join(lines))}</p>")
    return "\n".join(parts)


def _inline(text: str) -> str:
    escaped = html.escape(_ESCAPE.sub(r"\1", text), quote=False)
    return _BOLD_MARKS.sub(r"<strong>\1</strong>", escaped)
