"""Reusable readers that fact extractors are built from.

Extractors search a *plain view* of the version's text (markdown link and emphasis syntax
removed, so "[Signs of Safety](#)" reads as "Signs of Safety", and a pandoc span's attributes,
so "[October 2024]{.underline}" reads as "October 2024"; an empty one, a Word bookmark's
anchor "[]{#id .anchor}", is left as it stands) and map what they find back to
offsets in the real text, so every piece of evidence quotes `outline.text[start:end]` exactly.
Month names come from python-dateutil's parser tables (and free-form dates go through its
parser), number words through text2num: no hand-written month or number tables.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from bisect import bisect_right
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ahocorasick_rs import AhoCorasick
from dateutil import parser as date_parser
from text_to_num import alpha2digit, text2num

from app.facts.model import Evidence, PartialDate
from app.sections import Block, Outline
from app.sections.blocks_text import WRAP_FILL, hard_wrap_width
from app.text import Span
from app.text.wrapping import broken_by_hand

_MARKDOWN_NOISE = re.compile(
    r"\[(?P<link>[^\]\n]*)\]\([^)\n]*\)"  # [words](url) reads as its words
    r"|\[(?P<span>[^\]\n]+)\]\{[^}\n]*\}"  # a pandoc span, [words]{.underline}, reads as its words
    r"|\\(?P<escaped>[\\`*_{}\[\]()#+\-.!|])"  # \( reads as (
    r"|\\(?=\n)"  # a hard line break's backslash reads as nothing
    r"|\*\*|__"  # strong emphasis markers
    # a raised note mark after a word, a number or a stop reads as nothing ("21¹" is 21)
    r"|(?<=[\w).,;:'\u2019])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+"
)
_RAISED_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_MARKDOWN_NOISE_MARKERS = ("[", "\\", "**", "__", *_RAISED_DIGITS)
"""Every match of `_MARKDOWN_NOISE` holds one of these: text without them is its own plain view.
A marker's first character is looked for first: a one-character search is many times faster."""


_SPACE_OR_LINE_BREAK = r"(?: |[ \t]*\n[ \t]*(?=[a-z]))"
"""What stands between two words of one key word in a hard-wrapped paragraph: a space, or a line
break before a word (a line opening on a list mark or a heading's starts another block)."""


@dataclass(frozen=True, slots=True)
class PlainView:
    """The text with markdown syntax removed, and the way back to the original offsets."""

    text: str
    """The plain text extractors search."""
    plain_starts: tuple[int, ...]
    """Offset in `text` where each run of characters copied unchanged from the original starts."""
    original_starts: tuple[int, ...]
    """Offset in the original text of the same runs."""

    def to_original(self, start: int, end: int) -> Span:
        """The original span holding plain `text[start:end]` (removed markup inside is included)."""
        if end <= start:
            position = self._original_offset(start)
            return Span(position, position)
        return Span(self._original_offset(start), self._original_offset(end - 1) + 1)

    def to_plain(self, original_offset: int) -> int:
        """The plain offset of original `original_offset` (removed markup maps to where it was)."""
        run = max(bisect_right(self.original_starts, original_offset) - 1, 0)
        following = self.plain_starts[run + 1] if run + 1 < len(self.plain_starts) else None
        offset = self.plain_starts[run] + original_offset - self.original_starts[run]
        return offset if following is None else min(offset, following)

    def _original_offset(self, plain_offset: int) -> int:
        run = max(bisect_right(self.plain_starts, plain_offset) - 1, 0)
        return self.original_starts[run] + plain_offset - self.plain_starts[run]


def plain_view(text: str) -> PlainView:
    """Strip markdown links, escapes and strong-emphasis markers, remembering where each run was."""
    if not any(marker[0] in text and marker in text for marker in _MARKDOWN_NOISE_MARKERS):
        return PlainView(text, (0,), (0,))
    pieces: list[str] = []
    plain_starts: list[int] = []
    original_starts: list[int] = []
    plain_length = 0

    def keep(original_start: int, piece: str) -> None:
        nonlocal plain_length
        if piece:
            pieces.append(piece)
            plain_starts.append(plain_length)
            original_starts.append(original_start)
            plain_length += len(piece)

    copied_up_to = 0
    for match in _MARKDOWN_NOISE.finditer(text):
        keep(copied_up_to, text[copied_up_to : match.start()])
        for group in ("link", "span", "escaped"):
            if match.group(group) is not None:
                keep(match.start(group), match.group(group))
        copied_up_to = match.end()
    keep(copied_up_to, text[copied_up_to:])
    if not plain_starts:
        plain_starts, original_starts = [0], [0]
    return PlainView("".join(pieces), tuple(plain_starts), tuple(original_starts))


_LIST_MARKER = re.compile(
    r"[ \t]*(?:[-*+•·▪◦‣●]|\d{1,3}\\?[.)]|[a-z][.)]|(?:[ivx]{2,5}|[IVX]{1,5})[.)]"
    r"|\([a-z0-9]{1,4}\))[ \t]+"
)
"""A list item's marker at a line's start: a bullet, "3." or "3)", "a.", a roman numeral ("iv.",
"VII)", as editors number principles by hand), or "(b)". A number typed by hand at the start of
a Word paragraph reaches the text escaped ("3\\. To keep them safe"), markdown's way of saying
the paragraph is no list; it numbers an item all the same."""
_HEADING_MARKER = re.compile(r"[ \t]*#{1,6}[ \t]")
_SENTENCE_END = re.compile(
    r"[.!?](?P<closing>[\"'\u2019\u201d)\]]*)[ \t\n]+(?=[\"'\u2018\u201c(\[]?[A-Z0-9•])"
)
_FULL_STOP_END = re.compile(_SENTENCE_END.pattern.replace("[.!?]", r"\.", 1))
"""`_SENTENCE_END` for text without "!" or "?": the same matches, found faster because the
regular expression engine skips to a literal first character (a class is tested at every one)."""
_WRAPPED_LINE_MIN = 50
"""A line at least this long that ends mid-sentence is taken as hard-wrapped, not a heading."""


def _line_continues(
    line: str, next_line: str, shortest: int = _WRAPPED_LINE_MIN, previous: str = ""
) -> bool:
    """Whether `next_line` carries on the sentence of `line` (hard-wrapped prose). A row of a
    table whose cells a tab parts, under another row or over one, ends where its line does (a
    browser's copy runs a table's last row straight into the heading after it)."""
    stripped = line.strip()
    if len(stripped) < shortest or not next_line.strip():
        return False
    if stripped[-1] in ".!?:;" or stripped.startswith("#") or "|" in stripped:
        return False  # a sentence's end, a heading, or a table's row
    if stripped.isupper():
        return False  # a line in capitals is a title or a heading, not wrapped prose
    if _HEADING_MARKER.match(next_line):
        return False
    if _ENTRY_LINE.match(line) and _ENTRY_LINE.match(next_line):
        return False  # entries of a history, a line each
    if _parts_cells(stripped) and (_parts_cells(next_line) or _parts_cells(previous)):
        return False  # rows of a table whose cells tabs part (as a browser copies one), a line each
    if _opens_a_stamp(next_line) and _ENDS_WITH_LINK_WORD.search(stripped) is None:
        return False  # a title line, then its stamp ("Updated: June 2024", "Version 4 | …")
    marker = _LIST_MARKER.match(next_line)
    return marker is None or (
        _NUMBER_MARKER.fullmatch(marker.group()) is not None
        and _WANTS_A_NUMBER.search(stripped) is not None
    )


_CELL_GAP = re.compile(r"\S(?:\t|[ ]{3})[ \t]*\S")
"""Cells of a table's row set apart by a tab (kept, or expanded to spaces by `normalize_text`):
prose never leaves three spaces between its words."""


def _parts_cells(line: str) -> bool:
    """Whether `line` sets cells apart by a tab or a wide gap after its list marker, if any
    (a bullet's own gap, "-   Children Act 1989", as pandoc writes a list, parts no cells)."""
    marker = _LIST_MARKER.match(line)
    return _CELL_GAP.search(line, marker.end() if marker else 0) is not None


