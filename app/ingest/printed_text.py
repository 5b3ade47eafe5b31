"""Text a converter printed from a PDF (`pdftotext`, with or without `-layout`): pages again.

Many councils' document portals and intranet indexers keep a PDF's text rather than the PDF:
what `pdftotext` writes. That text still carries the printed page. Each page ends with a form
feed, each opens with the running header and closes with the running footer ("Uncontrolled when
printed   Page 2 of 5"), and words are broken at line ends by the PDF's hyphenation
("prin-" / "ciples"). Like a PDF's own running lines (`pdf_layout`), the header and footer are
not the chapter, and a word broken by the layout is one word.

So a text with form feeds is read as printed pages: the lines at a page's top and bottom edge
that read the same on most pages (digits aside, so "Page 2 of 5" matches "Page 3 of 5") and
bare page numbers go, the pages join again (a paragraph carried over a page break stays one
paragraph), and broken words are mended. A text without form feeds is left alone: typed text has
none, and its hyphens are its author's.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from app.ingest.pdf_layout import EDGE_LINES, PAGE_NUMBER, RUNNING_SHARE, mend_broken_words
from app.text.wrapping import ends_unfinished

PAGE_BREAK = "\f"
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_PAGE_WORD = re.compile(r"page", re.IGNORECASE)
MIN_COUNTED_PAGES = 2
"""A text's page counters mark its page breaks when it has at least this many of them."""
WIDTH_RANK = 0.9
"""The page's text width is the length most lines stay within: the line at this rank."""
FULL_LINE = 0.8
"""A line this full of the width was wrapped by the page, not ended by its writer."""
_ENDS_SENTENCE = re.compile(r"[.!?:;][\"'\u201d\u2019)]*$")
_LIST_MARKER = re.compile(
    r"(?:[\u2022\u25cf\u25e6\u25aa\u00b7*\u2013-]|\d{1,3}[.)]|\(\w{1,4}\)|[a-z][.)])\s"
)
"""A bullet or an item's number, which opens a line of its own."""
_CARRIED_ON = re.compile(r"[.!?:][\"'\u201d\u2019)]*$")
"""A page whose last line ends a sentence (or introduces a list) ends its paragraph there."""


def is_printed_text(text: str) -> bool:
    """Whether `text` holds printed pages: a form feed between or after them."""
    return PAGE_BREAK in text


_PAGE_COUNTER = re.compile(
    r"page\s+(?P<page>\d{1,4})\s+(?:of|/)\s+(?P<pages>\d{1,4})\s*$", re.IGNORECASE
)
"""A page's counter at a line's end ("Page 2 of 5")."""
_BARE_COUNTER = re.compile(r"\s*(?P<page>\d{1,4})\s*(?:/|\s+of\s+)(?P<pages>\d{1,4})\s*")
"""A page's counter alone on its line with no word ("1/3", "1 of 3"): what a browser prints at
the foot of each page when it prints a web page with its own header and footer (Chromium: the
date and the page's title above, the address and "1/3" below; Firefox: the title and the
address above, "1 of 3" and the date below)."""
_FOOTER_BEFORE_COUNTER = re.compile(r"(?:\s{2,}|\s*[|\u2013\u2014]\s*|\s+-\s+|\t)$")
"""What parts a footer's words from its page counter on one line ("Council   Page 2 of 5",
"Manual | Page 2 of 5")."""
MAX_COUNTER_LINE = 200
"""A page's counter line is no longer than this (the counter, perhaps a footer's words)."""
_LEADING_COUNTER = re.compile(
    r"\s*page\s+(?P<page>\d{1,4})\s+(?:of|/)\s+(?P<pages>\d{1,4})"
    r"(?:\s{2,}|\s*[|\u2013\u2014]\s*|\s+-\s+|\t)(?=\S)",
    re.IGNORECASE,
)
"""A page's counter opening its footer line, the footer's words after it and set apart from it
("Page 2 of 5 | Version 2.1", "Page 2 of 5 - Uncontrolled when printed"): a footer whose
counter stands at its left."""


def _page_counter(line: str) -> re.Match[str] | None:
    """The counter of a page's counter line, alone, after its footer's words or before them;
    None for any other line (a counter inside a sentence: "see page 2 of 4 of the form")."""
    if len(line) > MAX_COUNTER_LINE:
        return None
    if (bare := _BARE_COUNTER.fullmatch(line)) is not None:
        return bare if int(bare["page"]) <= int(bare["pages"]) else None
    found = _PAGE_COUNTER.search(line)
    if found is None:
        return _LEADING_COUNTER.match(line)
    before = line[: found.start()]
    if before.strip() and _FOOTER_BEFORE_COUNTER.search(before) is None:
        return None
    return found


