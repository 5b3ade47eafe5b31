"""A markdown file's HTML blocks: `<div>`, `<details>`, `<p>` written among the markdown.

Markdown lets an editor write HTML where its own syntax has nothing to offer: a boxed note
(`<div class="chapter-note">`), a collapsed list (`<details><summary>Legislation</summary>`), a
version line set apart (`<div class="page-meta">Version 2.1</div>`). A markdown viewer shows
the words and draws the boxes; the tags are the page's markup, not the council's words. Left in,
a tag line opens a paragraph ("<div class=...> Amended: ..."), a closing version line is glued
to the last section's paragraph, and a `<summary>` label is read as prose.

So a line that starts with a block tag is read as the viewer shows it:

- a line of tags only (`<div class="values-box">`, `</details>`) is left out, as a blank line
  keeps the blocks round it apart;
- a `<summary>` is its label, a bold line (a disclosure's label names what it holds, as a
  heading does);
- any other line starting with a block tag keeps its words, with `<strong>`/`<b>` as `**` and
  `<em>`/`<i>` as `*`, set apart from the lines round it as a paragraph of its own.

A `<table>` written among the markdown (an editor's table of key facts, which markdown's pipe
tables cannot style) is shown by a viewer as a grid of cells, not as its tags: left as it is,
each `<tr>` line is a paragraph of tags, and a fact read in one row runs on through the tags
into the next ("until 25 for care leavers in full-time education</td></tr> <tr><td>Corporate
parenting principles…"). So a table from its `<table>` line to the line closing it is written
as markdown's own table rows, one `| cell | cell |` line a row, the rows a table block of the
page as a pipe table's rows are (decision 0369).

A CMS that exports its pages as markdown leaves some of the page's HTML as it was (decision
0500): a heading element on its line (`<h2 id="corporate-parenting">Corporate parenting</h2>`)
is shown as a heading, so it is written as markdown's `##` at its level; a list's `<li>` lines
are shown as the list's items, so each is written as a `- ` item (numbered `1.`, `2.` … inside
an `<ol>`), one tight list; and a `<br>` inside a markdown line is the line break a viewer
draws, so the line goes on on a line of its own (indented under a list item's words, so that
it stays the item's). A pipe table's row keeps its `<br>`, which breaks a line inside a cell.

Lines inside code blocks, and other HTML that is not a block tag (`<span>` in a sentence) are
left alone, and a text with no such line is unchanged.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

_BLOCK_TAGS = (
    "div|details|summary|section|aside|article|p|blockquote|center|figure|figcaption|header|footer"
    "|ul|ol"
)
_STARTS_WITH_BLOCK_TAG = re.compile(rf"^[ \t]{{0,3}}</?(?:{_BLOCK_TAGS})(?=[\s>/])", re.IGNORECASE)
_TAG = re.compile(r"</?([A-Za-z][\w-]*)(?:\s[^<>]*)?/?>")
_SUMMARY = re.compile(
    r"<summary(?:\s[^<>]*)?>([^<]*+(?:<(?!/?summary\b)[^<]*+)*+)</summary>", re.IGNORECASE
)
"""A disclosure's label. Its words hold no other `<summary>` tag, so each unclosed one is
scanned up to the next, not to the line's end (decision 0161)."""
_HEADING_LINE = re.compile(
    r"^[ \t]{0,3}<h(?P<level>[1-6])(?:\s[^<>]*)?>(?P<words>.*?)</h(?P=level)\s*>\s*$", re.IGNORECASE
)
"""A heading element on a line of its own (`<h2 id="corporate-parenting">Corporate
parenting</h2>`): a viewer shows it as the heading it is, so it is read as markdown's `##`."""
_LIST_ITEM_LINE = re.compile(
    r"^[ \t]*<li(?:\s[^<>]*)?>(?P<words>.*?)(?:</li\s*>)?\s*$", re.IGNORECASE
)
_LIST_OPENS = re.compile(r"^[ \t]{0,3}<(?:ul|ol)(?=[\s>])", re.IGNORECASE)
_MARKED_ITEM = re.compile(r"^(?:- |(?P<number>\d+)\. )")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_TABLE_OPENS = re.compile(r"^[ \t]{0,3}<table(?=[\s>])", re.IGNORECASE)
_TABLE_CLOSES = re.compile(r"</table\s*>", re.IGNORECASE)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BOLD = frozenset({"strong", "b"})
_ITALIC = frozenset({"em", "i"})