_ENTRY_LINE = re.compile(
    r"[ \t]*(?:(?:v|version|issue)[ \t]*\d"
    r"|(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?[ \t]+\d{4}\b|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)",
    re.IGNORECASE,
)
"""A line opening with a version or a date ("Version 1.1 - June 2023 - …", "March 2024: …").
Two such lines in a row are entries of a history, each a line of its own, not one sentence
hard-wrapped over two lines."""
_FIELD_LABEL = re.compile(r"[ \t*_]*[A-Z][a-z]*(?:[ \t]+[a-z]+){0,3}[ \t]*:[ \t]+\S")
"""A line opening with a field's label of a few words and a colon ("Updated: …", "Date of last
amendment: …"), as a page's stamp under its title is written."""
_ENDS_WITH_LINK_WORD = re.compile(
    r"\b(?:in|on|of|since|from|to|until|by|and|or|the|a|at|dated|during|before|after|was|were)$",
    re.IGNORECASE,
)
"""A line ending mid-phrase ("…was revised in") goes on on the next line, whatever opens it."""


def _opens_a_stamp(line: str) -> bool:
    """Whether a line opens like a page's stamp: a version, a date or a field's label."""
    return _ENTRY_LINE.match(line) is not None or _FIELD_LABEL.match(line) is not None


_NUMBER_MARKER = re.compile(r"[ \t]*\d{1,3}\.[ \t]+")
_WANTS_A_NUMBER = re.compile(
    r"\b(?:to|of|until|till|age|aged|turn|turns|reach|reaches|than|under|over|at|by|within"
    r"|is|are|be|section|sections|paragraph|and|or)$"
)
"""A hard-wrapped line ending on a word that a number follows ("…until they turn") goes on
into a next line that opens with that number and a full stop ("25. This applies…"): such a
line is the sentence's end, not a numbered item."""


def sentence_spans(text: str, breaks: Collection[int] = ()) -> tuple[Span, ...]:
    """Sentences of `text`, trimmed of surrounding blanks, in order.

    A line break ends a sentence unless the line looks hard-wrapped; list items and headings
    always stand alone. Inside a paragraph, ".", "!" or "?" before a capital starts a new one.
    A line starting at one of `breaks` (where a section starts) never carries on the line
    before: a long title line without a full stop is not the first half of the note under it.
    """
    spans: list[Span] = []
    lines = text.split("\n")
    last = len(lines) - 1
    shortest = _shortest_wrapped_line(lines)
    sentence_end = _SENTENCE_END if "!" in text or "?" in text else _FULL_STOP_END
    paragraph_start = offset = 0
    for index, line in enumerate(lines):
        line_start = offset
        line_end = offset + len(line)
        offset = line_end + 1
        floor = shortest
        if index < last and broken_by_hand(
            line, lines[index + 1], mid_sentence=line_start > paragraph_start
        ):
            floor = 1
        if (
            index < last
            and len(line) >= floor
            and _line_continues(line, lines[index + 1], floor, lines[index - 1] if index else "")
            and offset not in breaks
        ):
            continue
        if line_end > paragraph_start:
            sentence_start = paragraph_start
            for boundary in sentence_end.finditer(text, paragraph_start, line_end):
                if _after_a_label_abbreviation(text, boundary):
                    continue
                _add_trimmed(spans, text, sentence_start, boundary.end("closing"))
                sentence_start = boundary.end()
            _add_trimmed(spans, text, sentence_start, line_end)
        paragraph_start = offset
    return tuple(spans)


def _shortest_wrapped_line(lines: list[str]) -> int:
    """`_WRAPPED_LINE_MIN`, or less in text hard-wrapped narrower than 60 columns
    (`hard_wrap_width`), where a line filled to `WRAP_FILL` of the width is as surely cut by the
    wrap ("… has a plan for a" / "permanent home agreed within four months"; decision 0116)."""
    width = hard_wrap_width([len(line) for line in lines])
    if width is None or width >= NARROW_WRAP_BELOW:
        return _WRAPPED_LINE_MIN
    return min(_WRAPPED_LINE_MIN, int(WRAP_FILL * width))


NARROW_WRAP_BELOW = 60
"""Text wrapped at this width or wider keeps `_WRAPPED_LINE_MIN`."""


_LABEL_ABBREVIATION = re.compile(r"(?<![A-Za-z])(?:Rev|Ver|No|Vol)$")
_LABELLED_ITEM = re.compile(r"[A-Z0-9][\d.]*(?![A-Za-z'\u2019])")


_MONTH_ABBREVIATION = re.compile(
    r"(?<![A-Za-z])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$", re.IGNORECASE
)


_CHAPTER_ABBREVIATION = re.compile(r"\((?:c|ch)$", re.IGNORECASE)
_CHAPTER_NUMBER = re.compile(r"\d{1,3}\)")


def _after_a_label_abbreviation(text: str, boundary: re.Match[str]) -> bool:
    """Whether a full stop closes an abbreviation that labels what follows it, a letter or a
    number ("Rev. C", "Ver. 9", "No. 3"), an Act's chapter number in brackets after its title
    ("the Children Act 1989 (c. 41), as amended by …", blind294), or a month's short name
    before its year or day ("On 9th Sept. 2025 we …", "Jan. 3"): the sentence goes on."""
    stop = boundary.start()
    if text[stop] != "." or boundary.group("closing"):
        return False
    if _LABEL_ABBREVIATION.search(text, max(0, stop - 4), stop) is not None:
        return _LABELLED_ITEM.match(text, boundary.end()) is not None
    if _CHAPTER_ABBREVIATION.search(text, max(0, stop - 3), stop) is not None:
        return _CHAPTER_NUMBER.match(text, boundary.end()) is not None
    return (
        text[boundary.end() : boundary.end() + 1].isdigit()
        and _MONTH_ABBREVIATION.search(text, max(0, stop - 5), stop) is not None
    )


