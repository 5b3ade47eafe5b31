"""PDF → text lines with their font size, weight and place on the page, through PDFium.

pypdfium2 binds PDFium, the PDF engine of Chromium: fast (a 20-page chapter in well under a
second, where pure-Python parsers take seconds) and hardened against hostile files by years of
fuzzing. This module asks it only for the characters of each page with their boxes and fonts;
`pdf_layout` turns those lines into markdown.

Bounds, checked before the costly work: at most `MAX_PAGES` pages and `MAX_CHARACTERS`
characters, and at most `MAX_INFLATED_BYTES` from the file's deflated streams (measured by
inflating them here with a cap, before PDFium inflates them without one).
"""

from __future__ import annotations

import ctypes
import itertools
import math
import re
import statistics
import threading
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from app.errors import CorruptDocument, DocumentTooComplex, EncryptedDocument, NoTextLayer

MAX_PAGES = 200
"""A chapter runs to a few dozen pages; a whole procedures manual is not one chapter."""
MAX_CHARACTERS = 2_000_000
"""About as much text as the 2 MiB upload bound allows a text file."""
MAX_INFLATED_BYTES = 128 * 1024 * 1024
"""Inflated size of all deflated streams other than images (which text extraction never
decodes). A chapter's fonts and page contents inflate to a few megabytes."""
_LOOKBACK_BYTES = 4096
"""How far before `stream` a stream's dictionary is looked for."""
_INFLATE_CHUNK = 256 * 1024
_SAMPLES_PER_LINE = 8
"""Characters of a line whose font is read; the line's size and weight are the majority's."""
_BOLD_NAME = re.compile(rb"bold|black|heavy|semibold|demi", re.IGNORECASE)
_BOLD_WEIGHT = 600
_MIN_FONT_SIZE = 2.0
_CELL_GAP_EMS = 2.0
_WIDE_GAP_EMS = 1.0
CELL_SEPARATOR = " | "
"""What stands between two table cells in a line's text."""
_LIST_MARKER = re.compile(
    r"[\u2022\u25cf\u25e6\u25aa\u25a0\u2013\u2014\u00b7\-*\uf0b7\uf0a7o]|\(?[0-9a-z]{1,4}[.)]"
    r"|\d{1,3}(?:\.\d{1,3})+\.?",
    re.IGNORECASE,
)
_MARK_CANDIDATE = re.compile(r"(?<=\S)[0-9*\u2020\u2021\u00a7]{1,3}(?=[\s.,;:)]|$)")
"""Up to three digits or note signs ending a word: where a footnote's reference mark stands."""
_INNER_SPACE = re.compile(r"(?<=\S) (?=\S)")
_NOTE_MARK_RATIO = 0.8
"""A reference mark is set at most this share of its line's type size (superscripts are ~60 %)."""
_RAISED_MARK_RATIO = 0.9
"""A reference mark set above the baseline may be this much of its line's size (some makers
shrink a superscript only a little: 9.5 pt over 11.5 pt)."""
_RAISED_SHARE = 0.25
"""A superscript's bottom stands at least this share of the line's height above the line's."""
_MAX_MARK_LENGTH = 3
_SENTENCE_STOPS = frozenset(".!?")
_MARK_CHARACTERS = frozenset("0123456789*\u2020\u2021\u00a7")
_FORCE_BOLD_FLAG = 1 << 18
_STREAM_START = re.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_HYPHENS = frozenset("-\u00ad\u2010\x02\ufffe")
"""Hyphens, and the marks PDFium puts in their place when it takes one for a soft hyphen."""
_SAME_LINE_OVERLAP = 0.5
"""A character whose box's top is not this share of the hyphen's height above the hyphen's
bottom stands on a lower line."""
_END_MARKER = b"%%EOF"
_TAIL_BYTES = 1024
"""Where a complete PDF's `%%EOF` must stand: within its last 1024 bytes."""
_PDFIUM_LOCK = threading.Lock()
"""PDFium is not thread-safe, not even across documents: the API serves uploads from several
threads, so every use of it holds this lock."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """One line of a page, as PDFium breaks the page's text into lines."""

    text: str
    size: float
    """The line's font size in points (scaled by the text's matrix; the font box's height where
    the PDF gives no plausible size)."""
    bold: bool
    """Most of the sampled characters are in a bold font."""
    top: float
    """Distance from the page's top edge to the top of the line's font box, in points."""
    bottom: float
    """Distance from the page's top edge to the bottom of the line's font box."""
    left: float
    right: float
    cells: int = 1
    """How many table cells the line crosses: text runs PDFium put on one line with a wide gap
    between them (the gap is written " | " in `text`)."""
    wide_gaps: tuple[tuple[int, float], ...] = ()
    """Spaces wider than a word space but too narrow to be sure of a cell boundary on their
    own: (offset of the space in `text`, where the text after it starts). A column of them
    lined up on neighbouring lines is a table's (`pdf_layout`)."""
    cell_starts: tuple[float, ...] = ()
    """Where each cell after the first starts, where the line is a table's row and that is known:
    a cell's wrapped line under the row lies between two of them, text after the table across."""
    note_marks: tuple[str, ...] = ()
    """The footnote reference marks taken out of `text` ("1", "*"), in the line's order: the
    notes at the page's foot that they point to are read after the paragraph holding them."""
    colour: int = -1
    """The fill colour of the line's sampled characters as 0xRRGGBB where they are all one
    colour, else -1 (mixed, or not known)."""
    first_word: float = 0.0
    """How wide its first word is printed, in points (0 where not known): whether the line
    before had room for it tells a line broken by hand from a wrapped one (`pdf_layout`)."""
    small_caps: bool = False
    """The line is set in small capitals (`_small_capitals`): its text is given in the capitals
    and small letters they stand for, and its size is the capitals'."""
    contents_entry: bool = False
    """The line was a contents entry: its dot leader and page number were taken off
    (`pdf_layout`), and the next line starts an entry of its own."""


@dataclass(frozen=True, slots=True)
class TextPage:
    """One page's lines in PDFium's reading order, with the page's size in points."""

    width: float
    height: float
    lines: tuple[TextLine, ...]


