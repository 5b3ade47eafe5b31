"""A one-row box whose first cell names a section ("Amendment | In May 2025 this chapter was
revised …"): the label opens the section, the cell beside it is its text (decision 0084).

Councils lay out the amendment note, and sometimes the scope, as a shaded table of one row: a
label cell on the left and the note on the right. The readers of Word, HTML and PDF tables
write such a row as one line, `label | text`, so the label would never stand as a heading. Where
the label alone is a heading the family's cues know and the cell beside it is a sentence, the
row is two blocks: the label, then the text. A row of a record ("Owner | Head of Service") or of
a data table (a row right above or below it) stays whole.
"""

from __future__ import annotations

import re

from app.sections.classify import Cues
from app.sections.raw import RawBlock, trim_content
from app.sections.record_box import CELL_SEPARATOR

MAX_LABEL_WORDS = 5
"""A box's label ("Amendment", "Scope of this chapter") is a few words."""
MIN_TEXT_WORDS = 6
"""The cell beside the label holds a sentence, not a datum."""
_ENDS_AS_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)*_]*$")


def split_labelled_rows(text: str, blocks: list[RawBlock], cues: Cues) -> list[RawBlock]:
    """`blocks` with each one-row box whose label is a known heading split into label and text,
    and each table of such rows whose labels name different kinds (`_rows_of_kinds`)."""
    out: list[RawBlock] = []
    index = 0
    while index < len(blocks):
        laid_out = _numbered_layout_rows(text, blocks, index)
        if laid_out:
            for row in laid_out:
                out.extend(row)
            index += len(laid_out)
            continue
        rows = _rows_of_kinds(text, blocks, index, cues)
        if rows:
            for row in rows:
                out.extend(row)
            index += len(rows)
            continue
        block = blocks[index]
        split = _label_and_text(text, block, cues)
        out.extend(split if split is not None else [block])
        index += 1
    return out


def _rows_of_kinds(
    text: str, blocks: list[RawBlock], first: int, cues: Cues
) -> list[list[RawBlock]]:
    """Each row, split into label and text, of a table starting at block `first` whose every row
    is a label the family's cues know beside a sentence, the labels naming different kinds (a
    "Our vision | We want …" row above "Our practice model | We use …", decision 0158): a box
    of sections set side by side, where a data table's rows hold data or name no kind. Empty
    when the block there starts no such table of two rows or more."""
    if (
        first > 0
        and _row_line(text, blocks[first - 1])
        and _touching(text, blocks[first - 1], blocks[first])
    ):
        return []  # the table started above
    rows: list[list[RawBlock]] = []
    kinds: set[str] = set()
    index = first
    while index < len(blocks) and _row_line(text, blocks[index]):
        if rows and not _touching(text, blocks[index - 1], blocks[index]):
            break
        parts = _label_and_text(text, blocks[index], cues, in_table=True)
        if parts is None:
            return []
        kind = cues.heading_kind(text[parts[0].content_start : parts[0].content_end])
        if kind is None or kind in kinds:
            return []
        kinds.add(kind)
        rows.append(parts)
        index += 1
    if index < len(blocks) and rows and _row_line(text, blocks[index]):
        return []  # a row that does not touch: keep to the simple case
    return rows if len(rows) >= 2 else []


_NUMBERED_LABEL = re.compile(r"(\d{1,2})\\?[.)]?[ \t]+[A-Za-z]")
"""A numbered section heading in a label cell ("3. Our ambition", markdown-escaped "3\\. …")."""
MIN_LAYOUT_ROWS = 2