def _add_trimmed(spans: list[Span], text: str, start: int, end: int) -> None:
    """Add `start..end` without surrounding whitespace, unless it is blank. Stepping over the
    few blanks at its edges is cheaper than copying and stripping a paragraph-long segment."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append(Span(start, end))


def trim_span(text: str, start: int, end: int) -> Span:
    """`start..end` without surrounding whitespace (an empty span stays where it was)."""
    words = text[start:end]
    leading = words.lstrip()
    if not leading:
        return Span(start, start)
    start += len(words) - len(leading)
    return Span(start, start + len(leading.rstrip()))


def read_number(words: str) -> int | None:
    """An integer written in digits ("4") or English words ("four", "twenty-one"), else None.

    Ordinal words count as their number ("their twenty-first birthday" is 21): text2num reads
    cardinals only, so an ordinal is read through its `alpha2digit` form ("21st")."""
    words = words.strip()
    if words.isdigit():
        return int(words)
    words = _TENS_RUN_ONTO_UNIT.sub(r"\1-\2", words)
    try:
        value = text2num(words.lower(), "en")
    except ValueError:
        ordinal = _ORDINAL_DIGITS.fullmatch(alpha2digit(words.lower(), "en"))
        return int(ordinal.group(1)) if ordinal is not None else None
    return value if isinstance(value, int) else None


_ORDINAL_DIGITS = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")
_TENS_RUN_ONTO_UNIT = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(one|two|three|four|five|six|seven|eight|nine"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b",
    re.IGNORECASE,
)
"""A tens word run onto its unit without the hyphen ("twentyfifth"), as a PDF reader joins a
line broken after the hyphen of "twenty-fifth": the same number (decision 0234)."""


def read_trailing_number(words: str) -> int | None:
    """The number that ends `words` ("within six" → 6, "twenty four" → 24), else None.

    Patterns built on `NUMBER_PATTERN` may take a word before the number with it; the longest
    tail of the words that reads as a number is the number.
    """
    tokens = words.split()
    for first in range(len(tokens)):
        value = read_number(" ".join(tokens[first:]))
        if value is not None:
            return value
    return None


NUMBER_PATTERN = r"\d{1,3}|[A-Za-z]+(?:[- ][a-z]+)?"
"""Regex for a number in digits or up to two words; read what it matches with
`read_trailing_number`."""

_DATE_SENTINELS = (dt.datetime(1, 1, 1), dt.datetime(2, 2, 2))
_DATE_INFO = date_parser.parserinfo(dayfirst=True)


def read_partial_date(text: str) -> PartialDate | None:
    """The date `text` states, to the precision it states it, or None if it is not a date.

    Parsing twice with different defaults shows which fields the text itself supplied, so
    "May 2024" gives year and month but no day. Numeric dates are read day first (UK usage).
    """
    try:
        first, second = (
            date_parser.parse(text, parserinfo=_DATE_INFO, default=default)
            for default in _DATE_SENTINELS
        )
    except (ValueError, OverflowError):
        return None
    if first.year != second.year or first.month != second.month:
        return None
    day = first.day if first.day == second.day else None
    return PartialDate(first.year, first.month, day)


_YEARS = (re.compile(r"1[89]\d\d(?!\d)"), re.compile(r"20\d\d(?!\d)"))
"""Years 1800-2099, as two patterns that each open with a literal: the regular expression engine
skips to a literal first character several times faster than it tests each character against
the class of `(?:1[89]|20)`. A year is four digits with no digit after them, so two years never
overlap, and the two scans together find what one scan for either would."""
_DAY_IN_WORDS = (
    r"(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth"
    r"|thirtieth)"
)
"""A day of the month as an ordinal in words, which a date writes out only with "of" after it
("the fourteenth of January 2026"); read through `read_number`."""
_DATE_BEFORE_YEAR = re.compile(
    r"(?:(?:(?<![A-Za-z\d.])(?:(?P<day_first>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
    rf"|(?i:(?P<day_words>{_DAY_IN_WORDS}))[ \t]+of[ \t]+))?"
    r"(?P<month>[A-Z][a-z]{2,8})(?:\.?,?\s+(?:of\s+)?|-)"
    r"(?:(?P<day_after>\d{1,2})(?:st|nd|rd|th)?,?\s+)?"
    r"|(?P<numeric_day>\d{1,2})[/.-](?P<numeric_month>\d{1,2})[/.-]"
    r"|(?<![\d/.-])(?P<month_alone>\d{1,2})/"
    r"|(?<![\w/.-])(?P<month_dotted>0[1-9]|1[0-2])\.)$"
)
"""The day and month, or the month, before a year: "3 June 2024", "June 3, 2024", "03/06/2024",
"17th of June 2024", "Nov-2024", "June of 2024", and "06/2024" (a month and year, as amendment
notes write them), or "03.2025" with a dot (two digits for the month, so "v3.2025" or a
paragraph's "4.2025" is none). A number after a point or a letter is no day: "2.1 March 2025"
and "v3 March 2025" are a version's number and its month (a history copied with its cells parted
by tabs or spaces, not bars)."""
_SHORT_YEAR_DATE = re.compile(
    r"(?<![\d./-])(?:(?P<day>\d{1,2})/(?P<month>\d{1,2})/|(?P<day0>\d{2})\.(?P<month0>\d{2})\.)"
    r"(?P<year>\d{2})(?![\d/-]|\.\d)"
)
"""A day-first date with a two-digit year ("02.12.24", "2/12/24"), read as 20YY. With dots the
day and month have two digits each, so a paragraph number ("3.4.12") is no date."""
_ISO_DATE_AFTER_YEAR = re.compile(r"-(?P<month>\d{2})-(?P<day>\d{2})(?![0-9A-Za-z])")
"""A year's ISO month and day ("2025-04-22"); emphasis markup may close it ("_Last updated:
2025-04-22_"), as it may any date, so an underscore after the day ends it as a space does."""
_ISO_MONTH_AFTER_YEAR = re.compile(r"-(?P<month>\d{2})(?![0-9A-Za-z]|[-/.]\d)")
"""A year's ISO month alone ("Amended: 2025-04", a table's "| 2025-03 |"), as ISO 8601 writes a
month. "2011-12" is read as a span of two years (a financial or school year) when the two digits
are the next year's, so it dates nothing (see `_iso_month`)."""
_MONTH_STEMS = frozenset(name[:3].lower() for names in _DATE_INFO.MONTHS for name in names)
"""The first three letters of every month name dateutil knows ("sep" of "Sept")."""
_DATE_LOOKBEHIND = 32
"""Characters before a year that can hold its day and month ("22nd September, 2024", "the
twenty-seventh of September 2025")."""


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date written in the text, and where."""

    date: PartialDate
    """What the text states."""
    span: Span
    """Where the date's words are (offsets of the text searched)."""


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[FoundDate]:
    """Every written date in `text[start:end]`: a named month (dateutil's names) or digits.

    Years are found first and the words just before each are read, which is fast on long
    texts; "Children Act 2004" is no date because "Act" names no month. Numeric dates are
    read day first (UK usage), and impossible dates are skipped.
    """
    found: list[FoundDate] = []
    end = len(text) if end is None else end
    for year in _years(text, start, end):
        previous_end = found[-1].span.end if found else start
        if year.start() > 0 and text[year.start() - 1].isdigit():
            continue
        iso = _ISO_DATE_AFTER_YEAR.match(text, year.end(), end)
        iso_month = None if iso is not None else _iso_month(text, year, end)
        if iso is not None:
            parts: tuple[str | None, str | None] = (iso.group("month"), iso.group("day"))
            span = Span(year.start(), iso.end())
        elif iso_month is not None:
            parts = (iso_month.group("month"), None)
            span = Span(year.start(), iso_month.end())
        else:
            window_start = max(start, previous_end, year.start() - _DATE_LOOKBEHIND)
            before = (
                _DATE_BEFORE_YEAR.search(text, window_start, year.start())
                if _may_hold_date(text, window_start, year.start())
                else None
            )
            if before is None:
                month_after = _month_after_year(text, window_start, year, end)
                if month_after is not None:
                    date = _checked_date(int(year.group()), str(month_after[0]), None)
                    if date is not None:
                        found.append(FoundDate(date, Span(year.start(), month_after[1])))
                else:
                    found += _months_of_a_year_said_before(text, window_start, year, end)
                continue
            if before.group("month") is not None:
                month_number = _DATE_INFO.month(before.group("month"))
                if month_number is None:
                    continue
                parts = (str(month_number), _day_of(before))
            elif before.group("month_alone") is not None:
                parts = (before.group("month_alone"), None)
            elif before.group("month_dotted") is not None:
                parts = (before.group("month_dotted"), None)
            else:
                parts = (before.group("numeric_month"), before.group("numeric_day"))
            span = Span(before.start(), year.end())
        if parts[1] is not None and _WEEK_BEFORE.search(
            text, max(start, span.start - 24), span.start
        ):
            parts = (parts[0], None)  # a week is named by its first day: no day of its own
        date = _checked_date(int(year.group()), parts[0], parts[1])
        if date is not None:
            if date.day is not None:
                span = _with_its_article(text, start, _with_its_weekday(text, start, span))
            found.append(FoundDate(date, span))
    short = _short_year_dates(text, start, end)
    return sorted(found + short, key=lambda date: date.span.start) if short else found


def _iso_month(text: str, year: re.Match[str], end: int) -> re.Match[str] | None:
    """The ISO month written after `year` ("2025-04"), unless the two digits are the next year's
    ("2011-12", "the 2024-25 offer": a span of years, which names no month)."""
    after = _ISO_MONTH_AFTER_YEAR.match(text, year.end(), end)
    if after is None or int(after.group("month")) == (int(year.group()) + 1) % 100:
        return None
    return after


_WEEKDAY_BEFORE = re.compile(
    r"\b(?i:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?i:day)?\.?,?[ \t]+"
    r"(?:(?i:the)[ \t]+)?$"
)
"""A day's name before its date ("Wednesday, 5 March 2025", "Thu 6 Mar 2025", "Tuesday the 4th
of March 2025"): part of how the date is written, so labels and sentences see past it."""
_WEEKDAY_REACH = 16


