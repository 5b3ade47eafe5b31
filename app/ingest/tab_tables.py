"""Tables saved as tab-separated lines, as Word's "Save as plain text" (and a copy of a table
from a spreadsheet or a web page) writes them.

Word writes each row of a table as one line, its cells set apart by tabs ("Children Act<TAB>
1989"). Expanded into spaces, the cells run into one another and no reader sees a row: an Act's
title stands apart from its year, a field's label from its value. So each such row is written as
one row of cells joined by bars ("Children Act | 1989"), the way a Word file's own table reaches
the readers. The original bytes keep the tabs.

A line is a row when a tab parts it into two cells or more, its first cell is not a list's mark
("1.1<TAB>Text", "o<TAB>Text": Word keeps a list's numbers and bullets that way) and it sits in
a run of such lines: one line holding a tab is a typist's, not a table's. A text without such a
run is unchanged.
"""

from __future__ import annotations

import re

MIN_ROWS = 2
"""A run of at least this many tab-separated lines is a table."""
_LIST_MARK = re.compile(
    r"(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivxlc]{1,6})[.)]?"
    r"|[\u2022\u25cf\u25e6\u25aa\u00b7\uf0a7\uf0b7\uf0d8\u2013\u2014*o>-])",
    re.IGNORECASE,
)
"""A list item's number or bullet as Word writes it before a tab ("1.", "2.1", "(a)", "o", "•")."""


def _cells(line: str) -> list[str] | None:
    """The cells of a tab-separated row, or None when the line is not one."""
    body = line.strip(" \r")
    if "\t" not in body.strip("\t") or body[:1] == "\t":
        return None
    cells = [cell.strip() for cell in body.rstrip("\t").split("\t")]
    if sum(1 for cell in cells if cell) < MIN_ROWS or _LIST_MARK.fullmatch(cells[0]):
        return None
    return cells


def redraw_tab_tables(text: str) -> str:
    """`text` with each run of tab-separated rows written as rows of cells joined by " | ";
    unchanged when it has none."""
    if "\t" not in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    run: list[tuple[str, list[str]]] = []  # the lines of a run of rows, each with its cells
    for line in [*lines, ""]:
        cells = _cells(line)
        if cells is not None:
            run.append((line, cells))
            continue
        if len(run) >= MIN_ROWS:
            out += [" | ".join(row) for _, row in run]
        else:
            out += [kept for kept, _ in run]
        run = []
        out.append(line)
    return "\n".join(out[:-1])
