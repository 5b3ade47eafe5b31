"""Whether the blocks under a heading are a record about the document, not the chapter's words.

A document-control box ("Owner | Head of Service", "Version: 4.2", "Review date | March 2027")
describes the file: who owns it, which version it is, when it is reviewed. It holds no prose of
the chapter's own, so a heading that names the box's kind right after it ("Scope", "Purpose of
this chapter") is where the chapter's section of that kind begins, not a sub-heading of the
record (decision 0057).
"""

from __future__ import annotations

import re

from app.sections.raw import RawBlock

CELL_SEPARATOR = " | "
"""How the readers of Word, HTML and PDF tables write the gap between a row's cells."""
FIELD_LABEL_WORDS = 5
"""A field's label ("Date approved", "Next review date") is a few words."""
FIELD_LENGTH = 120
"""A labelled field is one short line; a longer line is a sentence that opens with a colon."""

_LABELLED_FIELD = re.compile(r"[*_]*([A-Za-z][\w '\u2019/()-]*?)[*_]*\s*:[*_]*\s+\S")


def holds_only_fields(text: str, raw: list[RawBlock], first: int, end: int) -> bool:
    """Whether blocks `first`..`end - 1` are all rows of a table or labelled fields
    ("Owner | Head of Practice", "Version: 4.2"), at least one of them: a record with no prose."""
    if first >= end:
        return False
    for block in raw[first:end]:
        if block.type != "paragraph":
            return False
        lines = text[block.content_start : block.content_end].splitlines()
        if not all(_is_field(line.strip()) for line in lines if line.strip()):
            return False
    return True


def holds_only_a_record(text: str, raw: list[RawBlock], first: int, end: int) -> bool:
    """Whether blocks `first`..`end - 1` hold a table and nothing else: two or more rows of two
    or more cells ("Owner | Head of Service", "4.1 | 19/09/2024 | R. Okafor | Links updated."), a
    document-control table or a version history laid out as a table. No prose: such a record
    says which file this is and how it came to be, and is complete in itself (decision 0156). A
    stamp on a line of its own ("Amended: 2025-04") is the scope's note, not a record."""
    if first >= end:
        return False
    rows = 0
    for block in raw[first:end]:
        if block.type != "paragraph":
            return False
        for raw_line in text[block.content_start : block.content_end].splitlines():
            line = raw_line.strip()
            if not line or _TABLE_RULE.fullmatch(line):
                continue
            if _TABLE_ROW.fullmatch(line) is None and _DASHED_VERSION_ROW.fullmatch(line) is None:
                return False
            rows += 1
    return rows >= MIN_RECORD_LINES


_TABLE_ROW = re.compile(r"\|?[^|\n]*[^|\s][^|\n]*(?:\|[^|\n]*[^|\s][^|\n]*)+\|?")
"""A table's row of two or more cells that are not all empty ("1.0 | May 2022 | First issue.")."""


_DASHED_VERSION_ROW = re.compile(
    r"(?:v|version[ \t]+)?\d{1,3}(?:\.\d{1,3})*[ \t]+[\u2013\u2014-][ \t]+"
    r"(?:(?:\d{1,2}[ \t]+)?[a-z]{3,9}\.?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}/\d{4})"
    r"[ \t]+[\u2013\u2014-][ \t]+\S[^\n]*",
    re.IGNORECASE,
)
"""A version history's row set out with dashes instead of bars ("v3 \u2013 Sept 2025 \u2013 personal
adviser section rewritten", "2.1 - 14/03/2024 - links updated"): the version, its date and the
change, as a table's cells are (decision 0276)."""


MIN_RECORD_LINES = 2
"""A record of the page's fields under its title is two or more labelled lines."""


def is_field_record(lines: list[str], line_length: int) -> bool:
    """Whether `lines` are a record of the page's fields, two or more, each a labelled field
    ("Chapter status: Current", "Procedure owner: | Head of Service", "Version: 4.2") no longer
    than `line_length` and ending as no sentence does: a manual product's table of the chapter's
    status, owner and version, which says which page this is, as a stamp does."""
    lines = [line.strip() for line in lines if line.strip()]
    lines = [line for line in lines if _TABLE_RULE.fullmatch(line) is None]
    return len(lines) >= MIN_RECORD_LINES and all(
        is_field_line(line, line_length) for line in lines
    )