def _with_its_weekday(text: str, start: int, span: Span) -> Span:
    """`span` widened to the day's name written before it, if one is."""
    if span.start == start or not text[span.start - 1].isspace():
        return span
    weekday = _WEEKDAY_BEFORE.search(text, max(start, span.start - _WEEKDAY_REACH), span.start)
    return span if weekday is None else Span(weekday.start(), span.end)


_ARTICLE_BEFORE = re.compile(r"(?<![A-Za-z])(?i:the)[ \t]+$")
_ORDINAL_DAY = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)\b|(?i:{_DAY_IN_WORDS})[ \t]+of\b")


def _with_its_article(text: str, start: int, span: Span) -> Span:
    """`span` widened to the "the" of an ordinal day ("the 17th of March 2025: …", "Amendment
    (the 21st of July 2025): …", "the fourteenth of January 2026"): the article is part of how
    the day is written, as a weekday's name is, so labels and list entries see past it to the
    date."""
    if not _ORDINAL_DAY.match(text, span.start, span.end):
        return span
    article = _ARTICLE_BEFORE.search(text, max(start, span.start - 4), span.start)
    return span if article is None else Span(article.start(), span.end)


_MONTH_AFTER_YEAR = re.compile(
    r"[ \t]+(?P<month>[A-Z][a-z]{2,8})\.?(?![\w'\u2019\-/])(?![ \t]*\d)"
    r"|[ \t]*\([ \t]*(?P<month_in_brackets>[A-Z][a-z]{2,8})\.?[ \t]*\)"
    r"|,[ \t]+(?i:in)[ \t]+(?P<month_in_clause>[A-Z][a-z]{2,8})(?![\w'\u2019\-/])(?![ \t]*\d)"
)
"""A month name written after its year ("2025 March", "2024 Oct."), as some editors order a
date in tables and notes; no day or number may follow ("2025 March 3" is left unread). The month
may stand alone in brackets after its year ("Refreshed for 2026 (January): …", decision 0315),
the year said first and the month added to it; a bracket holding more than a month ("2025 (May
update)") is no such date. The month may be added after a comma as its own phrase ("revised in
2025, in November, so that …"): the year narrowed to its month, not a second time."""
_TITLE_BEFORE_YEAR = re.compile(
    r"\b(?:Acts?|Regulations|Order|Rules|Measure|Together|Framework|Guidance|Code|Standards|"
    r"Strategy|Plan|Report|Review)[ \t]*$"
)
"""A year that closes a title ("Children Act 1989", "Working Together 2023"): a capitalised word
after it starts a new phrase, not a month of that year."""
_WEEK_BEFORE = re.compile(
    r"(?i:\bw/c|\bweek[ \t]+(?:commencing|beginning|starting)(?:[ \t]+on)?|\bweek[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?$"
)
"""A week named by its first day ("w/c 3 March 2025", "the week commencing 3 March 2025"): the
date is that week's, so it states the month but not a day."""


def _month_after_year(
    text: str, window_start: int, year: re.Match[str], end: int
) -> tuple[int, int] | None:
    """The month number and end of a month name written after `year` ("2025 March"), unless the
    year closes a title ("Children Act 1989 May …")."""
    after = _MONTH_AFTER_YEAR.match(text, year.end(), end)
    if after is None:
        return None
    group = next(
        name for name in ("month", "month_in_brackets", "month_in_clause") if after.group(name)
    )
    month = _DATE_INFO.month(after.group(group))
    if month is None or _TITLE_BEFORE_YEAR.search(text, window_start, year.start()):
        return None
    return month, after.end() if group == "month_in_brackets" else after.end(group)


_YEAR_HEADING_ITS_MONTHS = re.compile(r"[ \t]*:")
"""A year that a colon closes ("Two changes were made in 2025: …"): what follows tells what
happened in that year."""
_MONTH_OF_THAT_YEAR = re.compile(
    r"(?<![\w])in[ \t]+(?P<month>[A-Z][a-z]{2,8})\b(?![ \t]*[,.]?[ \t]*\d)"
)
_MONTHS_OF_A_YEAR_REACH = 400
"""Characters after such a year in which its months are read, up to the sentence's end."""
_MONTHS_STOP = re.compile(r"[.!?](?:\s|$)|\n\s*\n")
"""Where a sentence, or a paragraph, ends: the months of a year said before them stop there."""
_ANOTHER_YEAR = re.compile(r"(?:1[89]|20)\d\d(?!\d)")


def _months_of_a_year_said_before(
    text: str, window_start: int, year: re.Match[str], end: int
) -> list[FoundDate]:
    """Months named with no year of their own ("in April", "in September") after a year a colon
    closes, to the end of its sentence: the year is said once and its months after it ("Two
    changes were made to this chapter in 2025: the list of Acts was brought up to date in April,
    and … was rewritten in September"), each a date of that year (blind400). A month with a
    year of its own ("in January 2025") is that date, not this one, and no month after another
    year is this year's; a title's year ("Children Act 1989:") has no months."""
    opening = _YEAR_HEADING_ITS_MONTHS.match(text, year.end(), end)
    if opening is None or _TITLE_BEFORE_YEAR.search(text, window_start, year.start()):
        return []
    reach = min(end, opening.end() + _MONTHS_OF_A_YEAR_REACH)
    stop = _MONTHS_STOP.search(text, opening.end(), reach)
    reach = stop.start() if stop is not None else reach
    later = _ANOTHER_YEAR.search(text, opening.end(), reach)
    found = []
    for match in _MONTH_OF_THAT_YEAR.finditer(text, opening.end(), reach):
        if later is not None and match.start() >= later.start():
            break  # another year is said: its months are its own
        month = _DATE_INFO.month(match.group("month"))
        date = None if month is None else _checked_date(int(year.group()), str(month), None)
        if date is not None:
            found.append(FoundDate(date, Span(match.start("month"), match.end("month"))))
    return found


_SHORT_YEAR_SHAPE = re.compile(r"\d[/.]\d{1,2}[/.]\d\d")
"""What every `_SHORT_YEAR_DATE` holds. It opens with a digit, which the regex engine can skip to;
the full pattern opens with a look-behind, which it has to try at every character."""


_APOSTROPHE_YEAR_DATE = re.compile(
    r"\b(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+['\u2019](?P<year>\d{2})(?![\d'\u2019])"
    r"|(?<=\()(?P<month_in_brackets>[A-Z][a-z]{2,8})\.?[ \t]+(?P<year_in_brackets>\d{2})(?=\))"
)
"""A month with its year cut to two digits after an apostrophe ("March '25", "Sept \u201925"), as
editors write in notes and boxes, or alone in brackets without one ("v3.2 (Jan 25)", as version
histories date their entries): read as 20YY. Day first is the UK order, so a month and two digits
alone in brackets are a month and year, not a day of that month."""
_APOSTROPHE_YEAR_SHAPE = re.compile(r"[ \t]['\u2019]\d\d|[ \t]\d\d\)")


def _apostrophe_year_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """Month-and-year dates with an apostrophe year (see `_APOSTROPHE_YEAR_DATE`)."""
    if _APOSTROPHE_YEAR_SHAPE.search(text, start, end) is None:
        return []
    found = []
    for match in _APOSTROPHE_YEAR_DATE.finditer(text, start, end):
        month = _DATE_INFO.month(match.group("month") or match.group("month_in_brackets"))
        if month is None:
            continue
        year = match.group("year") or match.group("year_in_brackets")
        date = _checked_date(2000 + int(year), str(month), None)
        if date is not None:
            found.append(FoundDate(date, Span(match.start(), match.end())))
    return found