def mark_counted_pages(text: str) -> str:
    """`text` with a form feed after each page counter line, when its counters number the pages
    of one document in order ("Page 1 of 3" ... "Page 2 of 3"): the text was copied from a PDF
    viewer or a converter that kept the page's lines but lost its page breaks. The counter ends
    its page, so the printed pages are read as `pdftotext`'s are. Unchanged otherwise: one
    counter, counters out of order or of different totals are not a page's furniture."""
    if is_printed_text(text):
        return text
    lines = text.split("\n")
    if not _PAGE_WORD.search(text) and not any(_BARE_COUNTER.fullmatch(line) for line in lines):
        return (
            _with_numbered_footers_marked(lines)
            or _with_headed_numbers_marked(lines)
            or _with_bare_numbers_marked(lines)
            or text
        )
    counters = [
        (index, found)
        for index, line in enumerate(lines)
        if (found := _page_counter(line.rstrip("\r"))) is not None
    ]
    if len(counters) < MIN_COUNTED_PAGES:
        counters = _repeated_footer_counters(lines) or counters
    if len(counters) < MIN_COUNTED_PAGES:
        return (
            _with_numbered_footers_marked(lines)
            or _one_page_turn_marked(lines, counters)
            or _with_headed_numbers_marked(lines)
            or _with_bare_numbers_marked(lines)
            or text
        )
    numbers = [int(found["page"]) for _, found in counters]
    totals = {found["pages"] for _, found in counters}
    if len(totals) != 1 or numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return text
    if numbers[-1] > int(totals.pop()):
        return text
    for index, _ in counters:
        lines[index] += PAGE_BREAK
    return "\n".join(lines)


