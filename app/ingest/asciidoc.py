"""A text file written in AsciiDoc, read as the document its markup describes.

Councils' Word chapters reach us as AsciiDoc too: pandoc writes it (`pandoc -t asciidoc`), and
intranets built on Antora or Asciidoctor keep their pages so. Saved as `.txt`, its markup reads
as words to a plain-text reader: `== Leaving care` is no heading there, every `[[leaving-care]]`
anchor line and `[width="100%",cols="70%,30%"]` attribute line is a paragraph of its own, a
table is a run of `|Children Act |1989` lines between `|===` fences (its header row and the
fences read as Acts), and `. item` is no numbered item.

So a text whose section titles (`== Title`, one to six `=`, as MediaWiki's `== Title ==` too)
show it to be AsciiDoc is rendered to the markdown it means, as a Word file or an HTML page is
(`render_docx`, `render_html`), and read as markdown:

- section titles become `#` headings of the same level (the document title `= Title` a `#`);
- anchor lines, block attribute lines, attribute entries (`:lang: en-GB`), comments and the
  fences of delimited blocks are markup, left out (the words inside a block are kept);
- a table's rows become a pipe table, its header row marked when the table says it has one
  (`options="header"`, or a first row set apart by a blank line);
- `. item` and `* item` (`..`, `**` one level deeper) become numbered and bulleted items;
- `*bold*` becomes `**bold**`, a link `url[words]` or `link:url[words]` its words as a markdown
  link, a cross reference `<<id,words>>` its words, and `footnote:[words]` a markdown footnote
  (placed where its mark stands, as any markdown footnote is);
- a rule `'''` becomes `* * *`, a page break `<<<` nothing.

A text with fewer than two section titles, or with markdown `#` headings of its own, is left
alone: plain text rarely opens two lines with `== ` and words.
"""

from __future__ import annotations

import re

_SECTION_TITLE = re.compile(r"^(={1,6})[ \t]+(\S.*?)(?:[ \t]+=+)?[ \t]*$")
"""A section title: `== Leaving care` (MediaWiki closes it again: `== Leaving care ==`)."""
_MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE)
MIN_SECTION_TITLES = 2
"""Section titles below the document title that make a text AsciiDoc."""
_ANCHOR_LINE = re.compile(r"^\[\[[^\[\]\n]+\]\]$|^\[#[^\[\]\s]+\]$")
_LEADING_ANCHOR = re.compile(r"^\[\[[^\[\]\s]+\]\][ \t]*")
_ATTRIBUTE_LINE = re.compile(r"^\[(?:[A-Za-z#.%\"'][^\[\]\n]*)?\]$")
"""A block attribute line: `[width="100%",cols="2*",options="header",]`, `[NOTE]`, `[quote]`."""
_ATTRIBUTE_ENTRY = re.compile(r"^:!?[\w][\w-]*!?:(?:[ \t].*)?$")
_COMMENT_LINE = re.compile(r"^//(?!/).*$")
_COMMENT_FENCE = re.compile(r"^/{4,}$")
_BLOCK_FENCE = re.compile(r"^(?:-{4,}|\.{4,}|={4,}|\*{4,}|_{4,}|\+{4,}|--)$")
_TABLE_FENCE = re.compile(r"^[|!,:]={3,}$")
_RULE = re.compile(r"^'{3,}$")
_PAGE_BREAK = re.compile(r"^<{3,}$")
_LIST_ITEM = re.compile(r"^(\.{1,5}|\*{1,5}|-)[ \t]+(\S.*)$")
_CELL_START = re.compile(r"(?:^|(?<=\s))(?:\d+[+*])?[<^>]?(?:\.[<^>])?[adehlmsv]?\|")
"""Where a table cell opens: its bar, after the cell's span and style if it has them (`2+|`
spans two columns, `a|` holds blocks, as pandoc writes a cell with a list in it)."""
_HEADER_OPTION = re.compile(r"options=\"?[^\"\]]*\bheader\b|%header\b")
_BOLD = re.compile(r"(?<![\w*\\])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")
_LINK = re.compile(r"(?:link:)?((?:https?|mailto|ftp):[^\s\[\]]+)\[([^\[\]\n]*)\]")
_CROSS_REFERENCE = re.compile(r"<<([^<>,\n]+)(?:,[ \t]*([^<>\n]+))?>>")
_FOOTNOTE = re.compile(r"footnote:(?:[\w-]*)\[((?:[^\[\]\n]|\n(?!\n))*)\]")


def looks_like_asciidoc(text: str) -> bool:
    """Whether `text` is AsciiDoc: two section titles or more (`==` to `======`), each opening
    the text or following a blank line or an anchor or attribute line, and no markdown heading."""
    if _MARKDOWN_HEADING.search(text) is not None:
        return False
    lines = text.split("\n")
    titles = 0
    for index, line in enumerate(lines):
        match = _SECTION_TITLE.match(line)
        if match is None or len(match.group(1)) < 2:
            continue
        above = lines[index - 1].strip() if index else ""
        if not above or _ANCHOR_LINE.match(above) or _ATTRIBUTE_LINE.match(above):
            titles += 1
    return titles >= MIN_SECTION_TITLES