def read_pdf_pages(data: bytes) -> list[TextPage]:
    """The text lines of every page, or a clear error (encrypted, damaged, scanned, too big)."""
    if _END_MARKER not in data[-_TAIL_BYTES:]:
        raise CorruptDocument(
            "the PDF is incomplete: it does not end with the %%EOF marker every complete PDF "
            "ends with (was the download cut short?). To fix: download or export the PDF again "
            "and upload the whole file."
        )
    check_inflated_size(data)
    with _PDFIUM_LOCK:
        document = _open(data)
        try:
            pages = _read_pages(document)
            if not any(page.lines for page in pages) and _has_images(document):
                raise NoTextLayer(
                    "the PDF holds only images of its pages (a scan) and no text layer, so "
                    "there is no text to read. To fix: upload the chapter as the Word file or "
                    "PDF it was exported from, or run the scan through text recognition (OCR) "
                    "first."
                )
            return pages
        finally:
            document.close()


def check_inflated_size(data: bytes) -> None:
    """Raise DocumentTooComplex when the file's deflated streams inflate past the bound.

    Image streams are skipped: text extraction never decodes them. Streams that do not inflate
    (encrypted, or damaged) are skipped too; PDFium judges them.
    """
    budget = MAX_INFLATED_BYTES
    for match in _STREAM_START.finditer(data):
        dictionary = data[max(0, match.start() - _LOOKBACK_BYTES) : match.start()]
        dictionary = dictionary[dictionary.rfind(b"obj") + 1 :]
        if b"/FlateDecode" not in dictionary or b"/Image" in dictionary:
            continue
        budget -= _inflated_size(data, match.end(), budget)
        if budget < 0:
            raise DocumentTooComplex(
                f"the PDF's compressed contents would inflate to more than "
                f"{MAX_INFLATED_BYTES:,} bytes, far beyond any chapter's text (a compression "
                "bomb), so it is refused unread. To fix: export the chapter again as a PDF from "
                "the program it was written in."
            )


def _inflated_size(data: bytes, start: int, budget: int) -> int:
    """Bytes the deflated stream at `start` inflates to, counted up to `budget + 1`."""
    inflater = zlib.decompressobj()
    produced = 0
    position = start
    pending = b""
    while not inflater.eof and produced <= budget:
        if not pending:
            pending = data[position : position + _INFLATE_CHUNK]
            position += _INFLATE_CHUNK
            if not pending:
                break
        try:
            produced += len(inflater.decompress(pending, min(budget - produced + 1, 1 << 20)))
        except zlib.error:
            break
        pending = inflater.unconsumed_tail
    return produced


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise EncryptedDocument(
                "the PDF is encrypted with a password, so its text cannot be read. To fix: "
                "save or export it again without a password (in Acrobat: File, Properties, "
                "Security: No Security) and upload that."
            ) from error
        if error.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise EncryptedDocument(
                "the PDF is protected by a security handler this reader does not support, so "
                "its text cannot be read. To fix: export it again without protection."
            ) from error
        raise CorruptDocument(
            "the PDF is damaged: its structure could not be read. To fix: export or download "
            "the PDF again and upload that, or upload the Word file it was made from."
        ) from error
    pages = len(document)
    if pages > MAX_PAGES:
        document.close()
        raise DocumentTooComplex(
            f"the PDF has {pages:,} pages, more than the {MAX_PAGES} a chapter can have. To "
            "fix: upload only the chapter's pages (print or export that page range to PDF).",
            pages=pages,
        )
    if pages == 0:
        document.close()
        raise CorruptDocument(
            "the PDF has no pages. To fix: export or download the PDF again and upload that."
        )
    return document


def _read_pages(document: pdfium.PdfDocument) -> list[TextPage]:
    pages: list[TextPage] = []
    characters = 0
    for index in range(len(document)):
        page = document[index]
        try:
            width, height = page.get_size()
            text_page = page.get_textpage()
            count = text_page.count_chars()
            characters += max(count, 0)
            if characters > MAX_CHARACTERS:
                raise DocumentTooComplex(
                    f"the PDF holds more than {MAX_CHARACTERS:,} characters by page "
                    f"{index + 1}, more than a chapter has. To fix: upload only the chapter's "
                    "pages."
                )
            struck = _struck_characters(page, text_page) | _slanted_characters(text_page, count)
            lines = _with_side_boxes_after_headings(
                _with_margin_heads_in_place(
                    _with_drawn_bullets(
                        _without_markup_balloons(
                            tuple(_lines(text_page, count, height, struck)), width
                        ),
                        page,
                        height,
                    )
                )
            )
        except pdfium.PdfiumError as error:
            raise CorruptDocument(
                f"the PDF's page {index + 1} is damaged and its text could not be read. To "
                "fix: export or download the PDF again and upload that."
            ) from error
        pages.append(TextPage(width=width, height=height, lines=lines))
    return pages


MARKUP_LABEL = re.compile(
    r"(?:Commented|Comment)[ \t]*\[[A-Za-z]{1,5}\d{1,4}\][ \t]*:"
    r"|(?:Deleted|Inserted|Formatted|Moved[ \t]+(?:up|down|\((?:insertion|deletion)\))"
    r"(?:[ \t]*\[\d{1,4}\])?|Formatted[ \t]+Table|Style[ \t]+Definition"
    r"|Field[ \t]+Code[ \t]+Changed|(?:Deleted|Inserted|Merged|Split)[ \t]+Cells)[ \t]*:?"
    r"(?=[ \t]|$)"
)
"""The label that opens each balloon Word prints beside the text when a document is printed or
saved as PDF with its markup showing: "Commented [JS1]:", "Deleted:", "Formatted: Font: Bold",
"Moved (insertion) [2]"."""
BALLOON_SIZE_SHARE = 0.9
"""A balloon's type is smaller than the text's: at most this share of the usual size of the lines
that start in the page's left half."""
BALLOON_LINE_GAP_EMS = 0.8