def _repeated_footer_counters(lines: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
    """The counter lines of a footer whose words stand only a space before its counter
        ("Uncontrolled copy when printed Page 1 of 4"): a PDF viewer's copy closes the gap between a
        footer's left and right parts to one space, so the gap no longer parts them
        (`_FOOTER_BEFORE_COUNTER`). Words and a counter alone are no proof (a sentence may end "see
        page 2 of 4"), so they count only as one footer repeated: the same words before the counter
        on at least two lines, at least `MIN_FOOTER_WORDS` of them ("Read page 1 of 2" is an
    instruction) and none ending a sentence. Empty where there is no such footer;
        `mark_counted_pages` then checks the counters run in order, as for any other."""
    groups: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for index, line in enumerate(lines):
        stripped = line.rstrip("\r")
        if len(stripped) > MAX_COUNTER_LINE:
            continue
        found = _PAGE_COUNTER.search(stripped)
        if found is None:
            continue
        words = stripped[: found.start()].strip()
        if len(words.split()) < MIN_FOOTER_WORDS or _ENDS_SENTENCE.search(words):
            continue
        groups.setdefault(_key(words), []).append((index, found))
    repeated = max(groups.values(), key=len, default=[])
    return repeated if len(repeated) >= MIN_COUNTED_PAGES else []


MAX_FOOTER_LINES = 2
"""Lines of a page's footer (an "Uncontrolled when printed" notice) that may stand between its
counter and the next page's running header."""


def _one_page_turn_marked(
    lines: list[str], counters: Sequence[tuple[int, re.Match[str]]]
) -> str | None:
    """The lines with one page turn marked, where a copy of a PDF holds a single counter
    ("Page 1 of 6": the copy stops on the second page): the counter counts one page of more,
    and within a few short lines under it the text's first line (the running header) stands
    again. The counter and the footer lines between it and the header go; a form feed before
    the header makes the two pages, whose header `without_running_lines` then finds on both.
    None otherwise: a counter with no header repeated under it is not known to be furniture."""
    if len(counters) != 1:
        return None
    index, found = counters[0]
    if found["pages"] is None or int(found["page"]) >= int(found["pages"]):
        return None
    first_index = _next_written(lines, -1)
    if first_index is None:
        return None
    first = lines[first_index]
    for below in range(index + 1, min(len(lines), index + 2 + MAX_FOOTER_LINES)):
        if _key(lines[below]) == _key(first):
            footer = lines[index + 1 : below]
            if any(
                len(line) > MAX_COUNTER_LINE or _ENDS_SENTENCE.search(line.rstrip())
                for line in footer
            ):
                return None
            page_one = lines[:index]
            return "\n".join(page_one) + PAGE_BREAK + "\n".join(lines[below:])
    return None


_NUMBERED_FOOTER = re.compile(
    r"(?:(?P<words>\S.*?)(?:\s{2,}|\s*[|\u2013\u2014]\s*|\s+-\s+|\t))?"
    r"page\s+(?P<page>\d{1,4})\s*$"
    r"|(?P<named>[A-Za-z][^.!?;:]*[A-Za-z'\u2019])\s+(?P<number>\d{1,4})\s*$",
    re.IGNORECASE,
)
"""A page's footer that numbers it with no total: "Page 2", "Manual - page 2", or the footer's
words and a bare number ("Harrowfield Council | Children's Services 2")."""
MIN_FOOTER_WORDS = 3
"""A footer's words before a bare page number are at least this many (a council's or a
manual's name), so that a short heading ending in a number ("Part 2") is not taken for one."""
MIN_PAGE_LINES = 2
"""Numbered footers stand at least this many lines apart: a page holds a line besides its
footer (the last page may hold only a paragraph's last lines)."""


def _with_numbered_footers_marked(lines: list[str]) -> str | None:
    """The lines joined with a form feed after each footer that numbers the pages with no total
    (`_NUMBERED_FOOTER`), or None where the text has no such footers. They count only as one
    footer repeated: the same words (or none) before the number on every line, the numbers
    running on one by one and the lines a page apart, so that a contents list ("Values  page 4",
    "Vision  page 5") or a numbered sub-heading is not taken for the pages' furniture."""
    groups: dict[str, list[tuple[int, int]]] = {}
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped[-1:].isdigit():
            continue  # a footer ends in its page's number
        found = _NUMBERED_FOOTER.fullmatch(stripped)
        if found is None:
            continue
        if found["named"] is not None:
            words, number = found["named"], found["number"]
            if len(words.split()) < MIN_FOOTER_WORDS or words[:1].islower():
                continue
        else:
            words, number = found["words"] or "", found["page"]
        groups.setdefault(_key(words), []).append((index, int(number)))
    for counters in sorted(groups.values(), key=len, reverse=True):
        indexes = [index for index, _ in counters]
        numbers = [number for _, number in counters]
        if (
            len(counters) >= MIN_COUNTED_PAGES
            and numbers == list(range(numbers[0], numbers[0] + len(numbers)))
            and all(b - a >= MIN_PAGE_LINES for a, b in pairwise(indexes))
        ):
            marked = list(lines)
            for index in indexes:
                marked[index] += PAGE_BREAK
            return "\n".join(marked)
    return None


_BARE_PAGE_NUMBER = re.compile(r"\s*[-\u2013]?\s*\d{1,3}\s*[-\u2013]?\s*")
"""A page's number alone on its line, perhaps between dashes ("2", "- 2 -")."""
MIN_HEADER_WORDS = 3
"""A running header over bare page numbers is words (a council's or a manual's name), not a
lone number or a one-word label."""


def _next_written(lines: Sequence[str], index: int) -> int | None:
    """The index of the first line after `index` with any text (-1: the text's first), or None."""
    return next((later for later in range(index + 1, len(lines)) if lines[later].strip()), None)


def _with_headed_numbers_marked(lines: list[str]) -> str | None:
    """The lines joined with a form feed after each bare page number that a running header
    follows, or None where the text has none. A copy of a PDF whose pages carry a header line
    and only a number at the foot ("Council | Manual | Amended May 2025" ... "1" / the header
    again): a bare number alone could be a list's or a note's, so the numbers count only with
    the header: the text opens with it, it stands under every number but the last and nowhere
    else, the numbers run on one by one, and the last number may end the text instead."""
    first = _next_written(lines, -1)
    if first is None or len(lines[first].split()) < MIN_HEADER_WORDS:
        return None
    header = _key(lines[first])
    numbers = [index for index, line in enumerate(lines) if _BARE_PAGE_NUMBER.fullmatch(line)]
    turns = [
        index
        for index in numbers
        if (after := _next_written(lines, index)) is not None and _key(lines[after]) == header
    ]
    if not turns or sum(_key(line) == header for line in lines) != len(turns) + 1:
        return None
    last_written = max(index for index, line in enumerate(lines) if line.strip())
    ends = [index for index in numbers if index == last_written and index not in turns]
    marked_at = turns + ends
    values = [int(re.sub(r"\D", "", lines[index])) for index in marked_at]
    if values != list(range(values[0], values[0] + len(values))):
        return None
    marked = list(lines)
    for index in marked_at:
        marked[index] += PAGE_BREAK
    return "\n".join(marked)


MIN_BARE_NUMBERED_PAGE_LINES = 12
"""Lines a page holds, at the least, before its bare number, but the last page's: a page of
text, not the items of a list numbered on lines of their own."""


def _with_bare_numbers_marked(lines: list[str]) -> str | None:
    """The lines joined with a form feed after each bare page number, or None where they do not
    number pages: a copy from a PDF viewer whose pages carry only a number at the foot, and no
    running header (a browser's PDF viewer copies the page's number as a line between the last
    line of the page and the next, often in the middle of a paragraph). A bare number alone
    could be a list's or a note's, so the numbers count only as the pages' own: every line
    that is only a number is one of them, they run 1, 2, 3 … in order, each page before the
    last holds at least `MIN_BARE_NUMBERED_PAGE_LINES` lines, and the last number is the text's
    last line, the last page's foot (decision 0386)."""
    numbers = [index for index, line in enumerate(lines) if _BARE_PAGE_NUMBER.fullmatch(line)]
    if len(numbers) < MIN_COUNTED_PAGES:
        return None
    last_written = max(index for index, line in enumerate(lines) if line.strip())
    values = [int(re.sub(r"\D", "", lines[index])) for index in numbers]
    starts = [-1, *numbers[:-1]]
    if (
        numbers[-1] != last_written
        or values != list(range(1, len(values) + 1))
        or any(
            sum(1 for line in lines[start + 1 : end] if line.strip()) < MIN_BARE_NUMBERED_PAGE_LINES
            for start, end in zip(starts[:-1], numbers[:-1], strict=True)
        )
        or numbers[-1] - numbers[-2] < MIN_PAGE_LINES
    ):
        return None
    marked = list(lines)
    for index in numbers:
        marked[index] += PAGE_BREAK
    return "\n".join(marked)


_RAISED_MARK_BREAK = re.compile(r"([.,;:](?<=(?:[^\W\d_]|[)\d])[.,;:])\d{1,2})\n(?= \S)")
"""A footnote's raised number after a word's stop or comma at a line's end, with the line
going on after one space: the break a PDF viewer's copy makes after a raised run. The pattern
opens with the stop, which the regex engine can skip to, and looks back from it for the letter,
digit or bracket before it; opening with that look-behind, it was tried at every character of
the text (a tenth of the time, decision 0371)."""


def join_raised_note_marks(text: str) -> str:
    """`text` with the line breaks a PDF viewer's copy puts after a footnote's raised number
    taken out ("...from the Children Act 1989,2" / " the Children (Leaving Care) Act 2000"):
    the mark's run sits above the line, so the copy ends the line there, and the sentence
    goes on on the next line after the space that followed the mark. The mark stays where it
    stands (decision 0087); the sentence is one line again."""
    return _RAISED_MARK_BREAK.sub(r"\1", text)


_SUPERSCRIPT_DIGITS = str.maketrans(
    "0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
)
_NOTE_OPENING = re.compile(r"^(?P<number>\d{1,2})(?:\n (?=[A-Z])| (?=[A-Z]))", re.MULTILINE)
"""A note's number opening its line: alone, with the note going on on the next line after one
space (a viewer's copy breaks after the raised number), or before the note's first word."""
_BREAK_AFTER_GLUED_MARK = re.compile(
    r"(?<![\d.,])(?P<digits>\d{2,5})\n(?P<after> [a-z]|[.,;:](?= |\n|$))"
)
"""A number at a line's end, the line going on after one space in lower case or with the stop
that followed it: the break a viewer's copy makes after a raised note mark set straight after
a number ("no later than 42" / " months", "until the age of 213" / ". A young person")."""
_AGE_WITH_MARK = re.compile(
    r"(?P<word>\b(?:[Aa]ge|AGE)(?:d|[ \t]+of)?[ \t]+)(?P<age>[1-9]\d)(?P<mark>[1-9])(?![\d.,])"
)
"""An age with a note's number run onto it ("Age 211", a table's cell "Age 21" and its raised
mark 1): an age after the word is at most two digits, as no one a chapter speaks of is a
hundred, so a third digit that is the number of a note the text holds is the mark."""
_YEAR_WITH_MARK = re.compile(
    r"(?P<title>\b(?:Act|Regulations|Order|Rules) )"
    r"(?P<year>(?:1[89]|20)\d\d)(?P<mark>[1-9]\d?)(?!\d)"
)
"""An instrument's year with a note's number run onto it ("the Children Act 19891"): no title
has a year of five or six digits, so the digits after the year are a raised mark the copy set
on the line."""


def _raised(digits: str) -> str:
    return digits.translate(_SUPERSCRIPT_DIGITS)


def restore_glued_note_marks(text: str) -> str:
    """`text` with note marks that a copy ran onto a number set as raised digits again: a year of
    an Act's title run on by one or two digits ("Act 19891" reads "Act 1989¹"), and a number the
    copy broke its line after where the line goes on as a sentence does, its last digits the
    number of a note the text holds ("later than 42" / " months" with a note 2 reads "later than
    4² months"), and an age after its word with a third digit that is such a note's number ("Age
    211", a table's cell, reads "Age 21¹"; after the line-break rule, which mends the break as
    well). A PDF sets the mark raised and smaller; the copy keeps its digits and loses the
    raising, so the number read would be another one (42 months, the age 213)."""
    text = _YEAR_WITH_MARK.sub(
        lambda found: found["title"] + found["year"] + _raised(found["mark"]), text
    )
    notes = {found["number"] for found in _NOTE_OPENING.finditer(text)}
    if not notes:
        return text

    def unglued(found: re.Match[str]) -> str:
        digits = found["digits"]
        for width in (2, 1):
            number, mark = digits[:-width], digits[-width:]
            if number and mark in notes and not mark.startswith("0"):
                return number + _raised(mark) + found["after"]
        return found.group()

    text = _BREAK_AFTER_GLUED_MARK.sub(unglued, text)
    return _AGE_WITH_MARK.sub(
        lambda found: (
            found["word"] + found["age"] + _raised(found["mark"])
            if found["mark"] in notes
            else found.group()
        ),
        text,
    )


_RAISED = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_PAGE_FOOT_NOTE = re.compile(rf"\s*(?P<mark>[{_RAISED}]{{1,2}})\s+\S")
"""A note at a page's foot, opening with its raised number ("¹ Up to 25 for ...")."""


def _notes_at_their_marks(body: list[str]) -> list[str]:
    """A page's lines with the note at its foot (a run of lines after a blank line, opening with
    a raised number) set after the sentence that holds its mark on the page: a note is read
    where its mark stands (decision 0087), so that "a personal adviser until they are 21¹" /
    "¹ Up to 25 for ..." reads as one statement, as a PDF's own page-foot notes are read
    (`pdf_layout`). The note's lines stand between the sentence and the rest of its paragraph;
    a note whose mark is not on the page stays where it is."""
    written = [index for index, line in enumerate(body) if line.strip()]
    if not written:
        return body
    start = written[-1]
    while start > 0 and body[start - 1].strip():
        start -= 1
    opening = _PAGE_FOOT_NOTE.match(body[start])
    if start == 0 or opening is None:
        return body
    mark = opening["mark"]
    holder = next((index for index in range(start) if _mark_at(body[index], mark)), None)
    if holder is None:
        return body
    note = [line.strip() for line in body[start:] if line.strip()]
    rest = body[:start]
    while rest and not rest[-1].strip():
        rest.pop()
    found = _mark_at(rest[holder], mark)
    position = found.end() if found is not None else 0
    line = holder
    while line < len(rest) and rest[line].strip():
        stop = _SENTENCE_STOP.search(rest[line], position if line == holder else 0)
        if stop is not None:
            before, after = rest[line][: stop.end()], rest[line][stop.end() :].strip()
            return [*rest[:line], before, *note, *([after] if after else []), *rest[line + 1 :]]
        line += 1
    return [*rest[:line], *note, *rest[line:]]


_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)]*(?=\s|$)")