def render_asciidoc(text: str) -> str:
    """The markdown that AsciiDoc `text` means (see the module's docstring)."""
    lines = text.split("\n")
    out: list[str] = []
    notes: list[str] = []
    index = 0
    table_header = False
    numbers: list[int] = []
    after_blank = False
    while index < len(lines):
        line = lines[index].rstrip()
        if not line:
            after_blank = True
        elif after_blank and _LIST_ITEM.match(line) is None and not line[0].isspace():
            numbers.clear()
        if line:
            after_blank = False
        if _COMMENT_FENCE.match(line):
            index = _after_comment_block(lines, index)
            continue
        if _TABLE_FENCE.match(line):
            index = _table(lines, index, table_header, out)
            table_header = False
            continue
        if _ATTRIBUTE_LINE.match(line) and not _ANCHOR_LINE.match(line):
            table_header = _HEADER_OPTION.search(line) is not None
            index += 1
            continue
        index += 1
        if (
            _ANCHOR_LINE.match(line)
            or _ATTRIBUTE_ENTRY.match(line)
            or _COMMENT_LINE.match(line)
            or _BLOCK_FENCE.match(line)
            or _PAGE_BREAK.match(line)
        ):
            continue
        if _RULE.match(line):
            out += ["", "* * *", ""]
            continue
        title = _SECTION_TITLE.match(line)
        if title is not None:
            words = _LEADING_ANCHOR.sub("", title.group(2))
            out.append("#" * len(title.group(1)) + " " + _inline(words, notes))
            numbers.clear()
            continue
        item = _LIST_ITEM.match(line)
        if item is not None:
            marker = item.group(1)
            depth = len(marker) - 1 if marker != "-" else 0
            del numbers[depth + 1 :]
            numbers += [0] * (depth + 1 - len(numbers))
            numbers[depth] += 1
            bullet = f"{numbers[depth]}." if marker.startswith(".") else "-"
            out.append("    " * depth + f"{bullet} {_inline(item.group(2), notes)}")
            continue
        out.append(_inline(line, notes))
    rendered = _with_footnotes("\n".join(out), notes)
    return re.sub(r"\n{3,}", "\n\n", rendered)


def _after_comment_block(lines: list[str], index: int) -> int:
    for end in range(index + 1, len(lines)):
        if _COMMENT_FENCE.match(lines[end].rstrip()):
            return end + 1
    return index + 1


def _table(lines: list[str], index: int, header: bool, out: list[str]) -> int:
    """The table whose fence is `lines[index]`, as a pipe table; the index after its closing
    fence. A row is a line of `|`-led cells; a table written a cell a line ends its rows at
    blank lines, so cells gather until a blank line when the first row's line holds one cell."""
    rows: list[list[str]] = []
    current: list[str] = []
    end = index + 1
    first_row_apart = False
    one_cell_lines = False
    while end < len(lines) and not _TABLE_FENCE.match(lines[end].rstrip()):
        line = lines[end].strip()
        if not line:
            if current:
                rows.append(current)
                current = []
                if len(rows) == 1:
                    first_row_apart = True
        elif _CELL_START.match(line):
            cells = [cell.strip() for cell in _CELL_START.split(line)[1:]]
            if not rows and not current and len(cells) == 1:
                one_cell_lines = True
            current += cells
            if not one_cell_lines:
                rows.append(current)
                current = []
        elif current or rows:
            target = current if current else rows[-1]
            target[-1] = f"{target[-1]} {line}".strip()
        end += 1
    if current:
        rows.append(current)
    if rows:
        width = max(len(row) for row in rows)
        out.append("")
        for number, row in enumerate(rows):
            cells = [*row, *[""] * (width - len(row))]
            out.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
            if number == 0 and (header or (first_row_apart and not one_cell_lines)):
                out.append("|" + "|".join(["---"] * width) + "|")
        out.append("")
    return end + 1


def _inline(line: str, notes: list[str]) -> str:
    line = _LINK.sub(lambda match: f"[{match.group(2) or match.group(1)}]({match.group(1)})", line)
    line = _CROSS_REFERENCE.sub(lambda match: match.group(2) or match.group(1), line)
    line = _BOLD.sub(r"**\1**", line)
    return _FOOTNOTE.sub(lambda match: _mark(match, notes), line)


def _with_footnotes(text: str, notes: list[str]) -> str:
    """`text` with the footnotes its marks point to written last, as markdown writes them; a
    note run over lines (its `]` on a later line) is joined onto its mark's line first."""
    if "footnote:" in text:
        text = _FOOTNOTE.sub(lambda match: _mark(match, notes), text)
    if not notes:
        return text
    definitions = "\n".join(f"[^{number}]: {note}" for number, note in enumerate(notes, 1))
    return text.rstrip("\n") + "\n\n" + definitions + "\n"


def _mark(match: re.Match[str], notes: list[str]) -> str:
    """A footnote's mark in its place, its words kept in `notes` to be written last."""
    notes.append(" ".join(match.group(1).split()))
    return f"[^{len(notes)}]"