def _numbered_layout_rows(text: str, blocks: list[RawBlock], first: int) -> list[list[RawBlock]]:
    """The rows of a table used to lay the chapter out, from block `first`: each heading,
    numbered in sequence ("1. Summary", "2. Statutory framework"), in the left cell beside its
    paragraphs in the right, a paragraph after the first in a row of its own whose left cell is
    empty ("| 1.2 It was last amended …"). Councils set a chapter out so in Word, and its PDF is
    read a row a line. Each heading is a label block and each paragraph a block of its own,
    whatever kinds the headings name: their numbers running 1, 2, 3 make them the chapter's
    sections, where a data table's first column holds data. Empty when the block there starts
    no such table of two numbered rows or more (`_rows_of_kinds` reads unnumbered ones)."""
    if (
        first > 0
        and _row_line(text, blocks[first - 1])
        and _touching(text, blocks[first - 1], blocks[first])
    ):
        return []
    rows: list[list[RawBlock]] = []
    number: int | None = None
    index = first
    while index < len(blocks) and (
        _row_line(text, blocks[index]) or (rows and _continued_row(text, blocks[index]))
    ):
        block = blocks[index]
        if index > first and not _touching(text, blocks[index - 1], block):
            break
        content = text[block.content_start : block.content_end]
        if _continued_row(text, block):
            separator = block.content_start
            rest_from = separator + len(_EMPTY_CELL)
        else:
            separator = block.content_start + content.index(CELL_SEPARATOR)
            rest_from = separator + len(CELL_SEPARATOR)
        rest_start, rest_end, rest_strong = trim_content(text, rest_from, block.content_end)
        label_start, label_end, strong = trim_content(text, block.content_start, separator)
        if not text[rest_start:rest_end].strip():
            break
        paragraph = _cell_text(block, rest_start, rest_end, rest_strong)
        if label_start == label_end:
            if not rows:
                return []
            paragraph.start = block.start
            rows.append([paragraph])
            index += 1
            continue
        label = text[label_start:label_end]
        match = _NUMBERED_LABEL.match(label)
        if (
            match is None
            or (number is not None and int(match[1]) != number + 1)
            or len(label.split()) > MAX_LABEL_WORDS + 1
            or len(text[rest_start:rest_end].split()) < MIN_TEXT_WORDS
        ):
            break
        number = int(match[1])
        rows.append([_row_label(block, label_start, label_end, strong, rest_start), paragraph])
        index += 1
    labelled = sum(1 for row in rows if len(row) == 2)
    return rows if labelled >= MIN_LAYOUT_ROWS else []


_EMPTY_CELL = CELL_SEPARATOR.lstrip()


def _continued_row(text: str, block: RawBlock) -> bool:
    """Whether the block is a table row whose first cell is empty ("| 1.2 It was …"): the next
    paragraph of the row above, in its right cell."""
    content = text[block.content_start : block.content_end]
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and content.startswith(_EMPTY_CELL)
        and CELL_SEPARATOR not in content
    )


def _row_line(text: str, block: RawBlock) -> bool:
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and text.count(CELL_SEPARATOR, block.content_start, block.content_end) == 1
    )


def _touching(text: str, above: RawBlock, below: RawBlock) -> bool:
    """Whether two rows are lines of one table: one line break and nothing else between them."""
    between = text[above.content_end : below.content_start]
    return between.count("\n") == 1 and not between.strip(" \t\n*_")


def _label_and_text(
    text: str, block: RawBlock, cues: Cues, *, in_table: bool = False
) -> list[RawBlock] | None:
    if block.type != "paragraph" or block.line_count != 1:
        return None
    content = text[block.content_start : block.content_end]
    if content.count(CELL_SEPARATOR) != 1 or (not in_table and _beside_another_row(text, block)):
        return None
    separator = block.content_start + content.index(CELL_SEPARATOR)
    label_start, label_end, strong = trim_content(text, block.content_start, separator)
    label = text[label_start:label_end]
    rest_from = separator + len(CELL_SEPARATOR)
    rest_start, rest_end, rest_strong = trim_content(text, rest_from, block.content_end)
    rest = text[rest_start:rest_end]
    if (
        not label
        or len(label.split()) > MAX_LABEL_WORDS
        or len(rest.split()) < MIN_TEXT_WORDS
        or _ENDS_AS_SENTENCE.search(rest) is None
        or cues.heading_kind(label) is None
    ):
        return None
    return [
        _row_label(block, label_start, label_end, strong, rest_start),
        _cell_text(block, rest_start, rest_end, rest_strong),
    ]


def _row_label(
    block: RawBlock, label_start: int, label_end: int, strong: bool, rest_start: int
) -> RawBlock:
    """A row's first cell as a label block: from the row's start to its text's, so the two tile
    the row."""
    return RawBlock(
        type="paragraph",
        start=block.start,
        end=rest_start,
        content_start=label_start,
        content_end=label_end,
        strong=strong,
        box_label=True,
    )


def _cell_text(block: RawBlock, rest_start: int, rest_end: int, rest_strong: bool) -> RawBlock:
    """A row's text cell as a paragraph block of its own, to the row's end."""
    return RawBlock(
        type="paragraph",
        start=rest_start,
        end=block.end,
        content_start=rest_start,
        content_end=rest_end,
        strong=rest_strong,
    )


def _beside_another_row(text: str, block: RawBlock) -> bool:
    """Whether the line right above or right below the block is a row too: one of a table's
    rows, which a scanner may give a block each, not a box of its own."""
    above_end = block.start - 1
    above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
    below_end = text.find("\n", block.end)
    below = text[block.end : below_end if below_end >= 0 else len(text)]
    return CELL_SEPARATOR in above or CELL_SEPARATOR in below