def _mark_at(line: str, mark: str) -> re.Match[str] | None:
    return re.search(rf"(?<=[\w).,;:]){mark}(?![{_RAISED}])", line)


def unprint_pages(text: str) -> str:
    """`text` with its pages' running headers, footers and page numbers left out, its pages
    joined, and words broken at line ends mended; unchanged when it has no form feed (or page
    counters standing for them, `mark_counted_pages`)."""
    text = mark_counted_pages(text)
    if not is_printed_text(text):
        return text
    pages = [page.split("\n") for page in text.replace("\r\n", "\n").split(PAGE_BREAK)]
    while len(pages) > 1 and not "".join(pages[-1]).strip():
        pages.pop()  # the form feed after the last page
    bodies = [_notes_at_their_marks(body) for body in without_running_lines(pages)]
    joined: list[str] = []
    for body in bodies:
        if not body:
            continue
        if joined:
            joined.extend([""] if _CARRIED_ON.search(joined[-1].rstrip()) else [])
        joined.extend(body)
    lines = _side_boxes_apart(mend_broken_words(joined))
    return "\n".join(_reflowed(_hanging_numbers_joined(lines))) + "\n"


MIN_SIDE_BOX_ROWS = 3
"""Lines of a paragraph that a box beside it shares, at the least, to be read as a box."""
MIN_SIDE_BOX_COLUMN = 30
"""The box beside a paragraph begins this far in at the least (a page's right-hand part)."""
SIDE_BOX_PROSE_SHARE = 0.6
"""The paragraph's parts beside the box fill at least this share of the width up to the box on
average: wrapped prose, where a table's first column holds short cells."""


