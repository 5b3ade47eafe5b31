"""A PDF's text lines → markdown-flavoured text: paragraphs, headings and list items.

PDF has no paragraphs, only positioned lines. This module rebuilds the structure a reader sees:

- running headers and footers go: a line at the top or bottom of most pages that reads the same
  on each (digits aside, so "Page 3 of 12" matches "Page 4 of 12"), and page numbers there;
- lines join into a paragraph while they follow at the usual line pitch in the same font, and a
  word broken at a line end is joined again ("chil-" + "dren"), unless the hyphen is a real one
  ("well-being": written so elsewhere in the document, or after a prefix that takes one);
- lines in a font clearly larger than the body text are headings, `#` for the largest size and
  one more `#` for each smaller one; a short paragraph wholly in bold at body size is `**…**`;
- lines opening with a bullet or a number are list items.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from app.ingest.markdown_escape import escape_heading_text, escape_line_start
from app.ingest.pdf import CELL_SEPARATOR, TextLine, TextPage
from app.ingest.pdf_table_grid import tables_across_pages, tables_on_grid
from app.ingest.pdf_table_rows import column_fragments_as_rows, gaps_at_wrapped_cells
from app.text.letters import VALEDICTION_RE

HEADING_SIZE_RATIO = 1.12
"""A line's font box this much taller than the body text's marks a heading."""
SAME_SIZE_RATIO = 0.96
MAX_HEADING_LINES = 4
"""A title in large type on a narrow page may wrap to four lines; a heading is never longer."""
MAX_HEADING_CHARS = 200
MAX_BOLD_LABEL_LINES = 2
MAX_COLOUR_HEADING_WORDS = 12
"""A heading set apart only by its colour (or only by its capitals) is one short line."""
MIN_CAPITAL_LETTERS = 4
"""A line in capitals alone stands apart only with this many letters ("NHS" does not)."""
SMALL_LETTER_SHARE = 0.5
"""Capitals set a line apart only where at least this share of the body text's letters are
small: in a text set all in capitals, no line stands apart by them."""
EDGE_BAND = 0.15
"""Running headers and footers sit in this share of the page height at the top or bottom."""
EDGE_LINES = 3
"""How many of a page's top-most and bottom-most lines may be running headers or footers."""
RUNNING_SHARE = 0.5
"""A line at a page edge on at least this share of the pages (and two) is running."""
MARGIN_TEXT_RATIO = 0.85
"""On a single page nothing repeats; a line at its edge in type this much smaller than the body
text is its running header or footer ("Children's Social Care Procedures", "Council | Page 1")."""
FOOTNOTE_ZONE = 0.5
"""Footnotes stand below this share of the page's height: at its foot, however short the text
above them."""
NOTE_LINE_GAP_EMS = 1.0
"""The widest gap between a footnote's lines, in ems of its type: a footer set further under
the notes is no line of theirs."""
PARAGRAPH_PITCH_RATIO = 1.3
LINE_PITCH_SHARE = 0.8
TABLE_ROW_PITCHES = 3.0
"""Rows of one table follow at most this many line pitches apart (cell padding and borders)."""
CELL_START_MARGIN_EMS = 1.0
ROW_OVERHANG_EMS = 2.0
"""A cell's wrapped line stays inside the table: a line reaching this many ems of the body text
past the right of every row so far is a paragraph after the table, set close under it."""
"""A line further below the previous one than this many usual line pitches starts a paragraph."""
FIRST_LINE_INDENT_EMS = 1.5
OUTDENT_EMS = 0.5
"""A line starting this far left of a list item's marker is no longer part of the item."""
HANG_EMS = 0.5
"""An item's wrapped line starting this far right of its marker hangs under the item's words."""
MARKER_COLUMN_EMS = 0.25
"""A line starting no further right than this of a list item's marker stands in the marker's
column: after an item's short last line, a paragraph after the list."""
ROW_REACH = 2
ALIGNED_GAP_EMS = 0.25
"""Wide spaces on neighbouring lines whose following text starts this close (in ems of the
body text) line up as a table's column."""
FIRST_HEADER_REACH = 1.0
"""A first-page line whose top is within this many of its type sizes of where the other pages'
running header stands is the first page's own header."""
TITLE_HEADER_MIN_WORDS = 3
"""A title this short ("Our values") is too likely to be written at the top of a page as text."""
_HEADER_SEPARATORS = frozenset("-\u2013\u2014|:")
SHORT_LINE_SHARE = 0.8
LABEL_LINE_SHARE = 0.7
"""A paragraph's first line this short, opening with a number and not ending as a clause does,
over a full line, is a line of its own: a numbered heading set at body size and weight, apart
only by its colour (a short line without a number is text flowing round a box)."""
MIN_NUMBERED_LABELS = 3
_BODY_SIZE_HEADING = "body size"
"""The marker of a heading block found by its numbering, not its type: one level below the
smallest heading type."""
_SECTION_NUMBER = re.compile(r"(\d{1,2})\.?[ \t]+[A-Z]")
_FIELD_LABEL = re.compile(r"[A-Z][A-Za-z\u2019']*(?:[ \t]+[A-Za-z\u2019']+){0,3}:[ \t]+\S")
"""A line opening with a field's label of up to four words ("Owner: …", "Last updated: …",
"Who it is for: …", decision 0446):
under a paragraph that opened with one, a field of its own, not the paragraph's next line."""
"""A line ending a sentence this far short of the text's right edge ends its paragraph."""
HYPHEN_PREFIXES = frozenset(
    {"anti", "co", "cross", "ex", "multi", "non", "post", "pre", "self", "semi", "well"}
)
"""Prefixes that keep their hyphen when a line breaks after them, the document has no other
spelling of the word, and what follows is a word the document uses on its own ("pre-birth",
"co-located"); otherwise the break is a hyphenation ("ex-plored", "pre-vent")."""
STRONG_HYPHEN_PREFIXES = frozenset({"cross", "multi", "non", "self", "semi", "well"})
"""Prefixes that keep their hyphen with no other evidence ("multi-agency", "well-being",
"self-esteem"): English words rarely break after them when they are not compounds."""
TENS_WORDS = frozenset(
    {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)
UNIT_WORDS = frozenset(
    {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
    | {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
)
_NUMBER_ENDS = frozenset({"teen", "teenth", "ty", "tieth", "th"})
NUMBER_WORDS = TENS_WORDS | {
    *("two", "three", "four", "five", "six", "seven", "eight", "nine", "eleven", "twelve")
}
TIME_UNITS = frozenset({"day", "week", "month", "year", "hour", "minute"})
"""A number written in words keeps its hyphen across a line break: a tens word before a unit
("twenty-" / "five", an age the document names nowhere else; no word is spelt "twentyfive"),
and a number before a unit of time or a word the document uses on its own ("four-" / "month",
"six-" / "week"), as a syllable break after a whole number word ("seven-" / "teen") leaves no
such word (decision 0226)."""

PAGE_NUMBER = re.compile(
    r"(?:page\s*)?[-\u2013\u2014]?\s*(?:\d{1,4}|[ivxlc]{1,7})\s*[-\u2013\u2014]?"
    r"(?:\s*(?:of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
"""A line that is only a page's number ("7", "Page 3 of 12", "- iv -"), printed or extracted."""
PROTECTIVE_MARKING = re.compile(
    r"(?:official(?:\s*[-\u2013\u2014:]?\s*sensitive)?|not\s+protectively\s+marked"
    r"|unclassified|restricted)(?:\s*[-\u2013\u2014:]\s*[a-z]+)?",
    re.IGNORECASE,
)
"""A line that is only a protective marking: the handling class a public body prints at the top
and foot of each page of its papers ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY
MARKED", the older "RESTRICTED"), with at most a one-word descriptor ("OFFICIAL-SENSITIVE:
PERSONAL"). It says how to handle the paper, not what the chapter says; on a one-page chapter it
never repeats, so it is known by its words at the page's edge."""
_DIGITS = re.compile(r"\d+")
_LEADER = re.compile(
    r"\s*(?:[.\u00b7\u2024\u2027]\s?){4,}[.\u00b7\u2024\u2027\u2026\s]*(?:\d{1,4}|[ivxlc]{1,7})?\s*$"
    r"|\s*\u2026{2,}\s*(?:\d{1,4}|[ivxlc]{1,7})?\s*$",
    re.IGNORECASE,
)
"""A contents entry's dot leader (four dots or more, or ellipses) and the page number after it."""
_SPACES = re.compile(r"\s+")
_BULLET = re.compile(
    r"([\u2022\u25cf\u25e6\u25aa\u25a0\u25a1\u2013\u2014\u00b7\u2043\u27a2\u25ba*\-"
    r"\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|o(?=\s+[a-z]))\s+(?=\S)"
)
"""Bullets as PDFs print them, with the Symbol and Wingdings code points Word's bullets keep,
and the lower-case "o" that Word and writers copying it give a list's inner level (before an
item opening in lower case: a line of prose never opens with the letter alone)."""
_NUMBERED = re.compile(
    r"(\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z][.)]|[ivx]{1,5}[.)])\s+(?=\S)", re.IGNORECASE
)
_OUTLINE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?")
_LIST_NUMBER = re.compile(r"(\d{1,3})\.")
_RUN_IN_NUMBER = re.compile(r"(\d{1,3})\.(?=[A-Za-z][a-z])")
"""A list's number with no space before its item's text: a maker's list whose two-digit
numbers fill the whole hanging indent, so the text after "10." starts right where the number
ends and no space is extracted ("10.We cannot ...")."""
_OUTLINE_START = re.compile(r"(\d{1,3}(?:\.\d{1,3})+\.?)\s+(?=\S)")
"""A clause number of several levels ("4.2", "1.1.3."), which opens a paragraph of its own."""
_MARKER_ONLY = re.compile(
    r"[\u2022\u25cf\u25e6\u25aa\u25a0\u25a1\u2013\u2014\u00b7\u2043\u27a2\u25ba*\-"
    r"\uf0b7\uf0a7\uf076\uf0d8\uf0fc]|\d{1,3}[.)]|\(\d{1,3}\)|\([a-z]{1,4}\)|[a-z][.)]"
    r"|[ivx]{1,5}[.)]|\d{1,3}(?:\.\d{1,3})+\.?",
    re.IGNORECASE,
)
"""A line that is only a list item's bullet or number: some PDF makers draw the marker apart
from the item's text, so the page's text order gives all of a list's markers together."""
_FOOTNOTE_START = re.compile(r"(?:\d{1,3}|[*\u2020\u2021\u00a7])(?:[.)]?\s|(?=[A-Z]))")
"""How a footnote opens at the foot of a page: its number or mark, then its text."""
_CLAUSE_END = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_ORDERED_MARKDOWN = re.compile(r"\d{1,3}[.)]")
_SENTENCE_END = re.compile(r"[.!?:][\"'\u201d\u2019)]*$")
_SOFT_HYPHEN = "\u00ad"
_LINE_END_HYPHENS = frozenset("-\u00ad\u2010")
_BROKEN_WORD = re.compile(r"([A-Za-z]+)[-\u00ad\u2010]$")
_WORD_START = re.compile(r"[a-z]+")
_HYPHENATED_WORDS = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)+")
_PLAIN_WORDS = re.compile(r"[A-Za-z]+")


@dataclass(slots=True)
class _Block:
    lines: list[TextLine]
    kind: str
    """"heading", "bold", "item", "row" (of a table) or "paragraph"."""
    marker: str = ""
    """A list item's bullet or number as printed."""
    page: int = 0
    texts: list[str] = field(default_factory=list)
    notes: list[list[str]] = field(default_factory=list)
    """The lines of the footnotes its lines' reference marks point to (decision 0087)."""
    breaks: set[int] = field(default_factory=set)
    """The indexes in `texts` of the lines its writer started with a line break, not a wrap
    (`_broken_by_choice`): a paragraph keeps its line there, as Word's reader does."""


def pages_to_markdown(pages: Sequence[TextPage]) -> str:
    """The document's text as markdown blocks separated by blank lines (possibly empty)."""
    pages = [_with_note_numbers_joined(page) for page in pages]
    kept = [_without_leaders(lines) for lines in _without_running_lines(pages)]
    body_lines = [line for page in kept for line in page]
    if not body_lines:
        return ""
    body_size = _body_size(body_lines)
    split = _notes_pushed_over_a_page(
        [_footnotes(lines, page.height, body_size) for page, lines in zip(pages, kept, strict=True)]
    )
    notes_by_page = [page_notes for _, page_notes in split]
    split = [
        (
            _wrapped_marks_joined(
                _marks_run_on(lines, page_notes, body_size), page_notes, body_size
            ),
            page_notes,
        )
        for lines, page_notes in split
    ]
    kept = [
        _lone_rows_as_text(
            _justified_rows_as_text(
                _aligned_gaps_as_cells(
                    gaps_at_wrapped_cells(
                        column_fragments_as_rows(
                            tables_on_grid(
                                _hanging_numbers_joined(
                                    _with_markers_attached(
                                        _floated_boxes_in_place(
                                            _side_box_under_heading(
                                                _side_box_in_place(
                                                    _box_drawn_last_in_place(lines, body_size),
                                                    body_size,
                                                ),
                                                body_size,
                                            ),
                                            body_size,
                                        )
                                    ),
                                    body_size,
                                ),
                                body_size,
                            ),
                            body_size,
                        ),
                        body_size,
                    ),
                    body_size,
                ),
                body_size,
            ),
            body_size,
        )
        for lines, _ in split
    ]
    kept = tables_across_pages(kept)
    body_lines = [line for page in kept for line in page]
    heading_sizes = _size_classes(
        [line.size for line in body_lines if line.size >= body_size * HEADING_SIZE_RATIO]
    )
    body_colour = _body_colour(body_lines, body_size)
    capitals_apart = _body_in_small_letters(body_lines, body_size)
    pitch = _usual_pitch(kept, body_size)
    right_edges = _RightEdges(body_lines, body_size)
    text_left = min(line.left for line in body_lines)
    text_right = max(line.right for line in body_lines)
    vocabulary = _Vocabulary(line.text for line in body_lines)
    blocks: list[_Block] = []
    for page_number, lines in enumerate(kept):
        previous: TextLine | None = None
        for index, line in enumerate(lines):
            block = blocks[-1] if blocks else None
            runs_on = block is not None and _runs_on(block, right_edges)
            kind, marker = _line_kind(line, body_size, body_colour, capitals_apart and not runs_on)
            if kind == "paragraph" and _RUN_IN_NUMBER.match(line.text):
                kind, marker = _next_number_run_in(line.text, blocks)
            if (
                kind == "item"
                and _OUTLINE_NUMBER.fullmatch(marker)
                and block is not None
                and previous is not None
                and block.kind == "paragraph"
                and _CLAUSE_END.search(block.lines[-1].text) is None
            ):
                kind, marker = "paragraph", ""  # "2.5 million" wrapped to a line's start
            if (
                kind == "item"
                and block is not None
                and previous is not None
                and _number_wrapped_to_line_start(marker, block, blocks, right_edges)
            ):
                kind, marker = "paragraph", ""  # "... until they turn" / "25. Our offer ..."
            right_edge = right_edges.at(line.left)
            continues = (
                block is not None
                and not (
                    kind == "paragraph" and _item_stopped_short(blocks, line, right_edge, body_size)
                )
                and not (
                    kind == "bold"
                    and block.kind == "row"
                    and _heads_next_table(block, line, lines[index + 1 : index + 2], body_size)
                )
                and not (
                    kind == "heading"
                    and block.kind == "heading"
                    and _centred_line_broken_by_choice(block.lines[-1], line, text_left, text_right)
                )
                and _continues(
                    block, previous, line, kind, pitch, right_edge, body_size, page_number
                )
            )
            broken = (
                continues
                and block is not None
                and block.kind == kind == "paragraph"
                and previous is block.lines[-1]
                and _broken_by_choice(
                    previous,
                    line,
                    _column_right(lines, block, line, right_edge, body_size),
                    body_size,
                )
            )
            if (
                broken
                and block is not None
                and _SENTENCE_END.search(block.lines[-1].text) is not None
            ):
                continues = broken = False  # a sentence ended where the next word had room
            elif broken and block is not None:
                broken = _opens_a_line_of_its_own(block.lines[-1].text, line.text)
            page_notes = notes_by_page[page_number]
            cited = [page_notes.pop(mark) for mark in line.note_marks if mark in page_notes]
            if continues and block is not None:
                if broken:
                    block.breaks.add(len(block.texts))
                block.lines.append(line)
                block.page = page_number
                block.notes += cited
            else:
                text = line.text[len(marker) :].lstrip() if marker else line.text
                blocks.append(_Block([line], kind, marker, page_number, [text], cited))
                previous = line
                continue
            block.texts.append(line.text)
            previous = line
    for index in _numbered_labels(blocks, right_edges):
        blocks[index].kind, blocks[index].marker = "heading", _BODY_SIZE_HEADING
    blocks = _unmarked_items(blocks, right_edges, body_size)
    blocks = _cover_lines_apart(blocks, text_left, text_right)
    rendered = []
    waiting: list[list[str]] = []
    depths = _item_indents(blocks, body_size)
    for number, block in enumerate(blocks):
        if waiting and block.kind != "item":
            rendered += [_rendered_note(note, vocabulary) for note in waiting]
            waiting = []
        block_notes = block.notes
        introduces = bool(block.texts) and block.texts[-1].rstrip().endswith(":")
        if block.kind == "paragraph" and not introduces:
            block.texts += [line for note in block_notes for line in note]
            block_notes = []
        rendered.append(" " * depths[number] + _render(block, heading_sizes, vocabulary))
        if introduces or block.kind == "item":
            waiting += block_notes
        else:
            rendered += [_rendered_note(note, vocabulary) for note in block_notes]
    rendered += [_rendered_note(note, vocabulary) for note in waiting]
    return "\n\n".join(text for text in rendered if text)


NESTED_ITEM_EMS = 1.0
"""A list item whose marker stands this many ems or more right of the item before it is nested
inside that item, as Word's "List Bullet 2" prints one step in (decision 0226)."""


def _item_indents(blocks: Sequence[_Block], body_size: float) -> list[int]:
    """How many spaces each block's markdown is indented: a list item set one step right of the
    item before it (a run of items, nothing between) nests in it, by the width of that item's
    marker; an item back at an outer item's left is at that item's depth again."""
    indents = [0] * len(blocks)
    open_items: list[tuple[float, int, int]] = []  # (marker's left, indent, content column)
    step = NESTED_ITEM_EMS * body_size
    for number, block in enumerate(blocks):
        before = blocks[number - 1] if number else None
        if block.kind != "item" or not _renders_as_item(block.marker):
            open_items = []
            continue
        left = block.lines[0].left
        if before is None or not _right_under(block, before, body_size):
            open_items = []  # a new page or column: where the item stands tells nothing
        while open_items and left < open_items[-1][0] + step:
            if abs(left - open_items[-1][0]) < step:
                break
            open_items.pop()
        if open_items and abs(left - open_items[-1][0]) < step:
            indent = open_items.pop()[1]
        elif open_items:
            indent = open_items[-1][2]
        else:
            indent = 0
        indents[number] = indent
        width = len(block.marker) + 1 if _ORDERED_MARKDOWN.fullmatch(block.marker) else 2
        open_items.append((left, indent, indent + width))
    return indents


NESTED_ITEM_MAX_EMS = 6.0
"""A list nests at most this far right of its parent item; further is another column."""


def _right_under(block: _Block, before: _Block, body_size: float) -> bool:
    """Whether `block` starts right under `before` on the same page, within a list's reach
    to the right: not at the head of the next column or page."""
    first, last = block.lines[0], before.lines[-1]
    return (
        block.page == before.page
        and first.top > last.top
        and first.left - before.lines[0].left <= NESTED_ITEM_MAX_EMS * body_size
    )


def _renders_as_item(marker: str) -> bool:
    """Whether `_render` writes the marker as a markdown list's ("- ", "3. ")."""
    return bool(_ORDERED_MARKDOWN.fullmatch(marker) or _BULLET.match(marker + " x"))


_DRAWN_BULLET = "\u2022"
"""The marker given to list items whose bullets were drawn, not written."""


def _unmarked_items(
    blocks: Sequence[_Block], right_edges: _RightEdges, body_size: float
) -> list[_Block]:
    """Blocks with each list whose bullets the PDF draws as shapes, not characters (a browser's
    printed `<ul>`), read as the list's items, a line each: the lines under a paragraph that
    introduces them (ending with ":"), all indented alike past that paragraph's left edge, each
    stopping well short of the text's right edge. Joined as one paragraph, "Children Act 1989
    Adoption and Children Act 2002 …" would be one item of no list (decision 0198)."""
    result: list[_Block] = []
    for block in blocks:
        before = result[-1] if result else None
        if (
            before is not None
            and block.kind == "paragraph"
            and len(block.lines) >= MIN_UNMARKED_ITEMS
            and before.kind == "paragraph"
            and before.texts
            and before.texts[-1].rstrip().endswith(":")
            and all(abs(line.left - block.lines[0].left) < 1.0 for line in block.lines)
            and block.lines[0].left >= before.lines[-1].left + FIRST_LINE_INDENT_EMS * body_size
            and all(
                line.right < right_edges.at(line.left) * SHORT_LINE_SHARE for line in block.lines
            )
            and len(block.texts) == len(block.lines)
        ):
            items = [
                _Block([line], "item", _DRAWN_BULLET, block.page, [text], [])
                for line, text in zip(block.lines, block.texts, strict=True)
            ]
            items[-1].notes = block.notes
            result += items
            continue
        result.append(block)
    return result


MIN_UNMARKED_ITEMS = 2


def _rendered_note(lines: list[str], vocabulary: _Vocabulary) -> str:
    return escape_line_start(_SPACES.sub(" ", _joined(lines, vocabulary)).strip())


def _numbered_labels(blocks: Sequence[_Block], right_edges: _RightEdges) -> list[int]:
    """The one-line paragraphs that are a document's numbered headings set at body size and
    weight (apart only by colour): short lines, not ending as a clause does, opening with the
    numbers 1, 2, 3… in order, at least three of them, each over a paragraph. A line set apart
    by its colour alone (`_set_apart_by_colour`, a "bold" block in a regular face) is such a
    paragraph too: its numbering makes it a heading of its own level."""
    found: list[int] = []
    for index, block in enumerate(blocks[:-1]):
        plain_weight = block.kind == "paragraph" or (
            block.kind == "bold" and not block.lines[0].bold
        )
        if not plain_weight or len(block.lines) != 1:
            continue
        line = block.lines[0]
        number = _SECTION_NUMBER.match(line.text)
        if (
            number is None
            or _CLAUSE_END.search(line.text) is not None
            or line.right - line.left >= (right_edges.at(line.left) - line.left) * LABEL_LINE_SHARE
            or blocks[index + 1].kind == "heading"
        ):
            continue
        if int(number.group(1)) == len(found) + 1:
            found.append(index)
    return found if len(found) >= MIN_NUMBERED_LABELS else []


_NOTE_NUMBER = re.compile(r"[0-9*\u2020\u2021\u00a7]{1,3}")
NOTE_NUMBER_REACH_EMS = 1.5
"""A footnote's number set as a superscript of its own stands within this many of its note's
type sizes to the left of the note's text."""


def _with_note_numbers_joined(page: TextPage) -> TextPage:
    """The page with each footnote's number that PDFium read as a line of its own (a raised
    "1" set just left of its note's text, as reportlab draws notes) joined to the front of its
    note's line: "1 Children Act 1989, section 23C …". Alone, the number is taken for a page
    number at the page's foot and the note for text that opens with no note's number, so the
    note stays where it stands, cutting the paragraph that runs on to the next page (decision
    0198). Only a number in type no larger than the note's, raised above the note's baseline
    and level with its first line."""
    lines = list(page.lines)
    joined: dict[int, TextLine] = {}
    dropped: set[int] = set()
    for index, mark in enumerate(lines):
        if _NOTE_NUMBER.fullmatch(mark.text) is None:
            continue
        for other, note in enumerate(lines):
            if (
                other != index
                and other not in joined
                and note.cells == 1
                and mark.size <= note.size
                and 0 <= note.left - mark.right <= note.size * NOTE_NUMBER_REACH_EMS
                and mark.bottom < note.bottom
                and mark.bottom > note.top
                and _NOTE_NUMBER.match(note.text) is None
            ):
                joined[other] = dataclasses.replace(
                    note, text=f"{mark.text} {note.text}", left=mark.left
                )
                dropped.add(index)
                break
    if not joined:
        return page
    return dataclasses.replace(
        page,
        lines=tuple(joined.get(i, line) for i, line in enumerate(lines) if i not in dropped),
    )


_LEADING_MARK = re.compile(r"([0-9*\u2020\u2021\u00a7]{1,2})\s+(?=\S)")
MARK_RUN_ON_EMS = 0.5
"""A line PDFium broke at a raised mark starts within this many type sizes of where the line
before it ends, on its baseline (`MARK_BASELINE_EMS`)."""
MARK_BASELINE_EMS = 0.3


def _marks_run_on(
    lines: Sequence[TextLine], notes: dict[str, list[str]], body_size: float
) -> list[TextLine]:
    """A page's lines with each line PDFium broke at a raised reference mark after a sentence
    ("… set out in law.¹ We will:") joined back to the line it carries on, where no footnote on
    the page has that mark: a web page printed by a browser gives its notes as a list at the
    page's end, not at the page's foot, so no note is read after the sentence (decision 0087)
    and the mark, left at the start of the rest of the line, would open a paragraph of its own
    ("1 We will:"). The rest starts where the line before it ends, on the same baseline; the
    mark goes with the other marks the line holds (decision 0249).

    PDFium also breaks a line after a raised mark it keeps with the words before it ("… about
    children in care.³" / "The committee checks …", a Word file printed with its notes at the
    page's foot): the rest, with no mark of its own, starts where the marked part ends, on its
    baseline, and is joined back too, so that the paragraph does not end in mid-line. The
    notes of the marks the line ends with are read there, where their marks stand (decision
    0087), and taken out of `notes`: read after the whole paragraph, a note qualifying the
    sentence before the mark ("… until they are 21.¹" / "¹ Or 25 if they ask.") would be
    parted from it by the paragraph's other sentences (decision 0461)."""
    result: list[TextLine] = []
    for line in lines:
        previous = result[-1] if result else None
        match = _LEADING_MARK.match(line.text)
        leading_mark_without_note = match is not None and match[1] not in notes
        after_a_kept_mark = match is None and previous is not None and bool(previous.note_marks)
        if (
            previous is None
            or not (leading_mark_without_note or after_a_kept_mark)
            or previous.cells != 1
            or line.cells != 1
            or abs(line.left - previous.right) > MARK_RUN_ON_EMS * body_size
            or abs(line.bottom - previous.bottom) > MARK_BASELINE_EMS * body_size
        ):
            result.append(line)
            continue
        if match is not None:
            text = f"{previous.text} {line.text[match.end() :]}"
            marks = (*previous.note_marks, match[1])
        else:
            read_here = [mark for mark in previous.note_marks if mark in notes]
            noted = [" ".join(mend_broken_words(notes.pop(mark))) for mark in read_here]
            text = " ".join([previous.text, *noted, line.text])
            marks = tuple(mark for mark in previous.note_marks if mark not in read_here)
        result[-1] = dataclasses.replace(previous, text=text, right=line.right, note_marks=marks)
    return result


WRAPPED_MARK_GAP_EMS = 1.0
"""A reference mark wrapped to a line of its own stands within this many body type sizes under
the line it belongs to."""


def _wrapped_marks_joined(
    lines: Sequence[TextLine], notes: dict[str, list[str]], body_size: float
) -> list[TextLine]:
    """A page's lines with each reference mark that the line's end pushed onto a line of its own
    ("… It was amended in April 2026." / "¹", the mark alone at the left margin, in small type,
    right under the sentence) given back to the line above as its mark, where a note at the
    page's foot has that mark and no other line holds it. Alone, the mark would be read as a
    paragraph ("1") and its note, which no mark points to, left out (decision 0386)."""
    held = {mark for line in lines for mark in line.note_marks}
    result: list[TextLine] = []
    for line in lines:
        previous = result[-1] if result else None
        mark = line.text.strip()
        if (
            previous is None
            or _NOTE_NUMBER.fullmatch(mark) is None
            or mark not in notes
            or mark in held
            or previous.cells != 1
            or line.size >= body_size * MARGIN_TEXT_RATIO
            or previous.size < body_size * MARGIN_TEXT_RATIO
            or not 0 <= line.top - previous.bottom <= WRAPPED_MARK_GAP_EMS * body_size
            or abs(line.left - previous.left) > WRAPPED_MARK_GAP_EMS * body_size
        ):
            result.append(line)
            continue
        result[-1] = dataclasses.replace(previous, note_marks=(*previous.note_marks, mark))
        held.add(mark)
    return result


def _without_running_lines(pages: Sequence[TextPage]) -> list[list[TextLine]]:
    """Each page's lines without running headers, footers and page numbers."""
    edges: list[set[int]] = []
    keys: Counter[tuple[str, int]] = Counter()
    lead_keys: Counter[tuple[str, int]] = Counter()
    all_lines = [line for page in pages for line in page.lines]
    margin_size = _body_size(all_lines) * MARGIN_TEXT_RATIO if all_lines else 0.0
    for page in pages:
        by_position = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
        edge = {
            i for i in by_position[:EDGE_LINES] if page.lines[i].bottom <= page.height * EDGE_BAND
        } | {
            i
            for i in by_position[-EDGE_LINES:]
            if page.lines[i].top >= page.height * (1 - EDGE_BAND)
        }
        edges.append(edge)
        keys.update({_running_key(page.lines[i], page.height) for i in edge})
        lead_keys.update(
            {
                key
                for i in edge
                if (key := _running_lead_key(page.lines[i], page.height, margin_size))
            }
        )
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))
    turned_keys = Counter(
        key
        for page in pages
        for key in {_running_key(line, page.height) for line in page.lines if _is_turned(line)}
    )
    small = _single_page_margin_size(pages, edges)
    in_small_margin = [
        _small_type_from_edges(page, edge, small) for page, edge in zip(pages, edges, strict=True)
    ]

    def repeated(line: TextLine, page_height: float) -> bool:
        return bool(
            PAGE_NUMBER.fullmatch(line.text.strip())
            or _only_marking(line.text)
            or keys[_running_key(line, page_height)] >= needed
        )

    def running(line: TextLine, page_height: float, page: TextPage | None = None) -> bool:
        lead = _running_lead_key(line, page_height, margin_size)
        return bool(
            (
                PAGE_NUMBER.fullmatch(line.text.strip())
                and not (
                    page is not None
                    and line.size > margin_size
                    and _text_beyond(line, page, repeated)
                )
            )
            or _only_marking(line.text)
            or keys[_running_key(line, page_height)] >= needed
            or (lead is not None and lead_keys[lead] >= needed)
        )

    cited_notes = [
        _cited_notes_at_foot(page, edge) if small else set()
        for page, edge in zip(pages, edges, strict=True)
    ]
    title_headers = _title_headers(pages)
    header_tops = [
        (top_line.top, top_line.size)
        for number, page in enumerate(pages[1:], start=1)
        if page.lines
        and (top_line := min(page.lines, key=lambda line: line.top)).bottom
        <= page.height * EDGE_BAND
        and (running(top_line, page.height) or top_line in title_headers[number])
    ]
    first_header = _first_page_header(pages[0], header_tops) if pages else set()
    kept: list[list[TextLine]] = []
    for number, (page, edge) in enumerate(zip(pages, edges, strict=True)):
        kept.append(
            [
                line
                for i, line in enumerate(page.lines)
                if not (number == 0 and i in first_header)
                and (
                    i not in edge
                    or i in cited_notes[number]
                    or not (running(line, page.height, page) or i in in_small_margin[number])
                )
                and line not in title_headers[number]
                and not (
                    _is_turned(line) and turned_keys[_running_key(line, page.height)] >= needed
                )
            ]
        )
    return kept


def _text_beyond(
    line: TextLine, page: TextPage, repeated: Callable[[TextLine, float], bool]
) -> bool:
    """Whether the page prints text further toward its nearer edge than `line` that is no
    running line itself: a page's number stands outside its text, so a bare number in the
    body's type with the body's words beyond it (a year wrapped alone onto its own line in a
    table cell near the foot of the page, "Care Leavers (England) Regulations" over "2010") is
    part of the text. A number in smaller type there (a note's mark raised above the page's
    first line) is left to the other rules."""
    if line.top >= page.height / 2:
        beyond = [other for other in page.lines if other.top >= line.bottom]
    else:
        beyond = [other for other in page.lines if other.bottom <= line.top]
    return any(
        other is not line and not repeated(other, page.height) and other.text.strip()
        for other in beyond
    )


TURNED_LINE_RATIO = 3.0
"""A line of words at least this many times taller than it is wide runs up or down the page: its
text is set a quarter turn."""


def _is_turned(line: TextLine) -> bool:
    """Whether `line` is words set a quarter turn, up or down the page: a side bar's label
    ("Council name · Children's Services Procedures" up a coloured band in the margin). One that
    stands in the same place with the same words on most pages is a running line turned on its
    side, page furniture like a running header (SPEC; decision 0512); a label turned on one page
    only (a landscape table's caption) stays, as `pdf._slanted_characters` keeps it."""
    return len(line.text.split()) >= 2 and (
        line.bottom - line.top >= TURNED_LINE_RATIO * (line.right - line.left)
    )


def _only_marking(text: str) -> bool:
    """Whether a line is a protective marking, alone or beside the page's number in a cell of
    its own ("OFFICIAL | 3"): a footer that centres the marking and puts the number at the right
    is read as one line of two cells."""
    cells = [cell.strip() for cell in text.split(CELL_SEPARATOR)]
    return any(PROTECTIVE_MARKING.fullmatch(cell) for cell in cells) and all(
        PROTECTIVE_MARKING.fullmatch(cell) or PAGE_NUMBER.fullmatch(cell) for cell in cells
    )


def _title_headers(pages: Sequence[TextPage]) -> list[list[TextLine]]:
    """Per page, the top line that is a running header printed on that page alone: on a page
    after the first, the top-most line in the top band, in type no larger than the body's, set
    apart from the text under it, that writes the document's title (the first page's largest
    type, three words or more) joined to other words by a separator ("Kestrel Vale Council -
    Policies, Values and Principles"), or the title alone in type smaller than the body's
    margin share (a title is never set smaller than its text; decision 0219). A header shown
    only from the second page on (a cover printed without it) repeats on no other page, so the
    repetition rule cannot find it in a two-page document; the title under a separator is how
    such a header reads, and body text rarely writes it so."""
    found: list[list[TextLine]] = [[] for _ in pages]
    if len(pages) < 2 or not pages[0].lines:
        return found
    title = _title_words(pages[0])
    if len(title.split()) < TITLE_HEADER_MIN_WORDS:
        return found
    body_size = _body_size([line for page in pages for line in page.lines])
    for number, page in enumerate(pages[1:], start=1):
        by_position = sorted(page.lines, key=lambda line: line.top)
        if len(by_position) < 2:
            continue
        top_line, under = by_position[0], by_position[1]
        if (
            top_line.bottom <= page.height * EDGE_BAND
            and top_line.size <= body_size
            and under.top - top_line.bottom > top_line.size
            and (
                _writes_title_under_separator(top_line.text, title)
                or (
                    top_line.size <= body_size * MARGIN_TEXT_RATIO
                    and _SPACES.sub(" ", top_line.text).strip().lower() == title
                )
            )
        ):
            found[number].append(top_line)
    return found


def _title_words(page: TextPage) -> str:
    """The first page's lines in its largest type, in reading order, as lower-case words."""
    largest = max(line.size for line in page.lines)
    lines = sorted(
        (line for line in page.lines if line.size >= largest * SAME_SIZE_RATIO),
        key=lambda line: line.top,
    )
    return _SPACES.sub(" ", " ".join(line.text for line in lines)).strip().lower()


def _writes_title_under_separator(text: str, title: str) -> bool:
    words = _SPACES.sub(" ", text).strip().lower()
    at = words.find(title)
    if at < 0 or words == title:
        return False
    before, after = words[:at].rstrip(), words[at + len(title) :].lstrip()
    return bool(
        (before and before[-1] in _HEADER_SEPARATORS) or (after and after[0] in _HEADER_SEPARATORS)
    )


def _first_page_header(page: TextPage, header_tops: Sequence[tuple[float, float]]) -> set[int]:
    """The lines at the top of the first page that are that page's own header. Word and the PDF
    makers let the first page have a header of its own (a letterhead, the manual's name),
    printed where the running header of the other pages stands, which then differs from it: a
    line there, and the lines set close under it (a letterhead of two lines) in the top band."""
    by_position = sorted(range(len(page.lines)), key=lambda i: page.lines[i].top)
    header: set[int] = set()
    previous: TextLine | None = None
    for index in by_position[:EDGE_LINES]:
        line = page.lines[index]
        if line.bottom > page.height * EDGE_BAND:
            break
        at_header = any(
            abs(line.top - top) <= min(line.size, size) * FIRST_HEADER_REACH
            for top, size in header_tops
        )
        under_header = (
            previous is not None
            and line.top - previous.bottom <= previous.size
            and line.size <= previous.size * HEADING_SIZE_RATIO
        )
        if not (at_header or under_header):
            break
        header.add(index)
        previous = line
    return header


def _without_leaders(lines: Sequence[TextLine]) -> list[TextLine]:
    """Lines of a contents list without their dot leaders and page numbers ("Our values ....
    4"): they belong to the printed pages, as Word's contents fields do (decision 0012). Each
    such line is marked as a contents entry: an entry the leader closed is whole, so the next
    line is another entry, not its paragraph's next line (unnumbered entries set close together
    would otherwise run into one line, decision 0249)."""
    result: list[TextLine] = []
    for line in lines:
        match = _LEADER.search(line.text)
        if match is not None and match.start() > 0:
            line = dataclasses.replace(
                line, text=line.text[: match.start()].rstrip(), contents_entry=True
            )
        result.append(line)
    return result


def _footnotes(
    lines: Sequence[TextLine], page_height: float, body_size: float
) -> tuple[list[TextLine], dict[str, list[str]]]:
    """A page's lines without its footnotes, and the footnotes' texts by their marks. The notes
    are the run of lines in small type at the foot of the page (its lower part, below all of
    its body text and larger type), from the first that opens with a note's number or mark;
    each note runs from a line so opening to the next. Small type level with larger type is not
    under it (a note written beside the text stays), nor is small type high on the page (a list
    in small type under a page's heading).

    The notes are not read where they stand: there they would cut the paragraph that runs on to
    the next page (decision 0012). A note is read where its reference mark points (decision
    0087): as the last sentences of the paragraph holding the mark ("… until they are 21.¹" /
    "¹ They can ask for it to go on to 25."); after a heading or a table row holding it; after
    the list, when a list item or a paragraph introducing a list ("… these Acts:¹") holds it,
    so as not to part the list's items or the list from its introduction. A note no mark on
    its page points to stays out, as Word files' notes without a reference do.
    """
    small = body_size * MARGIN_TEXT_RATIO
    larger = [line for line in lines if line.size > small]
    if not larger:
        return list(lines), {}
    foot = max(page_height * FOOTNOTE_ZONE, *(line.bottom for line in larger))
    run = sorted(
        (i for i, line in enumerate(lines) if line.size <= small and _lies_below(line, foot)),
        key=lambda i: lines[i].top,
    )
    first_note = next(
        (n for n, index in enumerate(run) if _FOOTNOTE_START.match(lines[index].text)), None
    )
    if first_note is None:
        run = _notes_at_body_size(lines, page_height)
        first_note = 0
    if not run:
        return list(lines), {}
    notes: dict[str, list[str]] = {}
    mark = ""
    for index in run[first_note:]:
        text = lines[index].text
        opening = _FOOTNOTE_START.match(text)
        if opening is not None:
            mark = opening.group().strip(" .)")
            notes.setdefault(mark, [])
            text = text[opening.end() :]
        notes[mark].append(text.strip())
    in_notes = set(run[first_note:])
    body = [line for i, line in enumerate(lines) if i not in in_notes]
    return body, notes


NOTE_PUSHED_PAGES = 2
"""How many pages on a note may be pushed from its mark: each full page pushes the next."""


def _notes_pushed_over_a_page(
    split: list[tuple[list[TextLine], dict[str, list[str]]]],
) -> list[tuple[list[TextLine], dict[str, list[str]]]]:
    """Each page's lines and notes, with a note the maker pushed to a later page's foot (the
    page holding its mark had no room left, and the notes after it follow on: WeasyPrint's
    page-foot notes) given back to the nearest page before whose line holds its mark. Only where
    no line of the note's own page holds that mark and the page given it has no note of that
    mark of its own: notes numbered afresh on each page keep theirs. Left where it stands, no
    mark on its page would point to it, and it would be left out."""
    held = [_marks_held(lines) for lines, _notes in split]
    for page, (_lines, notes) in enumerate(split):
        for mark in [mark for mark in notes if mark not in held[page]]:
            for before in range(page - 1, max(-1, page - 1 - NOTE_PUSHED_PAGES), -1):
                if mark in held[before] and mark not in split[before][1]:
                    split[before][1][mark] = notes.pop(mark)
                    break
    return split


def _marks_held(lines: Sequence[TextLine]) -> set[str]:
    """The reference marks a page's lines hold, a mark pushed onto a line of its own included."""
    return {mark for line in lines for mark in line.note_marks} | {
        line.text.strip() for line in lines if _NOTE_NUMBER.fullmatch(line.text.strip())
    }


def _notes_at_body_size(lines: Sequence[TextLine], page_height: float) -> list[int]:
    """The indexes of a page's footnotes set in the body's own type (a Word file whose footnote
    style is the body's, printed by LibreOffice), or none. Type does not tell them apart, so
    their marks must: the page's last lines, in its lower half and under all the text above
    them, opening one by one with exactly the reference marks the body above holds, in their
    order ("… until the age of 21.³" / "3 A care leaver who …"). A line opening with any other
    number ends the claim (a numbered list at the page's foot is no run of notes)."""
    marks: list[str] = []
    for line in lines:
        marks += [mark for mark in line.note_marks if mark not in marks]
    if not marks:
        return []
    start = len(lines)
    expected = list(reversed(marks))
    for index in range(len(lines) - 1, -1, -1):
        line = lines[index]
        if line.note_marks or not _lies_below(line, page_height * FOOTNOTE_ZONE):
            break
        opening = _FOOTNOTE_START.match(line.text)
        if opening is not None:
            if not expected or opening.group().strip(" .)") != expected[0]:
                break
            expected.pop(0)
            start = index
        if not expected:
            break
    if expected or start == len(lines):
        return []
    above = max((line.bottom for line in lines[:start]), default=0.0)
    if any(line.top < above for line in lines[start:]):
        return []
    return list(range(start, len(lines)))


def _lies_below(line: TextLine, foot: float) -> bool:
    """Whether most of `line` is below `foot`: a line set level with text, or overlapping it, is
    beside that text, not under it."""
    return (line.top + line.bottom) / 2 >= foot


_HANGING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
"""A section's number standing alone in the margin: "4", "4.", "4.2"."""


def _hanging_numbers_joined(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with each numbered heading whose number hangs in the margin, far left of
    its words (a text object of its own, more than two ems away, so `pdf` took the gap for a
    table's cell boundary: "4 | Our values"), read as one heading line ("4 Our values"). Only
    a line of two parts whose first is a section's number alone and whose second is a short
    heading set apart by bold or larger type, no sentence: a table's numbered row is in body
    type, and has more cells or a sentence in its cell."""
    result: list[TextLine] = []
    for line in lines:
        number, _, words = line.text.partition(CELL_SEPARATOR)
        if (
            line.cells == 2
            and (line.bold or line.size >= body_size * HEADING_SIZE_RATIO)
            and _HANGING_NUMBER.fullmatch(number.strip())
            and words[:1].isupper()
            and len(words.split()) <= MAX_COLOUR_HEADING_WORDS
            and _SENTENCE_END.search(words) is None
        ):
            line = dataclasses.replace(
                line, text=f"{number.strip()} {words.strip()}", cells=1, cell_starts=()
            )
        result.append(line)
    return result


SIDE_BOX_EMS = 4.0
"""A box set beside the text starts at least this many ems (of the body text) right of it."""


BOX_DRAWN_LAST_MAX_LINES = 12
"""A box drawn after the page's text holds at most this many lines; more is a column of text."""


def _box_drawn_last_in_place(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with a text box that the PDF draws after the page's text put where a
    reader meets it: LibreOffice prints a Word text box set between paragraphs (wrapped top and
    bottom) after all of the page's text, so PDFium gives its lines last, after the page's
    closing lines ("Amended: March 2025", then "Our practice model is …" from higher up).
    Only a run of lines closing the page, sharing one left edge, top to bottom, that goes back
    up the page and fits in a band that no other line crosses, with text above and below it:
    a side note beside text or a page column crosses other lines and is read as drawn."""
    if len(lines) < 3:
        return list(lines)
    start = len(lines) - 1
    while (
        start > 0
        and abs(lines[start - 1].left - lines[-1].left) <= body_size
        and lines[start - 1].top < lines[start].top
    ):
        start -= 1
    box, rest = list(lines[start:]), list(lines[:start])
    if not rest or len(box) > BOX_DRAWN_LAST_MAX_LINES or box[0].top >= rest[-1].top:
        return list(lines)
    top, bottom = box[0].top, box[-1].bottom
    if any(line.bottom > top and line.top < bottom for line in rest):
        return list(lines)
    at = next((i for i, line in enumerate(rest) if line.top >= bottom), None)
    if at is None or at == 0:
        return list(lines)
    return [*rest[:at], *box, *rest[at:]]


def _end_of_box_from(lines: Sequence[TextLine], start: int, body_size: float) -> int:
    """The index after the run of lines from `start` that share its left edge, each below the
    one before: the lines of a box a browser or WeasyPrint painted before the page's text, as
    `_side_box_in_place`, `_side_box_under_heading` and `_floated_boxes_in_place` each find
    it."""
    end = start + 1
    while (
        end < len(lines)
        and abs(lines[end].left - lines[start].left) <= body_size
        and lines[end].top >= lines[end - 1].top
    ):
        end += 1
    return end


def _side_box_in_place(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with a box drawn before the text it stands beside (a floated "Key facts"
    sidebar, which a browser or WeasyPrint paints first) put where a reader meets it: before
    the heading beside its top. Only lines opening the page that share one left edge, all of
    them right of the text after them, which goes back up the page above their top and keeps
    clear of them; and only where a heading (bold or larger type) stands beside the box's top,
    so no paragraph is cut in two."""
    if len(lines) < 3:
        return list(lines)
    first = lines[0]
    end = _end_of_box_from(lines, 0, body_size)
    box, rest = list(lines[:end]), list(lines[end:])
    if not rest or rest[0].top >= first.top - body_size:
        return list(lines)  # the text does not go back up: read in the order drawn
    if any(line.left < rest[0].left + SIDE_BOX_EMS * body_size for line in box):
        return list(lines)
    bottom = box[-1].bottom
    beside = [line for line in rest if line.bottom > first.top and line.top < bottom]
    if not beside or any(line.right > first.left for line in beside):
        return list(lines)
    above = [i for i, line in enumerate(rest) if line.top <= first.top + body_size / 2]
    if not above:
        return list(lines)
    at = above[-1]
    heading = rest[at]
    if not (heading.bold or heading.size >= body_size * HEADING_SIZE_RATIO):
        return list(lines)
    return [*rest[:at], *box, *rest[at:]]


def _side_box_under_heading(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with a box painted right after the heading that opens the page (a slide's
    heading band, then a "Key facts" sidebar, then the text beside it) put after the paragraph
    it stands beside, where a reader of the page's main text meets it (decision 0423). Only a
    heading (bold or larger type) above the box; box lines that share one left edge, at least
    `SIDE_BOX_EMS` right of the text after them, which stands under the heading, goes back up
    to beside the box's top with a line of body text and keeps clear of it; the box goes in
    where that paragraph ends, so none is cut in two. A heading beside the box's top is
    `_side_box_in_place`'s: the box goes before it (decision 0132)."""
    if len(lines) < 4:
        return list(lines)
    heading = lines[0]
    if not (heading.bold or heading.size >= body_size * HEADING_SIZE_RATIO):
        return list(lines)
    first = lines[1]
    if first.top < heading.bottom:
        return list(lines)
    end = _end_of_box_from(lines, 1, body_size)
    box, rest = list(lines[1:end]), list(lines[end:])
    if not rest or not first.top - body_size <= rest[0].top <= first.top + body_size:
        return list(lines)
    if abs(rest[0].left - heading.left) > body_size:
        return list(lines)  # the text beside the box is not the heading's own (a margin note)
    if rest[0].bold or rest[0].size >= body_size * HEADING_SIZE_RATIO:
        return list(lines)  # a heading beside the box's top: the box goes before it (0132)
    if any(line.left < rest[0].left + SIDE_BOX_EMS * body_size for line in box):
        return list(lines)
    bottom = box[-1].bottom
    beside = [i for i, line in enumerate(rest) if line.bottom > first.top and line.top < bottom]
    if not beside or any(rest[i].right > first.left for i in beside):
        return list(lines)
    at = beside[-1] + 1
    while (
        at < len(rest)
        and rest[at].right <= first.left
        and rest[at].top - rest[at - 1].bottom < body_size / 2
    ):
        at += 1
    return [heading, *rest[:at], *box, *rest[at:]]


BOX_GAP_EMS = 1.5
"""Two boxes painted one after the other down the page are apart where this many ems (of the
body text) of empty page stand between the bottom of one and the top of the next."""


def _floated_boxes_in_place(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with the boxes floated beside its text ("Key point", "Practice note"),
    which a browser or WeasyPrint paints before the page's text, each put after the paragraph
    it stands beside, where a reader of the text meets it (decision 0512). Read as painted,
    every box on the page comes before the page's first line: before the title on page one,
    between two rows of a table carried over from the page before. Only lines opening the page
    that share one left edge, top to bottom, all at least `SIDE_BOX_EMS` right of the text
    after them, which goes back up the page above their top; they part into boxes at a gap of
    `BOX_GAP_EMS`; each box goes in after the paragraph beside its top, and only where that is
    a paragraph of several lines whose lines beside the box keep clear of it: beside a lone
    line (a heading set in plain type) the page is read as painted (decision 0132). A box
    beside a heading or under one is `_side_box_in_place`'s or `_side_box_under_heading`'s,
    which come first."""
    if len(lines) < 3:
        return list(lines)
    first = lines[0]
    end = _end_of_box_from(lines, 0, body_size)
    painted, rest = list(lines[:end]), list(lines[end:])
    if not rest or rest[0].top >= first.top - body_size:
        return list(lines)  # the text does not go back up: read in the order drawn
    text_left = min(line.left for line in rest)
    if any(line.left < text_left + SIDE_BOX_EMS * body_size for line in painted):
        return list(lines)
    boxes: list[list[TextLine]] = [[painted[0]]]
    for line in painted[1:]:
        if line.top - boxes[-1][-1].bottom > BOX_GAP_EMS * body_size:
            boxes.append([])
        boxes[-1].append(line)
    boxes_before: dict[int, list[TextLine]] = {}
    for box in boxes:
        top, bottom, left = box[0].top, box[-1].bottom, box[0].left
        beside = [i for i, line in enumerate(rest) if line.bottom > top and line.top < bottom]
        if not beside or any(rest[i].right > left for i in beside):
            return list(lines)
        at = beside[0] + 1
        if not _same_paragraph_below(rest, at, body_size):
            return list(lines)  # a lone line beside the box's top: read as painted (0132)
        while _same_paragraph_below(rest, at, body_size):
            at += 1
        boxes_before.setdefault(at, []).extend(box)
    result: list[TextLine] = []
    for index, line in enumerate(rest):
        result.extend(boxes_before.get(index, ()))
        result.append(line)
    result.extend(boxes_before.get(len(rest), ()))
    return result


def _same_paragraph_below(lines: Sequence[TextLine], index: int, body_size: float) -> bool:
    """Whether line `index` goes on the paragraph of the line before it: it stands right under
    it, closer than half an em of the body text."""
    return 0 < index < len(lines) and 0 <= lines[index].top - lines[index - 1].bottom < (
        body_size / 2
    )


def _with_markers_attached(lines: Sequence[TextLine]) -> list[TextLine]:
    """A page's lines with each bullet or number drawn apart from its item's text put back at
    the start of that text: the nearest line to its right on the same level of the page."""
    markers = [i for i, line in enumerate(lines) if _MARKER_ONLY.fullmatch(line.text.strip())]
    if not markers:
        return list(lines)
    merged: dict[int, TextLine] = {}
    used: set[int] = set()
    for marker_index in markers:
        marker = lines[marker_index]
        middle = (marker.top + marker.bottom) / 2
        best: int | None = None
        for i, line in enumerate(lines):
            if i in used or i in markers or not line.top <= middle <= line.bottom:
                continue
            gap = line.left - marker.right
            if -1.0 <= gap <= 4 * marker.size and (best is None or line.left < lines[best].left):
                best = i
        if best is None:
            continue
        used.add(best)
        target = merged.get(best, lines[best])
        merged[best] = TextLine(
            text=f"{marker.text.strip()} {target.text}",
            size=target.size,
            bold=target.bold,
            top=min(marker.top, target.top),
            bottom=max(marker.bottom, target.bottom),
            left=marker.left,
            right=target.right,
            note_marks=target.note_marks,
            colour=target.colour,
        )
        merged[marker_index] = marker  # placeholder: dropped below
    attached = {i for i in markers if i in merged}
    return [merged.get(i, line) for i, line in enumerate(lines) if i not in attached]


def _aligned_gaps_as_cells(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with each wide space that lines up with one on a neighbouring line (the
    text after both starts at the same place, within two lines) made a cell boundary: a table's
    column whose cells sit closer than the two ems `pdf` takes alone. Justified lines have wide
    spaces too, but the words after them do not line up from line to line.

    A wide space whose text after it starts where a neighbouring table row's cell does is a cell
    boundary too: a row whose first cell is long enough to bring its text within two ems of the
    next column ("Children and Social Work Act 2017   CSWA 2017" under rows set wider apart)."""
    reach = ALIGNED_GAP_EMS * body_size
    chosen: list[set[int]] = [set() for _ in lines]
    for index, line in enumerate(lines):
        for other_index in range(index + 1, min(len(lines), index + 1 + ROW_REACH)):
            other = lines[other_index]
            for offset, start in line.wide_gaps:
                for other_offset, other_start in other.wide_gaps:
                    if abs(start - other_start) <= reach:
                        chosen[index].add(offset)
                        chosen[other_index].add(other_offset)
        if not line.wide_gaps:
            continue
        for other in lines[max(0, index - ROW_REACH) : index + 1 + ROW_REACH]:
            if other is line or other.cells < 2:
                continue
            for offset, start in line.wide_gaps:
                if any(abs(start - cell_start) <= reach for cell_start in other.cell_starts):
                    chosen[index].add(offset)
    result: list[TextLine] = []
    for line, offsets in zip(lines, chosen, strict=True):
        if not offsets:
            result.append(line)
            continue
        text = line.text
        for offset in sorted(offsets, reverse=True):
            text = text[:offset] + CELL_SEPARATOR + text[offset + 1 :]
        starts = sorted({*line.cell_starts, *(x for o, x in line.wide_gaps if o in offsets)})
        result.append(
            dataclasses.replace(
                line,
                text=text,
                cells=line.cells + len(offsets),
                wide_gaps=(),
                cell_starts=tuple(starts),
            )
        )
    return result


JUSTIFIED_EDGE_EMS = 0.1
"""Lines of one justified paragraph start and end within this share of an em of each other."""


def _justified_rows_as_text(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with each "row" that is a justified line read as plain text: in a narrow
    justified column the spaces of a line with few words grow past the two ems `pdf` takes for
    a cell gap ("shape    the    work    of"). Such a line starts and ends where a plain line of
    its paragraph next to it does (within two lines; a line so read counts as plain for its
    neighbours), while a table's row ends where its last cell's text does. A row with a cell's
    wrapped line under or over it (a line of its own that starts where one of the row's later
    cells does) stays a row, though its text happens to end where the paragraph after the table
    ends: a justified line's wide spaces have no text lined up under them (decision 0226)."""
    reach = JUSTIFIED_EDGE_EMS * body_size
    result = list(lines)
    changed = True
    while changed:
        changed = False
        for index, line in enumerate(result):
            if line.cells < 2:
                continue
            neighbours = [
                *result[max(0, index - ROW_REACH) : index],
                *result[index + 1 : index + 1 + ROW_REACH],
            ]
            if not _has_wrapped_cell_line(line, neighbours, body_size) and any(
                other.cells < 2
                and abs(other.left - line.left) <= reach
                and abs(other.right - line.right) <= reach
                and abs(other.size - line.size) <= reach
                for other in neighbours
            ):
                result[index] = TextLine(
                    line.text.replace(CELL_SEPARATOR, " "), line.size, line.bold, line.top,
                    line.bottom, line.left, line.right, note_marks=line.note_marks,
                )  # fmt: skip
                changed = True
    return result


def _has_wrapped_cell_line(row: TextLine, neighbours: Sequence[TextLine], body_size: float) -> bool:
    """Whether a line of one cell next to `row` starts where one of the row's later cells does,
    well inside the row: that cell's text wrapped to a line of its own."""
    margin = ALIGNED_GAP_EMS * body_size
    return any(
        other.cells < 2
        and other.left > row.left + margin
        and any(abs(other.left - start) <= margin for start in row.cell_starts)
        for other in neighbours
    )


def _lone_rows_as_text(lines: Sequence[TextLine], body_size: float) -> list[TextLine]:
    """A page's lines with a table row that has no other row near it (within two lines above or
    below: a cell's text may wrap between rows) read as plain text: a gap in one line alone is
    text flowing round a box or a picture, not a table. The wrapped lines of a row's later cell
    (each starting where one of the row's cells does) are part of that row and do not count as
    lines between rows, however many there are: a narrow last column wraps a long entry to six
    lines or more."""
    counted = _lines_between_rows(lines, body_size)
    result = list(lines)
    for position, index in enumerate(counted):
        line = lines[index]
        if line.cells < 2:
            continue
        neighbours = [
            lines[other]
            for other in (
                *counted[max(0, position - ROW_REACH) : position],
                *counted[position + 1 : position + 1 + ROW_REACH],
            )
        ]
        if not any(other.cells > 1 for other in neighbours):
            result[index] = TextLine(
                line.text.replace(CELL_SEPARATOR, " "), line.size, line.bold, line.top,
                line.bottom, line.left, line.right, note_marks=line.note_marks, colour=line.colour,
            )  # fmt: skip
    return result


def _lines_between_rows(lines: Sequence[TextLine], body_size: float) -> list[int]:
    """The indices of a page's lines that count in the distance between two table rows: every
    line but a later cell's wrapped line under its row (a line of one cell that starts where
    one of the row's cells after the first does)."""
    reach = ALIGNED_GAP_EMS * body_size
    counted: list[int] = []
    row_starts: tuple[float, ...] = ()
    for index, line in enumerate(lines):
        if line.cells > 1:
            row_starts = line.cell_starts
        elif any(abs(line.left - start) <= reach for start in row_starts):
            continue
        else:
            row_starts = ()
        counted.append(index)
    return counted


class _RightEdges:
    """Where the text's right edge is for a line starting at a given left: in a page of two
    columns the left column ends half way across, and its lines are not short for that."""

    def __init__(self, lines: Sequence[TextLine], body_size: float) -> None:
        self._bucket = max(body_size * 4, 1.0)
        self._by_bucket: dict[int, float] = {}
        for line in lines:
            key = int(line.left // self._bucket)
            self._by_bucket[key] = max(self._by_bucket.get(key, 0.0), line.right)
        self._widest = max(line.right for line in lines)

    def at(self, left: float) -> float:
        key = int(left // self._bucket)
        near = [self._by_bucket.get(key + step, 0.0) for step in (-1, 0, 1)]
        return max(near) or self._widest


def _running_key(line: TextLine, page_height: float) -> tuple[str, int]:
    """What a running line keeps from page to page: its words (digits aside) and its place on
    the page (a heading that happens to open several pages sits lower or higher on each),
    measured from the nearer edge: a footer stands as far above the foot of a landscape page
    among portrait ones as above theirs, though nearer the top (decision 0198)."""
    words = _DIGITS.sub("#", _SPACES.sub(" ", line.text.strip().lower()))
    return words, _edge_distance(line, page_height)


def _edge_distance(line: TextLine, page_height: float) -> int:
    """The line's top from the page's top edge in its upper half, or its distance from the foot
    (negative) in its lower half."""
    if line.top < page_height / 2:
        return round(line.top)
    return -round(page_height - line.top)


_RUNNING_LEAD = re.compile(r"(\S.*?\S)\s+[-\u2013\u2014|:]\s+\S")
"""A margin line's lead before a separator: "Kestle Moor - " of "Kestle Moor - Leaving care"."""
MIN_RUNNING_LEAD_WORDS = 2


def _running_lead_key(
    line: TextLine, page_height: float, margin_size: float
) -> tuple[str, int] | None:
    """What a running header that names the current section keeps from page to page: the words
    before its separator ("Kestle Moor - Amendment", "Kestle Moor - Leaving care"), where it is
    set in margin type (smaller than the body's) at the page's edge. The section's name after the
    separator changes as the sections do, so its whole words repeat on no two pages (decision
    0198). A heading in body type that opens several pages is never margin text."""
    if line.size >= margin_size:
        return None
    match = _RUNNING_LEAD.match(_SPACES.sub(" ", line.text.strip()))
    if match is None or len(match.group(1).split()) < MIN_RUNNING_LEAD_WORDS:
        return None
    lead = _DIGITS.sub("#", match.group(1).lower())
    return "lead:" + lead, _edge_distance(line, page_height)


def _cited_notes_at_foot(page: TextPage, edge: set[int]) -> set[int]:
    """The indexes of the lines at the page's bottom edge that are footnotes the page's text
    points to: from a line opening with a reference mark that a line above it carries ("… to
    age 21¹" / "1 Extended to 25 …") through the lines set close under it. On a page of its own
    such notes are in smaller type than the body like margin text, but they are the chapter's
    words, read where their marks stand (decision 0087), never dropped as a footer. A mark the
    line's end pushed onto a line of its own counts (`_wrapped_marks_joined`)."""
    marks = {mark for line in page.lines for mark in line.note_marks} | {
        line.text.strip()
        for index, line in enumerate(page.lines)
        if index not in edge and _NOTE_NUMBER.fullmatch(line.text.strip())
    }
    if not marks:
        return set()
    at_foot = sorted(edge, key=lambda i: page.lines[i].top)
    kept: set[int] = set()
    previous: TextLine | None = None
    for index in at_foot:
        line = page.lines[index]
        opening = _FOOTNOTE_START.match(line.text)
        cited = opening is not None and opening.group().strip(" .)") in marks
        close = previous is not None and line.top - previous.bottom <= line.size * NOTE_LINE_GAP_EMS
        if cited or (close and bool(kept)):
            kept.add(index)
            previous = line
        elif kept:
            break
    return kept


def _single_page_margin_size(pages: Sequence[TextPage], edges: Sequence[set[int]]) -> float:
    """On a single page, the type size below which a line at its edge is margin text: a share of
    the body text's size. The body is the lines between the edges; on a page so short that every
    line is near an edge, the lines between its top-most and bottom-most. A page with no such
    lines has no body to compare with, so nothing is dropped by size."""
    if len(pages) != 1:
        return 0.0
    lines = pages[0].lines
    body = [line for i, line in enumerate(lines) if i not in edges[0]]
    if not body:
        by_position = sorted(lines, key=lambda line: line.top)
        body = by_position[1:-1]
    return _body_size(body) * MARGIN_TEXT_RATIO if body else 0.0


def _small_type_from_edges(page: TextPage, edge: set[int], small: float) -> set[int]:
    """The indexes of the page's edge lines in type smaller than `small` (its margin type) that
    stand at the page's edge: from the top-most line down, and from the bottom-most up, while
    each is in margin type. A header or footer is printed outside the chapter's text, so nothing
    of the text stands between it and the edge; a small line under a title or heading (a date
    under the title, a heading under a title that is itself the page's largest type on a page
    too short to have a body) is the chapter's own (decision 0459)."""
    if not small:
        return set()
    by_position = sorted(edge, key=lambda i: page.lines[i].top)
    top = [i for i in by_position if page.lines[i].top < page.height / 2]
    bottom = [i for i in reversed(by_position) if page.lines[i].top >= page.height / 2]
    found: set[int] = set()
    for run in (top, bottom):
        for index in run:
            if page.lines[index].size >= small:
                break
            found.add(index)
    return found


def _body_size(lines: Sequence[TextLine]) -> float:
    weights: Counter[float] = Counter()
    for line in lines:
        weights[line.size] += len(line.text)
    return weights.most_common(1)[0][0]


def _cover_lines_apart(blocks: list[_Block], text_left: float, text_right: float) -> list[_Block]:
    """A cover page's lines under the title each a line of its own, not one wrapped heading.

    A first page that holds nothing but large type, the title and then short lines such as the
    council's name, the manual's name and the owner, before the chapter starts on a later page,
    is a cover page. Its lines under the title are set in one size and close together, so they
    would be read as one heading wrapped over three lines ("Stavenham Borough Council
    Children's Services Procedures Manual Owner: …"), and the chapter's first heading as a
    heading under it. No heading of the chapter is set at their size: each is a line of its own,
    which the section rules then keep with the title as a cover under it (decision 0213). A
    first page whose large lines share their size with the chapter's headings (a heading left
    at the foot of the page) is no cover. A line that carries the one above it on (a phrase
    broken over them, a centred heading wrapped for want of room) stays with it. Beside the
    large lines a cover may hold a block of short body-size lines, its version, owner and review
    date (`_cover_stamp`): they make it no less a cover.
    """
    first = [block for block in blocks if block.page == 0]
    later = [block for block in blocks if block.page > 0]
    if (
        len(first) < 2
        or not later
        or first[0].kind != "heading"
        or not all(
            block.kind == "heading" or _cover_stamp(block, text_left, text_right) for block in first
        )
    ):
        return blocks
    later_sizes = [line.size for block in later if block.kind == "heading" for line in block.lines]
    title_size = max(line.size for line in first[0].lines)
    cover = [
        block
        for block in first[1:]
        if len(block.lines) > 1
        and all(
            line.size < title_size * SAME_SIZE_RATIO
            and not any(_same_size(line.size, size) for size in later_sizes)
            for line in block.lines
        )
    ]
    if not cover:
        return blocks
    kept: list[_Block] = []
    for block in blocks:
        if block not in cover:
            kept.append(block)
            continue
        pieces: list[_Block] = []
        for line, text in zip(block.lines, block.texts, strict=True):
            if pieces and _cover_line_carries_on(pieces[-1].lines[-1], line, text_left, text_right):
                pieces[-1].lines.append(line)
                pieces[-1].texts.append(text)
            else:
                pieces.append(_Block([line], block.kind, "", block.page, [text]))
        kept += pieces
    return kept


def _cover_stamp(block: _Block, text_left: float, text_right: float) -> bool:
    """Whether a first page's body-size paragraph is a cover's block of stamps ("Version 2.4",
    "Owner: …", "Review due: …"): lines that each stop well short of the text's width and end
    no sentence, never prose that runs from margin to margin."""
    width = text_right - text_left
    return block.kind == "paragraph" and all(
        line.right - line.left < width * SHORT_LINE_SHARE
        and _SENTENCE_END.search(line.text) is None
        for line in block.lines
    )


def _same_size(one: float, other: float) -> bool:
    return min(one, other) >= max(one, other) * SAME_SIZE_RATIO


def _size_classes(sizes: Sequence[float]) -> list[float]:
    """Distinct heading sizes, largest first; sizes within 4 % of a larger one share its class
    (one font size measures slightly differently in a bold and a regular face)."""
    classes: list[float] = []
    for size in sorted(set(sizes), reverse=True):
        if not classes or size < classes[-1] * SAME_SIZE_RATIO:
            classes.append(size)
    return classes


def _heading_level(size: float, classes: Sequence[float]) -> int:
    for level, top in enumerate(classes, start=1):
        if size >= top * SAME_SIZE_RATIO:
            return level
    return len(classes)


def _usual_pitch(pages: Sequence[Sequence[TextLine]], body_size: float) -> float:
    """The most common distance between consecutive body lines: the line pitch in paragraphs.

    Where paragraphs are short (a heading set as a bold paragraph over each), the space between
    paragraphs may be commoner than the pitch of their lines; a pitch well under it and at
    least half as common is the lines' own."""
    pitches: Counter[float] = Counter()
    for lines in pages:
        for before, after in itertools.pairwise(lines):
            if abs(before.size - body_size) < 0.5 and abs(after.size - body_size) < 0.5:
                pitch = after.bottom - before.bottom
                if 0.8 * body_size <= pitch <= 3 * body_size:
                    pitches[round(pitch * 2) / 2] += 1
    if not pitches:
        return body_size * 1.2
    usual, count = pitches.most_common(1)[0]
    closer = [
        (times, pitch)
        for pitch, times in pitches.items()
        if pitch <= usual * LINE_PITCH_SHARE and times * 2 >= count
    ]
    return max(closer)[1] if closer else usual


def _body_colour(lines: Sequence[TextLine], body_size: float) -> int:
    """The colour most of the body-size text is set in (by characters), -1 where not known."""
    weights: Counter[int] = Counter()
    for line in lines:
        if abs(line.size - body_size) < 0.5:
            weights[line.colour] += len(line.text)
    colour, _count = weights.most_common(1)[0] if weights else (-1, 0)
    return colour


def _body_in_small_letters(lines: Sequence[TextLine], body_size: float) -> bool:
    """Whether the body-size text is mostly written in small letters, so that a line wholly in
    capitals stands out from it."""
    letters = small = 0
    for line in lines:
        if abs(line.size - body_size) < 0.5:
            for character in line.text:
                if character.isalpha():
                    letters += 1
                    small += character.islower()
    return letters > 0 and small >= SMALL_LETTER_SHARE * letters


def _line_kind(
    line: TextLine, body_size: float, body_colour: int = -1, capitals_apart: bool = False
) -> tuple[str, str]:
    if line.cells > 1:
        return "row", ""
    if line.size >= body_size * HEADING_SIZE_RATIO:
        return "heading", ""
    if (
        line.bold
        or _set_apart_by_colour(line, body_colour)
        or (capitals_apart and _set_apart_by_capitals(line))
        or _set_apart_by_small_capitals(line)
    ):
        return "bold", ""
    bullet = _BULLET.match(line.text)
    if bullet is not None:
        return "item", bullet.group(1)
    number = _NUMBERED.match(line.text) or _OUTLINE_START.match(line.text)
    if number is not None:
        return "item", number.group(1)
    return "paragraph", ""


def _next_number_run_in(text: str, blocks: Sequence[_Block]) -> tuple[str, str]:
    """A line opening with a number run into its text ("10.We ...", `_RUN_IN_NUMBER`) is the
    next item of the numbered list before it: ("item", "10.") where the last numbered item
    read is "9." (a bullet list may stand between, inside item 9), else a paragraph ("2.The"
    in a sentence's wrapped text, a number that counts nothing). Only the list's own count
    makes it an item, so a stray "3.In" with no "2." before it stays text (decision 0209)."""
    number = _RUN_IN_NUMBER.match(text)
    if number is None:
        return "paragraph", ""
    for block in reversed(blocks):
        previous = _LIST_NUMBER.fullmatch(block.marker) if block.kind == "item" else None
        if previous is not None:
            if int(previous.group(1)) + 1 == int(number.group(1)):
                return "item", f"{number.group(1)}."
            return "paragraph", ""
    return "paragraph", ""


def _number_wrapped_to_line_start(
    marker: str, block: _Block, blocks: Sequence[_Block], right_edges: _RightEdges
) -> bool:
    """Whether a line opening with a list's number ("25. Our Local Offer ...") carries on the
    paragraph before it: a sentence's number ending it ("... support until they turn" / "25.")
    wrapped to the line's start. The paragraph's last line runs on to the right edge without
    ending a clause, the number is no first item, and no item numbered one less comes before it
    (a list's next item stays an item; decision 0226)."""
    number = _LIST_NUMBER.fullmatch(marker)
    if number is None or int(number.group(1)) <= 1 or not _runs_on(block, right_edges):
        return False
    if block.kind != "paragraph":
        return False
    for earlier in reversed(blocks):
        counted = _LIST_NUMBER.fullmatch(earlier.marker) if earlier.kind == "item" else None
        if counted is not None:
            return int(counted.group(1)) + 1 != int(number.group(1))
    return True


def _set_apart_by_colour(line: TextLine, body_colour: int) -> bool:
    """Whether a line at the body's size stands out as bold would: wholly in a colour other
    than the body text's, as some makers set headings (blue, at the body's size and weight).
    Only a short line that is no sentence: a link or a coloured note runs longer or ends with a
    full stop."""
    return (
        body_colour != -1
        and line.colour not in (-1, body_colour)
        and len(line.text.split()) <= MAX_COLOUR_HEADING_WORDS
        and _SENTENCE_END.search(line.text) is None
        and "://" not in line.text
        and "@" not in line.text
    )


def _runs_on(block: _Block, right_edges: _RightEdges) -> bool:
    """Whether a paragraph or item's last line runs on to the next: it reaches the text's right
    edge without ending a clause ("… referred to the specialist team," then "CAMHS"). A short
    line (a council's name under the title) ends where it stops."""
    last = block.lines[-1]
    return (
        block.kind in ("paragraph", "item")
        and _CLAUSE_END.search(last.text) is None
        and last.right >= right_edges.at(last.left) * SHORT_LINE_SHARE
    )


def _set_apart_by_small_capitals(line: TextLine) -> bool:
    """Whether a line at the body's size and weight stands out as bold would by being set in
    small capitals (`pdf._small_capitals`), as some makers set headings: a short line that is
    no sentence and no list's item (decision 0198)."""
    return (
        line.small_caps
        and _BULLET.match(line.text) is None
        and _NUMBERED.match(line.text) is None
        and _OUTLINE_START.match(line.text) is None
        and len(line.text.split()) <= MAX_COLOUR_HEADING_WORDS
        and _SENTENCE_END.search(line.text) is None
    )


def _set_apart_by_capitals(line: TextLine) -> bool:
    """Whether a line at the body's size and weight stands out as bold would by being wholly in
    capitals ("KEY PRINCIPLES"), as some makers set headings, among text in small letters. Only
    a short line that is no sentence, with a few letters at least: an acronym alone ("NHS") or a
    sentence's end in capitals ("… THE CHILDREN ACT 1989.") stays text, and so does a list's
    item ("• UNCRC (1989)")."""
    letters = [character for character in line.text if character.isalpha()]
    return (
        len(letters) >= MIN_CAPITAL_LETTERS
        and _BULLET.match(line.text) is None
        and _NUMBERED.match(line.text) is None
        and _OUTLINE_START.match(line.text) is None
        and all(character.isupper() for character in letters)
        and len(line.text.split()) <= MAX_COLOUR_HEADING_WORDS
        and _SENTENCE_END.search(line.text) is None
        and "://" not in line.text
        and "@" not in line.text
    )


def _continues(
    block: _Block,
    previous: TextLine | None,
    line: TextLine,
    kind: str,
    pitch: float,
    right_edge: float,
    body_size: float,
    page_number: int,
) -> bool:
    """Whether `line` carries on `block` rather than starting a block of its own."""
    last = block.lines[-1]
    if kind == "item":
        return False
    if block.kind == "row":
        # a table: its rows follow one another, a cell's wrapped lines carry on its row
        if previous is None:
            return kind == "row" and _table_runs_on(block, line, body_size, page_number)
        if line.top < previous.top:
            return False
        gap = line.bottom - previous.bottom
        if kind == "row" and previous.cells > 1:
            gap = min(gap, line.top - previous.bottom + line.size)  # a tall row of wrapped cells
        if kind != "row" and (
            (
                line.right > _table_right(block) + ROW_OVERHANG_EMS * body_size
                and not _in_a_later_column(line, block, body_size)
            )
            or _crosses_a_cell_start(line, block, body_size)
        ):
            return False
        return gap <= TABLE_ROW_PITCHES * pitch * max(1.0, line.size / body_size) and (
            kind == "row" or gap <= PARAGRAPH_PITCH_RATIO * pitch
        )
    if kind == "row" or last.contents_entry:
        return False
    same_kind = block.kind == kind or (block.kind == "item" and kind == "paragraph")
    if not same_kind or abs(last.size - line.size) > (1 - SAME_SIZE_RATIO) * last.size:
        return False
    if block.kind == "heading" and len(block.lines) >= MAX_HEADING_LINES:
        return False
    if block.kind == "bold" and last.bold != line.bold:
        return False  # a bold label over lines set apart only by colour: a box's links
    if previous is None:
        # first line of a page: carries on a paragraph the last page left unfinished. A lone
        # line that stopped short of the measure did not wrap onto this page: a heading or a
        # label the page break left at the foot, over its paragraph (decision 0363).
        return (
            block.page == page_number - 1
            and block.kind in ("paragraph", "item")
            and _SENTENCE_END.search(last.text) is None
            and not (len(block.lines) == 1 and last.right < right_edge * SHORT_LINE_SHARE)
        )
    line_pitch = pitch * max(1.0, line.size / body_size)
    if (
        line.bottom - previous.bottom > PARAGRAPH_PITCH_RATIO * line_pitch
        or line.top < previous.top
    ):
        return False
    if block.kind in ("paragraph", "item"):
        if line.left > last.left + FIRST_LINE_INDENT_EMS * body_size and block.kind == "paragraph":
            return False
        if block.kind == "item" and line.left < block.lines[0].left - OUTDENT_EMS * body_size:
            return False  # back at the margin, left of an indented list: a paragraph after it
        ends_short = last.right < right_edge * SHORT_LINE_SHARE
        if ends_short and _SENTENCE_END.search(last.text) is not None:
            return False
        if len(block.lines) == 1 and VALEDICTION_RE.fullmatch(last.text) is not None:
            return False  # a letter's sign-off stands on its line over the name (decision 0373)
        if (
            block.kind == "paragraph"
            and _FIELD_LABEL.match(block.lines[0].text) is not None
            and _FIELD_LABEL.match(line.text) is not None
        ):
            return False  # a record's fields, a line each ("Amended: March 2025", "Owner: …")
        if (
            block.kind == "paragraph"
            and len(block.lines) == 1
            and _SECTION_NUMBER.match(last.text) is not None
            and last.right - last.left < (right_edge - last.left) * LABEL_LINE_SHARE
            and _CLAUSE_END.search(last.text) is None
            and line.right - line.left >= (right_edge - line.left) * SHORT_LINE_SHARE
        ):
            return False  # a numbered heading set apart by colour alone, over its paragraph
    return True


CENTRED_AXIS_EMS = 1.0
"""Two lines whose middles lie within this many of their type sizes of each other are centred on
one axis."""
WRAP_ROOM_SHARE = 0.8
"""A centred line broken with its next word fitting within this share of the measure was broken
by its writer, not wrapped."""


def _centred_line_broken_by_choice(
    last: TextLine, line: TextLine, text_left: float, text_right: float
) -> bool:
    """Whether `line`, centred under a centred heading line `last`, starts a line of its own
    rather than carrying the heading on: a wrapped line breaks because its next word did not
    fit, so where `last` had plenty of room for `line`'s first word the break was the writer's
    (a cover's lines set one under another: the council, the manual, "Version 5", "Date of
    issue: …", decision 0219). The measure of centred lines is twice the distance from their
    axis to the text's left margin. Only lines centred on the page's text (not a column's or a
    box's), the second opening with a capital or a digit after a line that ends in no hyphen or
    comma: a phrase or a word broken over the lines carries on."""
    words = line.text.split()
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return False  # a line opening in lower case carries a phrase on
    if last.text.rstrip()[-1:] in _LINE_END_HYPHENS | {","}:
        return False  # a word or a phrase broken over the lines
    if not _centred_pair(last, line, text_left, text_right):
        return False  # not centred on the page's text: a column's or a box's lines
    axis = (last.left + last.right) / 2
    first_word = (line.right - line.left) * len(words[0]) / len(line.text)
    needed = (last.right - last.left) + line.size * 0.3 + first_word
    return needed < 2 * (axis - text_left) * WRAP_ROOM_SHARE


WORD_SPACE_EMS = 0.25
"""A word space, in ems of the line's type."""
BREAK_ROOM_EMS = 0.2
"""A line broken with room for the next word and a space has this many ems of the measure to
spare besides: less is a wrap that a justified or tightly set line might leave."""


def _broken_by_choice(last: TextLine, line: TextLine, right_edge: float, body_size: float) -> bool:
    """Whether the writer broke the line before `line` (Word's Shift+Enter, a hard-wrapped
    text) rather than the text wrapping there: a wrapped line ends because the next word did
    not fit, so where `last` left room for `line`'s first word, and more, the break was made
    by hand (blind10 1016's principles, one a line, decision 0251). The word's printed width
    is needed: where it is not known, or in a table's row, nothing is judged; a word broken at
    a hyphen over the lines wraps."""
    if (
        line.first_word <= 0
        or line.cells > 1
        or last.cells > 1
        or last.text.rstrip()[-1:] in _LINE_END_HYPHENS
    ):
        return False
    space = WORD_SPACE_EMS * line.size
    return last.right + space + line.first_word + BREAK_ROOM_EMS * body_size < right_edge


COLUMN_WINDOW_EMS = 20.0
"""A column's measure is taken from its lines this near a line, up or down the page: a
one-column part above a two-column part, or a footnote across the foot, is not the column."""


RAGGED_SHORTFALL_EMS = 0.5
"""The longest of a ragged column's nearby lines stops at most this short of its measure, and
the text's edge over the whole document may lie further right (a wide table, a footer)."""
COLUMN_SHORTFALL_EMS = 6.0
"""Ragged lines near a line fall short of their column's edge by less than a long word; lines
that all stop this many ems short of the text's edge stand in a narrower column."""


def _column_right(
    lines: Sequence[TextLine], block: _Block, line: TextLine, right_edge: float, body_size: float
) -> float:
    """The right edge of the column `block` and `line` stand in, on their page: the text's
    edge at their left (`right_edge`, over the whole document), but the furthest right any
    line near them of their type size starting at their left reaches where text stands beside
    them (a page of two columns, a side box: the gap between is not known) or where all such
    lines stop well short of `right_edge` (a column whose neighbour is empty on this page,
    under a title or over a footnote across the page, which `right_edge` takes for its edge),
    and never more than half an em past that reach."""
    top, bottom = block.lines[0].top, line.bottom
    last = block.lines[-1]
    beside = [
        other.left
        for other in lines
        if other.left > last.right and other.top < bottom and other.bottom > top
    ]
    limit = min(beside, default=math.inf)
    near = max(
        (
            other.right
            for other in lines
            if abs(other.left - line.left) < body_size
            and abs(other.top - line.top) <= COLUMN_WINDOW_EMS * body_size
            and other.right < limit
            and _same_size(other.size, line.size)
        ),
        default=last.right,
    )
    if beside or near < right_edge - COLUMN_SHORTFALL_EMS * body_size:
        return near  # a column: its gap is unknown, or the column beside it is empty here
    return min(right_edge, near + RAGGED_SHORTFALL_EMS * body_size)


_LINE_OF_ITS_OWN_END = re.compile(r"[\w)\]\u2019\u201d\"';:]$")


def _opens_a_line_of_its_own(last: str, text: str) -> bool:
    """Whether a line broken by hand after `last` is kept as a line of the paragraph: it opens
    as an item of a list set one a line does ("Children Act 2004" under "Children Act 1989"),
    with a capital or a figure, after a line that ends in a word, a figure, a bracket, a colon
    or a semicolon. A line opening in lower case, or after a separator ("Home > Procedures >"),
    carries the words on as one line would."""
    first = text.lstrip()[:1]
    return (first.isupper() or first.isdigit()) and _LINE_OF_ITS_OWN_END.search(
        last.rstrip()
    ) is not None


def _centred_pair(last: TextLine, line: TextLine, text_left: float, text_right: float) -> bool:
    """Whether two lines, one under the other, are centred on one axis, that of the page's text
    (not a column's or a box's), clear of its left margin."""
    axis = (last.left + last.right) / 2
    return not (
        abs(axis - (line.left + line.right) / 2) > CENTRED_AXIS_EMS * line.size
        or abs(axis - (text_left + text_right) / 2) > CENTRED_AXIS_EMS * line.size
        or min(last.left, line.left) <= text_left + line.size
    )


def _cover_line_carries_on(
    last: TextLine, line: TextLine, text_left: float, text_right: float
) -> bool:
    """Whether a cover's `line` carries on the line above it rather than standing alone: it
    opens in lower case, the line above ends in a hyphen or a comma, or both are centred and
    the line above had no room for its first word (a heading wrapped for want of room,
    `_centred_line_broken_by_choice`, decision 0219)."""
    words = line.text.split()
    if not words or not (words[0][0].isupper() or words[0][0].isdigit()):
        return True
    if last.text.rstrip()[-1:] in _LINE_END_HYPHENS | {","}:
        return True
    return _centred_pair(last, line, text_left, text_right) and not (
        _centred_line_broken_by_choice(last, line, text_left, text_right)
    )


def _item_stopped_short(
    blocks: Sequence[_Block], line: TextLine, right_edge: float, body_size: float
) -> bool:
    """Whether the last block is a list item that stopped short of the right edge, with `line`
    back in its marker's column, in a list whose items hang their wrapped lines under their
    words: the item ended without a stop ("7. to prepare them for adulthood and independent
    living") and `line` opens a paragraph after the list, on the same page or the next
    (decision 0116). Where a list's items wrap back to the margin, or none wraps, a line there
    may still be the item's own."""
    block = blocks[-1]
    last = block.lines[-1]
    if (
        block.kind != "item"
        or last.right >= right_edge * SHORT_LINE_SHARE
        or line.left > block.lines[0].left + MARKER_COLUMN_EMS * body_size
    ):
        return False
    for item in reversed(blocks):
        if item.kind != "item":
            return False
        if len(item.lines) > 1 and item.lines[1].left > item.lines[0].left + HANG_EMS * body_size:
            return True
    return False


def _table_runs_on(block: _Block, line: TextLine, body_size: float, page_number: int) -> bool:
    """Whether `line`, the first of its page, is a row of the table the page before ended with:
    a table the page break cuts (four principles on one page, three on the next) goes on with a
    row of as many cells from the same left edge, and is one table, not two."""
    last_row = next((row for row in reversed(block.lines) if row.cells > 1), None)
    return (
        last_row is not None
        and block.page == page_number - 1
        and line.cells == last_row.cells
        and abs(line.left - last_row.left) <= ROW_OVERHANG_EMS * body_size
    )


def _heads_next_table(
    block: _Block, line: TextLine, following: Sequence[TextLine], body_size: float
) -> bool:
    """Whether `line`, a bold line in a table's first column (or left of it) right under the
    table, heads the table after it rather than being the first cell's wrapped line: the next
    line is a row on a grid of its own, with a cell starting where no row of this table has one
    ("Version history" between a two-column control table and a four-column history table,
    "Contents" over a contents list of page numbers; decision 0168). A row with empty cells
    keeps to its table's grid, so a bold label wrapped inside one table stays in its cell."""
    if not following or following[0].cells < 2 or not following[0].cell_starts:
        return False
    margin = CELL_START_MARGIN_EMS * body_size
    rows = [row for row in block.lines if row.cells > 1]
    if not rows or line.left > min(row.left for row in rows) + margin:
        return False  # a later cell's wrapped line, inside the table
    grid = [start for row in rows for start in row.cell_starts]
    return any(
        all(abs(start - known) > margin for known in grid) for start in following[0].cell_starts
    )


def _table_right(block: _Block) -> float:
    """Where the table's text reaches furthest right, over the rows read so far."""
    return max(row.right for row in block.lines if row.cells > 1)


def _in_a_later_column(line: TextLine, block: _Block, body_size: float) -> bool:
    """Whether `line` starts where a cell other than the first of the table's last row starts: a
    wrapped line of that cell, however far right it reaches. A table of one row so far gives no
    measure of its right edge ("Children Act 1989 | The welfare of the child is" over
    "paramount; duties to children in", longer than the row's first line); a paragraph after
    the table starts at the margin, under the first cell (decision 0230)."""
    row = next(row for row in reversed(block.lines) if row.cells > 1)
    margin = CELL_START_MARGIN_EMS * body_size
    return any(abs(line.left - start) <= margin for start in row.cell_starts)


def _crosses_a_cell_start(line: TextLine, block: _Block, body_size: float) -> bool:
    """Whether `line` runs across where a cell of the table's last row starts: a wrapped cell's
    line stays inside its cell, a paragraph set close under the table runs across them."""
    row = next(row for row in reversed(block.lines) if row.cells > 1)
    margin = CELL_START_MARGIN_EMS * body_size
    return any(line.left + margin < start < line.right - margin for start in row.cell_starts)


class _Vocabulary:
    """How the document spells words elsewhere: with a hyphen, or as one word."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.hyphenated: Counter[str] = Counter()
        self.plain: Counter[str] = Counter()
        broken_before = False
        for line_text in texts:
            text = line_text.lower()
            if broken_before:  # the rest of a word broken at the line before is no word
                text = _WORD_START.sub("", text, count=1)
            broken_before = text[-1:] in _LINE_END_HYPHENS
            if broken_before:
                text = _BROKEN_WORD.sub("", text)
            self.hyphenated.update(_HYPHENATED_WORDS.findall(text))
            self.plain.update(_PLAIN_WORDS.findall(text))

    def keeps_hyphen(self, left: str, right: str) -> bool:
        left, right = left.lower(), right.lower()
        hyphenated = self.hyphenated[f"{left}-{right}"]
        joined = self.plain[left + right]
        if hyphenated != joined:
            return hyphenated > joined
        if left in STRONG_HYPHEN_PREFIXES or (left in TENS_WORDS and right in UNIT_WORDS):
            return True
        if left in NUMBER_WORDS and (
            right.rstrip("s") in TIME_UNITS or (self.plain[right] > 0 and right not in _NUMBER_ENDS)
        ):
            return True
        return left in HYPHEN_PREFIXES and self.plain[right] > 0


def mend_broken_words(lines: Sequence[str]) -> list[str]:
    """Lines of printed text (a PDF's text as a converter wrote it, a line per printed line)
    with each word broken at a line end mended: the rest of the word moves up onto the line
    the word began on, and a line left empty by that goes. The hyphen goes too unless it is a
    real one, decided as for a PDF's own lines ("well-being" stays; "chil-" + "dren" mends),
    so a fact phrase split by hyphenation ("prin-" / "ciples") reads whole again."""
    vocabulary = _Vocabulary(lines)
    mended = list(lines)
    index = 0
    while index < len(mended) - 1:
        line, following = mended[index], mended[index + 1]
        broken = _BROKEN_WORD.search(line.rstrip())
        rest = following.lstrip()
        start = _WORD_START.match(rest)
        if broken is None or start is None or not line.rstrip()[-2:-1].isalpha():
            index += 1
            continue
        word_end = len(rest.split(maxsplit=1)[0])
        line = line.rstrip()
        if vocabulary.keeps_hyphen(broken.group(1), start.group(0)):
            line = line[:-1] + "-"
        else:
            line = line[:-1]
        mended[index] = line + rest[:word_end]
        remainder = rest[word_end:].lstrip()
        if remainder:
            mended[index + 1] = following[: len(following) - len(rest)] + remainder
        else:
            del mended[index + 1]
        index += 1
    return mended


def _joined(texts: Sequence[str], vocabulary: _Vocabulary) -> str:
    """Lines joined into one: broken words mended, other line breaks as spaces."""
    result = texts[0].strip()
    for text in texts[1:]:
        text = text.strip()
        if not (result[-1:] in _LINE_END_HYPHENS and result[-2:-1].isalnum()):
            result += " " + text
            continue
        broken = _BROKEN_WORD.search(result)
        start = _WORD_START.match(text)
        if result[-1] == _SOFT_HYPHEN or (
            broken is not None
            and start is not None
            and not vocabulary.keeps_hyphen(broken.group(1), start.group(0))
        ):
            result = result[:-1] + text  # a soft hyphen, or a word broken across the lines
        else:
            result += text  # a real hyphen: "well-being", "2019-2020", "Anglo-Saxon"
    return result


STATEMENT_WORDS = 6
_STATEMENT_END = re.compile(r"[.!][\"'\u201d\u2019)]*$")
_ATTRIBUTED_QUOTE = re.compile(
    r"^[\"\u201c\u2018'].*[.!?][\"\u201d\u2019']\s*(?:[-\u2013\u2014]\s*\w.*|\(\w[^()]*\))$"
)


def _is_a_statement(text: str) -> bool:
    """Whether large type holds a sentence, not a heading: a pull quote set beside the text
    ("Children should grow up knowing that someone is on their side."). Headings do not end
    with a full stop; a question may be one ("How long does support last?"). A quotation with
    its speaker after it ("She always picks up." - care leaver, aged 22) is a pull quote
    too, although the speaker's words end the line: a heading is never a sentence in quotation
    marks, whatever follows it."""
    if len(text.split()) < STATEMENT_WORDS:
        return False
    return _STATEMENT_END.search(text) is not None or _ATTRIBUTED_QUOTE.match(text) is not None


def _has_a_word(text: str) -> bool:
    """Whether large type holds a letter or a figure: a line of nothing but marks in large type
    (an arrow "↓" joining the boxes of a flowchart, a row of stars, a dash) names no section."""
    return any(character.isalnum() for character in text)


def _render(block: _Block, heading_sizes: Sequence[float], vocabulary: _Vocabulary) -> str:
    if block.kind == "row":
        rows: list[list[str]] = []
        for line, line_text in zip(block.lines, block.texts, strict=True):
            if line.cells > 1 or not rows:
                rows.append([line_text])
            else:
                rows[-1].append(line_text)
        return "\n".join(
            escape_line_start(_SPACES.sub(" ", _joined(row, vocabulary)).strip()) for row in rows
        )
    if block.kind == "paragraph" and block.breaks:
        cuts = [0, *sorted(block.breaks), len(block.texts)]
        kept = (
            _SPACES.sub(" ", _joined(block.texts[start:end], vocabulary)).strip()
            for start, end in itertools.pairwise(cuts)
        )
        return "\n".join(escape_line_start(line) for line in kept if line)
    text = _SPACES.sub(" ", _joined(block.texts, vocabulary)).strip()
    if not text:
        return ""
    if (
        block.kind == "heading"
        and len(text) <= MAX_HEADING_CHARS
        and not _is_a_statement(text)
        and _has_a_word(text)
    ):
        level = _heading_level(block.lines[0].size, heading_sizes)
        if block.marker == _BODY_SIZE_HEADING:
            level = len(heading_sizes) + 1
        return "#" * min(level, 6) + " " + escape_heading_text(text)
    if block.kind == "bold" and len(block.lines) <= MAX_BOLD_LABEL_LINES and "*" not in text:
        return f"**{text}**"
    if block.kind == "item":
        marker = block.marker
        if _ORDERED_MARKDOWN.fullmatch(marker):
            return f"{marker} {escape_line_start(text)}"
        if _BULLET.match(marker + " x"):
            return f"- {escape_line_start(text)}"
        if _OUTLINE_NUMBER.fullmatch(marker):
            return escape_line_start(f"{marker} {text}")
        return f"- {marker} {text}"
    return escape_line_start(text)