def _short_year_dates(text: str, start: int, end: int) -> list[FoundDate]:
    """Day-first dates with a two-digit year (see `_SHORT_YEAR_DATE`), and month names with an
    apostrophe year (see `_APOSTROPHE_YEAR_DATE`)."""
    apostrophes = _apostrophe_year_dates(text, start, end)
    if _SHORT_YEAR_SHAPE.search(text, start, end) is None:
        return apostrophes
    found = apostrophes
    for match in _SHORT_YEAR_DATE.finditer(text, start, end):
        day = match.group("day") or match.group("day0")
        month = match.group("month") or match.group("month0")
        date = _checked_date(2000 + int(match.group("year")), month, day)
        if date is not None:
            found.append(FoundDate(date, Span(match.start(), match.end())))
    taken = {date.span.start for date in found}
    for match in _SHORT_DOTTED_DATE.finditer(text, start, end):
        if match.start() in taken or not _dated_by_its_place(text, match):
            continue
        date = _checked_date(2000 + int(match.group("year")), match["month"], match["day"])
        if date is not None:
            found.append(FoundDate(date, Span(match.start(), match.end())))
    return found


_SHORT_DOTTED_DATE = re.compile(
    r"(?<![\d./-])(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{2})(?![\d/-]|\.\d)"
)
"""A dotted day-first date whose day or month has one digit ("3.3.25"). Alone that shape is also
a paragraph number ("3.4.12"), so it is a date only where its place says so (see
`_dated_by_its_place`)."""
_DATE_WORD_BEFORE = re.compile(
    r"(?i:\b(?:amended|updated|revised|reviewed|issued|dated|published|checked|changed|on|date)"
    r"[ \t]*:?)[ \t]*$"
)
_CELL_BEFORE = re.compile(r"(?:^|\|)[ \t*_]*$", re.MULTILINE)
_CELL_AFTER = re.compile(r"[ \t*_]*(?:\||$)", re.MULTILINE)


def _dated_by_its_place(text: str, match: re.Match[str]) -> bool:
    """Whether a one-digit dotted date stands where a date does: after a word that takes a date
    ("last amended 3.3.25", "Date: 3.3.25") or alone in a table cell ("| 3.3.25 |")."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    window = max(line_start, match.start() - 24)
    if _DATE_WORD_BEFORE.search(text, window, match.start()):
        return True
    return bool(
        _CELL_BEFORE.search(text, line_start, match.start())
        and _CELL_AFTER.match(text, match.end())
        and "|" in text[line_start : text.find("\n", match.end()) % (len(text) + 1)]
    )


def _years(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every year in `text[start:end]`, in text order (see `_YEARS`)."""
    early, late = (list(pattern.finditer(text, start, end)) for pattern in _YEARS)
    if not early or not late:
        return early or late
    return sorted(early + late, key=lambda year: year.start())


def _may_hold_date(text: str, start: int, year_start: int) -> bool:
    """Whether `text[start:year_start]` can end in a day and month: it names a month (every name
    dateutil knows starts with one of twelve stems), or a "/", "." or "-" precedes the year.
    A quick test that spares the date pattern most years ("Children Act 1989")."""
    if year_start > start and text[year_start - 1] in "/.-":
        return True
    window = text[start:year_start].lower()
    return any(stem in window for stem in _MONTH_STEMS)


def _day_of(before: re.Match[str]) -> str | None:
    """The day written before a named month, in digits or as an ordinal in words, or after it."""
    words = before.group("day_words")
    if words is not None:
        day = read_number(words.replace(" ", "-"))
        return None if day is None else str(day)
    return before.group("day_first") or before.group("day_after")


def _checked_date(year: int, month: str | None, day: str | None) -> PartialDate | None:
    """The date if it exists on the calendar (no 31 April), to the precision given."""
    try:
        dt.date(year, int(month or 1), int(day or 1))
    except ValueError:
        return None
    return PartialDate(year, int(month) if month else None, int(day) if day else None)


_TABLE_SEPARATOR = re.compile(
    r"[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$"
)
"""A markdown table's line under its header ("|---|:---:|")."""
_GRID_BORDER = re.compile(r"[ \t]*\+(?:[-=:]+\+)+[ \t]*$")
"""A grid table's border between rows ("+------+------+"), "=" under its header row."""


def _text_table_rows(text: str) -> list[list[tuple[int, int]]]:
    """Each table written as text, as the (start, end) of its rows' lines: runs of lines
    holding "|", a markdown table's header row and separator left out. In a grid table (rows
    between "+---+" borders, as pandoc writes a Word table) a row's first line stands for it:
    the lines under it, down to the next border, are its cells' wrapped words."""
    if "|" not in text:
        return []
    tables: list[list[tuple[int, int]]] = []
    rows: list[tuple[int, int]] = []
    grid = row_open = False
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _GRID_BORDER.match(line):
            if "=" in line and len(rows) == 1:
                rows = []  # the header row
            grid, row_open = True, False
        elif "|" not in line:
            if rows:
                tables.append(rows)
            rows, grid, row_open = [], False, False
        elif _TABLE_SEPARATOR.match(line):
            rows = rows[:-1] if len(rows) == 1 else rows
        elif not (grid and row_open):
            rows.append((start, end))
            row_open = grid
        start = end + 1
    if rows:
        tables.append(rows)
    return [table for table in tables if table]


_ITEM_END_PUNCTUATION = re.compile(r"(?:\s*[;,.]\s*(?:and|or)?|\s+(?:and|or))\s*$")


_ITEM_END_REACH = 16
"""Characters at an item's end that can hold its trailing "; and" (the words are trimmed)."""


_TYPED_LABEL = re.compile(
    r"(?:\(?[A-Za-z]\)|\((?:[ivx]{1,5}|\d{1,3})\)|[a-z]\.|[ivx]{2,5}[.)])[ \t]+(?=\S)"
)
"""An item's letter or number typed by hand after its bullet ("- a) Children Act 1989", "•
(iv) …"): a PDF or a copy whose lettered list has no markdown form keeps it as the item's first
words, but it labels the item and is no part of what the item says."""


def _item_content(text: str, start: int, end: int) -> Span:
    """A list item's words without the bullet (or a label typed after it, `_TYPED_LABEL`),
    surrounding blanks and trailing "; and".

    Only the item's last characters are searched: the pattern, tried at every position of a
    long item, cost more than the rest of reading the list.
    """
    span = trim_span(text, start, end)
    if (label := _TYPED_LABEL.match(text, span.start, span.end)) is not None:
        span = Span(label.end(), span.end)
    tail = _ITEM_END_PUNCTUATION.search(text, max(span.start, span.end - _ITEM_END_REACH), span.end)
    if tail is not None and tail.start() > span.start:
        span = trim_span(text, span.start, tail.start())
    return span