def _side_boxes_apart(lines: Sequence[str]) -> list[str]:
    """`lines` with each box printed beside a paragraph (an "At a glance" box floated to the
    right of the text) set after the paragraph: `pdftotext -layout` writes the two side by side,
    each printed line holding the paragraph's line, a run of spaces and the box's line, so a
    reader would run the box's words into the paragraph's sentences. A block of lines (between
    blank lines) is such a pair when three or more of its lines hold one run of spaces before a
    part that starts at one column well into the page, every other line stands wholly to the
    left of that column or starts at it, and the parts on the left are wrapped prose that fills
    the width up to the column (a table's first column holds short cells, and a table's rows
    stay rows). Other blocks are unchanged."""
    out: list[str] = []
    block: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            block.append(line)
            continue
        out.extend(_box_set_after(block))
        block = []
        out.append(line)
    out.pop()
    return out


def _box_set_after(block: list[str]) -> list[str]:
    splits: dict[int, int] = Counter()
    for line in block:
        for gap in _COLUMN_GAP.finditer(line):
            if line[: gap.start()].strip():
                splits[gap.end()] += 1
    if not splits:
        return block
    column, rows = max(splits.items(), key=lambda item: item[1])
    if rows < MIN_SIDE_BOX_ROWS or column < MIN_SIDE_BOX_COLUMN:
        return block
    left: list[str] = []
    right: list[str] = []
    beside: list[int] = []
    for line in block:
        indent = len(line) - len(line.lstrip())
        at_column = [gap for gap in _COLUMN_GAP.finditer(line) if gap.end() == column]
        if indent == column:
            right.append(line.strip())
        elif at_column:
            left.append(line[: at_column[0].start() + 1].rstrip())
            right.append(line[column:].strip())
            beside.append(len(left[-1].strip()))
        elif len(line.rstrip()) < column:
            left.append(line.rstrip())
        else:
            return block
    if sum(beside) / len(beside) < SIDE_BOX_PROSE_SHARE * column:
        return block
    if _carried_on_in_the_next_column(left, right):
        return [*left, *right]
    return [*left, "", *right]


