"""Plain-text block rules: lines → headings marked up with `#`, list items, paragraphs.

Plain text has no reliable markup, so this scanner only finds blocks; deciding which short lines
are headings is left to `rules.py`, which sees the neighbours. The rules run in order on each
line, as in markdown-it's block Ruler: the first rule that recognises the line consumes it.

Two layouts matter in practice: blank lines between paragraphs (most pages copied from the web),
and one paragraph per line with no blank lines at all. Hard-wrapped text (every line cut near the
same width) is recognised so that its lines join back into paragraphs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from app.sections.raw import RawBlock, trim_content
from app.text.letters import VALEDICTION_RE
from app.text.wrapping import broken_by_hand, ends_unfinished

_LINE = re.compile(
    r"""
    (?P<indent>[ ]*)
    (?:
        (?P<rule>(?P<rule_char>[-*_=])[ ]*(?:(?P=rule_char)[ ]*){2,}$)
      | (?P<atx>\#{1,6})(?:[ ]+|$)
      | (?P<bullet>[\-*\u2022\u2013\u00b7\u25aa\u25cf\u25cb\u25e6\u2023\u2043\u25ba\uf0b7\uf0a7]
                  |o(?=[ ]))[ ]+(?=\S)
      | (?P<ordered>\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z]\)|\([ivx]{1,5}\))[ ]+(?=\S)
      | (?P<dotted>\d{1,3}(?:\.\d{1,3})+\.?[ ]+(?=\S))
    )?
    """,
    re.VERBOSE,
)
_BULLET = re.compile(
    r"[ ]*(?:[\u2022\u25aa\u25cf\u25cb\u25e6\u2023\u2043\u25ba\u00b7\uf0b7\uf0a7]"
    r"|o(?=[ ]))[ ]+(?=\S)"
)
"""Bullet characters markdown does not know, which pasted text and some exports use: among
them a Word list's bullets as its symbol fonts write them (U+F0B7, U+F0A7 in the private use
area) and its second-level "o", which a copy keeps as a letter before the item's words."""
_ATX_CLOSE = re.compile(r"[ ]+#+[ ]*$")
_SENTENCE_STOPS = ".:;!?"
_CLOSERS = "\"')]\u201d\u2019"
"""Closing quotes and brackets, which may follow a sentence's stop."""

_VERSION_LINE = re.compile(r"v\d+(?:\.\d+)*(?:[ \t]*\([^()\n]{1,30}\))?")
"""A version label alone on its line ("v14"), or with its date or status in brackets ("v4 (Nov
2022)", "v2.1 (final)"), stands alone, though it starts in lower case."""

WRAP_FILL = 0.75
"""In hard-wrapped text, a line this full (of the wrap width) that ends mid-sentence carries on."""
MAX_UNDERLINED_LENGTH = 100
"""A longer line above `---` is prose followed by a separator, not an underlined heading."""
MIN_PROSE_LINE = 30
"""A lower-case line continues the line above only if that line is prose, not a label ("End")."""
MAX_RUN_ON_HEADING_LENGTH = 80
MAX_RUN_ON_HEADING_WORDS = 10
MAX_UNNUMBERED_RUN_ON_WORDS = 8
"""An unnumbered heading run onto a sentence is a few words ("Keeping information safe", "Our
promise to children in our care")."""

_RUN_ON_NUMBER = re.compile(
    r"[.!?][\"'\u201d\u2019)\]]?(?P<number>[1-9]\d?(?:\.\d{1,2})*)(?P<stop>\.?)[ ]+(?=[A-Z])"
)
"""A sentence's stop with a section number right after it: "…Children.1. Introduction"."""
_RUN_ON_NUMBER_LENGTH = 12
"""The stop, a closing quote and a number such as "12.3." before the heading's words."""
_NOT_HEADING_ENDINGS = ".,;!?"
"""A line ending so ends a sentence, not a heading: most prose lines are dismissed at once."""
_LAST_WORD = re.compile(r"(?:^|[^\w.])(?P<word>[^\W\d_]+)$")
_ABBREVIATIONS = frozenset(
    {
        "no", "nos", "vol", "vols", "para", "paras", "p", "pp", "art", "arts", "sec", "secs",
        "s", "ss", "reg", "regs", "fig", "ch", "cf", "etc", "eg", "ie", "st", "cl", "ref",
        "refs", "sch", "app", "apps", "op", "v", "vs",
    }
)  # fmt: skip
"""Words before a stop that abbreviate ("No.1", "para.3"): what follows them is not a heading."""
_HEADING_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_MINOR_WORDS = frozenset(
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the",
        "to", "with", "within", "our", "your", "their", "its",
    }
)  # fmt: skip
"""Words a Title Case heading leaves in lower case."""


