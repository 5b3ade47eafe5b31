"""A two-column table that a text extractor wrote one cell a paragraph, drawn as rows again.

Tools that pull the text out of a Word file without its layout (docx2txt, and the plain text
some intranets keep of an upload) write each table cell as a paragraph of its own: a table of
Acts and their years becomes "Children Act", "1989", "Children Act", "2004", … each between
blank lines, so an Act's name and its year no longer stand on one line and the table reads as a
run of short paragraphs. Where such a run pairs a short name with a year alone, at least
`MIN_ROWS` times in a row, its pairs are written back as the table's rows (`| name | year |`,
as `box_tables` writes a drawn table's), with the pair of short column labels above them as its
header row.
"""

from __future__ import annotations

import re

MIN_ROWS = 3
"""Name-and-year pairs a run needs to read as a table: two may be a name and a date in prose."""
MAX_NAME_WORDS = 12
MAX_LABEL_WORDS = 3

_YEAR_CELL = re.compile(r"(?:1[89]|20)\d\d")
_SENTENCE_END = re.compile(r"[.:;!?]$")


def redraw_flattened_tables(text: str) -> str:
    """`text` with each run of name-then-year paragraphs (see the module) written as table rows;
    unchanged when it has none."""
    paragraphs = text.split("\n\n")
    if len(paragraphs) < 2 * MIN_ROWS:
        return text
    out: list[str] = []
    index = 0
    while index < len(paragraphs):
        rows = _rows_from(paragraphs, index)
        if rows < MIN_ROWS:
            out.append(paragraphs[index])
            index += 1
            continue
        header = bool(out) and len(out) >= 2 and _is_header(out[-2], out[-1])
        lines = [_row(out.pop(-2), out.pop())] if header else []
        lines += [
            _row(paragraphs[index + 2 * row], paragraphs[index + 2 * row + 1])
            for row in range(rows)
        ]
        out.append("\n".join(lines))
        index += 2 * rows
    return "\n\n".join(out)


def _rows_from(paragraphs: list[str], index: int) -> int:
    """How many name-and-year pairs follow one another from paragraph `index`."""
    rows = 0
    while index + 2 * rows + 1 < len(paragraphs) and _is_pair(
        paragraphs[index + 2 * rows], paragraphs[index + 2 * rows + 1]
    ):
        rows += 1
    return rows


def _is_pair(name: str, year: str) -> bool:
    name, year = name.strip(), year.strip()
    return (
        _YEAR_CELL.fullmatch(year) is not None
        and "\n" not in name
        and 0 < len(name.split()) <= MAX_NAME_WORDS
        and name[:1].isupper()
        and _SENTENCE_END.search(name) is None
    )


def _is_header(first: str, second: str) -> bool:
    """Two short labels, one a column's name over names and one over years ("Act", "Year")."""
    return all(
        "\n" not in cell.strip()
        and 0 < len(cell.split()) <= MAX_LABEL_WORDS
        and cell.strip()[:1].isupper()
        and not any(character.isdigit() for character in cell)
        and _SENTENCE_END.search(cell.strip()) is None
        for cell in (first, second)
    )


def _row(name: str, year: str) -> str:
    return f"| {name.strip()} | {year.strip()} |"