def is_field_line(line: str, line_length: int) -> bool:
    """Whether `line` is one labelled field ("Version: 4.2", "| Owner | Head of Service |"), no
    longer than `line_length` and ending as no sentence does."""
    return (
        len(line) <= line_length
        and not line.rstrip("*_| ").endswith((".", ";", ":"))
        and (match := _LABELLED_FIELD.match(line) or _PIPE_FIELD.fullmatch(line)) is not None
        and len(match.group(1).split()) <= FIELD_LABEL_WORDS
    )


_PIPE_FIELD = re.compile(r"\|?\s*[*_]*([A-Za-z][\w '\u2019/()-]*?)[*_]*\s*\|\s*[^|\s][^|]*\|?")
"""A markdown table's row of a label and its value ("| Version | 4 |"): a field as a table sets
it out."""
_TABLE_RULE = re.compile(r"[|:\-\s]*\|[|:\-\s]*")
"""A markdown table's delimiter row ("|---|---|") or an empty header row ("| | |"): no field."""


_GAP_FIELD = re.compile(r"[*_]*([A-Za-z][\w '\u2019/()-]*?)[*_]*(?:\t|[ ]{3})[ \t]*\S")
"""A table's row of a label and its value whose cells a tab parts (kept, or expanded to spaces),
as a browser copies a table ("Owner<TAB>Head of Service"): a field, as "Owner | …" is."""


def _is_field(line: str) -> bool:
    if CELL_SEPARATOR in line:
        return True
    if len(line) > FIELD_LENGTH:
        return False
    match = _LABELLED_FIELD.match(line) or _GAP_FIELD.match(line)
    return match is not None and len(match.group(1).split()) <= FIELD_LABEL_WORDS


SUMMARY_POINTS = 2
"""Points written without bullets are several: one sentence under a summary heading is prose."""
SUMMARY_POINT_WORDS = 25
"""A point of a summary box is one short sentence ("This chapter was last amended in May 2025.")."""

_ONE_SENTENCE = re.compile(r"[^\n]*?[^\s.!?][.!?][\"'\u201d\u2019)]*")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+[A-Z]")


def holds_only_points(raw: list[RawBlock], first: int, end: int, text: str = "") -> bool:
    """Whether blocks `first`..`end - 1` are all list items, at least one of them: a box of
    points with no prose ("At a glance", then "- Who it is for: all staff", "- Applies from
    1 April 2025"), which sums the page up rather than opening the part the next heading heads.
    Given the `text`, so are two or more paragraphs of one short sentence each, the points of a
    box written without bullets (a Word text box of "Key facts", decision 0105)."""
    if first < end and all(block.type == "list_item" for block in raw[first:end]):
        return True
    return (
        bool(text)
        and end - first >= SUMMARY_POINTS
        and all(
            block.type == "paragraph"
            and _is_one_short_sentence(text[block.content_start : block.content_end].strip())
            for block in raw[first:end]
        )
    )


def _is_one_short_sentence(words: str) -> bool:
    return (
        _ONE_SENTENCE.fullmatch(words) is not None
        and _SENTENCE_BREAK.search(words) is None
        and len(words.split()) <= SUMMARY_POINT_WORDS
    )


def record_fields(lines: list[str], line_length: int) -> list[str] | None:
    """The rows of a document-control table as labelled fields ("Date of last amendment: 12
    August 2025"), where the lines are a table's rows of a label and its value ("Version | 4.2",
    "| Date of last amendment | 12 August 2025 |"), two or more, perhaps under a caption row of
    one cell ("| Document control | |") and a markdown rule row: each row is a field of its own,
    read as a field written with a colon is. None for anything else (a history's rows of three
    cells, a row holding a sentence)."""
    fields: list[str] = []
    for number, line in enumerate(row for row in lines if row.strip()):
        if _TABLE_RULE.fullmatch(line.strip()) is not None:
            continue
        if "|" not in line:
            return None
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        cells = [cell for cell in cells if cell]
        if len(cells) == 1 and number == 0:
            continue  # the table's caption
        if len(cells) != 2:
            return None
        fields.append(f"{cells[0]}: {cells[1]}")
    return fields if is_field_record(fields, line_length) else None