@dataclass(slots=True)
class TextScan:
    """The scanner's state: the text's lines and the blocks found so far."""

    text: str
    starts: list[int]
    """Offset of each line's first character."""
    ends: list[int]
    """Offset just past each line's last character (its newline excluded)."""
    line: int = 0
    """The next line to scan."""
    blocks: list[RawBlock] = field(default_factory=list)
    indents: list[int] = field(default_factory=list)
    """Indentations of the open list levels, outermost first."""
    wrap_width: int | None = None
    """The width the text is hard-wrapped at, if it is: full lines then carry on to the next."""
    last_block_line: int = -1
    """Last line of the most recent block, to tell an underline from a thematic break."""
    section_numbers: frozenset[int] = frozenset()
    """Section numbers that open a heading-like line or follow a sentence's stop anywhere in the
    text (`section_numbers`): a run-on heading whose number continues them is one of them."""
    _matched_line: int = -1
    _match: re.Match[str] | None = None

    def line_text(self, line: int) -> str:
        return self.text[self.starts[line] : self.ends[line]]

    def match(self, line: int) -> re.Match[str]:
        """The line's opening (indent, bullet, number, `#`…), matched once per line."""
        if line == self._matched_line and self._match is not None:
            return self._match
        match = _LINE.match(self.text, self.starts[line], self.ends[line])
        assert match is not None  # every group is optional
        self._matched_line, self._match = line, match
        return match

    def is_blank(self, line: int) -> bool:
        start, end = self.starts[line], self.ends[line]
        return start == end or (self.text[start] in " \t" and self.line_text(line).isspace())


TextRule = Callable[[TextScan, int, bool], bool]
"""`rule(state, line, silent)`: recognise a block at `line`; consume it unless `silent`."""


def blank_line(state: TextScan, line: int, silent: bool) -> bool:
    if not state.is_blank(line):
        return False
    if not silent:
        state.line = line + 1
    return True


def thematic_break(state: TextScan, line: int, silent: bool) -> bool:
    """`---`, `***`, `===`: an underline makes the line above a heading; else it is absorbed."""
    match = state.match(line)
    if match.group("rule") is None:
        return False
    if silent:
        return True
    previous = state.blocks[-1] if state.blocks else None
    char = match.group("rule_char")
    if (
        previous is not None
        and state.last_block_line == line - 1
        and previous.type == "paragraph"
        and previous.line_count == 1
        and char in "=-"
        and is_label(state.text[previous.content_start : previous.content_end])
    ):
        previous.type = "heading"
        previous.markup_level = 1 if char == "=" else 2
        previous.end = state.ends[line] + (1 if line + 1 < len(state.starts) else 0)
        state.last_block_line = line
    state.line = line + 1
    return True


def is_label(words: str) -> bool:
    """Short and not a sentence: a line an underline may mark as a heading."""
    return 0 < len(words) <= MAX_UNDERLINED_LENGTH and not ends_sentence(words)


def ends_sentence(words: str) -> bool:
    """Whether `words` end a sentence: a stop (".:;!?") followed only by closing quotes or
    brackets (`_CLOSERS`), then the end of `words` or a final newline.

    Read from the end: a paragraph's line is long, and a search from its start was slow.
    """
    return _ends_with_stop(words) or (words.endswith("\n") and _ends_with_stop(words[:-1]))


def _ends_with_stop(words: str) -> bool:
    unclosed = words.rstrip(_CLOSERS)
    return bool(unclosed) and unclosed[-1] in _SENTENCE_STOPS