def _carried_on_in_the_next_column(left: Sequence[str], right: Sequence[str]) -> bool:
    """Whether the right-hand part goes on with the sentence the left-hand part breaks off (a
    page set in two columns: "... Social Work Act 2017. Statutory" at the foot of the left
    column, "guidance, and in particular ..." at the head of the right): the left part's last
    line ends with no stop and the right part opens in lower case, as a box beside a paragraph,
    which has its own heading or sentence, never does. Read on as one paragraph."""
    last = next((line.strip() for line in reversed(left) if line.strip()), "")
    first = next((line.strip() for line in right if line.strip()), "")
    return bool(last and first) and last[-1] not in ".!?:;" and first[0].islower()


_HANGING_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?")
"""A section's number alone on its line: "4", "4.", "4.2"."""
_HEADING_LINE = re.compile(r"[A-Z][^.!?;:,]{0,80}")
"""A heading's words: capital-led, no sentence's stop or clause's comma."""
MAX_HEADING_WORDS = 12


def _hanging_numbers_joined(lines: Sequence[str]) -> list[str]:
    """`lines` with each section number that stands on a line of its own over its heading's
    words ("2." / "Introduction": a page that sets the number in a block of its own, above or
    in the margin beside the heading, is copied so) read as one heading line ("2. Introduction"),
    as a PDF's own hanging numbers are (`pdf_layout`). Only a number alone over a short
    capital-led line with no stop or comma: a number over a sentence is no heading's."""
    result: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if (
            _HANGING_NUMBER.fullmatch(line.strip())
            and _HEADING_LINE.fullmatch(following)
            and len(following.split()) <= MAX_HEADING_WORDS
        ):
            indent = line[: len(line) - len(line.lstrip())]
            result.append(f"{indent}{line.strip()} {following}")
            index += 2
            continue
        result.append(line)
        index += 1
    return result


