"""Tables drawn with box-drawing characters, as `w3m -dump` (and other text-mode renderers) draw a
page's `<table>`.

w3m draws each table in lines (┌───┬───┐, │cell│cell│, ├───┼───┤, └───┴───┘) and wraps a long
cell over several lines of one row, the other cells of those lines left blank. The rules and the
wrapping are the renderer's, not the council's: read as they are, a row's words are split over
lines, a cell's label ("Version") stands on a different line from a wrapped value, and no reader
sees a row. So, as for a page's HTML, each drawn row is written as one row of cells joined by
bars (`| Version | 11 |`), the way a markdown or a copied table's rows reach the readers; the
rules go. The original bytes keep the drawing. A text without a drawn table is unchanged.
"""

from __future__ import annotations

import re

from app.ingest.html_render import canonical_phrase
from app.ingest.model import ChromeCues

_VERTICAL = "\u2502\u2503\u2551"  # │ ┃ ║
_HORIZONTAL = "\u2500\u2501\u2550"  # ─ ━ ═
_RULE = re.compile(r"^[ \t]*[\u2500-\u257f]+[ \t]*$")
_ROW = re.compile(rf"^[ \t]*[{_VERTICAL}].*[{_VERTICAL}][ \t]*$")
_CELL_SPLIT = re.compile(rf"[{_VERTICAL}]")
_ASCII_RULE = re.compile(r"^[ \t]*[+|][-=+|]*[-=]{3,}[-=+|]*[+|][ \t]*$")
"""A rule drawn in ASCII, as `links -dump` and other renderers draw a bordered table ("+----+",
"|----+----|"): dashes or equals signs between corners and junctions."""
_ASCII_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
MIN_RULE_CHARACTERS = 3
"""A drawn rule is at least this long ("───"); a lone "─" is punctuation."""


def redraw_box_tables(text: str, cues: ChromeCues) -> str:
    """`text` with every table drawn in box-drawing characters written as rows of `| cell |`, the
    rules left out; unchanged when it draws none. A drawn table whose first row is nothing but
    the headings of the site's boxes ("Contact us", "Follow us": a footer's columns) goes whole,
    as such a box does (decision 0146)."""
    if not any(character in text for character in _VERTICAL) and "-+" not in text:
        return text
    out: list[str] = []
    table: list[list[list[str]]] = []  # the drawn table being read: its rows, each its lines
    drawn = False
    for line in text.split("\n"):
        if _is_rule(line) or (_is_ascii_rule(line) and (table or _opens_ascii_table(line))):
            drawn = True
            if not table or table[-1]:
                table.append([])
            continue
        if _ROW.match(line) or (table and _ASCII_ROW.match(line)):
            splitter = _CELL_SPLIT if _ROW.match(line) else _ASCII_CELL_SPLIT
            cells = [cell.strip() for cell in splitter.split(line.strip())[1:-1]]
            if not table:
                table.append([])
            if table[-1] and len(cells) != len(table[-1][-1]):
                table.append([])
            table[-1].append(cells)
            continue
        out.extend(_rows(table, cues))
        table = []
        out.append(line)
    out.extend(_rows(table, cues))
    return "\n".join(out) if drawn else text


def _rows(table: list[list[list[str]]], cues: ChromeCues) -> list[str]:
    rows = [row for row in table if row]
    if rows and all(
        canonical_phrase(cell) in cues.box_headings or canonical_phrase(cell) in cues.phrases
        for cell in _cells(rows[0])
        if cell
    ):
        return []
    return ["| " + " | ".join(_cells(row)) + " |" for row in rows]


def _is_rule(line: str) -> bool:
    """A line drawn only in box-drawing characters with a horizontal run (┌───┬───┐, ├───┼───┤)."""
    return _RULE.match(line) is not None and any(
        character * MIN_RULE_CHARACTERS in line for character in _HORIZONTAL
    )


_ASCII_CELL_SPLIT = re.compile(r"\|")


def _is_ascii_rule(line: str) -> bool:
    """A rule of a table drawn in ASCII (`_ASCII_RULE`) with a corner or junction in it, so that
    a markdown table's "|---|---|" line under its header row is not taken for one."""
    return _ASCII_RULE.match(line) is not None and "+" in line


def _opens_ascii_table(line: str) -> bool:
    """The top rule of a table drawn in ASCII: it opens and closes with a corner ("+----+")."""
    stripped = line.strip()
    return stripped.startswith("+") and stripped.endswith("+")


def _cells(lines: list[list[str]]) -> list[str]:
    """One drawn row's cells, each cell's wrapped lines joined."""
    return [
        " ".join(part for line in lines if (part := line[column]))
        for column in range(len(lines[0]))
    ]