@dataclass(frozen=True, slots=True)
class ReadableOutline:
    """An outline prepared for extractors: its plain view and sentences, computed once."""

    outline: Outline
    """The outline being read."""
    plain: PlainView
    """The text extractors search."""
    sentences: tuple[Span, ...]
    """Sentences of `plain.text`."""
    sentence_starts: tuple[int, ...]
    """`start` of each sentence, for bisecting."""
    lower: str
    """`plain.text` in lower case, offset for offset: keyword patterns search this, in lower case,
    because case-insensitive regular expressions are several times slower."""
    dates: tuple[FoundDate, ...]
    """Every date written in `plain.text`."""
    blocks: tuple[Block, ...]
    """The outline's blocks in text order."""
    block_starts: tuple[int, ...]
    """`start` of each block, for bisecting."""
    memo: dict[str, Any] = field(default_factory=dict, compare=False)
    """Results an extractor shares with others reading the same outline (e.g. a list found once)."""
    word_positions: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False)
    """Lower-case word → offsets in `lower` where it occurs: each word is searched for once,
    whichever extractors ask for it, and the family's search words in one pass."""
    front_matter: str = ""
    """The source's front matter block, left out of the text (`SourceText.front_matter`)."""

    @property
    def text(self) -> str:
        """The plain text (offsets are plain offsets until `evidence` maps them back)."""
        return self.plain.text

    def sentence_at(self, offset: int) -> Span | None:
        """The sentence holding plain `offset`, if any."""
        index = bisect_right(self.sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None

    def sentence_after(self, sentence: Span) -> Span | None:
        """The sentence that follows `sentence`, if any."""
        index = bisect_right(self.sentence_starts, sentence.start)
        return self.sentences[index] if index < len(self.sentences) else None

    def sentences_containing(self, *words: str) -> list[Span]:
        """Sentences whose text holds any of `words` (lower case, found in `lower`), in order.

        A plain substring search, far faster than a regular expression over the whole text:
        extractors narrow the text with it, then run their patterns inside the sentences found.
        Each word is searched for once per outline, whichever extractors ask for it. A word of
        several ("personal advis") is found across a line break too: hard-wrapped text breaks
        its lines wherever the width falls (decision 0443).
        """
        starts = self.sentence_starts
        indexes = {
            bisect_right(starts, position) - 1
            for word in words
            for position in (
                self._positions_across_breaks(word)
                if " " in word.strip(" ")
                else self.positions_of(word)
            )
        }
        return [self.sentences[index] for index in sorted(indexes) if index >= 0]

    def _positions_across_breaks(self, words: str) -> tuple[int, ...]:
        """Offsets in `lower` of every occurrence of lower-case `words`, with a space or a line
        break inside a paragraph (`_SPACE_OR_LINE_BREAK`) standing for each space between two of
        them (spaces before the first word or after the last are plain spaces), overlapping
        occurrences too, as `positions_of` finds them: the pattern is tried only where the first
        word stands (a look-ahead tried at every offset took a quarter of a seed's analysis)."""
        key = f"\n{words}"
        found = self.word_positions.get(key)
        if found is None:
            first_word, pattern = _across_breaks_pattern(words)
            found = self.word_positions[key] = tuple(
                at for at in self.positions_of(first_word) if pattern.match(self.lower, at)
            )
        return found

    def positions_of(self, word: str) -> tuple[int, ...]:
        """Offsets in `lower` of every occurrence of lower-case `word`, overlapping ones too."""
        found = self.word_positions.get(word)
        if found is None:
            found = self.word_positions[word] = _occurrences(self.lower, word)
        return found

    def quote(self, span: Span) -> str:
        """The plain words of plain `span` (evidence quotes the original text instead)."""
        return self.text[span.start : span.end]

    def evidence(self, span: Span) -> Evidence:
        """Evidence for plain `span`, as offsets and an exact quote of the original text."""
        original = self.plain.to_original(span.start, span.end)
        return self.evidence_at_original(original)

    def evidence_at_original(self, span: Span) -> Evidence:
        """Evidence for a span already in original offsets (e.g. a block's content)."""
        text = self.outline.text
        span = trim_span(text, span.start, span.end)
        section = self.outline.section_at(span.start)
        kind = section.kind if section is not None else "other"
        return Evidence(kind, span.start, span.end, text[span.start : span.end])

    def front_matter_evidence(self, start: int, end: int) -> Evidence:
        """Evidence for `front_matter[start:end]`: a setting of the page the text leaves out."""
        return Evidence("other", start, end, self.front_matter[start:end], "front_matter")

    def section_kind_at(self, offset: int) -> str:
        """Kind of the section holding plain `offset` ("other" outside any section)."""
        section = self.outline.section_at(self.plain.to_original(offset, offset).start)
        return section.kind if section is not None else "other"

    def list_items_after(self, offset: int) -> list[Span]:
        """Items of the list introduced by the sentence ending at plain `offset`, original offsets.

        The outline's list-item blocks are used when the sectioner produced them; otherwise the
        lines after the introduction are read: bulleted or numbered lines, or unmarked lines that
        end with ";" (the last item is the line after them). Unmarked short lines count as items
        only after an introduction that ends with ":", since hard-wrapped prose looks the same.
        """
        original = self.plain.to_original(offset, offset).start
        from_blocks = self._list_items_from_blocks(original)
        if from_blocks is not None:
            return from_blocks
        after_colon = self.text[max(0, offset - 8) : offset].rstrip().endswith(":")
        items = _list_items_from_lines(self.outline.text, original, short_lines=after_colon)
        return self._up_to_a_section(items)

    def _up_to_a_section(self, items: list[Span]) -> list[Span]:
        """Unmarked lines of a list up to the first after its first that the sectioner took as
        a heading or began a section at: a browser's copy of a page runs a list's last line (its
        bullet gone) straight into the heading after it, with no blank line between."""
        if len(items) < 2:
            return items
        starts = {section.start for section in self.outline.sections}
        for position, item in enumerate(items[1:], start=1):
            block = self.block_at(item.start)
            if block is not None and (block.type == "heading" or block.start in starts):
                return items[:position]
        return items

    def block_at(self, offset: int) -> Block | None:
        """The outline's block holding original `offset`, if any."""
        index = bisect_right(self.block_starts, offset) - 1
        if index < 0 or offset >= self.blocks[index].end:
            return None
        return self.blocks[index]

    def block_lists(self, holding: tuple[str, ...] = ()) -> list[list[Span]]:
        """The items of every list the sectioner found, in text order: each run of list-item
        blocks at one level (nested items belong to their parent), as content spans (original
        offsets) without bullets or a trailing "; and".

        With `holding`, only the lists whose text holds one of those words (as written) are
        read: a substring test is far cheaper than reading every item of every list.
        """
        text = self.outline.text
        lists: list[list[Span]] = []
        run: list[Block] = []
        for block in self.blocks:
            if (
                block.type != "list_item"
                or (run and block.level < run[0].level)
                or (
                    run
                    and block.level == run[0].level
                    and _marker_shape(text, block) != _marker_shape(text, run[0])
                )
            ):
                # A list ends where its items' markers change shape ("2. … are:" then "(a) the
                # Children Act 1989;"): numbered paragraphs and the lettered list under one
                # are two lists (decision 0116), as `_list_items_from_blocks` reads them.
                if run:
                    lists += _run_items(text, run, holding)
                run = []
                if block.type != "list_item":
                    continue
            if not run or block.level == run[0].level:
                run.append(block)
        if run:
            lists += _run_items(text, run, holding)
        nested = self._lists_under_lead_in_items(holding)
        if nested:
            lists = sorted(lists + nested, key=lambda items: items[0].start)
        return lists

    def _lists_under_lead_in_items(self, holding: tuple[str, ...]) -> list[list[Span]]:
        """The sub-items of each list item that introduces them with a colon ("- The policy
        framework has regard to:" over "  - Children Act 1989"…), as lists of their own: a
        page written as one outline sets its lists one level below their lead-in, where
        `block_lists` counts nested items as part of their parent."""
        text = self.outline.text
        blocks = self.blocks
        lists: list[list[Span]] = []
        for index, block in enumerate(blocks[:-1]):
            first = blocks[index + 1]
            if block.type != "list_item" or first.type != "list_item":
                continue
            if first.level <= block.level:
                continue
            end = block.content_end if block.content_end >= 0 else block.end
            if not text[max(0, end - 4) : end].rstrip().endswith(":"):
                continue
            run: list[Block] = []
            for nested in itertools.islice(blocks, index + 1, None):
                if nested.type != "list_item" or nested.level < first.level:
                    break
                if nested.level == first.level:
                    run.append(nested)
            lists += _run_items(text, run, holding)
        return lists

    def table_first_cells(self) -> list[list[Span]]:
        """The first cell of each row of every table written as text, in text order (original
        offsets): runs of lines holding "|" ("| Children Act 1989 | duties … |", or "Children
        Act 1989 | duties …" as Word tables are read), and grid tables drawn with "+---+"
        borders (pandoc's), a row's first line each. A markdown table's header row (the row
        before its "|---|" or "+===+" line) and the separator are left out."""
        text = self.outline.text
        tables: list[list[Span]] = []
        for rows in _text_table_rows(text):
            cells: list[Span] = []
            for start, end in rows:
                cell_start = start + (end - start) - len(text[start:end].lstrip(" \t|"))
                cell_end = text.find("|", cell_start, end)
                cells.append(trim_span(text, cell_start, end if cell_end == -1 else cell_end))
            tables.append(cells)
        return tables

    def table_rows(self) -> list[list[Span]]:
        """Each row of every table written as text, as `table_first_cells` finds them, whole
        (original offsets, without the outer "|"): a table whose rows are the items of a list
        ("| Best interests | We act in their best interests |"). A markdown table's header row
        is left out; a table read from Word or a web page keeps its first row."""
        text = self.outline.text
        tables: list[list[Span]] = []
        for rows in _text_table_rows(text):
            spans: list[Span] = []
            for start, end in rows:
                line = text[start:end]
                row_start = start + len(line) - len(line.lstrip(" \t|"))
                row_end = start + len(line.rstrip(" \t|"))
                spans.append(trim_span(text, row_start, max(row_start, row_end)))
            tables.append(spans)
        return tables

    def _list_items_from_blocks(self, offset: int) -> list[Span] | None:
        index = bisect_right(self.block_starts, offset) - 1
        if index < 0 or offset >= self.blocks[index].end:
            return None
        block = self.blocks[index]
        if block.text[offset - block.start :].strip():
            return None  # the list (if any) sits inside this block: read its lines
        following = itertools.islice(self.blocks, index + 1, None)
        first = next(following, None)
        if first is not None and first.type != "list_item" and _is_list_caption(first.text):
            first = next(following, None)  # "**The seven principles**" over the items
        if first is None or first.type != "list_item":
            return None
        level = first.level
        shape = _marker_shape(self.outline.text, first)
        items = []
        for block in itertools.chain([first], following):
            if block.type != "list_item" or block.level < level:
                break
            if block.level == level and _marker_shape(self.outline.text, block) != shape:
                break  # "(g) …" then "8. Our practice is …": the numbered paragraphs go on
            if block.level == level:
                start = block.content_start if block.content_start >= 0 else block.start
                end = block.content_end if block.content_end >= 0 else block.end
                items.append(_item_content(self.outline.text, start, end))
        return items


_LIST_CAPTION = re.compile(r"[ \t]*(?:\*\*|__)(?P<words>[^*_\n]{1,80})(?:\*\*|__)[ \t]*\n*")
_CAPTION_MAX_WORDS = 10


def _is_list_caption(text: str) -> bool:
    """Whether a block is a list's caption: one bold line of a few words, no sentence, between
    a list's introduction and its items ("... follow the corporate parenting principles:" over
    "**The seven corporate parenting principles**" over the numbered items, as a disclosure's
    label or a boxed list's title is written). The caption names the list; it is not an item."""
    found = _LIST_CAPTION.fullmatch(text)
    if found is None:
        return False
    words = found["words"].strip()
    return bool(words) and len(words.split()) <= _CAPTION_MAX_WORDS and words[-1] not in ".;,"


def _marker_shape(text: str, block: Block) -> str:
    """The shape of a list item's marker, its letters and numbers set aside: "(a)" and "(iv)"
    are "(a)", "7." and "12." are "9.", a bullet is itself (bold opening the item's words is
    no part of it). Items of one list share a shape,
    so a lettered list under a numbered paragraph ends where the next numbered paragraph
    begins."""
    if block.content_start < 0:
        return ""
    marker = _MARKER_BOLD.sub("", text[block.start : block.content_start].rstrip()).strip()
    return _DIGITS.sub("9", _LETTERS.sub("a", marker))


_MARKER_BOLD = re.compile(r"\s[*_]+$")
_LETTERS = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")


_INLINE_MARKER = re.compile(r"(?<![\w()])\((?P<label>[a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def inline_list_items(text: str, start: int, end: int) -> list[Span]:
    """Items of a list run into prose in `text[start:end]`: "(a) …; (b) …; (c) …".

    The markers must run in order from "(a)", "(i)" or "(1)" without a gap, at least two of
    them, so a cited "(b)" or "section 17(1)(a)" is not a list. Items end where the next marker
    starts, without a trailing "; and"; the last ends at the first full stop after it, at a
    marker out of sequence, or at `end`.
    """
    markers: list[re.Match[str]] = []
    sequence: tuple[str, ...] = ()
    for marker in _INLINE_MARKER.finditer(text, start, end):
        label = marker.group("label")
        if not markers:
            if label not in {"a", "i", "1"}:
                continue
            sequence = _ROMAN if label == "i" else _LABEL_SEQUENCES[label]
        if len(markers) >= len(sequence) or label != sequence[len(markers)]:
            if markers:
                end = marker.start()
                break
            continue
        markers.append(marker)
    if len(markers) < 2:
        return []
    items = [
        _item_content(text, marker.end(), following.start())
        for marker, following in itertools.pairwise(markers)
    ]
    last_end = text.find(". ", markers[-1].end(), end)
    items.append(_item_content(text, markers[-1].end(), end if last_end == -1 else last_end))
    return items


_LABEL_SEQUENCES = {
    "a": tuple("abcdefghijklmnopqrstuvwxyz"),
    "1": tuple(str(number) for number in range(1, 100)),
}


def _run_items(text: str, run: list[Block], holding: tuple[str, ...]) -> list[list[Span]]:
    """The items of a run of list-item blocks, as a one-list list; none when `holding` is given
    and the run's text holds none of its words."""
    if holding:
        words = text[run[0].start : run[-1].end]
        if not any(word in words for word in holding):
            return []
    items = []
    for block in run:
        start = block.content_start if block.content_start >= 0 else block.start
        end = block.content_end if block.content_end >= 0 else block.end
        items.append(_item_content(text, start, end))
    return [items]


MAX_CACHED_WORD_PATTERNS = 1024
"""Patterns kept by `_across_breaks_pattern`: the extractors ask for a few hundred key words."""


@lru_cache(maxsize=MAX_CACHED_WORD_PATTERNS)
def _across_breaks_pattern(words: str) -> tuple[str, re.Pattern[str]]:
    """The first word of lower-case `words` (with any spaces before it) and the pattern of
    `words` with a space or a line break inside a paragraph (`_SPACE_OR_LINE_BREAK`) standing
    for each space between two of them; spaces before the first word or after the last stand
    for plain spaces. Built once for each key word, not once for each version read: the
    extractors ask for the same words of every version (decision 0463)."""
    inner = words.strip(" ")
    before = words[: len(words) - len(words.lstrip(" "))]
    after = words[len(words.rstrip(" ")) :]
    between = re.escape(inner).replace("\\ ", _SPACE_OR_LINE_BREAK)
    pattern = re.compile(f"{re.escape(before)}{between}{re.escape(after)}")
    return before + inner.split(" ", 1)[0], pattern


def _occurrences(text: str, word: str) -> tuple[int, ...]:
    found = []
    position = text.find(word)
    while position != -1:
        found.append(position)
        position = text.find(word, position + 1)
    return tuple(found)


class SearchWords:
    """The words a family's extractors search readings for, declared by the family as data.

    A `str.find` scan of the whole text for each word cost more than any other step of reading
    facts, so the declared words are found together, overlapping occurrences included, in one
    pass of an Aho-Corasick automaton (ahocorasick-rs), built once when the family is declared.
    A word an extractor asks for that is not declared is still found, on its own.
    """

    __slots__ = ("_automaton", "words")

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.words: tuple[str, ...] = tuple(dict.fromkeys(word for word in words if word))
        """The declared words, lower case as extractors ask for them, each once."""
        self._automaton = AhoCorasick(self.words) if self.words else None

    def find_all(self, text: str) -> dict[str, tuple[int, ...]]:
        """Every declared word → where it occurs in `text` (an empty tuple where it does not)."""
        if self._automaton is None:
            return {}
        try:
            matches = self._automaton.find_matches_as_indexes(text, overlapping=True)
        except UnicodeEncodeError:
            return {}  # lone surrogates (no decoded source holds them): searched word by word
        found: list[list[int]] = [[] for _word in self.words]
        for index, start, _end in matches:
            found[index].append(start)
        return {word: tuple(starts) for word, starts in zip(self.words, found, strict=True)}


def read_outline(
    outline: Outline, search_words: SearchWords | None = None, front_matter: str = ""
) -> ReadableOutline:
    """Prepare `outline` for extractors: the analysis does this once and hands the reading to
    every extractor. `search_words` (the family's) are found in one pass; `front_matter` is the
    source's block the text leaves out."""
    plain = plain_view(outline.text)
    section_starts = frozenset(plain.to_plain(section.start) for section in outline.sections[1:])
    sentences = sentence_spans(plain.text, section_starts)
    blocks = tuple(outline.blocks())
    lower = _lower_case_in_place(plain.text)
    return ReadableOutline(
        outline,
        plain,
        sentences,
        tuple(span.start for span in sentences),
        lower,
        tuple(find_dates(plain.text)),
        blocks,
        tuple(block.start for block in blocks),
        word_positions=search_words.find_all(lower) if search_words is not None else {},
        front_matter=front_matter,
    )


def _lower_case_in_place(text: str) -> str:
    """`text` in lower case with every character kept at its offset (a few letters lengthen)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)


_SHORT_LINE = 120
"""An unmarked line this short or shorter can be a list item ("Children Act 1989")."""
_SEMICOLON_ENDS = (";", "; and", "; or")


def _lines_after(text: str, offset: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line after the one holding `offset`, newline excluded."""
    position = text.find("\n", offset)
    while position != -1 and position < len(text):
        start = position + 1
        position = text.find("\n", start)
        yield start, len(text) if position == -1 else position


def _list_items_from_lines(text: str, offset: int, short_lines: bool = True) -> list[Span]:
    """Items of a list written as lines: bulleted or numbered, or unmarked.

    Unmarked lists are lines ending with ";" (the last item is the line after them), or a run
    of at least two short lines ended by a blank or long line, or, when every item so far opens
    in lower case ("acting in their best interests"), by a line opening with a capital: the
    sentence or heading after the list.
    """
    lines = _lines_after(text, offset)
    first = next(((start, end) for start, end in lines if text[start:end].strip()), None)
    if first is None:
        return []
    start, end = first
    if _LIST_MARKER.match(text, start, end):
        return _marked_items(text, first, lines)
    if text[start:end].rstrip().endswith(_SEMICOLON_ENDS):
        return _semicolon_items(text, first, lines)
    return _short_line_items(text, first, lines) if short_lines else []


def _marked_items(
    text: str, first: tuple[int, int], lines: Iterator[tuple[int, int]]
) -> list[Span]:
    items: list[Span] = []
    marker_column = len(text[first[0] : first[1]]) - len(text[first[0] : first[1]].lstrip())
    first_shape = ""
    blank_run = 0
    for start, end in itertools.chain([first], lines):
        line = text[start:end]
        if not line.strip():
            blank_run += 1
            if blank_run > 1:
                break
            continue
        blank_run = 0
        indent = len(line) - len(line.lstrip())
        marker = _LIST_MARKER.match(text, start, end)
        if indent == marker_column and marker is None and _wraps_back(text, items, line):
            items[-1] = _item_content(text, items[-1].start, end)
            continue
        if indent < marker_column or (indent == marker_column and marker is None):
            break
        if indent == marker_column and marker is not None:
            shape = _shape_of(marker.group())
            if items and shape != first_shape:
                break  # "(g) …" then "6. The National Framework …": the paragraphs go on
            first_shape = first_shape or shape
            items.append(_item_content(text, marker.end(), end))
        elif marker is None and items:
            items[-1] = _item_content(text, items[-1].start, end)  # a wrapped item's next line
    return items


def _shape_of(marker: str) -> str:
    """A marker's shape, its letters and numbers set aside (as `_marker_shape` reads a block's)."""
    return _DIGITS.sub("9", _LETTERS.sub("a", marker.strip()))


def _wraps_back(text: str, items: list[Span], line: str) -> bool:
    """Whether `line`, unmarked at the markers' column, carries on the last item: hard-wrapped
    text cuts an item where its words reach the width and starts the rest at the margin ("(a) to
    act in the best interests of the child and promote their" / "physical and mental health
    …;"). The item stopped mid-phrase and the line goes on in lower case (decision 0116); a
    sentence after the list opens with a capital."""
    if not items or not line.lstrip()[:1].islower():
        return False
    last = text[items[-1].start : items[-1].end].rstrip()
    return bool(last) and last[-1] not in ".;:!?"


def _semicolon_items(
    text: str, first: tuple[int, int], lines: Iterator[tuple[int, int]]
) -> list[Span]:
    items: list[Span] = []
    blank_run = 0
    for start, end in itertools.chain([first], lines):
        line = text[start:end].rstrip()
        if not line.strip():
            blank_run += 1
            if blank_run > 1:
                break
            continue
        blank_run = 0
        if line.endswith(_SEMICOLON_ENDS):
            items.append(_item_content(text, start, end))
            continue
        if len(line) <= _SHORT_LINE and not line.endswith(":"):
            items.append(_item_content(text, start, end))
        break
    return items


def _short_line_items(
    text: str, first: tuple[int, int], lines: Iterator[tuple[int, int]]
) -> list[Span]:
    """A run of short lines, one under another, or each a paragraph of its own with one blank
    line between (a Word file's Normal paragraphs, "Children Act 1989", "Children Act 2004", as
    its text comes out). Items parted so are names, not sentences: a line ending with a
    sentence's stop ends such a list, as a blank line ends a list of lines that touch."""
    items: list[Span] = []
    lower_case_items = True
    gap = False
    parted: bool | None = None
    previous = ""
    for start, end in itertools.chain([first], lines):
        line = text[start:end].strip()
        if not line:
            if gap:
                break
            gap = True
            continue
        if len(line) > _SHORT_LINE or line.endswith(":"):
            break
        if items and parted is None:
            parted = gap
            if parted and _ends_a_sentence(text[items[0].start : items[0].end]):
                return []
        if parted and _A_YEAR_ALONE.fullmatch(line):
            break  # a year left over from a title cut off above: no item, the list is over
        if items and gap != parted:
            touching = _touching_in_parted_list(previous, line) if parted else None
            if touching is None:
                break
            if touching == _JOINED:
                items[-1] = _item_content(text, items[-1].start, end)
                previous = line
                continue
        if parted and _ends_a_sentence(line):
            break
        if len(items) >= 2 and lower_case_items and line[0].isupper():
            break  # the sentence after a list whose items all open in lower case
        if items and not gap and _cut_mid_phrase(previous):
            return []  # prose hard-wrapped under a colon ("… for their health and" / "well-…")
        lower_case_items = lower_case_items and line[0].islower()
        items.append(_item_content(text, start, end))
        previous = line
        gap = False
    return items if len(items) >= 2 else []


_ENDS_WITH_ITS_YEAR = re.compile(r"(?:^|[ \t(])(?:1[89]\d\d|20\d\d)\)?$")
_A_YEAR_ALONE = re.compile(r"(?:1[89]\d\d|20\d\d)")
_JOINED = "joined"
_OWN_ITEM = "own item"


def _touching_in_parted_list(previous: str, line: str) -> str | None:
    """How a line touching the one above reads in a list whose items are parted by blank lines
    (a copy of a page laid out in columns keeps some items a paragraph each and runs others
    together): `_OWN_ITEM` where both lines close with a year, two titles each with its own
    ("Children (Leaving Care) Act 2000" / "Adoption and Children Act 2002"); `_JOINED` where the
    line above has none and this one closes with one, a title wrapped over two lines ("Care
    Planning, Placement and Case" / "Review (England) Regulations 2010"); else None, the list is
    over, as before."""
    if _ENDS_WITH_ITS_YEAR.search(line) is None or previous.endswith((".", ";", ":", ",")):
        return None
    return _OWN_ITEM if _ENDS_WITH_ITS_YEAR.search(previous) else _JOINED


_CUT_MID_PHRASE = re.compile(
    r"[^\W\d_][\w'\u2019-]*[ \t]+(?:and|or|of|the|a|an|to|for|with)$", re.I
)
"""A line stopping on a joining word after a word, not after a list's ";" or ",": a sentence
the wrap cut, not an item of a list ("acting in the child's best interests and for their health
and"; decision 0116)."""


def _cut_mid_phrase(line: str) -> bool:
    return _CUT_MID_PHRASE.search(line.rstrip()) is not None


def _ends_a_sentence(line: str) -> bool:
    return line.rstrip().rstrip("\"')\u201d\u2019").endswith((".", "!", "?"))