def _reflowed(lines: Sequence[str]) -> list[str]:
    """The lines of each printed paragraph joined into one, as a PDF's own paragraphs are read
    (`pdf_layout`). A line carries on the one above when that one stops mid-sentence and
    either fills the page's width (it was wrapped, whatever word comes next), or stops where
    nothing can end (on "and", after a comma), or the line goes on in lower case, or with a
    number that is not a list item's ("...until they reach" / "21, and up to 25..."). A page's
    narrow columns otherwise cut every sentence into lines of a few words. A short line with
    no stop before a line in capitals (a heading, then its paragraph) stays a line of its own,
    even under a full line (`_heading_after_full_line`), and so does a bulleted or numbered
    line."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    full = FULL_LINE * lengths[int(len(lengths) * WIDTH_RANK)] if lengths else 0
    joined: list[str] = []
    ends_full = False
    for index, line in enumerate(lines):
        above = lines[index - 1] if index else ""
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            joined
            and _carries_on(joined[-1], line, ends_full)
            and not _in_columns(above, line)
            and not _heading_after_full_line(joined[-1], line, below, full)
        ):
            joined[-1] = _unjustified(joined[-1]).rstrip() + " " + _unjustified(line).strip()
        else:
            joined.append(line)
        ends_full = len(line.rstrip()) >= full
    return joined


MAX_HEADING_AFTER_FULL = 8
"""A heading under a full line that carries no sentence on has at most this many words."""


def _heading_after_full_line(before: str, line: str, below: str, full: float) -> bool:
    """Whether `line` is a heading that a full line above it only seems to wrap into: a short
    line of a few capital-led words with no stop or comma under a line that stops on a word
    that can end (the council's line under a title: "Harrowfield Council - a leaflet for staff
    and partners" / "About this leaflet"), with a line in capitals below (its paragraph). A
    sentence wrapped onto a short line would end there with its stop, or go on in lower case.
    A heading begun at the line's end after a sentence's stop goes on here (`_HEADING_BEGUN`)."""
    words, following = line.strip(), below.strip()
    return (
        bool(following)
        and following[0].isupper()
        and len(line.rstrip()) < full
        and len(words.split()) <= MAX_HEADING_AFTER_FULL
        and _HEADING_LINE.fullmatch(words) is not None
        and not ends_unfinished(before)
        and _ENDS_WITH_YEAR.search(before.rstrip()) is None
        and _HEADING_BEGUN.search(before.rstrip()) is None
    )


_HEADING_BEGUN = re.compile(r"[.!?][A-Z][\w'\u2019-]*$")
"""A line ending in a heading's first word run onto a sentence ("...our leaving care
offer.Our" / "Vision"): the heading goes on on the next line, which carries it on."""


_COLUMN_GAP = re.compile(r"\S {3,}(?=\S)")
"""Three spaces or more between words on a `-layout` line: a gap between a table's columns
(a justified line's gaps are narrower)."""


def _cell_starts(line: str) -> set[int]:
    """Where the line's cells after its first begin: the columns of words after a column gap."""
    return {found.end() for found in _COLUMN_GAP.finditer(line)}


def _in_columns(above: str, line: str) -> bool:
    """Whether two printed lines are rows of a table laid out in columns, not a paragraph's
    lines: a cell of each begins at the same column, or the line opens further in than the
    line above, just where a cell of that line begins (a wrapped cell's next line:
    "Children Act 1989      Duties to children in need," / "       and their families"), or
    the other way round (the next row after a wrapped cell's last line)."""
    if not above.strip() or not line.strip():
        return False
    above_starts, starts = _cell_starts(above), _cell_starts(line)
    if not above_starts and not starts:
        return False
    above_indent = len(above) - len(above.lstrip())
    indent = len(line) - len(line.lstrip())
    return (
        bool(above_starts & starts)
        or (indent > above_indent and indent in above_starts)
        or (above_indent > indent and above_indent in starts)
    )


_JUSTIFYING_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def _unjustified(line: str) -> str:
    """A paragraph's printed line without the spaces a justified page put between its words
    ("Restorative  Practice  is  the  model"): one space between words, its indent kept."""
    return _JUSTIFYING_SPACES.sub(" ", line)


def _carries_on(before: str, line: str, before_full: bool) -> bool:
    before, words = before.strip(), line.strip()
    if not before or not words or _ENDS_SENTENCE.search(before) or _LIST_MARKER.match(words):
        return False
    if words[0].isupper() and _ends_with_run_on_heading(before):
        return False
    if words[0].isupper() and _ENDS_WITH_YEAR.search(before) and _ENDS_WITH_YEAR.search(words):
        return False  # items of a list of dated titles, however full ("...Regulations 2010")
    if words[0].isupper() and _ENDS_WITH_YEAR.search(before) and _LIST_MARKER.match(before):
        return False  # a list's last dated title, then the paragraph after the list
    if before_full or ends_unfinished(before) or words[0].islower():
        return True
    return (
        words[0].isdigit()
        and before[-1:].isalpha()
        and before[-1:].islower()
        and _NUMBERED_HEADING.fullmatch(words) is None
        and not (_NOTE_NUMBER.match(words) is not None and _title_case(before))
    )


_NOTE_NUMBER = re.compile(r"\d{1,2}(?!\d)")
"""A note's or an item's number of one or two digits (a year is no note's number)."""


def _title_case(line: str) -> bool:
    """Whether a line is a heading's words: capital-led, no stop or comma, every word but the
    small ones in capitals ("Notes", "Notes and References"). A sentence wrapped before a number
    ("...keeps their adviser until they reach" / "21, and ...") has words in lower case."""
    if _HEADING_LINE.fullmatch(line) is None:
        return False
    return all(word[:1].isupper() for word in line.split() if word.lower() not in _MINOR_WORDS)


_ENDS_WITH_YEAR = re.compile(r"\b(?:1[89]|20)\d\d$")
"""A line that ends with a year and no stop: a dated title (an Act, Regulations, a report)."""
_NUMBERED_HEADING = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z][^.!?;:,]{0,80}")
"""A numbered heading on a line of its own ("1 Scope of this Chapter", "2.3 Our Values"): a
number, then words in capitals with no stop. It opens its own line, under a line ending in a
word ("...Values and" / "Principles" / "1 Scope of this Chapter"), where a number going on with
a sentence's words in lower case or punctuation ("21, and up to 25") carries on the line."""