def unwrap_html_blocks(text: str) -> str:
    """`text` with its lines of HTML block tags read as a markdown viewer shows them; unchanged
    when no line starts with a block tag."""
    if "<" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    in_code = False
    changed = False
    after_tag = False  # the blank lines round a tag line collapse into the one kept
    table: list[str] = []  # the lines of a `<table>` not yet closed
    ordered = False  # whether the list whose items are being read is an `<ol>`
    for line in lines:
        if table or (not in_code and _TABLE_OPENS.match(line)):
            table.append(line)
            if _TABLE_CLOSES.search(line):
                changed = after_tag = True
                _blank(out)
                out.extend([*_table_rows("\n".join(table)), ""])
                table = []
            continue
        if _CODE_FENCE.match(line):
            in_code = not in_code
        heading = None if in_code else _HEADING_LINE.match(line)
        if heading is not None:
            changed = after_tag = True
            _blank(out)
            words = _shown(heading["words"])
            if words:
                out.extend([f"{'#' * int(heading['level'])} {words}", ""])
            continue
        item = None if in_code else _LIST_ITEM_LINE.match(line)
        if item is not None:
            changed = True
            after_tag = False
            if out and out[-1].strip() and not _MARKED_ITEM.match(out[-1]):
                out.append("")
            number = _next_number(out) if ordered else None
            out.append(
                f"{number}. {_shown(item['words'])}" if number else f"- {_shown(item['words'])}"
            )
            continue
        if not in_code and _LIST_OPENS.match(line):
            ordered = line.lstrip().lower().startswith("<ol")
        if in_code or not _STARTS_WITH_BLOCK_TAG.match(line):
            if after_tag and not line.strip() and out and not out[-1].strip():
                continue
            after_tag = False
            broken = line if in_code else _with_line_breaks(line)
            changed |= broken != line
            out.append(broken)
            continue
        changed = after_tag = True
        words = _shown(line)
        _blank(out)
        if words:
            out.extend([words, ""])
    out.extend(table)  # a table never closed is left as it was written
    if not changed:
        return text
    return "\n".join(out)


_ITEM_MARKER = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_PIPE_ROW = re.compile(r"^[ \t]*\|")


def _with_line_breaks(line: str) -> str:
    """A markdown line with its `<br>` tags as the line breaks a viewer shows: "- Children's
    voices come first.<br>We ask them" is a list item over two lines, the second indented under
    the item's words so that it stays the item's, and a tag ending the line only ends it. A
    pipe table's row keeps its tags (a break inside a cell cannot be a new line of the table).
    """
    if "<" not in line or _PIPE_ROW.match(line) or not _LINE_BREAK.search(line):
        return line
    marker = _ITEM_MARKER.match(line)
    indent = " " * len(marker[0]) if marker else ""
    pieces = [piece.rstrip() for piece in _LINE_BREAK.split(line)]
    head, rest = pieces[0], [piece.strip() for piece in pieces[1:]]
    return "\n".join([head, *(indent + piece for piece in rest if piece)])


def _next_number(out: list[str]) -> int:
    """The number of an `<ol>` item written as markdown: one more than the item before it, or 1
    where the list starts."""
    previous = _MARKED_ITEM.match(out[-1]) if out else None
    if previous is None or previous["number"] is None:
        return 1
    return int(previous["number"]) + 1


def _table_rows(html: str) -> list[str]:
    """The rows of an HTML table as markdown table rows (`| Plan for permanence | Within four
    months |`), each cell's words as a viewer shows them; a row with no words is left out."""
    tree = LexborHTMLParser(_LINE_BREAK.sub(" ", html))
    rows: list[str] = []
    for row in tree.css("tr"):
        cells = [
            " ".join((cell.text() or "").split()).replace("|", "\\|") for cell in row.css("th, td")
        ]
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows


def _shown(line: str) -> str:
    """The words of a line of HTML as a viewer shows them, in markdown's inline marks."""
    line = _SUMMARY.sub(lambda found: f"**{' '.join(_TAG.sub('', found[1]).split())}**", line)

    def mark(found: re.Match[str]) -> str:
        name = found[1].lower()
        if name in _BOLD:
            return "**"
        if name in _ITALIC:
            return "*"
        return " "

    return " ".join(_TAG.sub(mark, line).split())


def _blank(out: list[str]) -> None:
    if out and out[-1].strip():
        out.append("")


_COMMENT_OPENS = re.compile(r"^[ \t]{0,3}<!--")


def leave_out_html_comments(text: str) -> str:
    """`text` without its HTML comment blocks, as a markdown viewer shows it; unchanged when no
    line opens with `<!--`.

    A line that opens with `<!--` starts an HTML block that runs to the line closing the comment
    (`-->`), interrupting a paragraph as any HTML block does. Whoever exports a page leaves notes
    there: the export's stamp, the template's name, an editor's question about a figure ("TODO:
    is the age still 21?"). No viewer shows them, so they are no words of the chapter, as a Word
    file's comments are not (decisions 0012, 0035). The comment goes as a blank line, keeping the
    paragraphs on either side apart; words after `-->` on its closing line stay, since a viewer
    shows them. Comments inside fenced code, and in the middle of a line, are left alone.
    """
    if "<!--" not in text:
        return text
    out: list[str] = []
    in_code = False
    in_comment = False
    after_comment = False  # the blank lines round a comment collapse into the one kept
    for line in text.split("\n"):
        if in_comment:
            close = line.find("-->")
            if close != -1:
                in_comment = False
                _keep_after_comment(out, line[close + 3 :])
            continue
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if in_code or not _COMMENT_OPENS.match(line):
            if after_comment and not line.strip() and (not out or not out[-1].strip()):
                continue
            after_comment = False
            out.append(line)
            continue
        after_comment = True
        _blank(out)
        opened = line.index("<!--")
        close = line.find("-->", opened + 4)
        if close == -1:
            in_comment = True
        else:
            _keep_after_comment(out, line[close + 3 :])
    return "\n".join(out)


def _keep_after_comment(out: list[str], rest: str) -> None:
    """The words after a comment's close on its line, as a paragraph of their own, then the
    blank line that sets the comment's place apart from what follows."""
    if rest.strip():
        out.append(rest.strip())
    _blank(out)


_ATTRIBUTE = r"""\s+[\w:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s<>"']+)"""
_EMPTY_ANCHOR = re.compile(
    rf"<a\s+(?:id|name)\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>]+)\s*(?:/>|>\s*</a\s*>)"
    rf"|<span(?:{_ATTRIBUTE})*?\s+id\s*=(?:\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))"
    rf"(?:{_ATTRIBUTE})*\s*(?:/>|>\s*</span\s*>)",
    re.IGNORECASE,
)
"""A bookmark a converter keeps from a Word file: an anchor element with an id or name and no
words inside (mammoth's `<a id="_Toc190442118"></a>`), or an empty span with an id (pandoc's
`<span id="_Toc190311402" class="anchor"></span>`, which opens the heading it marks)."""


def leave_out_empty_anchors(text: str) -> str:
    """`text` without its empty HTML anchors, as a markdown viewer shows it; unchanged when there
    are none.

    Converters from Word keep each bookmark (a contents list's `_Toc…` target, a cross-reference
    `_Ref…`) as an empty `<a id>` in front of the paragraph it marks, most often a heading. A
    viewer shows nothing for it, but left in, the tag opens the heading's line, so a whole-line
    bold heading (`<a id="_Toc1"></a>__About this chapter__`) no longer reads as a line of bold
    words and runs into the section before it, and a heading's words (`# <span id="_Toc2"
    class="anchor"></span>1 Purpose`) start with a tag. Anchors inside fenced code are left
    alone; a span with words inside is not a bookmark and stays.
    """
    lowered = text.lower()
    if "<a" not in lowered and "<span" not in lowered:
        return text
    out: list[str] = []
    in_code = False
    for line in text.split("\n"):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if not in_code and _EMPTY_ANCHOR.search(line):
            line = _EMPTY_ANCHOR.sub("", line)
            if not line.strip():
                continue  # a line of anchors only shows nothing, not even a paragraph break
        out.append(line)
    return "\n".join(out)