def atx_heading(state: TextScan, line: int, silent: bool) -> bool:
    match = state.match(line)
    if match.group("atx") is None:
        return False
    if silent:
        return True
    start, end = match.end(), state.ends[line]
    close = _ATX_CLOSE.search(state.text, start, end)
    if close is not None:
        end = close.start()
    content_start, content_end, strong = trim_content(state.text, start, end)
    _add(
        state,
        RawBlock(
            type="heading",
            start=state.starts[line],
            end=state.ends[line],
            content_start=content_start,
            content_end=content_end,
            markup_level=len(match.group("atx")),
            strong=strong,
        ),
        line,
        line,
    )
    state.indents.clear()
    return True


def list_item(state: TextScan, line: int, silent: bool) -> bool:
    """A bulleted ("•", "-", "*") or numbered ("1.", "(a)") item, with its continuation lines."""
    match = state.match(line)
    marker = match.group("bullet") or match.group("ordered")
    words_from: int | None = match.end()
    if marker is None:
        words_from = _lone_bullet_words(state, line)
    if words_from is None:
        return False
    if silent:
        return True
    indent = len(match.group("indent"))
    last = line if marker is not None else line + 1
    while last + 1 < len(state.starts) and _continues_item(state, last, last + 1, indent):
        last += 1
    split = run_on_heading_start(
        state.text, state.starts[last], state.ends[last], state.section_numbers
    )
    if split is not None and split <= words_from:
        split = None
    content_start, content_end, strong = trim_content(
        state.text, words_from, state.ends[last] if split is None else split
    )
    item = RawBlock(
        type="list_item",
        start=state.starts[line],
        end=state.ends[last] if split is None else split,
        content_start=content_start,
        content_end=content_end,
        depth=_list_depth(state, indent),
        ordered=match.group("ordered") is not None,
        strong=strong,
        line_count=last - line + 1,
    )
    if split is None:
        _add(state, item, line, last)
    else:  # the list's last item, and a heading a copy ran onto it ("...plans.Key Principles")
        state.blocks.append(item)
        _add_run_on_heading(state, split, last)
    return True


_LONE_BULLET = re.compile(
    r"[ ]*[\u2022\u25aa\u25cf\u25cb\u25e6\u2023\u2043\u25ba\u00b7\uf0b7\uf0a7][ ]*"
)


STACKED_BULLETS = 3
"""Lone bullets at least this many one under another are a list's bullets stacked apart from
its items (`_lone_bullet_words`); two may be an empty item and the next."""


def _lone_bullet_words(state: TextScan, line: int) -> int | None:
    """Where an item's words start when its bullet stands alone on the line above them: a web
    list copied from some browsers gives "•", then the item's words on the next line. The next
    line must hold words that open no block of their own. The last of a run of
    `STACKED_BULLETS` or more lone bullets takes no words: a PDF viewer's copy that stacks a
    list's bullets on lines of their own, apart from the items they marked, leaves the bullets
    together and the items elsewhere, and the line after the run is whatever came next on the
    page (decision 0394). After a single empty bullet the second still heads its words (0106)."""
    if _LONE_BULLET.fullmatch(state.line_text(line)) is None or line + 1 >= len(state.starts):
        return None
    if line >= STACKED_BULLETS - 1 and all(
        _LONE_BULLET.fullmatch(state.line_text(above))
        for above in range(line - STACKED_BULLETS + 1, line)
    ):
        return None
    after = state.line_text(line + 1)
    if not after.strip() or _LONE_BULLET.fullmatch(after) or _starts_block(state, line + 1):
        return None
    return state.starts[line + 1]