_RUN_ON_HEADING = re.compile(
    r"(?:(?<=[a-z0-9)])[.!?]|(?<=[a-z])[.!?](?P<number>[1-9]\d?(?:\.\d{1,2})*\.?[ ]+))"
    r"(?P<heading>[A-Z][\w'\u2019-]*(?:[ ][\w'\u2019-]+){0,7})$"
)
"""A heading's few words run straight on from a sentence at a line's end, with no space after
the stop ("...in the world.The Law Behind Our Work"), its section number first if it has one
("...whenever things change for them.7. Leaving Care"; after a word, so "...to 25.7 Care" stays
a decimal)."""
_SENTENCE_BEFORE = re.compile(r"\S+(?:\s+\S+){3,}$")
_MINOR_WORDS = frozenset(
    ["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]
)
MIN_ONE_WORD_HEADING = 6
"""A heading of one word is a topic's name ("Confidentiality", "Permanence"), longer than the
words that open sentences ("We", "The", "Where")."""


def _ends_with_run_on_heading(line: str) -> bool:
    """Whether a printed line ends with a heading that a copy ran onto the sentence before it:
    the line ended after the heading, so the paragraph under it does not carry the line on,
    however full the line is. Only Title Case words after a sentence of four words or more,
    and one word only when it is longer than a sentence's opening word."""
    found = _RUN_ON_HEADING.search(line)
    if found is None or _SENTENCE_BEFORE.search(line, 0, found.start()) is None:
        return False
    words = found.group("heading").split()
    if found.group("number") is None and len(words) == 1 and len(words[0]) < MIN_ONE_WORD_HEADING:
        return False  # "...at the stop.We" / "then ...": a sentence's first word, not a heading
    major = [word for word in words if word not in _MINOR_WORDS]
    return all(word[0].isupper() for word in major)


def _key(line: str) -> str:
    return _DIGITS.sub("#", _SPACES.sub(" ", line.strip()).lower())


def _edges(page: Sequence[str]) -> tuple[list[int], list[int]]:
    """The indexes of a page's first and last few written lines, from each edge inward."""
    written = [index for index, line in enumerate(page) if line.strip()]
    return written[:EDGE_LINES], list(reversed(written[-EDGE_LINES:]))


def without_running_lines(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """Each page's lines without its running header and footer, peeled from the page's edges
    inward (a line past the first one that is not running stays, whatever it says), and
    without the blank lines left at the page's top and bottom."""
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for page in pages:
        top, bottom = _edges(page)
        tops.update({_key(page[index]) for index in top})
        bottoms.update({_key(page[index]) for index in bottom})
    needed = max(2, math.ceil(RUNNING_SHARE * len(pages)))

    def running(line: str, seen: Counter[str]) -> bool:
        return bool(PAGE_NUMBER.fullmatch(line.strip())) or seen[_key(line)] >= needed

    bodies: list[list[str]] = []
    for ordinal, page in enumerate(pages, start=1):
        top, bottom = _edges(page)
        dropped: set[int] = set()
        for edge, seen in ((top, tops), (bottom, bottoms)):
            for index in edge:
                if edge is top and _section_number_over_heading(page, index, ordinal):
                    break
                if not running(page[index], seen):
                    break
                dropped.add(index)
        kept = [line for index, line in enumerate(page) if index not in dropped]
        while kept and not kept[0].strip():
            kept.pop(0)
        while kept and not kept[-1].strip():
            kept.pop()
        bodies.append(kept)
    return bodies


def _section_number_over_heading(page: Sequence[str], index: int, ordinal: int) -> bool:
    """Whether the bare number at `index`, near the page's top, is the number of the section
    whose heading's words stand on the next line ("6" / "Key Principles"), not the page's
    number: a document that hangs its section numbers over their headings puts one at a page's
    top whenever a section opens a page, and dropping it as a page number loses the heading's
    number and the heading with it. A page's own number counts the pages, so a number that is
    the page's place in the text (or the one before it, a cover page left unnumbered) is still
    read as the page's."""
    line = page[index].strip()
    if not line.isdigit() or int(line) in {ordinal, ordinal - 1}:
        return False
    following = _next_written(page, index)
    if following is None:
        return False
    words = page[following].strip()
    return bool(_HEADING_LINE.fullmatch(words)) and len(words.split()) <= MAX_HEADING_WORDS
