"""Markdown blocks through markdown-it-py: the package's only `markdown_it` import.

markdown-it reports each block's source lines in `token.map`; `LineIndex` turns those lines into
character offsets of the same normalised text, which keeps every span lossless. Inline markup is
not needed here, so only block tokens are read.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from functools import cache

from markdown_it import MarkdownIt

from app.ingest.html_render import is_run_in_lead, leads_read_as_titles, title_like
from app.sections.blocks_text import bullet_end, continues_line, hard_wrap_width, is_label
from app.sections.raw import RawBlock, trim_content
from app.text import LineIndex

_QUOTE_PREFIX = re.compile(r"(?:[ ]{0,3}>[ ]?)*[ ]*")
_ITEM_MARKER = re.compile(r"(?:[ ]{0,3}>[ ]?)*[ ]*(?:[-+*]|\d{1,9}[.)])(?:[ ]+|$)")
_ATX_OPEN = re.compile(r"(?:[ ]{0,3}>[ ]?)*[ ]{0,3}#{1,6}(?:[ ]+|$)")
_ATX_CLOSE = re.compile(r"[ ]+#+[ ]*$")
_ITEM_ATX_OPEN = re.compile(r"(?:[ ]{0,3}>[ ]?)*[ ]*(?:[-+*]|\d{1,9}[.)])[ ]+#{1,6}(?:[ ]+|$)")
"""A heading that opens a list item, as an outliner (Logseq) writes every heading: a block
("- ## Scope") whose words are the heading's, its sub-blocks the section's text."""
_ATTRIBUTE = r"(?:[#.][^\s{}]+|[\w-]+=[^\s{}]*|-)"
_HEADING_ATTRIBUTES = re.compile(rf"[ \t]+\{{{_ATTRIBUTE}(?:[ \t]+{_ATTRIBUTE})*\}}[ \t]*$")
"""Attributes after a heading's words ("## Scope {#_Toc170223399}", "# Annex {.unnumbered}"),
which pandoc writes (a Word bookmark becomes the heading's identifier) as do kramdown and
Markdown Extra: the reader sees the words only."""


@cache
def _parser() -> MarkdownIt:
    """CommonMark with raw HTML off (HTML sources arrive already rendered to markdown text), and
    block rules only: sections need block structure, and inline parsing would double the time."""
    return MarkdownIt("commonmark", {"html": False}).disable(["inline", "text_join"])


@dataclass(slots=True)
class _List:
    ordered: bool
    items: list[RawBlock] = field(default_factory=list)


def scan_markdown_blocks(text: str, lines: LineIndex) -> list[RawBlock]:
    """Headings, paragraphs and list items of `text`, in document order, as character spans."""
    blocks: list[RawBlock] = []
    lists: list[_List] = []
    open_items = 0
    quotes = 0
    wrap_width: int | None = None
    wrap_known = False
    item_headings = 0
    for token in _parser().parse(text):
        kind = token.type
        if kind == "blockquote_open":
            quotes += 1
        elif kind == "blockquote_close":
            quotes -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            lists.append(_List(ordered=kind == "ordered_list_open"))
        elif kind in ("bullet_list_close", "ordered_list_close"):
            closed = lists.pop()
            if len(closed.items) == 1:
                closed.items[0].sole_item = True
        elif kind == "list_item_close":
            open_items -= 1
        elif token.map is None:
            continue
        elif kind == "list_item_open":
            open_items += 1
            item = _block(text, lines, token.map, "list_item", _ITEM_MARKER)
            item.depth = len(lists)
            item.ordered = lists[-1].ordered
            lists[-1].items.append(item)
            blocks.append(item)
        elif kind == "heading_open":
            level = int(token.tag[1:])
            if open_items > 0 and blocks and blocks[-1].start == lines.line_start(token.map[0]):
                # an outliner's heading block ("- ## Scope"): the item is the heading
                blocks[-1] = _heading(text, lines, token.map, token.markup, level, _ITEM_ATX_OPEN)
                item_headings += 1
            else:
                blocks.append(_heading(text, lines, token.map, token.markup, level))
        elif open_items > 0 and kind == "paragraph_open" and quotes == 0:
            if not wrap_known:
                wrap_width, wrap_known = _hard_wrap_width(lines), True
            for line_range in _line_paragraphs(text, lines, token.map, wrap_width)[1:]:
                if text[lines.line_start(line_range[0])] != " ":
                    blocks.append(_block(text, lines, line_range, "paragraph", _QUOTE_PREFIX))
        elif open_items == 0 and kind == "paragraph_open" and quotes == 0:
            if not wrap_known:
                wrap_width, wrap_known = _hard_wrap_width(lines), True
            for line_range in _line_paragraphs(text, lines, token.map, wrap_width):
                blocks.append(_paragraph_or_bullet(text, lines, line_range))
        elif open_items == 0 and kind in ("paragraph_open", "code_block", "fence"):
            blocks.append(_block(text, lines, token.map, "paragraph", _QUOTE_PREFIX))
    _clip_nested(text, blocks)
    if item_headings >= MIN_OUTLINE_HEADINGS:
        _outline_top_blocks(text, blocks)
    _outline_headings(text, blocks)
    _emphasis_headings(text, blocks)
    return run_in_lead_headings(text, blocks)


MIN_OUTLINE_HEADINGS = 3
"""Bold top-level items with sub-items a list needs for them to read as the chapter's headings."""
MAX_OUTLINE_HEADING_LENGTH = 100


def _outline_headings(text: str, blocks: list[RawBlock]) -> None:
    """Top-level list items that are bold titles over sub-items, when a page is written as one
    outline, become bold lines (headings to the rules), their sub-items their text.

    A page whose whole body is a nested list (an outline tool's export, a converter's reading of
    a page built from `<ul>`s) heads each part with a bold top-level item
    ("- **Corporate parenting**") and sets the part's paragraphs and lists as its sub-items. One
    such item is a bold term over its explanation; `MIN_OUTLINE_HEADINGS` of them are the
    page's headings. An item that ends like a sentence or a lead-in, or is long, stays an item,
    and so does every item of a page with headings of its own below its title: there, bold
    items over sub-items are a list's terms ("**Being healthy**" under "## Key outcomes").
    """
    if sum(block.type == "heading" for block in blocks) > 1:
        return
    heads = [
        block
        for block, following in itertools.pairwise(blocks)
        if block.type == "list_item"
        and block.depth == 1
        and block.strong
        and following.type == "list_item"
        and following.depth > 1
        and 0 < block.content_end - block.content_start <= MAX_OUTLINE_HEADING_LENGTH
        and text[block.content_end - 1] not in ".,;:!?"
    ]
    if len(heads) < MIN_OUTLINE_HEADINGS:
        return
    # in such an outline a plain top-level item over sub-items ("- End", then "- Version 6")
    # heads its part as the bold ones do
    heads += [
        block
        for block, following in itertools.pairwise(blocks)
        if block.type == "list_item"
        and block.depth == 1
        and not block.strong
        and following.type == "list_item"
        and following.depth > 1
        and 0 < block.content_end - block.content_start <= MAX_OUTLINE_HEADING_LENGTH
        and text[block.content_end - 1] not in ".,;:!?"
    ]
    for block in heads:
        block.type = "paragraph"
        block.depth = 0
        block.ordered = False
        block.line_count = text.count("\n", block.content_start, block.content_end) + 1


def _outline_top_blocks(text: str, blocks: list[RawBlock]) -> None:
    """The top-level items of an outliner's page whose headings are items too ("- ## Scope"):
    there every block is an item, so a top-level one that is not a heading is a paragraph of
    the page (the council's line under the title, a closing "Last updated" line), not an item
    of a list the author made."""
    for block in blocks:
        if block.type == "list_item" and block.depth == 1:
            block.type = "paragraph"
            block.depth = 0
            block.ordered = False
            block.line_count = text.count("\n", block.content_start, block.content_end) + 1


MIN_EMPHASIS_HEADINGS = 3
"""Italic lines over paragraphs a page with no headings below its title needs for them to read
as its headings."""
MAX_EMPHASIS_HEADING_WORDS = 10
_EMPHASIS_LINE = re.compile(r"([*_])(?=[^\s*_])([^*_\n]+?)(?<=\S)\1$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _emphasis_headings(text: str, blocks: list[RawBlock]) -> None:
    """Whole italic lines ("_Our legal foundations_"), when a page with no headings below its
    title sets `MIN_EMPHASIS_HEADINGS` of them over its paragraphs, become bold lines (headings
    to the rules), their words without the markers.

    Some authors head sections in italics as others do in bold. One italic line is mostly a note
    ("_Amended in May 2025_", "*Last updated: 18 March 2025*") or an emphasised sentence, so an
    italic line counts only when it is short, names no year, ends in no sentence's or lead-in's
    punctuation and stands over a paragraph or list that is not italic itself; and a page with
    headings of its own keeps its italic lines as text (sub-points, captions, notes).
    """
    if sum(block.type == "heading" for block in blocks) > 1:
        return
    heads = [
        (block, found)
        for block, following in itertools.pairwise(blocks)
        if (found := _emphasis_line(text, block)) is not None
        and following.type in ("paragraph", "list_item")
        and _emphasis_line(text, following) is None
        and not following.strong
    ]
    if len(heads) < MIN_EMPHASIS_HEADINGS:
        return
    for block, found in heads:
        block.content_start, block.content_end = found.start(2), found.end(2)
        block.strong = True


def _emphasis_line(text: str, block: RawBlock) -> re.Match[str] | None:
    """The match of block's words as one short italic line that could head a section, or None."""
    if block.type != "paragraph" or block.strong or block.line_count != 1:
        return None
    found = _EMPHASIS_LINE.fullmatch(text, block.content_start, block.content_end)
    if found is None:
        return None
    words = found.group(2)
    if (
        not words[:1].isupper()
        or words[-1] in ".,;:!"
        or len(words.split()) > MAX_EMPHASIS_HEADING_WORDS
        or _YEAR.search(words) is not None
    ):
        return None
    return found


_RUN_IN_LEAD = re.compile(r"(\*\*|__)(?=[^\s*_])([^*_\n]+?)(?<=\S)\1[.:]?[ \t]+(?=\S)")
"""A paragraph's bold opening words and the space after them ("**Our promise.** We will …"), as
markdown writers and Word's reader (`_lead_marked`) write a bold lead; a full stop or colon
left outside the bold belongs to the lead."""


def run_in_lead_headings(text: str, blocks: list[RawBlock]) -> list[RawBlock]:
    """`blocks`, with each paragraph that opens with a bold run-in lead ("**Our promise.** We
    will …") split into a heading of the lead's words and a paragraph of the rest, when the page
    heads its sections that way: no heading below its title, no whole bold line that reads as a
    heading, and such leads as `leads_read_as_titles` asks for (three or more, mostly titles,
    not sentences), each what `is_run_in_lead` says an HTML page's run-in lead is (decision
    0422 for HTML; 0426 for the same page in markdown, as pandoc, Google Docs or a CMS export
    writes it, and in Word, whose reader writes a bold run opening a paragraph so).

    A page with headings of its own keeps its leads inside their paragraphs: there a bold
    "Please note:" or "Respect." is an aside or a point of the section it stands in. The lead
    heads its section one level below the title, as the HTML reader writes it (`##` under `#`).
    """
    headings = [block for block in blocks if block.type == "heading"]
    if len(headings) > 1:
        return blocks
    leads: dict[int, re.Match[str]] = {}
    for index, block in enumerate(blocks):
        if block.type != "paragraph" or block.depth:
            continue
        label = text[block.content_start : block.content_end].rstrip(":").rstrip()
        if block.strong and title_like(label):
            return blocks  # whole bold lines head its sections; a lead is an aside in one
        found = None if block.strong else _RUN_IN_LEAD.match(text, block.content_start)
        if found is not None and found.end() < block.content_end:
            words_after = len(text[found.end() : block.content_end].split())
            if is_run_in_lead(found.group(2), words_after):
                leads[index] = found
        elif leads and _plain_line_over_text(block, blocks[index + 1 : index + 2], label):
            return blocks  # typed heading lines (a text read as markdown for its bold)
    if not leads_read_as_titles([found.group(2) for found in leads.values()]):
        return blocks
    level = min(headings[0].markup_level + 1, 6) if headings else 2
    out: list[RawBlock] = []
    for index, block in enumerate(blocks):
        found = leads.get(index)
        if found is None:
            out.append(block)
            continue
        lead_start, lead_end, _ = trim_content(text, found.start(2), found.end(2))
        out.append(
            RawBlock(
                type="heading",
                start=block.start,
                end=found.end(),
                content_start=lead_start,
                content_end=lead_end,
                markup_level=level,
            )
        )
        out.append(
            RawBlock(
                type="paragraph",
                start=found.end(),
                end=block.end,
                content_start=found.end(),
                content_end=block.content_end,
                line_count=text.count("\n", found.end(), block.content_end) + 1,
            )
        )
    return out


def _plain_line_over_text(block: RawBlock, following: list[RawBlock], words: str) -> bool:
    """Whether `block` is a line of plain words that reads as a heading over the text below it
    ("Our values", then a paragraph or list): the headings of a text typed as plain lines, which
    markdown reads as paragraphs when the text is taken as markdown for its bold asides. A line
    with nothing under it ("Version 3.1") heads nothing."""
    return (
        not block.strong
        and block.line_count == 1
        and bool(following)
        and following[0].type in ("paragraph", "list_item")
        and title_like(words)
    )


def _hard_wrap_width(lines: LineIndex) -> int | None:
    count = lines.line_count
    return hard_wrap_width(
        [lines.line_start(i + 1) - lines.line_start(i) - 1 for i in range(count)]
    )


def _line_paragraphs(
    text: str, lines: LineIndex, line_map: list[int], wrap_width: int | None
) -> list[list[int]]:
    """Split a markdown paragraph where its lines read as paragraphs of their own.

    Text pasted with one paragraph per line and no blank lines is one markdown paragraph, yet each
    line is a paragraph to its reader; the plain-text rule for joining lines decides. A
    paragraph of a bold label over its value is one field, kept whole (`_is_label_over_value`).
    """
    first, end_line = line_map
    ranges = [[first, first + 1]]
    for line in range(first + 1, end_line):
        before = text[lines.line_start(line - 1) : lines.line_start(line) - 1]
        after = text[lines.line_start(line) : lines.line_start(line + 1)].rstrip("\n")
        label_over_value = end_line == first + 2 and _is_label_over_value(before, after)
        mid_paragraph = ranges[-1][1] - ranges[-1][0] > 1
        if (
            not after.strip()
            or continues_line(before, after, wrap_width, mid_paragraph=mid_paragraph)
            or label_over_value
        ):
            ranges[-1][1] = line + 1
        else:
            ranges.append([line, line + 1])
    return ranges


_BOLD_LABEL = re.compile(r"[ ]{0,3}(\*\*|__)[^*_\n]{1,60}\1:?(?:[ ]{2,}|\\)?")
"""A bold label alone on its line, perhaps closed by a hard break ("**Last reviewed by**", its
value on the next line): a panel's label that an exporter wrote over its value in one paragraph
(`<p><strong>Owner</strong><br>Head of Service</p>`, a `<dt>` over its `<dd>`)."""
MAX_VALUE_WORDS = 8
"""A panel's value ("Principal Social Worker", "3 March 2026") is a few words."""


def _is_label_over_value(before: str, after: str) -> bool:
    """Whether `before` is a bold label and `after` its value: a few words that end as no
    sentence does. Asked of a paragraph of those two lines only: the pair is one field of a
    page's record panel, which the record rules keep with the title, not a bold heading over a
    line of text. A bold line over a sentence ("**Scope**", then "This chapter applies to …")
    stays a heading over its paragraph, and so does one over several short lines (a heading
    over a list of values typed one a line) (blind286)."""
    value = after.strip()
    return (
        _BOLD_LABEL.fullmatch(before) is not None
        and 0 < len(value.split()) <= MAX_VALUE_WORDS
        and value[-1] not in ".!?:;"
        and not value.startswith(("**", "__", "#", "- ", "* "))
    )


_ESCAPED_BULLET = re.compile(r"[ ]{0,3}\\[-+*][ ]+(?=\S)")
"""A bullet a converter escaped ("\\- Children Act 1989"): a web page's paragraph typed as "- item"
(`<p>- item</p>`) is written so, to keep it a paragraph; its reader still sees a list item."""


def _paragraph_or_bullet(text: str, lines: LineIndex, line_range: list[int]) -> RawBlock:
    """A paragraph, or an item when it opens with a bullet markdown does not know ("• ", or a
    converter's escaped "\\- ")."""
    start = lines.line_start(line_range[0])
    words_start = bullet_end(text, start, lines.line_start(line_range[1]))
    if words_start is None:
        escaped = _ESCAPED_BULLET.match(text, start, lines.line_start(line_range[1]))
        words_start = escaped.end() if escaped is not None else None
    if words_start is None:
        return _block(text, lines, line_range, "paragraph", _QUOTE_PREFIX)
    item = _block(text, lines, line_range, "list_item", _QUOTE_PREFIX)
    item.content_start, item.content_end, item.strong = trim_content(text, words_start, item.end)
    item.depth = 1
    return item


def _block(
    text: str, lines: LineIndex, line_map: list[int], kind: str, prefix: re.Pattern[str]
) -> RawBlock:
    first, end_line = line_map
    start = lines.line_start(first)
    end = lines.line_start(end_line)
    marker = prefix.match(text, start, end)
    content_from = marker.end() if marker is not None else start
    content_start, content_end, strong = trim_content(text, content_from, end)
    return RawBlock(
        type="list_item" if kind == "list_item" else "paragraph",
        start=start,
        end=end,
        content_start=content_start,
        content_end=content_end,
        strong=strong,
        line_count=text.count("\n", content_start, content_end) + 1,
    )


def _heading(
    text: str,
    lines: LineIndex,
    line_map: list[int],
    markup: str,
    level: int,
    atx_open: re.Pattern[str] = _ATX_OPEN,
) -> RawBlock:
    first, end_line = line_map
    start = lines.line_start(first)
    end = lines.line_start(end_line)
    if markup.startswith("#"):
        words_end = lines.line_start(first + 1)
        opening = atx_open.match(text, start, words_end)
        words_start = opening.end() if opening is not None else start
        line_end = words_end - 1 if text[words_end - 1 : words_end] == "\n" else words_end
        closing = _ATX_CLOSE.search(text, words_start, line_end)
        words_end = closing.start() if closing is not None else line_end
    else:
        words_start = start
        words_end = lines.line_start(end_line - 1)
    line_end = words_end - 1 if text[words_end - 1 : words_end] == "\n" else words_end
    attributes = _HEADING_ATTRIBUTES.search(text, words_start, line_end)
    if attributes is not None:
        words_end = attributes.start()
    content_start, content_end, strong = trim_content(text, words_start, words_end)
    underlined = not markup.startswith("#")
    if underlined and not is_label(text[content_start:content_end]):
        paragraph = _block(text, lines, line_map, "paragraph", _QUOTE_PREFIX)
        paragraph.content_end = content_end
        return paragraph
    return RawBlock(
        type="heading",
        start=start,
        end=end,
        content_start=content_start,
        content_end=content_end,
        markup_level=level,
        strong=strong,
    )


def _clip_nested(text: str, blocks: list[RawBlock]) -> None:
    """An item's lines include its nested list; its own words stop where the nested item starts."""
    for block, following in itertools.pairwise(blocks):
        if block.end > following.start:
            block.end = following.start
            if block.content_end > following.start:
                block.content_start, block.content_end, block.strong = trim_content(
                    text, min(block.content_start, following.start), following.start
                )
