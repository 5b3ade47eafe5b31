"""A two-column table that a text extractor wrote one cell a paragraph, drawn as rows again.

Tools that pull the text out of a Word file without its layout (docx2txt, and the plain text
some intranets keep of an upload) write each table cell as a paragraph of its own: a table of
Acts and their years becomes "Children Act", "1989", "Children Act", "2004", … each between
blank lines, so an Act's name and its year no longer stand on one line and the table reads as a
run of short paragraphs. Where such a run pairs a short name with a year alone, at least
`MIN_ROWS` times in a row, its pairs are written back as the table's rows (`| name | year |`,
as `box_tables` writes a drawn table's), with the pair of short column labels above them as its
header row.

Other tools write the same cells one a line with no blank line between them (LibreOffice's
"Export as Text" of an .odt, Word's "Save as Plain Text": one paragraph a line). Within a block
of lines, a run of name-then-year lines is read the same way, set apart from the lines around it
by blank lines as a table is; a pair of labels above it is its header only where the second
names the years ("Year", "Date"), as a heading line over a label must not be taken for one.
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
    """`text` with each run of name-then-year paragraphs, or of such lines within a paragraph
    (see the module), written as table rows; unchanged when it has none."""
    paragraphs = [cells for cells, _ in _redrawn(text.split("\n\n"), lines=False)]
    return "\n\n".join(_redrawn_lines(paragraph) for paragraph in paragraphs)


def _redrawn_lines(paragraph: str) -> str:
    """`paragraph` with each run of name-then-year lines written as table rows between blank
    lines; unchanged when it has none."""
    lines = paragraph.split("\n")
    if len(lines) < 2 * MIN_ROWS:
        return paragraph
    groups = _redrawn(lines, lines=True)
    if not any(table for _, table in groups):
        return paragraph
    blocks: list[tuple[list[str], bool]] = []
    for cells, table in groups:
        if table or not blocks or blocks[-1][1]:
            blocks.append(([cells], table))
        else:
            blocks[-1][0].append(cells)
    return "\n\n".join("\n".join(block) for block, _ in blocks)


def _redrawn(units: list[str], lines: bool) -> list[tuple[str, bool]]:
    """`units` (paragraphs, or the lines of one) with each run of name-and-year pairs joined into
    one table unit (`True` beside it)."""
    if len(units) < 2 * MIN_ROWS:
        return [(unit, False) for unit in units]
    out: list[tuple[str, bool]] = []
    index = 0
    while index < len(units):
        rows = _rows_from(units, index)
        if rows < MIN_ROWS:
            out.append((units[index], False))
            index += 1
            continue
        header = len(out) >= 2 and _is_header(out[-2], out[-1], lines)
        table = [_row(out.pop(-2)[0], out.pop()[0])] if header else []
        table += [_row(units[index + 2 * row], units[index + 2 * row + 1]) for row in range(rows)]
        out.append(("\n".join(table), True))
        index += 2 * rows
    return out


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


def _is_header(first: tuple[str, bool], second: tuple[str, bool], lines: bool) -> bool:
    """Two short labels, one a column's name over names and one over years ("Act", "Year");
    between lines, the second must name the years (see the module)."""
    if first[1] or second[1]:
        return False
    if lines and _YEAR_LABEL.search(second[0]) is None:
        return False
    return all(
        "\n" not in cell.strip()
        and 0 < len(cell.split()) <= MAX_LABEL_WORDS
        and cell.strip()[:1].isupper()
        and not any(character.isdigit() for character in cell)
        and _SENTENCE_END.search(cell.strip()) is None
        for cell in (first[0], second[0])
    )


_YEAR_LABEL = re.compile(r"\b(?:years?|dates?|enacted|passed)\b", re.IGNORECASE)


def _row(name: str, year: str) -> str:
    return f"| {name.strip()} | {year.strip()} |"


MIN_FIELD_ROWS = 3
"""Field-and-value pairs a run needs to read as a document-control table: one or two may be a
heading over its paragraph ("Owner" / "Our service")."""
MAX_VALUE_WORDS = 12
_CONTROL_FIELD = re.compile(
    r"(?:document\s+|lead\s+|responsible\s+)?(?:version(?:\s+(?:number|no\.?))?|owner|author"
    r"|officer|status|approved(?:\s+(?:by|on|date))?|date\s+(?:approved|issued|of\s+approval"
    r"|of\s+issue|of\s+(?:next|last)\s+review)|approval\s+date|issue\s+date|issued"
    r"|effective\s+(?:date|from)|(?:next|last)\s+review(?:\s+date|\s+due)?|review\s+date"
    r"|last\s+reviewed|classification)\s*:?",
    re.IGNORECASE,
)
"""The name of a field of a document-control table, alone on its line ("Version", "Owner",
"Approved", "Next review", "Date of next review:")."""


def is_control_field(name: str) -> bool:
    """Whether `name` is the name of a document-control table's field (`_CONTROL_FIELD`:
    "Owner", "Approved by", "Review date")."""
    return _CONTROL_FIELD.fullmatch(name.strip()) is not None


def redraw_field_lines(text: str) -> str:
    """`text` with each run of document-control fields written one cell a line ("Version",
    "2.3", "Owner", "Head of Service", "Approved", "14 October 2025") drawn as the table's rows
    again (`| Version | 2.3 |`); unchanged when it has none.

    A PDF or Word viewer's copy of a two-column table gives each cell a line of its own, so a
    field's name and its value no longer share a line, and the printed text's re-flowing would
    join a value to the next field's name ("2.3 Owner"). A run counts only where at least
    `MIN_FIELD_ROWS` known field names alternate with short values, none of them a field name
    itself, so that a heading over a paragraph is not taken for one."""
    lines = text.split("\n")
    drawn: list[str] = []
    index = 0
    while index < len(lines):
        rows = 0
        while _is_field_pair(lines, index + 2 * rows):
            rows += 1
        if rows >= MIN_FIELD_ROWS:
            for row in range(rows):
                name = lines[index + 2 * row].strip().rstrip(":").strip()
                drawn.append(_row(name, lines[index + 2 * row + 1]))
            index += 2 * rows
            continue
        drawn.append(lines[index])
        index += 1
    return "\n".join(drawn)


def _is_field_pair(lines: list[str], index: int) -> bool:
    if index + 1 >= len(lines):
        return False
    name, value = lines[index].strip(), lines[index + 1].strip()
    return (
        _CONTROL_FIELD.fullmatch(name) is not None
        and 0 < len(value.split()) <= MAX_VALUE_WORDS
        and _CONTROL_FIELD.fullmatch(value) is None
        and "|" not in value
    )