def paragraph(state: TextScan, line: int, silent: bool) -> bool:
    """Lines up to the next blank line or the next line that reads as a new paragraph.

    A numbered heading run onto the paragraph's last sentence ("…Children.1. Introduction", as
    a page copied as text joins them) ends the paragraph and is a block of its own.
    """
    if silent:
        return True
    last = line
    while last + 1 < len(state.starts) and _continues_paragraph(
        state, last, last + 1, mid_paragraph=last > line
    ):
        last += 1
    for candidate in range(line, last + 1):
        split = run_on_heading_start(
            state.text, state.starts[candidate], state.ends[candidate], state.section_numbers
        )
        if split is not None:
            _split_run_on_heading(state, line, candidate, split)
            return True
        inside = run_on_heading_inside(state.text, state.starts[candidate], state.ends[candidate])
        if inside is not None:
            _split_headings_inside(state, line, candidate, inside)
            return True
    content_start, content_end, strong = trim_content(
        state.text, state.starts[line], state.ends[last]
    )
    _add(
        state,
        RawBlock(
            type="paragraph",
            start=state.starts[line],
            end=state.ends[last],
            content_start=content_start,
            content_end=content_end,
            strong=strong,
            line_count=last - line + 1,
        ),
        line,
        last,
    )
    state.indents.clear()
    return True


def run_on_heading_start(
    text: str, start: int, end: int, numbering: frozenset[int] = frozenset()
) -> int | None:
    """Where a numbered heading that ends the line [start, end) begins, when it runs straight on
    from a sentence: "…in line with Working Together.1. Introduction" → at "1.".

    Not after a number or an abbreviation ("Section 3.1. The", "in 2023.2 Children", "No.1",
    "e.g.2. Next"), and only when the rest of the line reads as a heading: in Title Case, or in
    sentence case ("…next steps.2. Partners in safeguarding") when its number is next to another
    of the document's section numbers (`numbering`), as a chapter's numbered headings are. Where
    the numbering continues, a sentence ending in a year may carry one too ("…Safeguard Children
    2023.1. Our legal framework"): "2023.1." is no decimal when the heading "2." follows. So
    may a sentence ending in a whole number before a Title Case heading whose number continues
    them ("…up to the age of 25.7. Information Sharing", after "6. …"); in sentence case, or out
    of the sequence, "25.7" stays a decimal.
    """
    if end <= start or text[end - 1] in _NOT_HEADING_ENDINGS:
        return None
    window = max(start, end - MAX_RUN_ON_HEADING_LENGTH - _RUN_ON_NUMBER_LENGTH)
    for match in _RUN_ON_NUMBER.finditer(text, window, end):
        number = match.group("number")
        if "." not in number and not match.group("stop"):
            continue
        in_sequence = number.isdigit() and _continues(int(number), numbering)
        stop = match.start()
        before = _LAST_WORD.search(text, max(start, stop - 40), stop)
        closer = text[stop + 1 : match.start("number")]
        words = text[match.end() : end]
        if before is None and not closer:
            if not in_sequence:
                continue
            if not _ends_with_year(text, stop) and not (
                _ends_with_whole_number(text, stop) and _reads_as_heading(words)
            ):
                continue
        if before is not None and (
            len(before.group("word")) < 2 or before.group("word").lower() in _ABBREVIATIONS
        ):
            continue
        if _reads_as_heading(words, sentence_case=in_sequence):
            return match.start("number")
    found = _run_on_words_start(text, start, end)
    return found if found is not None else _run_on_stamp_start(text, start, end)


_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
)
_RUN_ON_STAMP = re.compile(
    r"(?<=[a-z0-9)])[.!?](?P<stamp>[A-Z][a-z]+(?:[ ][a-z]+){0,2}:[ ]?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ])?{_MONTH_NAME}[ ]\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    r"\.?)$"
)
"""A dated field run straight on from a sentence ("…with whom and why.Last updated: 14 March
2025"): a label of up to three words, a colon and a date end the line."""


def _run_on_stamp_start(text: str, start: int, end: int) -> int | None:
    """Where a page's dated field line begins when a copy ran it onto the chapter's last
    sentence: the label's first word, after a sentence of four words or more."""
    window = max(start, end - MAX_RUN_ON_HEADING_LENGTH)
    found = _RUN_ON_STAMP.search(text, window, end)
    if found is None or _SENTENCE_BEFORE.search(text, start, found.start()) is None:
        return None
    return found.start("stamp")


_RUN_ON_WORDS = re.compile(
    r"(?<=[a-z0-9)])[.!?](?P<heading>[A-Z][a-z'\u2019]*"
    rf"(?:[ ][A-Za-z'\u2019-]+){{0,{MAX_UNNUMBERED_RUN_ON_WORDS - 1}}})$"
)
_SENTENCE_BEFORE = re.compile(r"\S+(?:[ \t]+\S+){3,}$")