def _without_markup_balloons(lines: tuple[TextLine, ...], width: float) -> tuple[TextLine, ...]:
    """`lines` without the balloons of a Word document printed with its markup showing: a
    comment, a deletion or a change of formatting, each in a small box in the right margin,
    opening with Word's label ("Commented [AK2]:", "Deleted: six") and wrapping onto lines of
    its own under it. They are a reviewer's notes on a draft, not the chapter: read as text
    they come before the page's title, or put a withdrawn value ("Deleted: six") beside the one
    the text now states. A balloon is known by its label, its smaller type, and its place: in
    the page's right half, clear of every line of text level with it."""
    text_column = [line.size for line in lines if line.left < width / 2]
    if not text_column:
        return lines
    usual = statistics.median(text_column)
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if index in dropped or MARKUP_LABEL.match(line.text) is None:
            continue
        if line.size > usual * BALLOON_SIZE_SHARE or line.left < width / 2:
            continue
        balloon = [index]
        following = index + 1
        while following < len(lines):
            last, candidate = lines[balloon[-1]], lines[following]
            if (
                abs(candidate.left - line.left) >= 1.0
                or abs(candidate.size - line.size) > 0.3
                or not 0 <= candidate.top - last.bottom < candidate.size * BALLOON_LINE_GAP_EMS
                or MARKUP_LABEL.match(candidate.text) is not None
            ):
                break
            balloon.append(following)
            following += 1
        members = set(balloon)
        if all(
            other.right < line.left
            for number, other in enumerate(lines)
            if number not in members
            and any(
                other.top < lines[member].bottom and lines[member].top < other.bottom
                for member in balloon
            )
        ):
            dropped |= members
    return tuple(line for number, line in enumerate(lines) if number not in dropped)


MARGIN_HEAD_MAX_LINES = 4
"""A heading set in the left margin wraps onto a few short lines; a longer run there is a
column of its own (a menu, a sidebar), read where the PDF gives it."""
MARGIN_HEAD_LEVEL_SHARE = 0.5
"""A margin heading starts level with its text: their tops within this share of the text's size."""
MARGIN_HEAD_WIDTH_SHARE = 0.5
"""A margin is narrow: a margin heading is at most this share of the width of the text beside
it. A column as wide as the text beside it is a column of text, however the PDF orders them."""


def _with_margin_heads_in_place(lines: tuple[TextLine, ...]) -> tuple[TextLine, ...]:
    """`lines` with each heading set in the left margin put back before the text it stands
    beside. Layout programs often draw a margin heading after the paragraph it heads, so PDFium
    gives the paragraph first and then goes back up the page for its heading; read top to
    bottom, the heading comes first. A margin heading here is a run of at most
    `MARGIN_HEAD_MAX_LINES` bold lines, one left edge, top to bottom, given right after lines
    that all stand wholly to its right, whose first line starts level with one of those lines
    and which is narrow beside it (`MARGIN_HEAD_WIDTH_SHARE`); it moves to just before that
    line. A margin note or running title in regular type, and text that stands where the PDF
    gives it, are never moved."""
    result = list(lines)
    index = 1
    while index < len(result):
        head = result[index]
        before = result[index - 1]
        if head.right >= before.left or head.top >= before.top:
            index += 1
            continue
        end = index + 1
        while (
            end < len(result)
            and abs(result[end].left - head.left) < 1.0
            and result[end].top > result[end - 1].top
            and result[end].right < before.left
        ):
            end += 1
        run = result[index:end]
        run_right = max(line.right for line in run)
        target = _level_text_line(result, index, head, run_right)
        if (
            target is None
            or len(run) > MARGIN_HEAD_MAX_LINES
            or not all(line.bold for line in run)
            or run_right - head.left
            > (result[target].right - result[target].left) * MARGIN_HEAD_WIDTH_SHARE
        ):
            index = end
            continue
        del result[index:end]
        result[target:target] = run
        index = end
    return tuple(result)


def _level_text_line(
    lines: list[TextLine], head_index: int, head: TextLine, head_right: float
) -> int | None:
    """The index of the line, among those given just before the margin heading and all wholly
    to its right, that starts level with the heading's first line; None if there is none."""
    for index in range(head_index - 1, -1, -1):
        line = lines[index]
        if line.left <= head_right:
            return None
        if abs(line.top - head.top) <= line.size * MARGIN_HEAD_LEVEL_SHARE:
            return index
    return None


SIDE_BOX_HEADING_RATIO = 1.5
"""A heading a box may float beside is set at least this many times the page's usual size."""


