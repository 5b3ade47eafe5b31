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
    """`blocks` with each one-row box whose label is a known heading split into label and text."""
    out: list[RawBlock] = []
    for block in blocks:
        parts = _label_and_text(text, block, cues)
        out.extend(parts if parts is not None else [block])
    return out


def _label_and_text(text: str, block: RawBlock, cues: Cues) -> list[RawBlock] | None:
    if block.type != "paragraph" or block.line_count != 1:
        return None
    content = text[block.content_start : block.content_end]
    if content.count(CELL_SEPARATOR) != 1 or _beside_another_row(text, block):
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
    heading = RawBlock(
        type="paragraph",
        start=block.start,
        end=rest_start,
        content_start=label_start,
        content_end=label_end,
        strong=strong,
        box_label=True,
    )
    body = RawBlock(
        type="paragraph",
        start=rest_start,
        end=block.end,
        content_start=rest_start,
        content_end=rest_end,
        strong=rest_strong,
    )
    return [heading, body]


def _beside_another_row(text: str, block: RawBlock) -> bool:
    """Whether the line right above or right below the block is a row too: one of a table's
    rows, which a scanner may give a block each, not a box of its own."""
    above_end = block.start - 1
    above = text[text.rfind("\n", 0, max(above_end, 0)) + 1 : max(above_end, 0)]
    below_end = text.find("\n", block.end)
    below = text[block.end : below_end if below_end >= 0 else len(text)]
    return CELL_SEPARATOR in above or CELL_SEPARATOR in below