def _run_on_words_start(text: str, start: int, end: int) -> int | None:
    """Where an unnumbered heading run straight on from a sentence begins: a page copied as
    text loses a heading's own line, so "…and to help plan.Our values" ends the line with the
    heading's few words (no space after the stop, a capital, no stop of its own) → at "Our".

    Only after a sentence of four words or more whose last word is no abbreviation or initial
    ("U.K.The", "e.g.Word" are not), or a whole number before a Title Case heading ("...until
    they reach 25.Outcomes We Work For"), and only when those words end the line."""
    window = max(start, end - MAX_RUN_ON_HEADING_LENGTH)
    found = _RUN_ON_WORDS.search(text, window, end)
    if found is None:
        return None
    stop = found.start()
    before = _LAST_WORD.search(text, max(start, stop - 40), stop)
    if before is None:
        # a sentence ending in a whole number ("...until they reach 25.Outcomes We Work For"):
        # only a Title Case heading, as "25.Outcomes" could otherwise be a typing slip
        if not _ends_with_whole_number(text, stop) or not _reads_as_heading(found.group("heading")):
            return None
    elif len(before.group("word")) < 2 or before.group("word").lower() in _ABBREVIATIONS:
        return None
    if _SENTENCE_BEFORE.search(text, start, stop) is None:
        return None
    if not _reads_as_heading(found.group("heading"), sentence_case=True):
        return None
    return found.start("heading")


_NUMBERED_LINE = re.compile(
    rf"^[ \t]*(?P<number>[1-9]\d?)\.?[ \t]+[A-Z]"
    rf"[^\n]{{0,{MAX_RUN_ON_HEADING_LENGTH}}}(?<![.,;!?])$",
    re.MULTILINE,
)
_RUN_ON_SECTION_NUMBER = re.compile(r"[.!?][\"'\u201d\u2019)\]]?(?P<number>[1-9]\d?)\.[ ]+[A-Z]")
_YEAR_BEFORE_STOP = re.compile(r"(?<!\d)(?:19|20)\d\d$")


def section_numbers(text: str) -> frozenset[int]:
    """Whole section numbers that open a short line not ending as a sentence does ("3. What we
    value"), or follow a sentence's stop ("….2. Partners"): the candidates for the chapter's
    numbered headings."""
    numbers = {int(match.group("number")) for match in _NUMBERED_LINE.finditer(text)}
    numbers.update(int(match.group("number")) for match in _RUN_ON_SECTION_NUMBER.finditer(text))
    return frozenset(numbers)


def _continues(number: int, numbering: frozenset[int]) -> bool:
    return number - 1 in numbering or number + 1 in numbering


_WHOLE_NUMBER_BEFORE_STOP = re.compile(r"(?<![\d.,])\d{1,3}$")


def _ends_with_whole_number(text: str, stop: int) -> bool:
    """Whether a whole number ("aged 25", no decimal point or thousands comma in it) ends the
    sentence before `stop`."""
    return _WHOLE_NUMBER_BEFORE_STOP.search(text, max(0, stop - 4), stop) is not None


def _ends_with_year(text: str, stop: int) -> bool:
    return _YEAR_BEFORE_STOP.search(text, max(0, stop - 5), stop) is not None


def _reads_as_heading(words: str, *, sentence_case: bool = False) -> bool:
    words = words.rstrip()
    found = _HEADING_WORD.findall(words)
    if not found or len(words) > MAX_RUN_ON_HEADING_LENGTH or len(found) > MAX_RUN_ON_HEADING_WORDS:
        return False
    if words[-1] in _NOT_HEADING_ENDINGS:
        return False
    major = [word for word in found if word.lower() not in _MINOR_WORDS]
    capitalised = sum(1 for word in major if word[0].isupper())
    if sentence_case and found[0][0].isupper():
        return True
    return bool(major) and capitalised / len(major) >= 0.75