def _with_side_boxes_after_headings(lines: tuple[TextLine, ...]) -> tuple[TextLine, ...]:
    """`lines` with a box floated beside a large heading ("Amendment" and its note to the
    right of the chapter's title) put right after the heading's lines. A browser paints the
    floated box first, so PDFium gives its lines before the page's header and title; read
    left to right, the title comes first and the box beside it after. The box is the run of
    lines, given before the heading, that starts level with the heading's first line, wholly
    to the right of the heading's lines, one left edge, top to bottom."""
    if len(lines) < 3:
        return lines
    sizes = sorted(line.size for line in lines)
    usual = sizes[len(sizes) // 2]
    result = list(lines)
    index = 0
    while index < len(result):
        heading = result[index]
        if heading.size < usual * SIDE_BOX_HEADING_RATIO:
            index += 1
            continue
        end = index + 1
        while end < len(result) and abs(result[end].size - heading.size) < 0.5:
            end += 1
        heading_right = max(line.right for line in result[index:end])
        box = _side_box_before(result, index, heading, heading_right)
        if box is None:
            index = end
            continue
        first, last = box
        moved = result[first:last]
        del result[first:last]
        end -= len(moved)
        result[end:end] = moved
        index = end + len(moved)
    return tuple(result)


def _side_box_before(
    lines: list[TextLine], heading_index: int, heading: TextLine, heading_right: float
) -> tuple[int, int] | None:
    """Where (first, past the last) the run of lines floated beside `heading` stands among the
    lines given before it, or None."""
    for first in range(heading_index):
        line = lines[first]
        if not (
            line.left > heading_right
            and heading.top - heading.size / 2 <= line.top <= heading.bottom
            and line.size < heading.size
        ):
            continue
        last = first + 1
        while (
            last < heading_index
            and abs(lines[last].left - line.left) < 1.0
            and lines[last].top > lines[last - 1].top
        ):
            last += 1
        return first, last
    return None


DRAWN_BULLET = "\u2022"
"""The bullet written before a line whose list bullet the PDF draws as a shape."""
BULLET_SHAPE_EMS = (0.15, 0.7)
"""A drawn bullet's width and height, in its line's type sizes: a dot or a small square."""
BULLET_SHAPE_SQUARENESS = 0.25
"""A drawn bullet is as wide as it is high, give or take this share of its height."""
BULLET_GAP_EMS = 2.5
"""A drawn bullet stands at most this many type sizes left of its item's text…"""
BULLET_LEVEL_EMS = 0.3
"""…and within this many of the line's middle, above and below."""


def _path_bounds(page: pdfium.PdfPage) -> Iterator[tuple[float, float, float, float]]:
    """(left, bottom, right, top) of each of the page's top-level path objects (drawn shapes:
    bullets, rules, strokes through text), asked through PDFium directly: a Python wrapper for
    every character's object made reading a page half as slow again."""
    raw = page.raw
    edges = [ctypes.c_float() for _ in range(4)]
    refs = [ctypes.byref(edge) for edge in edges]
    for index in range(pdfium_c.FPDFPage_CountObjects(raw)):
        shape = pdfium_c.FPDFPage_GetObject(raw, index)
        if pdfium_c.FPDFPageObj_GetType(shape) != pdfium_c.FPDF_PAGEOBJ_PATH:
            continue
        if pdfium_c.FPDFPageObj_GetBounds(shape, *refs):
            left, bottom, right, top = (edge.value for edge in edges)
            yield left, bottom, right, top


def _with_drawn_bullets(
    lines: tuple[TextLine, ...], page: pdfium.PdfPage, height: float
) -> tuple[TextLine, ...]:
    """`lines` with a bullet written before each line whose list bullet the PDF draws as a
    shape, not a character: a browser prints a `<ul>`'s discs as small filled paths, so the
    page's text holds the items with nothing to mark them, and a list of Acts under "set out
    below." reads as one paragraph. A path object as high as it is wide, a fraction of the
    line's type size, level with the line's middle and just left of its first character, is
    its bullet. A line already opening with a marker is left as it is."""
    shapes: list[tuple[float, float, float, float]] = []
    for left, bottom, right, top in _path_bounds(page):
        width, tall = right - left, top - bottom
        if 0 < width < 12 and 0 < tall < 12 and abs(width - tall) <= tall * BULLET_SHAPE_SQUARENESS:
            shapes.append((left, height - top, right, height - bottom))
    if not shapes:
        return lines
    marked: list[TextLine] = []
    for line in lines:
        middle = (line.top + line.bottom) / 2
        bullets = [
            left
            for left, top, right, bottom in shapes
            if BULLET_SHAPE_EMS[0] * line.size <= right - left <= BULLET_SHAPE_EMS[1] * line.size
            and top <= middle + line.size * BULLET_LEVEL_EMS
            and bottom >= middle - line.size * BULLET_LEVEL_EMS
            and 0 < line.left - right <= BULLET_GAP_EMS * line.size
        ]
        if bullets and line.text[:1].isalnum():
            # the line starts at its bullet, as a printed bullet's line does: the item's
            # wrapped lines stand indented past it
            line = replace(line, text=f"{DRAWN_BULLET} {line.text}", left=max(bullets))
        marked.append(line)
    return tuple(marked)


STRIKE_THICKNESS_EMS = 0.3
"""A line drawn through text is at most this share of the characters' height thick (a cell's
shading behind a line of text is thicker)."""
STRIKE_BAND = (0.35, 0.75)
"""A stroke strikes a character when its middle stands in this band of the character's loose box
(font descent to ascent, from the bottom): a strike-through runs about half the x-height above
the baseline; an underline lies at or under the baseline, a rule between lines outside the box."""
STRIKE_PROBE_STEP = 2.0
"""Points between the places along a stroke where the character under it is asked for."""


def _struck_characters(page: pdfium.PdfPage, text_page: pdfium.PdfTextPage) -> frozenset[int]:
    """The characters a page draws a line through, with the spaces between two of them: a Word
    file printed with its tracked changes showing (LibreOffice's default) strikes its deletions
    through, and a reader who keeps them reads "amended in JuneOctober 2025". What the page
    shows as removed is no text, as `<del>` and line-through styles are none in HTML (0216,
    0314). Thin horizontal paths through the middle of a run of text are the candidates; a
    character is struck when one crosses its centre at mid-height (underlines, rules between
    lines and cell shading are not)."""
    strokes: list[tuple[float, float, float, float]] = []
    for left, bottom, right, top in _path_bounds(page):
        if right - left >= 2 * STRIKE_PROBE_STEP and 0 <= top - bottom < (right - left) / 4:
            strokes.append((left, bottom, right, top))
    if not strokes:
        return frozenset()
    text_raw = text_page.raw
    sides = [ctypes.c_double() for _ in range(4)]
    side_refs = [ctypes.byref(side) for side in sides]
    runs: list[tuple[float, float, float, float]] = []
    for index in range(pdfium_c.FPDFText_CountRects(text_raw, 0, -1)):
        if pdfium_c.FPDFText_GetRect(text_raw, index, *side_refs):
            run_left, run_top, run_right, run_bottom = (side.value for side in sides)
            runs.append((run_left, run_bottom, run_right, run_top))
    strokes = [  # only a stroke through some run of text can strike it: rules and borders pass
        (left, bottom, right, top)
        for left, bottom, right, top in strokes
        if any(
            run_left < right
            and left < run_right
            and run_bottom < (bottom + top) / 2 < run_top
            and top - bottom <= STRIKE_THICKNESS_EMS * (run_top - run_bottom)
            for run_left, run_bottom, run_right, run_top in runs
        )
    ]
    struck: set[int] = set()
    seen: set[int] = set()
    for left, bottom, right, top in strokes:
        middle = (bottom + top) / 2
        x = left + STRIKE_PROBE_STEP / 2
        while x < right:
            index = pdfium_c.FPDFText_GetCharIndexAtPos(text_raw, x, middle, 0.5, 0.5)
            x += STRIKE_PROBE_STEP
            if index < 0 or index in seen:
                continue
            seen.add(index)
            char_left, char_bottom, char_right, char_top = text_page.get_charbox(index, loose=True)
            tall = char_top - char_bottom
            centre = (char_left + char_right) / 2
            if (
                tall > 0
                and top - bottom <= STRIKE_THICKNESS_EMS * tall
                and left <= centre <= right
                and STRIKE_BAND[0] <= (middle - char_bottom) / tall <= STRIKE_BAND[1]
            ):
                struck.add(index)
    if not struck:
        return frozenset()
    count = text_page.count_chars()
    for index in list(struck):  # a space between two struck words is struck with them
        after = index + 1
        if (
            after < count
            and after + 1 in struck
            and chr(pdfium_c.FPDFText_GetUnicode(text_raw, after)).isspace()
        ):
            struck.add(after)
    return frozenset(struck)


SLANT_TOLERANCE = math.radians(10)
"""How far from the page's axes a character may be turned and still be the page's text: a
watermark or a stamp is set corner to corner, at some 30 to 60 degrees."""


def _slanted_characters(text_page: pdfium.PdfTextPage, count: int) -> frozenset[int]:
    """The characters set askew across the page: a watermark ("DRAFT", "UNCONTROLLED COPY")
    drawn diagonally behind the text on every page. A reader who keeps it reads the words
    before the page's first line, or in the middle of a sentence; what a page prints corner to
    corner is decoration, never the chapter. Text turned a quarter turn (a landscape table, a
    label up the margin) keeps to the page's axes and stays."""
    raw = text_page.raw
    slanted: set[int] = set()
    quarter = math.pi / 2
    for index in range(count):
        angle = pdfium_c.FPDFText_GetCharAngle(raw, index)
        if angle < 0:
            continue
        off_axis = angle % quarter
        if SLANT_TOLERANCE < off_axis < quarter - SLANT_TOLERANCE:
            slanted.add(index)
    return frozenset(slanted)


def _lines(
    text_page: pdfium.PdfTextPage, count: int, height: float, struck: frozenset[int] = frozenset()
) -> Iterator[TextLine]:
    raw = text_page.raw
    characters: Sequence[str] = text_page.get_text_range(0, count) if count else ""
    if len(characters) != count:  # the text view left out or added characters: ask one by one
        characters = [chr(pdfium_c.FPDFText_GetUnicode(raw, index)) for index in range(count)]
    fonts = _FontReader(raw)
    start = 0
    skip: set[int] = set()
    for index in range(count + 1):
        if index < count and characters[index] in "\r\n" and index in skip:
            continue
        if (
            index < count
            and characters[index] == "\r"
            and _break_after_mark(text_page, characters, start, index)
        ):
            skip.update(i for i in (index, index + 1) if i < count and characters[i] in "\r\n")
            continue
        if index == count or characters[index] in "\r\n":
            end, next_start = index, index + 1
        elif characters[index] in _HYPHENS and _breaks_after(text_page, index, count):
            end, next_start = index + 1, index + 1  # the hyphen stays on its line
        else:
            continue
        hidden = frozenset(skip) | struck if struck else frozenset(skip)
        line = _line(text_page, fonts, characters, start, end, height, hidden)
        split = _side_head_end(text_page, fonts, characters, start, end, line)
        if split is not None:  # a side-head and the first line of its text: two lines
            for part in (
                _line(text_page, fonts, characters, start, split, height, hidden),
                _line(text_page, fonts, characters, split + 1, end, height, hidden),
            ):
                if part is not None:
                    yield part
        elif line is not None:
            yield line
        start = next_start
        skip.clear()


_SIDE_HEAD_MAX_WORDS = 6
"""A side-head names its section in a few words; a longer bold first cell is a table's."""


def _side_head_end(
    text_page: pdfium.PdfTextPage,
    fonts: _FontReader,
    characters: Sequence[str],
    start: int,
    end: int,
    line: TextLine | None,
) -> int | None:
    """Where a side-head ends on a line that PDFium joined to the first line of its text: the
    gap's index in a line of two cells whose first is a short bold phrase with no sentence
    stop, set in type larger than the regular text after it (a heading in the left margin
    level with its paragraph's first line, decision 0190). A table's bold row label sits at its
    cells' size, and a header row is bold across, so neither comes apart."""
    if line is None or line.cells != 2 or line.bold:
        return None
    gaps, _wide = _cell_gaps(text_page, "".join(characters[start:end]), start, line.size)
    if len(gaps) != 1:
        return None
    gap = next(iter(gaps))
    head = "".join(characters[start:gap]).strip()
    words = head.split()
    if not words or len(words) > _SIDE_HEAD_MAX_WORDS or head[-1] in ".;:!?,":
        return None
    if not head[0].isupper() and not head[0].isdigit():
        return None
    head_marks = [index for index in range(start, gap) if not characters[index].isspace()]
    if not all(fonts.is_bold(index) for index in head_marks):
        return None
    rest = [index for index in range(gap + 1, end) if not characters[index].isspace()]
    if not rest or sum(1 for index in rest[:_SAMPLES_PER_LINE] if fonts.is_bold(index)) * 2 > min(
        len(rest), _SAMPLES_PER_LINE
    ):
        return None
    head_box = text_page.get_charbox(head_marks[0], loose=True)
    rest_box = text_page.get_charbox(rest[0], loose=True)
    head_size = _font_size(text_page, head_marks[0], head_box[3] - head_box[1])
    rest_size = _font_size(text_page, rest[0], rest_box[3] - rest_box[1])
    return gap if head_size > rest_size * _SIDE_HEAD_SIZE_RATIO else None


_SIDE_HEAD_SIZE_RATIO = 1.02
"""A side-head's type is at least this much larger than its text's (11.5 pt over 11 pt)."""


def _break_after_mark(
    text_page: pdfium.PdfTextPage, characters: Sequence[str], start: int, index: int
) -> bool:
    """Whether the line break PDFium puts at `index` only follows a raised reference mark in the
    middle of a line ("… in care.¹ It was …"): PDFium ends a line where the baseline rises for
    the mark and starts another where it falls back, though the text goes on along the same
    line. The break is not kept when the character before it is a raised digit or note sign and
    the next visible character sits level with the line's first one, to the right of the mark,
    unless the mark closes a sentence ("… until they are 21.¹ We also …"): there the break
    stays, so that the note is read right after the sentence it belongs to (decision 0087)."""
    mark = index - 1
    if mark < start or characters[mark] not in _MARK_CHARACTERS:
        return False
    after = index + 1
    while after < len(characters) and characters[after].isspace():
        after += 1
    first = next((i for i in range(start, mark) if not characters[i].isspace()), None)
    if after >= len(characters) or first is None:
        return False
    before = mark
    while (
        before > first
        and mark - before < _MAX_MARK_LENGTH
        and characters[before] in _MARK_CHARACTERS
        and _raised(text_page, before, first)
    ):
        before -= 1
    if characters[before] in _SENTENCE_STOPS:
        return False  # the note is read after its sentence, where the paragraph breaks
    left, bottom, _right, top = text_page.get_charbox(first, loose=True)
    mark_left, mark_bottom, _mark_right, _mark_top = text_page.get_charbox(mark, loose=True)
    next_left, next_bottom, _next_right, next_top = text_page.get_charbox(after, loose=True)
    height = top - bottom
    return bool(
        height > 0
        and mark_bottom > bottom + _RAISED_SHARE * height
        and abs(next_bottom - bottom) < _SAME_LINE_OVERLAP * height
        and abs(next_top - top) < _SAME_LINE_OVERLAP * height
        and next_left >= mark_left
        and left <= mark_left
    )


def _breaks_after(text_page: pdfium.PdfTextPage, index: int, count: int) -> bool:
    """Whether the line ends after the hyphen at `index`.

    PDFium joins a line that ends in a hyphen to the next one without a line break (it takes the
    hyphen for a soft one), so the break is found from where the next character stands.
    """
    if index + 1 >= count:
        return False
    _left, bottom, _right, top = text_page.get_charbox(index, loose=True)
    _next_left, _next_bottom, _next_right, next_top = text_page.get_charbox(index + 1, loose=True)
    return bool(next_top <= bottom + _SAME_LINE_OVERLAP * (top - bottom))


def _line(
    text_page: pdfium.PdfTextPage,
    fonts: _FontReader,
    characters: Sequence[str],
    start: int,
    end: int,
    height: float,
    skip: frozenset[int] = frozenset(),
) -> TextLine | None:
    visible = [index for index in range(start, end) if not characters[index].isspace()]
    if not visible or all(index in skip for index in visible):
        return None
    step = max(1, len(visible) // _SAMPLES_PER_LINE)
    samples = [*visible[::step][:_SAMPLES_PER_LINE], visible[-1]]
    boxes = [text_page.get_charbox(index, loose=True) for index in samples]
    middle = len(samples) // 2
    sampled = [
        _font_size(text_page, samples[n], boxes[n][3] - boxes[n][1]) for n in (0, middle, -1)
    ]
    sizes = sorted(sampled)
    bold_votes = sum(1 for index in samples if fonts.is_bold(index))
    colours = {fonts.colour(samples[n]) for n in (0, middle, -1)}
    size = sizes[1]
    cased: dict[int, str] = {}
    if sampled[0] > sampled[-1] * _SMALL_CAPS_TRIGGER:  # a capital opening smaller letters
        found = _small_capitals(text_page, characters, visible)
        if found is not None:
            cased, size = found
    line_text = "".join(cased.get(index, characters[index]) for index in range(start, end))
    marks = _note_marks(text_page, line_text, start, size)
    gaps, wide = _cell_gaps(text_page, line_text, start, size)
    spaced = _letter_spacing(text_page, characters, start, end, visible, size, cased)
    starts = _CharEdges(text_page.raw) if gaps else None
    offsets: list[tuple[int, float]] = []
    if marks or gaps or wide or skip or spaced:
        pieces: list[str] = []
        length = 0
        for index in range(start, end):
            if index in marks or index in skip:
                continue
            if index in wide:
                offsets.append((length, wide[index]))
            piece = (
                CELL_SEPARATOR
                if index in gaps
                else spaced.get(index, cased.get(index, characters[index]))
            )
            pieces.append(piece)
            length += len(piece)
        line_text = "".join(pieces)
    note_marks = tuple("".join(characters[index] for index in run) for run in _runs(sorted(marks)))
    unstripped = line_text.replace("\x02", "-").replace("\ufffe", "-")
    text = unstripped.strip()
    lead = len(unstripped) - len(unstripped.lstrip())
    return TextLine(
        wide_gaps=tuple(
            (offset - lead, x) for offset, x in offsets if 0 < offset - lead < len(text)
        ),
        cells=len(gaps) + 1,
        note_marks=note_marks,
        cell_starts=tuple(starts.left(index + 1) for index in sorted(gaps)) if starts else (),
        text=text,
        size=round(size, 1),
        bold=bold_votes * 2 > len(samples),
        colour=colours.pop() if len(colours) == 1 else -1,
        small_caps=bool(cased),
        top=height - max(box[3] for box in boxes),
        bottom=height - min(box[1] for box in boxes),
        left=min(box[0] for box in boxes),
        right=max(box[2] for box in boxes),
        first_word=_first_word_width(text_page, characters, visible[0], end, boxes[0][0]),
    )


_SPACED_MIN_LETTERS = 5
_SPACED_SINGLE_SHARE = 0.75
"""A line is letter-spaced where at least this share of its words are one character long."""
_SPACED_MIN_TRACKING_EMS = 0.05
_SPACED_WORD_EMS = 0.12
"""A gap this much wider than the line's tracking is a word space, whatever PDFium put there."""


def _letter_spacing(
    text_page: pdfium.PdfTextPage,
    characters: Sequence[str],
    start: int,
    end: int,
    visible: Sequence[int],
    size: float,
    cased: dict[int, str],
) -> dict[int, str]:
    """Where a line is letter-spaced ("A b o u t  t h i s  c h a p t e r", a heading set with
    expanded character spacing or CSS `letter-spacing`), what its characters read as: PDFium puts
    a space into every gap the tracking opens and one space into the wider gaps between words,
    so the words are lost in its text. They are found again from where the letters stand: every
    gap is the tracking, a word's gap the tracking and a word space. Spaces inside a word read as
    nothing, and a word gap with no space in it gets one (empty where the line is not
    letter-spaced). A space the PDF draws itself is kept: only PDFium's own spaces are doubted.

    Only where most of the line's words are single characters and its letters stand apart by
    more than a twentieth of an em: ordinary text has letters touching and words of several."""
    words = "".join(characters[start:end]).split()
    singles = sum(1 for word in words if len(word) == 1)
    if singles < _SPACED_MIN_LETTERS or singles < _SPACED_SINGLE_SHARE * len(words) or size <= 0:
        return {}
    boxes = [text_page.get_charbox(index, loose=True) for index in visible]
    gaps = [(after[0] - before[2]) / size for before, after in itertools.pairwise(boxes)]
    tracking = statistics.median(gaps)
    if tracking < _SPACED_MIN_TRACKING_EMS:
        return {}
    spaced: dict[int, str] = {}
    generated = pdfium_c.FPDFText_IsGenerated
    for position, gap in enumerate(gaps):
        before, after = visible[position], visible[position + 1]
        between = range(before + 1, after)
        if any(not generated(text_page.raw, index) for index in between):
            continue  # a space the PDF draws is a space the writer typed
        for index in between:
            spaced[index] = ""
        if gap > tracking + _SPACED_WORD_EMS:
            if between:
                spaced[between[0]] = " "
            else:
                spaced[before] = cased.get(before, characters[before]) + " "
    return spaced


def _first_word_width(
    text_page: pdfium.PdfTextPage, characters: Sequence[str], first: int, end: int, left: float
) -> float:
    """How wide the line's first word is printed, from its first character's left edge (`left`)
    to its last character's right edge."""
    last = first
    while last + 1 < end and not characters[last + 1].isspace():
        last += 1
    right: float = text_page.get_charbox(last, loose=True)[2]
    return max(0.0, right - left)


_SMALL_CAPS_TRIGGER = 1.1
"""A line's first character this much larger than its last may open a line in small capitals."""
_SMALL_CAPS_RATIO = (0.6, 0.9)
"""Small capitals are set at this share of the capitals' size (typesetters use 0.7 to 0.8)."""
_SAME_SIZE_SHARE = 0.03
_SMALL_CAPS_MAX_WORDS = 12


def _small_capitals(
    text_page: pdfium.PdfTextPage, characters: Sequence[str], visible: Sequence[int]
) -> tuple[dict[int, str], float] | None:
    """A short line set in small capitals ("Scope of this chapter" as SCOPE OF THIS CHAPTER with
    the small letters as capitals in smaller type, as reportlab's and WeasyPrint's small capitals
    are drawn), read as the letters they stand for: the letters in the larger size capitals, the
    others small letters. The text the PDF gives for them cannot be trusted for case: a maker
    draws a small capital with the capital's glyph and maps the glyph back to one letter, so that
    "Introduction" reads "IntroductIon" or "INTRODUCTION" (decision 0198).

    Only where every letter is at one of two sizes, the smaller a small capital's share of the
    larger, every larger letter opens a word, and the line is a heading's few words: a drop
    capital is far larger than the text after it, and a superscript is no letter."""
    letters = [index for index in visible if characters[index].isalpha()]
    if len(letters) < 2:
        return None
    text = "".join(characters[index] for index in range(visible[0], visible[-1] + 1))
    if len(text.split()) > _SMALL_CAPS_MAX_WORDS:
        return None
    sizes = {index: float(pdfium_c.FPDFText_GetFontSize(text_page.raw, index)) for index in letters}
    large, small = max(sizes.values()), min(sizes.values())
    if large <= 0 or not _SMALL_CAPS_RATIO[0] <= small / large <= _SMALL_CAPS_RATIO[1]:
        return None
    cased: dict[int, str] = {}
    small_count = 0
    for index in letters:
        if abs(sizes[index] - large) <= large * _SAME_SIZE_SHARE:
            if index > visible[0] and characters[index - 1].isalpha():
                return None  # a capital inside a word: not small capitals
            cased[index] = characters[index].upper()
        elif abs(sizes[index] - small) <= large * _SAME_SIZE_SHARE:
            cased[index] = characters[index].lower()
            small_count += 1
        else:
            return None
    if small_count < 2:
        return None
    return cased, large * _page_scale(text_page, letters[0])


def _cell_gaps(
    text_page: pdfium.PdfTextPage, line_text: str, start: int, size: float
) -> tuple[set[int], dict[int, float]]:
    """The spaces of a line that stand for a gap between table cells: spaces PDFium generated
    (the PDF draws none there) where the text after starts more than two ems after the text
    before. Word spaces are drawn, or narrow; a list's bullet and its text are not cells.

    Also the generated spaces of one to two ems, with where the text after them starts: a
    table set with narrow cell padding (a web page printed by a browser) has them, and so do
    justified lines; only a column of them on neighbouring lines tells a table."""
    gaps: set[int] = set()
    wide: dict[int, float] = {}
    after_marker: set[int] = set()
    raw = text_page.raw
    is_generated = pdfium_c.FPDFText_IsGenerated
    edges = _CharEdges(raw)
    for match in _INNER_SPACE.finditer(line_text):
        index = start + match.start()
        if not is_generated(raw, index):
            continue
        after = edges.left(index + 1)
        gap = after - edges.right(index - 1)
        if gap <= _WIDE_GAP_EMS * size:
            continue
        head = line_text[: match.start()].strip()
        if _LIST_MARKER.fullmatch(head):
            if gap > _CELL_GAP_EMS * size:
                after_marker.add(index)
            continue
        if gap > _CELL_GAP_EMS * size:
            gaps.add(index)
        else:
            wide[index] = after
    if gaps:
        gaps |= after_marker  # "2.1 | May 2024 | Text revised": a table's first cell, no list
    return gaps, wide


class _CharEdges:
    """A character's left and right edges, through one set of buffers per line."""

    def __init__(self, raw_text_page: object) -> None:
        self._raw = raw_text_page
        self._left, self._right, self._bottom, self._top = (ctypes.c_double() for _ in range(4))
        self._pointers = tuple(
            ctypes.byref(value) for value in (self._left, self._right, self._bottom, self._top)
        )

    def left(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharBox(self._raw, index, *self._pointers)
        return self._left.value

    def right(self, index: int) -> float:
        pdfium_c.FPDFText_GetCharBox(self._raw, index, *self._pointers)
        return self._right.value


def _runs(indices: Sequence[int]) -> list[list[int]]:
    """Sorted character indices grouped into runs of consecutive ones (a mark "12" is one)."""
    runs: list[list[int]] = []
    for index in indices:
        if runs and runs[-1][-1] == index - 1:
            runs[-1].append(index)
        else:
            runs.append([index])
    return runs


def _note_marks(text_page: pdfium.PdfTextPage, line_text: str, start: int, size: float) -> set[int]:
    """The footnote reference marks of a line: digits or note signs in type much smaller than
    the line's, ending a word ("…these Acts:¹"). Read as text they would join the word or the
    number before them ("until they are 21¹" would read 211); Word files lose them with their
    footnotes (decision 0012)."""
    marks: set[int] = set()
    for match in _MARK_CANDIDATE.finditer(line_text):
        for offset in range(match.end() - 1, match.start() - 1, -1):
            index = start + offset
            mark_size = float(pdfium_c.FPDFText_GetFontSize(text_page.raw, index))
            mark_size *= _page_scale(text_page, index)
            ratio = _RAISED_MARK_RATIO if _raised(text_page, index, start) else _NOTE_MARK_RATIO
            if not _MIN_FONT_SIZE <= mark_size < size * ratio:
                break
            marks.add(index)
    return marks


def _raised(text_page: pdfium.PdfTextPage, index: int, start: int) -> bool:
    """Whether the character at `index` sits above its line's baseline, as a superscript does:
    its bottom is higher than the line's first character's by a share of that one's height."""
    if index <= start:
        return False
    _left, bottom, _right, top = text_page.get_charbox(start, loose=True)
    _mark_left, mark_bottom, _mark_right, _mark_top = text_page.get_charbox(index, loose=True)
    return bool(top > bottom and mark_bottom > bottom + _RAISED_SHARE * (top - bottom))


def _font_size(text_page: pdfium.PdfTextPage, index: int, box_height: float) -> float:
    """The character's font size in points, as its font was set, scaled by the character's
    matrix (the text matrix and the page's transformation: Chromium and WeasyPrint set 11 pt
    type as 14.67 CSS pixels and scale the page by 0.75, and an em is what gaps compare with).

    A font box's height varies from glyph to glyph and from font to font by a few per cent, enough
    to split one heading style into two sizes; the size the text was set in does not. Where PDFium
    gives no plausible size (a font set at size 1 and scaled by an unusual matrix), the box's
    height stands in.
    """
    size = float(pdfium_c.FPDFText_GetFontSize(text_page.raw, index))
    size *= _page_scale(text_page, index)
    if size >= _MIN_FONT_SIZE and 0.5 * size <= box_height <= 2.5 * size:
        return size
    return box_height


def _page_scale(text_page: pdfium.PdfTextPage, index: int) -> float:
    """How much the character's matrix scales its type (1 where PDFium gives no matrix):
    browsers draw CSS pixels at 0.75 pt each, so their 11 pt type is set at 14.67."""
    matrix = pdfium_c.FS_MATRIX()
    if not pdfium_c.FPDFText_GetMatrix(text_page.raw, index, ctypes.byref(matrix)):
        return 1.0
    scale = math.sqrt(abs(matrix.a * matrix.d - matrix.b * matrix.c))
    return scale if scale > 0 else 1.0


class _FontReader:
    """Whether a character of one text page is bold: by the font's weight, its force-bold flag or
    its name ("Helvetica-Bold", "Arial,Bold"); a name saying bold wins over a declared weight of
    400, which some PDF makers write for every face of a family."""

    def __init__(self, raw_text_page: object) -> None:
        self._raw = raw_text_page
        self._name = ctypes.create_string_buffer(128)
        self._flags = ctypes.c_int(0)
        self._rgba = [ctypes.c_uint(0) for _ in range(4)]
        self._rgba_refs = [ctypes.byref(value) for value in self._rgba]

    def is_bold(self, index: int) -> bool:
        weight = pdfium_c.FPDFText_GetFontWeight(self._raw, index)
        if weight >= _BOLD_WEIGHT:
            return True
        self._flags.value = 0
        pdfium_c.FPDFText_GetFontInfo(
            self._raw, index, self._name, len(self._name), ctypes.byref(self._flags)
        )
        if self._flags.value & _FORCE_BOLD_FLAG:
            return True
        return _BOLD_NAME.search(self._name.value) is not None

    def colour(self, index: int) -> int:
        """The character's fill colour as 0xRRGGBB, or -1 where PDFium cannot say."""
        if not pdfium_c.FPDFText_GetFillColor(self._raw, index, *self._rgba_refs):
            return -1
        red, green, blue, _alpha = self._rgba
        return (red.value & 0xFF) << 16 | (green.value & 0xFF) << 8 | blue.value & 0xFF


def _has_images(document: pdfium.PdfDocument) -> bool:
    for index in range(len(document)):
        page = document[index]
        for _ in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=2):
            return True
    return False