def _paragraph(text: str, start: int, end: int, line_count: int = 1) -> RawBlock:
    """A paragraph block of `text[start:end]`, one part of a line that a run-on heading splits
    (its content trimmed of spaces and bold marks)."""
    content_start, content_end, strong = trim_content(text, start, end)
    return RawBlock(
        type="paragraph",
        start=start,
        end=end,
        content_start=content_start,
        content_end=content_end,
        strong=strong,
        line_count=line_count,
    )


def _split_run_on_heading(state: TextScan, first: int, last: int, split: int) -> None:
    """The paragraph of lines `first`..`last` up to `split`, then the heading to the line's end."""
    state.blocks.append(_paragraph(state.text, state.starts[first], split, last - first + 1))
    _add_run_on_heading(state, split, last)


def _add_run_on_heading(state: TextScan, split: int, last: int) -> None:
    """The heading that a copy ran onto line `last`, from `split` to the line's end."""
    _add(state, _paragraph(state.text, split, state.ends[last]), last, last)
    state.indents.clear()


_STOP_BEFORE_CAPITAL = re.compile(r"[.!?](?<=[a-z0-9)][.!?])(?=[A-Z])")
"""A sentence's stop with a capital right after it and a small letter, digit or bracket before
it: the pattern opens with the stop, which the regex engine can skip to, and looks back."""
_WORD_AT = re.compile(r"[ ]*(?P<word>[^\s]+)")


def run_on_heading_inside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The first heading in the line [start, end) that a copy from a PDF ran onto the sentence
    before it and onto the sentence after it: "…in their best interests.Our Promise to Care
    Leavers The council will…" → the bounds of "Our Promise to Care Leavers".

    After a sentence of four words or more that ends in no abbreviation, with no space after
    its stop, a run of Title Case words ends at the first lower-case word that is not a minor
    one ("will"); the run's last capitalised word opens the next sentence ("The"), and the
    words before it are the heading, if they read as one. A run that holds the line to its end
    is `run_on_heading_start`'s."""
    for stop in _STOP_BEFORE_CAPITAL.finditer(text, start, end):
        at = stop.start()
        before = _LAST_WORD.search(text, max(start, at - 40), at)
        if before is None or len(before.group("word")) < 2:
            continue
        if before.group("word").lower() in _ABBREVIATIONS:
            continue
        if _SENTENCE_BEFORE.search(text, start, at) is None:
            continue
        words: list[tuple[int, int]] = []
        position = at + 1
        following = None
        while position < end:
            match = _WORD_AT.match(text, position, end)
            if match is None:
                break
            word = match.group("word")
            bare = word.strip("\"'\u201c\u201d\u2018\u2019()")
            if not bare or not bare[0].isalpha() or word[-1] in _NOT_HEADING_ENDINGS + ":":
                following = word
                break
            if not bare[0].isupper() and bare.lower() not in _MINOR_WORDS:
                following = word
                break
            words.append((match.start("word"), match.end("word")))
            position = match.end()
        while words and text[words[-1][0] : words[-1][1]] in _MINOR_WORDS:
            words.pop()
        if following is None or not following[0].islower() or len(words) < 2:
            continue
        heading = words[:-1]
        if len(heading) > MAX_UNNUMBERED_RUN_ON_WORDS:
            continue
        if not _reads_as_heading(text[heading[0][0] : heading[-1][1]]):
            continue
        return heading[0][0], words[-1][0]
    return None


def _split_headings_inside(state: TextScan, first: int, last: int, inside: tuple[int, int]) -> None:
    """The paragraph of lines `first`..`last` up to the heading `inside`, the heading, then the
    rest of line `last` as paragraphs and headings, each later heading run on both sides split
    off in turn."""
    start = state.starts[first]
    line_count = last - first + 1
    while True:
        heading_start, body_start = inside
        state.blocks.append(_paragraph(state.text, start, heading_start, line_count))
        state.blocks.append(_paragraph(state.text, heading_start, body_start))
        start, line_count = body_start, 1
        found = run_on_heading_inside(state.text, start, state.ends[last])
        if found is None:
            break
        inside = found
    split = run_on_heading_start(state.text, start, state.ends[last], state.section_numbers)
    if split is not None:
        state.blocks.append(_paragraph(state.text, start, split))
        start = split
    _add(state, _paragraph(state.text, start, state.ends[last]), last, last)
    state.indents.clear()


TEXT_RULES: tuple[tuple[str, TextRule], ...] = (
    ("blank_line", blank_line),
    ("thematic_break", thematic_break),
    ("atx_heading", atx_heading),
    ("list_item", list_item),
    ("paragraph", paragraph),
)
"""Block rules in the order they are tried on each line."""
_TERMINATOR_RULES = TEXT_RULES[:-1]
"""The rules that can end a paragraph or list item (every rule but `paragraph`)."""


def scan_text_blocks(text: str, starts: list[int]) -> list[RawBlock]:
    """Blocks of plain text whose lines start at `starts` (from `app.text.LineIndex`)."""
    ends = [start - 1 for start in starts[1:]]
    ends.append(len(text))
    state = TextScan(text=text, starts=starts, ends=ends, section_numbers=section_numbers(text))
    state.wrap_width = hard_wrap_width(
        [end - start for start, end in zip(state.starts, state.ends, strict=True)]
    )
    line_count = len(starts)
    while state.line < line_count:
        line = state.line
        for _name, rule in TEXT_RULES:
            if rule(state, line, False):
                break
    return state.blocks


def _add(state: TextScan, block: RawBlock, first: int, last: int) -> None:
    block.end = state.ends[last] + (1 if last + 1 < len(state.starts) else 0)
    state.blocks.append(block)
    state.line = last + 1
    state.last_block_line = last


def _list_depth(state: TextScan, indent: int) -> int:
    indents = state.indents
    while indents and indent < indents[-1]:
        indents.pop()
    if not indents or indent > indents[-1]:
        indents.append(indent)
    return len(indents)


def _starts_block(state: TextScan, line: int) -> bool:
    """The line opens a block of its own: one the other rules would claim (in silent mode, as
    markdown-it asks its terminator rules), or a numbered line such as "2.1 Our Values"."""
    for _name, rule in _TERMINATOR_RULES:
        if rule(state, line, True):
            return True
    return state.match(line).group("dotted") is not None


def _continues_paragraph(
    state: TextScan, previous: int, line: int, *, mid_paragraph: bool = False
) -> bool:
    return (
        continues_line(
            state.line_text(previous),
            state.line_text(line),
            state.wrap_width,
            mid_paragraph=mid_paragraph,
        )
        and not _starts_block(state, line)
        and not _heads_bare_items(state, previous, line)
    )


MIN_BARE_ITEMS = 2
"""Lines of a list copied without its bullets, at the least, for the line above to head them."""


def _heads_bare_items(state: TextScan, previous: int, line: int) -> bool:
    """Whether line `previous`, a heading-shaped line standing after a blank line, heads the
    lines from `line` on rather than running on into them: a browser's copy of a heading over a
    bulleted list keeps no blank line between them and drops the bullets, so the heading ("What
    a good start in life means") touches items that open in lower case and each end with a stop
    ("children are safe;" over "children learn well."). Prose broken by hand does not end two
    lower-case lines in a row with a stop, as a sentence after a stop opens with a capital."""
    if previous > 0 and state.line_text(previous - 1).strip():
        return False
    if not _reads_as_heading(state.line_text(previous), sentence_case=True):
        return False
    items = 0
    for after in range(line, min(line + MIN_BARE_ITEMS, len(state.starts))):
        words = state.line_text(after).strip()
        if not (words[:1].islower() and ends_sentence(words)):
            return False
        items += 1
    return items >= MIN_BARE_ITEMS


def bullet_end(text: str, start: int, end: int) -> int | None:
    """Where the words start after a "•"-style bullet at `start`, if the line has one."""
    match = _BULLET.match(text, start, end)
    return match.end() if match is not None else None


def continues_line(
    before: str, after: str, wrap_width: int | None, *, mid_paragraph: bool = False
) -> bool:
    """Whether line `after` carries on the paragraph of line `before` rather than starting one.

    A line that ends a sentence ends its paragraph, and so does a letter's or an e-mail's sign-off
    ("Best wishes," over the sender's name). Otherwise a line carries on when it starts in
    lower case after a line of prose, or, in hard-wrapped text, after a line cut near the width
    (a shorter line there, a title say, ends where it ends). A short line that is itself the
    middle of a paragraph (`mid_paragraph`: the line above ran on into it) and stops on a
    linking word is prose an editor broke by hand ("and in any" / "case within" / "three
    months of …"), not a label such as "End", which opens its own block, nor a line of a list
    typed without bullets ("the Children Act 2004"): a lower-case line after it carries on too.
    """
    if ends_sentence(before) or _BULLET.match(after) or _VERSION_LINE.fullmatch(after.strip()):
        return False
    if VALEDICTION_RE.fullmatch(before.strip()):
        return False  # a sign-off stands on its line over the name, as in PDFs (decision 0373)
    if after.lstrip()[:1].islower() and len(before.strip()) >= MIN_PROSE_LINE:
        return True
    if broken_by_hand(before, after, mid_sentence=mid_paragraph):
        return True
    if ends_unfinished(before) and after.strip():
        return True
    return (
        wrap_width is not None
        and len(before) >= WRAP_FILL * wrap_width
        and not _NOTE_LINE.match(after)
    )


_NOTE_LINE = re.compile(r"[ ]*\d{1,2} (?-i:[A-Z])[a-z]")
"""A note at a page's foot, its number first ("1 The February 2026 amendment added …"), under a
sentence the page break cut: a full line above it does not carry on into it (decision 0384)."""


def _continues_item(state: TextScan, previous: int, line: int, indent: int) -> bool:
    if _starts_block(state, line):
        return False
    after = state.line_text(line)
    if len(after) - len(after.lstrip(" ")) > indent:
        return True
    return _continues_paragraph(state, previous, line)


def hard_wrap_width(line_lengths: list[int]) -> int | None:
    """The width most lines are cut near, when they are (so line ends are not paragraph ends)."""
    filled = [length for length in line_lengths if length]
    if len(filled) < 5:
        return None
    long_lines = sum(1 for length in filled if length > 100)
    if long_lines > len(filled) * 0.05:
        return None
    near_width = [length for length in filled if 60 <= length <= 100]
    if len(near_width) >= len(filled) * 0.3:
        return _filled_to(near_width)
    return _narrow_wrap_width(filled)


WIDTH_COMPANY = 0.1
"""The share of the lines near the width, at the least, that a line as long as the width must
have beside it (within `WIDTH_BAND` of it) for its length to be the width text is cut at."""
WIDTH_BAND = 0.9
MIN_WIDTH_COMPANY = 2
"""Lines within the band, the longest included, at the least: one more line near it is
company (a text of a few long lines of varied length, blind177's 17704, keeps its widest)."""


def _filled_to(near_width: list[int]) -> int:
    """The width lines near it are cut at: the longest length that other lines come close to.
    Lines wrapped to a width gather just under it; a title or an address pasted whole above
    text wrapped at 68 (an 83-character title line) stands apart, and taken for the width it
    would leave every 61-character line of the wrapped prose too short to carry on
    (blind257's 25701, decision 0384). Where the longest line has company, it is the width."""
    lengths = sorted(near_width, reverse=True)
    needed = max(MIN_WIDTH_COMPANY, int(WIDTH_COMPANY * len(lengths)))
    for length in dict.fromkeys(lengths):
        if sum(1 for other in lengths if WIDTH_BAND * length <= other <= length) >= needed:
            return length
    return lengths[0]


NARROW_WRAP = 45
"""Text cut at 45 to 59 columns is hard-wrapped too, when its lines show it plainly."""


def _narrow_wrap_width(filled: list[int]) -> int | None:
    """The width of text hard-wrapped narrower than 60 columns (an e-mail client's 56, say):
    half its lines or more are 45 to 100 characters long, and four in ten of them lie within
    the top 15 % of the widest of those, as lines filled to a width do; lists and short lines
    of other text do not gather so (decision 0116)."""
    near_width = [length for length in filled if NARROW_WRAP <= length <= 100]
    if len(near_width) < len(filled) * 0.5:
        return None
    width = max(near_width)
    close = sum(1 for length in filled if length >= 0.85 * width)
    return width if close >= len(filled) * 0.4 else None
