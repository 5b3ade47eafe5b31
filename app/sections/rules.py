"""Which blocks are headings, their numbers and levels: ordered, named rules with lookahead.

As in markdown-it's Ruler, each rule has one signature, `rule(state, index, silent) -> bool`, and
the rules are tried in order on every block; the first that claims the block decides it (a rule may
claim a block to say it is *not* a heading, as `not_a_heading` does). In silent mode a rule only
answers whether it would claim the block and records nothing. Rules look ahead at the block that
follows: a line is a heading only if body text, not another label or the end, comes after it.

After the per-block rules, whole-document passes run in order: the title, contents lists (runs of
heading-like lines with nothing between them), numbering that restarts inside a section, and
levels. A heading's level comes from its number when it has one ("2.2" sits under "2." whatever
its markdown level), else from its markup, else from where it stands: before the first numbered
section it starts a section, after it it is a sub-heading.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from app.sections.blocks_text import NARROW_WRAP, WRAP_FILL, hard_wrap_width
from app.sections.classify import (
    TITLE_KIND,
    Cues,
    after_icons,
    appendix_words,
    cue_text,
    heading_label,
    names_a_case_example,
    names_notes,
    names_pointers,
)
from app.sections.raw import RawBlock
from app.sections.record_box import (
    CELL_SEPARATOR,
    FIELD_LABEL_WORDS,
    holds_only_fields,
    holds_only_points,
)
from app.sections.spaced_table import table_rows
from app.text.letters import SALUTATION_RE, VALEDICTION_RE
from app.text.pictures import labels_a_picture
from app.text.wrapping import ends_unfinished

MAX_HEADING_LENGTH = 100
"""Longer lines are prose, whatever their shape."""
MAX_HEADING_WORDS = 14
MAX_PLAIN_HEADING_LENGTH = 80
"""Unnumbered, unmarked lines must be shorter still to be taken as headings."""
MAX_PLAIN_HEADING_WORDS = 10
MAX_TITLE_LENGTH = 200
MAX_LABEL_WORDS = 5
PAGE_TITLE_WITHIN = 6
"""A page's `#` title is looked for among this many first blocks."""
MENU_REACH = 30
"""…or further down, among this many, when every block before it is a menu entry…"""
MENU_ENTRY_WORDS = 5
"""…a short line of at most this many words, not a sentence."""

MAX_BARE_HEADING_NUMBER = 30
"""A bare number before a set-apart heading's words is a section's up to this: chapters run to
a few dozen sections at most, while a larger figure opening a bold line ("100 Families") is a
count in its words."""
_NUMBER = re.compile(
    r"(?P<prefix>(?:section|part|chapter)[ ]+|\u00a7[ ]?)?"
    r"(?P<number>\d{1,2}(?:\.\d{1,2})*(?:\.[a-z])?)"
    r"(?:(?P<separator>\\?[.)](?!\d)|[ ]*[:\-\u2013\u2014](?=[ ]))[ ]*|[ ]+)"
    r"(?=[\"'\u2018\u201c(\[*_]{0,2}[A-Z0-9])",
    re.IGNORECASE,
)
_ENDS_LIKE_PROSE = re.compile(r"[.,;:!][\"'\u201d\u2019)\]*]*$")
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*")
_SPOKEN_QUOTATION = re.compile(
    r"^[*_]*[\"\u201c\u2018'][^\n]*[.!?][\"\u201d\u2019'][ \t]*"
    r"(?:[\u2014\u2013-][ \t]*\w[^\n]*|\([ \t]*\w[^()\n]*\))[*_]*$"
)
"""A line that is someone's words in quotation marks, a sentence ending inside them, with the
speaker after a dash or in brackets: a pull quote set in bold (decision 0433)."""
MIN_QUOTATION_WORDS = 6
_MINOR_WORDS = frozenset(re.findall(r"\w+", "a an and as at by for from in into of on or the to"))
_MINOR_WORDS |= {"with", "within", "our", "your", "their", "its", "vs"}
"""Words a Title Case heading leaves in lower case."""
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?"
_DATE_OR_LABEL = re.compile(
    rf"^(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?[ ]+)?\d{4}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}(?:-\d{2})?"
    # "Version 12 - May 2025", "Revision 4", "Version 3 \u00b7 Updated 27 March 2025"
    r"|(?:v(?:ersion)?|revision)[ ]?\d+(?:\.\d+)*(?:[ ]*[-\u2013\u2014|,:\u00b7\u2022][ ]*"
    r"(?:(?:last[ ])?(?:amended|updated|reviewed|revised|issued|published)[ ]?:?[ ]+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}))?"
    # "Version 4.2 - approved by the Corporate Parenting Board on 11 July 2024": a version
    # approved by a body on a day, whose name may be a kind's heading words (blind287)
    r"|(?:v(?:ersion)?|revision|issue)[ ]?\d+(?:\.\d+)*[ ]*[-\u2013\u2014|:\u00b7\u2022][ ]*"
    r"(?:(?:the[ ])?changes[ ])?(?:approved|agreed|adopted|endorsed|signed[ ]off)[ ]by[ ].*\d{4}"
    r"|end|end of (?:chapter|document|procedure|policy)"
    r"|(?:last|date)[ ](?:updated|reviewed|amended|modified|revised|edited|checked|refreshed).*"
    rf"|(?:[a-z]+[ ]){{0,2}}(?:last[ ])?(?:updated|reviewed|amended|revised|published|edited"
    rf"|modified|checked)(?:[ ]on)?[ ]?:?[ ]+(?:{_WEEKDAY}[ ]+)?(?:\d|{_MONTH}).*"
    r"|page[ ]\d+(?:[ ]of[ ]\d+)?"
    # "This page was last reviewed on 9 December 2024": the page's stamp as a sentence
    r"|(?:this[ ])?page[ ](?:was|has[ ]been)[ ](?:last[ ])?"
    rf"(?:updated|reviewed|modified|edited|checked)(?:[ ]on)?[ ]+(?:{_WEEKDAY}[ ]+)?"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})"
    r"|(?:[a-z]+[ ]){0,2}version[ ]?:[ ]?v?\d+(?:\.\d+)*"  # "Document version: v14"
    rf"|(?:[a-z]+[ ]){{0,3}}[a-z]+[ ]?:[ ]*(?:{_WEEKDAY}[ ]+)?"  # "Next review: April 2026"
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}))"  # "Next review: 2027-03-18"
    r"\.?$",
    re.IGNORECASE,
)


@dataclass(slots=True)
class HeadingState:
    """What the rules know and have decided about one document's blocks."""

    text: str
    blocks: list[RawBlock]
    cues: Cues
    is_heading: list[bool] = field(default_factory=list)
    number: list[str | None] = field(default_factory=list)
    """A heading's number as printed, without its trailing dot ("4", "2.1")."""
    ordinal: list[str | None] = field(default_factory=list)
    """A heading's letter or roman numeral as printed, without its dot ("B", "iv"): the author
    numbered it as a section of its own, outside the digits' sequence and levels."""
    label_start: list[int] = field(default_factory=list)
    """Where the heading as printed begins: its number, else its words."""
    words_start: list[int] = field(default_factory=list)
    """Where the heading's words begin, after its number."""
    rule: list[str] = field(default_factory=list)
    """Name of the rule that decided each block ("" when none claimed it)."""
    level: list[int] = field(default_factory=list)
    table: list[bool] = field(default_factory=list)
    """Whether each block is a table set out by spaces or pipes, or a row of one
    (`spaced_table`): never a heading, and as much a break as prose is."""
    title_index: int | None = None
    bare_numbered: frozenset[int] = frozenset()
    """Blocks numbered "4 Title", with no stop, whose numbers run on from one such line to the
    next through the document (`bare_numbered_sequence`): headings as a page copied as text
    leaves them when its list numbering lost its dots."""
    jump_boxes: list[range] = field(default_factory=list)
    """The entries of each box of jump links whose first entry is said again as a heading
    (`entry_said_again`): the author's list of the page's sections, as blocks."""
    stacked_sub_headings: set[int] = field(default_factory=set)
    """Lines taken as a section's first sub-heading stacked straight under its heading
    (`heading_over_first_sub_heading`), kept inside that section (`stacked_sub_headings_inside`)."""
    _wrap_width: int | None = -1
    """The width the text is hard-wrapped at (`hard_wrap_width`), measured when first asked."""
    _wrapped_numbering: frozenset[int] | None = None
    """Whole numbers of the runs of numbered headings a wrapped one may continue
    (`wrapped_numbering`), found when first asked."""
    _heading_kinds: dict[str, str | None] = field(default_factory=dict)
    """`cues.heading_kind` of each wording asked so far (`heading_kind`)."""
    _list_starts: list[int] | None = None
    """Where the run of list items each block stands in begins (`list_run_start`), found when
    first asked."""
    _stated_headings: frozenset[int] | None = None
    """Blocks that state their stanza's point as a sentence heading (`stated_headings`), found
    when first asked."""
    _bold_stated: frozenset[int] | None = None
    """Bold paragraphs that head the document's sections as full sentences
    (`bold_stated_headings`), found when first asked."""
    _all_plain: bool | None = None
    """Whether no heading but the title is marked up or numbered (`headings_all_plain`), found
    when first asked."""

    def __post_init__(self) -> None:
        count = len(self.blocks)
        self.is_heading = [False] * count
        self.number = [None] * count
        self.ordinal = [None] * count
        self.label_start = [block.content_start for block in self.blocks]
        self.words_start = [block.content_start for block in self.blocks]
        self.rule = [""] * count
        self.level = [block.depth for block in self.blocks]
        self.table = table_rows(self.text, self.blocks)
        self.bare_numbered = bare_numbered_sequence(self.text, self.blocks)

    def words(self, index: int) -> str:
        """The block's words as printed (markup removed), its number included."""
        block = self.blocks[index]
        return self.text[self.label_start[index] : block.content_end]

    def wrap_width(self) -> int | None:
        """The width the text's lines are cut near, or None when it is not hard-wrapped."""
        if self._wrap_width == -1:
            self._wrap_width = hard_wrap_width([len(line) for line in self.text.split("\n")])
        return self._wrap_width

    def heading_kind(self, words: str) -> str | None:
        """`self.cues.heading_kind(words)`, worked out once per wording in this document: the
        rules, the level passes and the planner ask it of the same headings again and again
        (half the asks of a headed seed repeat one, decision 0176)."""
        kinds = self._heading_kinds
        if words not in kinds:
            kinds[words] = self.cues.heading_kind(words)
        return kinds[words]

    def list_run_start(self, index: int) -> int:
        """The first block of the unbroken run of list items that block `index` ends (`index`
        itself when the block before it is no list item), found for every block in one pass:
        the planner asks it of each item of a list, and walking back from each is the list's
        length squared (decision 0184)."""
        if self._list_starts is None:
            starts: list[int] = []
            for position in range(len(self.blocks)):
                joins = position > 0 and self.blocks[position - 1].type == "list_item"
                starts.append(starts[-1] if joins else position)
            self._list_starts = starts
        return self._list_starts[index]

    def headings_all_plain(self, marked_rules: frozenset[str]) -> bool:
        """Whether no heading but the title was claimed by one of `marked_rules` (the rules that
        read the author's markup) or is numbered. Asked by the planner of every pair of headings
        once the rules have decided them all, so it is worked out once (decision 0184); the
        planner always asks it with the same rules."""
        if self._all_plain is None:
            self._all_plain = not any(
                self.is_heading[i]
                and i != self.title_index
                and (self.rule[i] in marked_rules or self.number[i] is not None)
                for i in range(len(self.blocks))
            )
        return self._all_plain

    def claim(self, index: int, rule: str, heading: bool) -> None:
        self.is_heading[index] = heading
        self.rule[index] = rule


_BARE_NUMBER = re.compile(r"[ \t]*(?P<number>[1-9]\d?)[ \t]+(?=(?P<initial>[A-Za-z]))")
MIN_BARE_SEQUENCE = 3
"""Lines numbered "1 …", "2 …", "3 …" at least this many in a row are the chapter's numbered
headings; two may be a count and a street number."""
MIN_CAPITAL_LED_IN_SEQUENCE = 2
"""Of a run of bare-numbered lines, at least this many open with a capital: the others may open
in lower case ("4 corporate parenting reSponSibiLitieS", small capitals as a PDF viewer copies
them) only as the run's next number, never starting a run of their own (decision 0394)."""


def bare_numbered_sequence(text: str, blocks: list[RawBlock]) -> frozenset[int]:
    """Blocks that are one short line opening with a bare number ("2 A Shared Responsibility",
    no stop after it), not followed by another such line (a numbered list of Acts is a run of
    them), whose numbers count up by one from each to the next, at least `MIN_BARE_SEQUENCE`
    of them: a chapter's headings, where any one of them alone might open a sentence ("4
    Children were placed …")."""
    numbered: dict[int, int] = {}
    lower_led: set[int] = set()
    for index, block in enumerate(blocks):
        if block.type != "paragraph" or block.line_count != 1 or block.strong:
            continue
        match = _BARE_NUMBER.match(text, block.content_start, block.content_end)
        if match is None:
            continue
        words = text[match.end() : block.content_end]
        if (
            len(words) > MAX_HEADING_LENGTH
            or len(_WORD.findall(words)) > MAX_HEADING_WORDS
            or _ENDS_LIKE_PROSE.search(words) is not None
        ):
            continue
        numbered[index] = int(match.group("number"))
        if match.group("initial").islower():
            lower_led.add(index)
    # two in a row are a list, not headings with text between them
    candidates = [
        (index, number)
        for index, number in numbered.items()
        if index - 1 not in numbered and index + 1 not in numbered
    ]
    found: set[int] = set()
    run: list[int] = []
    last_number = -1
    for index, number in candidates:
        if run and number == last_number + 1:
            run.append(index)
        elif index in lower_led:
            continue  # a lower-case line only carries a run on; "4 children were …" starts none
        else:
            found.update(_headed_run(run, lower_led))
            run = [index]
        last_number = number
    found.update(_headed_run(run, lower_led))
    return frozenset(found)


def _headed_run(run: list[int], lower_led: set[int]) -> list[int]:
    """A run of bare-numbered lines counting up by one is the chapter's headings when it is long
    enough and enough of them open with a capital; else none of it is."""
    capital_led = sum(1 for index in run if index not in lower_led)
    if len(run) >= MIN_BARE_SEQUENCE and capital_led >= MIN_CAPITAL_LED_IN_SEQUENCE:
        return run
    return []


HeadingRule = Callable[[HeadingState, int, bool], bool]
"""`rule(state, index, silent)`: claim block `index` (deciding whether it is a heading)."""


def markup_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """`## 4. Corporate Parenting`, or an underlined line: the markup says it is a heading."""
    block = state.blocks[index]
    if block.type != "heading":
        return False
    if not silent:
        _take_number(state, index, block.content_start)
        state.claim(index, "markup_heading", True)
    return True


_LETTERED = re.compile(
    r"(?P<number>(?-i:[ivxl]{1,7}|[IVXL]{1,7}|[A-Z]))[.)][ ]+"
    r"(?=[\"'\u2018\u201c(]?(?-i:[A-Z]))",
)
_ROMAN = re.compile(r"l?x{0,3}(?:ix|iv|v?i{0,3})", re.IGNORECASE)


def _ordinal(number: str) -> bool:
    """A capital letter ("B"), or a roman numeral in one case ("iv", "XII")."""
    return (len(number) == 1 and number.isupper()) or _ROMAN.fullmatch(number) is not None


def lettered_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """A short line numbered by a letter or a roman numeral, standing between paragraphs of
    prose: "B. What has changed?", "iv. Values", "XII. Contacts". Digits are `numbered_heading`'s;
    these numbers are not counted into the sequence (the heading's `number` stays None), and a
    run of such lines with nothing between them ("a. Children Act 1989", "b. …") is a list."""
    block = state.blocks[index]
    if block.type != "paragraph" or block.line_count > 1:
        return False
    match = _LETTERED.match(state.text, block.content_start, block.content_end)
    if match is None:
        return False
    number = match.group("number")
    if not _ordinal(number):
        return False
    words = state.text[match.end() : block.content_end]
    if (
        len(words) > MAX_PLAIN_HEADING_LENGTH
        or len(_WORD.findall(words)) > MAX_HEADING_WORDS
        or _ENDS_LIKE_PROSE.search(words) is not None
        or not _preceded_by_break(state, index)
        or not _followed_by_body(state, index)
    ):
        return False
    if not silent:
        state.ordinal[index] = number
        state.words_start[index] = match.end()
        state.claim(index, "lettered_heading", True)
    return True


def table_row(state: HeadingState, index: int, silent: bool) -> bool:
    """A row of a table set out by spaces or pipes ("Act      Year    Relevance" over rows
    that line up with it) is a row, not a heading, however short and capitalised it is."""
    if not state.table[index]:
        return False
    if not silent:
        state.claim(index, "table_row", False)
    return True


def box_label(state: HeadingState, index: int, silent: bool) -> bool:
    """The label cell of a one-row box whose label the family knows as a heading, split from
    the sentence beside it ("Amendment | In May 2025 …", decision 0084), or a heading of a
    table that lays the chapter out (`labelled_row`), with its number where it has one."""
    block = state.blocks[index]
    if not block.box_label or index + 1 >= len(state.blocks):
        return False
    if not silent:
        match = _NUMBER.match(state.text, block.content_start, block.content_end)
        if match is not None and match.group("separator") is not None:
            # a layout table's numbered heading ("3. Our ambition"): numbered as a line is
            state.number[index] = match.group("number")
            state.label_start[index] = block.content_start
            state.words_start[index] = match.end()
        state.claim(index, "box_label", True)
    return True


MAX_WRAPPED_HEADING_WORDS = 16
"""A heading long enough to wrap holds more words than a one-line one (`MAX_HEADING_WORDS`), but
no more than two lines of a narrow page's Title Case."""


def wrapped_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """A heading hard-wrapped text cut onto two lines: "2. A Joint Duty to Keep Children Safe
    Shared by Every Partner Agency" / "Working in the Borough", "Scope of this Chapter and the
    Amendments Made to It When It Was Last" / "Reviewed" (decision 0163). It is one heading,
    numbered or plain as its one-line peers are (the rule claims it under their names), when:

    - the text is hard-wrapped and the first line was cut there: it is filled to the width, and
      the next line's first word would not have fitted on it (`_cut_at_width`); the second
      line is the shorter;
    - it stands apart, a blank line above and below, over a paragraph of prose;
    - its words, joined, are Title Case, hold no figure and at most `MAX_WRAPPED_HEADING_WORDS`,
      and neither line ends as a sentence does;
    - when numbered, its number continues a run of the document's numbered headings that holds
      one-line ones (`wrapped_numbering`).

    Two-line paragraphs of prose end with a stop, an address or a list of Acts holds figures, a
    list's lead-in ends in a colon, a short two-line block was not cut at the width, and an item
    of a list has no blank lines round it: none of those is taken. `not_a_heading`, which turns
    away every block of several lines, asks this rule first about a block of two."""
    block = state.blocks[index]
    if block.line_count != 2 or block.strong or not _may_wrap_heading(block):
        return False
    if index == 0 or index + 1 >= len(state.blocks):
        return False
    line_start = state.text.rfind("\n", 0, block.content_start) + 1  # its number included
    first, _, second = state.text[line_start : block.content_end].partition("\n")
    first, second = first.rstrip(), second.strip()
    if (
        not second
        or len(first) < WRAP_FILL * NARROW_WRAP  # no text is wrapped narrower
        or len(second) >= len(first)
        or first[-1:] in ".;:!?"
    ):
        return False
    following = state.blocks[index + 1]
    if (
        following.type != "paragraph"
        or not _blank_between(state, state.blocks[index - 1], block)
        or not _blank_between(state, block, following)
    ):
        return False
    anchor = _marker_start(state, index) if block.ordered else block.content_start
    match = _NUMBER.match(state.text, anchor, block.content_end)
    if match is not None and not (_numbered_shape(match) and match.group("number").isdigit()):
        match = None  # "2.1", "4 Children …": not a top-level heading's number
    words_start = match.end() if match is not None else block.content_start
    words = " ".join(state.text[words_start : block.content_end].split())
    if (
        len(_WORD.findall(words)) > MAX_WRAPPED_HEADING_WORDS
        or any(character.isdigit() for character in words)
        or _ENDS_LIKE_PROSE.search(words) is not None
        or not _capitalised(words)
        or not _followed_by_prose(state, index)
    ):
        return False
    width = state.wrap_width()  # measured once, for the few blocks that come this far
    if width is None or not _cut_at_width(first, second, width):
        return False
    if match is not None and int(match.group("number")) not in wrapped_numbering(state):
        return False
    if not silent:
        if match is not None:
            state.number[index] = match.group("number")
            state.label_start[index] = anchor
            state.words_start[index] = match.end()
            state.claim(index, "numbered_heading", True)
        else:
            state.claim(index, "capitalised_line", True)
    return True


def _may_wrap_heading(block: RawBlock) -> bool:
    """A paragraph, or a numbered list item standing alone or at the top level ("4. Corporate
    Parenting and …" as a markdown reader takes it)."""
    return block.type == "paragraph" or (
        block.type == "list_item" and block.ordered and (block.sole_item or block.depth <= 1)
    )


def _cut_at_width(first: str, second: str, width: int) -> bool:
    """Line `first` was cut by the text's wrap `width`: it is filled near the width, and the
    next line's first word, after a space, would have run past it."""
    next_word = second.split(maxsplit=1)[0]
    return len(first) >= WRAP_FILL * width and len(first) + 1 + len(next_word) > width


def wrapped_numbering(state: HeadingState) -> frozenset[int]:
    """The whole numbers a wrapped numbered heading may bear: those of runs of consecutive
    numbers, at least `MIN_BARE_SEQUENCE` long, among the document's numbered one- and two-line
    blocks, where the run holds a one-line heading's number ("3. Our Values" between two wrapped
    headings numbered 2 and 4). A numbered list's wrapped item does not reach here (it has no
    blank lines round it); the run keeps a lone numbered line of prose out."""
    if state._wrapped_numbering is not None:
        return state._wrapped_numbering
    one_line: set[int] = set()
    two_line: set[int] = set()
    for index, block in enumerate(state.blocks):
        if block.line_count > 2 or not _may_wrap_heading(block):
            continue
        anchor = _marker_start(state, index) if block.ordered else block.content_start
        match = _NUMBER.match(state.text, anchor, block.content_end)
        if match is None or not match.group("number").isdigit():
            continue
        if not _numbered_shape(match, set_apart=index in state.bare_numbered):
            continue
        if block.line_count == 2:
            two_line.add(int(match.group("number")))
        elif _ENDS_LIKE_PROSE.search(state.text, match.end(), block.content_end) is None:
            one_line.add(int(match.group("number")))
    found: set[int] = set()
    run: list[int] = []
    for number in sorted(one_line | two_line):
        if run and number != run[-1] + 1:
            found.update(_numbered_run(run, one_line))
            run = []
        run.append(number)
    found.update(_numbered_run(run, one_line))
    state._wrapped_numbering = frozenset(found)
    return state._wrapped_numbering


def _numbered_run(run: list[int], one_line: set[int]) -> list[int]:
    if len(run) >= MIN_BARE_SEQUENCE and any(number in one_line for number in run):
        return run
    return []


def not_a_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """Prose, bullets, dates, version labels and "End" are never headings; nor is a block of
    several lines, but for a heading hard-wrapped onto two (`wrapped_heading`)."""
    block = state.blocks[index]
    content = state.text[block.content_start : block.content_end]
    if block.line_count == 1 and labels_a_picture(state.words(index)):
        if not silent:
            state.claim(index, "not_a_heading", False)
        return True  # a picture's label beside a point ("Picture: a calendar"), decision 0495
    reject = (
        block.line_count > 1
        or not content
        or len(content) > MAX_HEADING_LENGTH
        or (block.type == "list_item" and not block.ordered)
        or (block.type == "list_item" and block.depth > 1)
        or _DATE_OR_LABEL.match(content) is not None
        or (
            _ENDS_LIKE_PROSE.search(content) is not None
            and not _short_label(content, block.ordered or _NUMBER.match(content) is not None)
        )
        or content[0].islower()
        or _spoken_quotation(content)
    )
    if (
        reject
        and block.line_count == 1
        and not block.ordered
        and _colon_label(content)
        and _NUMBER.match(content) is None
        and sentence_line(state, index, silent)
    ):
        return True  # a sentence-case label ending in a colon, over prose: a heading after all
    if reject and block.line_count == 2 and wrapped_heading(state, index, silent):
        return True  # a heading hard-wrapped text cut onto two lines: one heading after all
    if reject and block.line_count == 1 and index in stated_headings(state):
        return False  # a sentence heading over its stanza's paragraph (`stated_headings`)
    if reject and index in bold_stated_headings(state):
        return False  # a bold sentence heading over its section (`bold_stated_headings`)
    if not reject and block.strong and _is_callout_label(state, index):
        reject = True  # a callout's type over its words ("> **Note**"): the box's label
    if reject and not silent:
        state.claim(index, "not_a_heading", False)
    return reject


def _spoken_quotation(content: str) -> bool:
    """Whether a line is a pull quote with its speaker ("**'They never gave up on me.'
    - Sam, 17**"): a heading may quote a name, never a whole sentence someone said."""
    return (
        _SPOKEN_QUOTATION.match(content) is not None
        and len(_WORD.findall(content)) >= MIN_QUOTATION_WORDS
    )


def numbered_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """Lines such as "4. Corporate Parenting", "2.1 Responsibilities" or "Section 3: Values"."""
    block = state.blocks[index]
    if block.ordered and not _may_be_heading_item(block):
        return False
    anchor = _marker_start(state, index) if block.ordered else block.content_start
    match = _NUMBER.match(state.text, anchor, block.content_end)
    set_apart = block.strong or index in state.bare_numbered
    if match is None or not _numbered_shape(match, set_apart=set_apart):
        return False
    words = state.text[match.end() : block.content_end]
    if len(words) > MAX_HEADING_LENGTH or len(_WORD.findall(words)) > MAX_HEADING_WORDS:
        return False
    if _JUST_A_DATE.match(words.strip(" *_")):
        return False  # "5.0 30 September 2024": a version table's row, broken off (0235)
    if index + 1 >= len(state.blocks) or _ends_a_semicolon_list(state, index, match):
        return False
    if _closes_a_list_of_prose_items(state, index):
        return False
    if not silent:
        state.number[index] = match.group("number")
        state.label_start[index] = anchor
        state.words_start[index] = match.end()
        state.claim(index, "numbered_heading", True)
    return True


_JUST_A_DATE = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+)?\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})$",
    re.IGNORECASE,
)
"""A number's words that are a date and nothing more ("30 September 2024", "14/04/2022"): a
version and its date, a row of a version table that a PDF's extraction broke off its table, not
a numbered heading, which names its part."""


def _ends_a_semicolon_list(state: HeadingState, index: int, match: re.Match[str]) -> bool:
    """Whether numbered line `index` closes a list of numbered lines that end with semicolons
    ("2.1.1 Children Act 1989;" / "2.1.2 …;" / "2.1.3 Care Leavers (England) Regulations
    2010."): the line before it is numbered at the same depth and ends with ";", so this one is
    that list's last item, not a heading. A list item's number is its marker, before its content
    ("2. Children Act 2004;" as plain text's list reads it, decision 0276)."""
    if index == 0:
        return False
    before = state.blocks[index - 1]
    content = state.text[before.content_start : before.content_end].rstrip()
    if not content.endswith(";"):
        return False
    anchor = _marker_start(state, index - 1) if before.ordered else before.content_start
    previous = _NUMBER.match(state.text, anchor, before.content_end)
    return previous is not None and previous.group("number").count(".") == match.group(
        "number"
    ).count(".")


def _closes_a_list_of_prose_items(state: HeadingState, index: int) -> bool:
    """Whether numbered list item `index` follows, with no blank line between, the item before
    it in the same list's numbering ("6." then "7."), which is no heading: the list's last, short
    item ("7. To prepare them for
    adulthood and independent living" under six longer principles), not a numbered heading.
    Numbered headings stand apart from each other, with their text between them."""
    block = state.blocks[index]
    if index == 0 or block.type != "list_item" or not block.ordered or block.sole_item:
        return False
    before = state.blocks[index - 1]
    if not (
        before.type == "list_item"
        and before.ordered
        and before.depth == block.depth
        and not state.is_heading[index - 1]
        and before.end == block.start
    ):
        return False
    number = _NUMBER.match(state.text, _marker_start(state, index), block.content_end)
    previous = _NUMBER.match(state.text, _marker_start(state, index - 1), before.content_end)
    return (
        number is not None
        and previous is not None
        and number.group("number").isdigit()
        and previous.group("number").isdigit()
        and int(previous.group("number")) + 1 == int(number.group("number"))
    )


def strong_line(state: HeadingState, index: int, silent: bool) -> bool:
    """A short line in bold, followed by more text: how many web pages mark their headings.
    A bold line over a date stamp ("**Whitcliffe Council**", then "Last updated 2 May 2024") is
    a byline, unless the family's cues name it as a heading ("**Amendment**" over "May 2024")."""
    block = state.blocks[index]
    if not block.strong or block.type != "paragraph" or index + 1 >= len(state.blocks):
        return False
    if _is_callout_label(state, index):
        return False
    if (
        _over_stamp(state, index)
        and state.heading_kind(state.words(index)) is None
        and not heads_closing_stamps(state, index)
    ):
        return False
    if not silent:
        state.claim(index, "strong_line", True)
    return True


CALLOUT_LABELS = frozenset(
    {
        "info",
        "information",
        "note",
        "notes",
        "tip",
        "hint",
        "warning",
        "caution",
        "important",
        "notice",
        "success",
        "error",
        "danger",
        "attention",
        "remember",
    }
)
"""The types a notes tool or a wiki gives its callouts and panels, printed in bold as the
callout's first line ("> **Info**", "> **Warning**")."""
_CALLOUT_ICON_OR_MARKS = re.compile(r"[^\w]+", re.UNICODE)


def _is_callout_label(state: HeadingState, index: int) -> bool:
    """Whether bold line `index` opens a quote as its callout's type ("> **Info**" after an
    icon, then the callout's words): the box's label, which names no part of the chapter."""
    block = state.blocks[index]
    if state.text[block.start : block.content_start].lstrip()[:1] != ">":
        return False
    words = _CALLOUT_ICON_OR_MARKS.sub(" ", state.words(index)).strip().lower()
    return words in CALLOUT_LABELS


def cue_heading(state: HeadingState, index: int, silent: bool) -> bool:
    """A short line the family recognises as a heading ("Scope of this chapter", "Amendment"),
    or one that names the notes or references under the body ("References" over "[1] Children
    Act 1989", lines no shape of body text follows), as every family's documents set them."""
    if not _cue_heading_shape(state, index):
        return False
    if not _preceded_by_break(state, index) and not _cue_line_after_plain_list(state, index):
        return False
    if _first_entry_under_pointers(state, index):
        return False
    if not silent:
        state.claim(index, "cue_heading", True)
    return True


def _first_entry_under_pointers(state: HeadingState, index: int) -> bool:
    """Whether line `index` stands right under a line heading pointers to other documents
    ("Related guidance" over "Oxbourne Corporate Parenting Strategy 2025 to 2028"), with no blank
    line between: the first of the titles the pointer heading heads, copied from a page without
    its bullets, though a kind's words in the title make it look like a heading of that kind
    (decision 0324). Only where another entry follows it: a lone title under the pointer heading
    may stand over the chapter's next heading ("Related guidance", "Working Together to
    Safeguard Children", "Introduction"), and how that reads is left as it was."""
    if index == 0 or index + 1 >= len(state.blocks):
        return False
    above, below = state.blocks[index - 1], state.blocks[index + 1]
    return (
        above.type == "paragraph"
        and above.line_count == 1
        and not _blank_between(state, above, state.blocks[index])
        and names_pointers(state.words(index - 1))
        and below.type == "paragraph"
        and _short_plain_line(state, index + 1)
        and not _blank_between(state, state.blocks[index], below)
        and not _cue_heading_shape(state, index + 1)
    )


MIN_PLAIN_LIST_LINES = 2
"""Short lines above a cue heading, at the least, for them to read as a list of items."""


def _cue_line_after_plain_list(state: HeadingState, index: int) -> bool:
    """A line the family's cues name a heading of one kind ("How we practise"), right under a
    run of short unmarked lines none of which the cues know ("Be kind", "Be curious"), which
    stands under a heading the cues name another kind ("Values we hold"), with prose after it:
    a page copied from a browser loses a list's bullets and the blank lines around the heading
    after it. A contents list's entries are cue headings themselves, and a list's last item
    under a heading of its own kind is one more item, as is a line citing a year or naming an
    instrument. The run may hang from a lead-in paragraph ending in a colon under that heading
    ("Introduction", "… the following Acts:", the Acts, then "A Shared Responsibility" over its
    prose; decision 0366)."""
    words = state.words(index)
    if any(char.isdigit() for char in words) or _INSTRUMENT_WORD.search(words) is not None:
        return False  # one more statute or guidance of a list of them ("Working Together 2023")
    kind = state.heading_kind(words)
    if kind is None or not _followed_by_prose(state, index):
        return False
    above = index - 1
    while (
        above > 0
        and not state.is_heading[above]
        and state.blocks[above].type == "paragraph"
        and _short_plain_line(state, above)
        and state.heading_kind(state.words(above)) is None
    ):
        above -= 1
    if index - 1 - above < MIN_PLAIN_LIST_LINES:
        return False
    if not state.is_heading[above] and above > 0 and _ends_with_colon(state, above):
        above -= 1  # the list's lead-in ("It is underpinned by the following Acts:"), decision 0366
    if not state.is_heading[above]:
        return False
    opening = state.heading_kind(state.words(above))
    return opening is not None and opening != kind


def _cue_heading_shape(state: HeadingState, index: int) -> bool:
    """A short plain line with text after it, whose words the family's cues know as a heading."""
    block = state.blocks[index]
    if block.type != "paragraph" or not _short_plain_line(state, index):
        return False
    if not _followed_by_text(state, index):
        return False
    words = state.words(index)
    return (
        state.heading_kind(words) is not None or names_notes(words)
    ) and not _in_a_run_of_labelled_rows(state, index)


def appendix_line(state: HeadingState, index: int, silent: bool) -> bool:
    """A short plain line labelled as an appendix ("Appendix 2: Related procedures", "Annex B"):
    a heading whatever follows it, short lines of a list of procedures or contacts included, as
    an appendix's own material is often set out, and whatever stands above it (the last contact
    line of the appendix before). Only a line right under another appendix's label, with no
    blank line between them, is one more line of a list of appendices."""
    block = state.blocks[index]
    if block.type != "paragraph" or not _short_plain_line(state, index):
        return False
    if appendix_words(state.words(index)) is None or not _followed_by_text(state, index):
        return False
    if (
        index > 0
        and not _blank_between(state, state.blocks[index - 1], block)
        and appendix_words(state.words(index - 1)) is not None
    ):
        return False
    if not silent:
        state.claim(index, "appendix_line", True)
    return True


def capitalised_line(state: HeadingState, index: int, silent: bool) -> bool:
    """A short Title Case or UPPER CASE line followed by body text ("Our Values"), not a row of
    a box of labelled lines ("Practice model: Motivational Social Work" over "Training: …",
    decision 0282)."""
    block = state.blocks[index]
    if block.type != "paragraph" or not _short_plain_line(state, index):
        return False
    if not (_followed_by_body(state, index) or _over_labelled_rows(state, index)):
        return False
    if not _preceded_by_break(state, index):
        return False
    if not _capitalised(state.words(index)) or _in_a_run_of_labelled_rows(state, index):
        return False
    if not silent:
        state.claim(index, "capitalised_line", True)
    return True


MAX_SENTENCE_HEADING_WORDS = 10
"""A heading in sentence case ("Our promise to children in care", "Who this chapter is for and
the laws that apply") is shorter than most sentences."""


def sentence_line(state: HeadingState, index: int, silent: bool) -> bool:
    """A short sentence-case line with no closing punctuation, standing between paragraphs of
    prose: how headings named by meaning are often written ("What we believe", "How we work
    with partners"). Lines of an unbulleted list are not taken: one stands after another short
    line, or before one. A list may follow one that names it ("Getting the plan right"), not
    one that leads into it ("Our work is guided by")."""
    block = state.blocks[index]
    if block.type != "paragraph" or block.line_count > 1:
        return False
    if index in stated_headings(state):
        if not silent:
            state.claim(index, "sentence_line", True)
        return True
    words = state.words(index)
    labelled = _colon_label(words)
    most_words = MAX_HEADING_WORDS if words.rstrip().endswith("?") else MAX_SENTENCE_HEADING_WORDS
    if (
        not after_icons(words)[:1].isupper()
        or len(_WORD.findall(words)) > most_words
        or len(words) > MAX_PLAIN_HEADING_LENGTH
        or (_ENDS_LIKE_PROSE.search(words) is not None and not labelled)
        or any(char.isdigit() for char in _AGE_NAMED.sub("", words))
    ):
        return False
    if not _followed_by_body(state, index) and not heads_closing_stamps(state, index):
        return False
    if _in_a_run_of_labelled_rows(state, index):
        return False
    if labelled and (
        state.blocks[index + 1].type != "paragraph"
        or not _preceded_by_break(state, index)
        or _opens_in_lower_case(state, index + 1)
    ):
        return False
    if not _preceded_by_break(state, index) and not (
        _after_dated_line(state, index) and not _capitalised(words)
    ):
        return False
    following = state.blocks[index + 1].type
    if following != "paragraph" and not (
        following == "list_item" and _preceded_by_break(state, index) and _names_not_leads(words)
    ):
        return False
    if not silent:
        state.claim(index, "sentence_line", True)
    return True


MIN_STATED_HEADINGS = 3
"""A document that heads its stanzas with full sentences does so for several of them."""


def stated_headings(state: HeadingState) -> frozenset[int]:
    """The lines that head the document's stanzas as full sentences ending in a full stop, the
    stanza's paragraph on the very next line ("We will use one shared way of working with every
    family." over "All our practitioners are trained in …"): in text not hard-wrapped, where a
    line end is the author's own, a one-sentence line after a blank line, shorter than the text
    that follows it in its stanza, set so at least `MIN_STATED_HEADINGS` times and for most
    stanzas of more than one block. A one-sentence paragraph between blank lines is none, nor a
    stanza's first sentence where most stanzas open otherwise; worked out once per document."""
    if state._stated_headings is not None:
        return state._stated_headings
    found = [index for index in range(len(state.blocks)) if _states_its_stanza(state, index)]
    if (
        len(found) < MIN_STATED_HEADINGS
        or state.wrap_width()
        or 2 * len(found) <= _stanzas_of_several(state)
    ):
        found = []
    state._stated_headings = frozenset(found)
    return state._stated_headings


def bold_stated_headings(state: HeadingState) -> frozenset[int]:
    """The bold paragraphs that head the document's sections as full sentences ending in a full
    stop ("**The whole council is a parent.**" over "Children who are looked after have the
    council as …"), as a Word file set all in the Normal style bolds its headings: each wholly
    bold, one line of one sentence opening in a capital, after a break, over a paragraph that is
    not bold and is longer than itself, and so at least `MIN_STATED_HEADINGS` times in the
    document. One bold sentence over a paragraph is an emphasis or a warning, not the way the
    author heads sections; worked out once per document."""
    if state._bold_stated is not None:
        return state._bold_stated
    found = [index for index in range(len(state.blocks)) if _bold_states_its_section(state, index)]
    state._bold_stated = frozenset(found if len(found) >= MIN_STATED_HEADINGS else ())
    return state._bold_stated


def _bold_states_its_section(state: HeadingState, index: int) -> bool:
    blocks = state.blocks
    block = blocks[index]
    if not block.strong or block.type != "paragraph" or block.line_count > 1:
        return False
    content = state.text[block.content_start : block.content_end]
    if len(content) > MAX_HEADING_LENGTH or len(_WORD.findall(content)) > MAX_HEADING_WORDS:
        return False
    if not content[:1].isupper() or _ONE_SENTENCE_LINE.fullmatch(content) is None:
        return False
    if (
        index + 1 >= len(blocks)
        or index == 0
        or not _blank_between(state, blocks[index - 1], block)
    ):
        return False
    after = blocks[index + 1]
    return (
        after.type == "paragraph"
        and not after.strong
        and after.content_end - after.content_start > len(content)
    )


def _stanzas_of_several(state: HeadingState) -> int:
    """How many runs of blocks with no blank line between them hold more than one block."""
    blocks = state.blocks
    ends = [
        index
        for index in range(1, len(blocks))
        if _blank_between(state, blocks[index - 1], blocks[index])
    ]
    firsts = [0, *ends]
    lasts = [end - 1 for end in ends] + [len(blocks) - 1]
    return sum(1 for first, last in zip(firsts, lasts, strict=True) if last > first)


def _states_its_stanza(state: HeadingState, index: int) -> bool:
    """Whether block `index` is one sentence on one line after a blank line (or opening the
    text), with a paragraph on the very next line and more text under it in its stanza (the
    blocks up to the next blank line) than it holds itself. Its own shape is asked first: most
    blocks fail there."""
    blocks = state.blocks
    block = blocks[index]
    if block.type != "paragraph" or block.line_count > 1:
        return False
    length = block.content_end - block.content_start
    if length > MAX_HEADING_LENGTH or state.text[block.content_end - 1 : block.content_end] != ".":
        return False
    content = state.text[block.content_start : block.content_end]
    if not content[:1].isupper() or _ONE_SENTENCE_LINE.fullmatch(content) is None:
        return False
    if index > 0 and not _blank_between(state, blocks[index - 1], block):
        return False
    if index + 1 >= len(blocks) or blocks[index + 1].type != "paragraph":
        return False
    under = 0
    position = index + 1
    while position < len(blocks) and not _blank_between(
        state, blocks[position - 1], blocks[position]
    ):
        under += blocks[position].content_end - blocks[position].content_start
        position += 1
    return under > length


_AGE_NAMED = re.compile(
    r"\b(?:after|at|over|under|until|till|to|turn|turns|turning|reach|reaches|reaching|beyond"
    r"|past|aged?|from)[ \t]+"
    rf"(?:1\d|2[0-5])(?:s|\+)?(?![\w/.:\-]|[ \t]*(?:{_MONTH}|\d))",
    re.IGNORECASE,
)
"""An age named in a heading ("After 18, not alone", "Support up to 25", "Turning 18", "When you
turn 18", blind321): the only number a sentence-case heading may hold. Other numbers (a year, a
date, a version, a statute's year closing an unbulleted list) keep a line from being taken as a
heading by its shape (decision 0204)."""


def heads_closing_stamps(state: HeadingState, index: int) -> bool:
    """Whether the line is followed, to the end of the document, only by stamp lines (dated
    history entries "First published: June 2020", "Revised: March 2025", "Last updated: …")
    and stands after a break: it names the chapter's closing record ("Where this chapter has
    been", "Last word"), a heading of the end matter though no prose follows it. A council's
    name over a stamp is a byline, not such a heading (decision 0204). The page's dated history
    listed under its stamps, each entry opening with its day ("9 June 2025 Section 4 amended"),
    is part of that record; a dated list with no stamp beside it may be the chapter's own
    (decision 0519)."""
    following = range(index + 1, len(state.blocks))
    if not following or opens_with_council_name(state.words(index).strip()):
        return False
    if _is_stamp_line(state.words(index)):
        return False
    stamps = 0
    for position in following:
        block = state.blocks[position]
        content = state.text[block.content_start : block.content_end]
        if block.type == "paragraph" and _is_stamp_line(content):
            stamps += 1
        elif block.type != "list_item" or _OPENS_WITH_A_DATE.match(content) is None:
            return False
    return stamps > 0 and _preceded_by_break(state, index)


_OPENS_WITH_A_DATE = re.compile(
    rf"(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ ]+)?\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)
"""A list item that opens with the day it records ("9 June 2025 Section 4 amended …", "3 March
2025 First published."): an entry of the page's dated history, listed under its stamps, which
`heads_closing_stamps` reads as the closing record with them (decision 0519)."""


_LABELLED_ROW = re.compile(r"[A-Z][^:\n]{0,40}?[^\W\d_]:[ \t]+\S[^\n]*(?<![.!?])")
"""A line that gives a label, a colon and its value on one line ("Permanence plan agreed:
within 3 months", "Staying Close: for young people leaving children's homes")."""


def _in_a_run_of_labelled_rows(state: HeadingState, index: int) -> bool:
    """Whether line `index` and a line beside it (the block before or after) both give a label
    and its value after a colon, with no full stop: the rows of a summary box copied as text
    ("At a glance", then "Personal adviser support: until 25", "Staying Close: from 18"), none
    of which heads the other (decision 0220). The block beside may hold several such rows, one
    a line, which a text reader joins as one paragraph ("Training: within 6 months" over
    "Supervision: monthly" on a policy on a page, decision 0282). A heading with a colon ("Our
    approach: Strengthening Families") has prose beside it, or labelled sentences ("Respect: we
    treat every family with dignity."), not another such row."""
    if not _LABELLED_ROW.fullmatch(state.words(index).strip()):
        return False
    for other in (index - 1, index + 1):
        if 0 <= other < len(state.blocks):
            block = state.blocks[other]
            if block.type == "paragraph" and all(
                _LABELLED_ROW.fullmatch(line.strip()) for line in state.words(other).split("\n")
            ):
                return True
    return False


MIN_LABELLED_ROWS = 2
"""Rows of labelled lines under a capitalised line, at the least, for them to be its body."""


def _over_labelled_rows(state: HeadingState, index: int) -> bool:
    """Whether the blocks after line `index` open with rows of labelled lines, one a line, in one
    paragraph or several ("Email: …" over "Phone: …" under "CONTACT" on a policy on a page,
    decision 0282): the body of the line above, though each row alone is too short to read as
    prose."""
    rows = 0
    following = index + 1
    while following < len(state.blocks) and rows < MIN_LABELLED_ROWS:
        if state.blocks[following].type != "paragraph":
            break
        lines = state.words(following).split("\n")
        if not all(_LABELLED_ROW.fullmatch(line.strip()) for line in lines):
            break
        rows += len(lines)
        following += 1
    return rows >= MIN_LABELLED_ROWS


def _opens_in_lower_case(state: HeadingState, index: int) -> bool:
    """Block `index` opens in lower case: under a line ending in a colon, the rest of that
    line's sentence ("We will judge ourselves by what happens to the children:" over "whether
    they are healthy, …"), so the line leads into it and heads nothing (decision 0116)."""
    block = state.blocks[index]
    return state.text[block.content_start : block.content_end].lstrip()[:1].islower()


def _colon_label(words: str) -> bool:
    """A sentence-case label ending in a colon ("Purpose of this chapter:") that names what
    follows rather than leading into it ("The main legislation is:", "We will:")."""
    stripped = words.rstrip()
    if not stripped.endswith(":") or ":" in stripped[:-1]:
        return False
    found = _WORD.findall(stripped)
    return bool(found) and found[-1].lower() not in _COLON_LEAD_ENDINGS


_COLON_LEAD_ENDINGS = frozenset(
    re.findall(
        r"\w+",
        "are is be will shall must should can include includes including that who means mean "
        "following below follows example instance these this them",
    )
)
"""Last words of a line that leads into what comes ("We will:", "This means:", "as follows:").
A preposition may end a label that names its section ("The law we work within:"); the rules
that take a colon label as a heading still want prose, not a list, after it."""


_LEAD_ENDINGS = _MINOR_WORDS | frozenset(
    re.findall(r"\w+", "are is be will shall must should can include includes including that who")
)
"""Last words of a line that leads into a list ("Our work is guided by", "We will") rather than
naming what follows it."""


def _names_not_leads(words: str) -> bool:
    """A sentence-case line before a list names it ("Getting the plan right") when it does not
    stop on a word that needs the list to finish it."""
    found = _WORD.findall(words)
    return bool(found) and found[-1].lower() not in _LEAD_ENDINGS


_DISCLOSURE_SIGNS = "\u25bc\u25be\u25b6\u25b8\u25ba\u2304\u02c5\u2228"
"""An accordion's arrow after its heading ("Scope ▼"), as a page copied as text keeps it."""


def disclosure_line(state: HeadingState, index: int, silent: bool) -> bool:
    """A short capitalised line ending in an accordion's arrow, over body text: each fold of an
    accordion page is a section, whatever its words ("Partnership ▼" after a list of statutes)."""
    block = state.blocks[index]
    if block.type != "paragraph" or block.line_count > 1:
        return False
    words = state.words(index).rstrip()
    if (
        not words
        or words[-1] not in _DISCLOSURE_SIGNS
        or not heading_label(words)[:1].isupper()
        or len(_WORD.findall(words)) > MAX_SENTENCE_HEADING_WORDS
        or not _followed_by_body(state, index)
    ):
        return False
    if not silent:
        state.claim(index, "disclosure_line", True)
    return True


_QUOTATION = re.compile(r"""\A["\u201c\u2018'][^\n]*["\u201d\u2019'][ \t]*\Z""")
"""A paragraph that is one quotation: it opens and closes with quotation marks."""

MAX_ATTRIBUTION_WORDS = 12
"""The speaker's line under a quotation is short: "Dean, 20", "A member of the Children in Care
Council, 14", "Jade, 16, member of the Children in Care Council"."""

_ATTRIBUTION = re.compile(
    r"(?:[\u2014\u2013-][ \t]*\S.*"
    r"|\S.*?(?:,[ \t]*(?:aged[ \t]+)?\d{1,2}|\([ \t]*(?:aged[ \t]+)?\d{1,2}[ \t]*\))"
    r"|[^,\d]+,[ \t]*(?:aged[ \t]+)?\d{1,2},[ \t]*[^\d]+)[ \t]*\Z"
)
"""A speaker's line: set off by a dash ("\u2014 a care leaver"), or a name or role with an age
("Dean, 20", "Young person (aged 15)"), the age perhaps between the name and a role ("Jade, 16,
member of the Children in Care Council", decision 0331). A heading under a quotation closing a
section ("Our Values") says neither."""


def quote_attribution(state: HeadingState, index: int, silent: bool) -> bool:
    """A short plain line straight under a paragraph that is one quotation names who said it
    (a page's pull-quote from a young person, its `<footer>` or `<cite>` rendered as a line of
    its own: "Dean, 20"), it heads nothing that follows (blind113, decision 0187)."""
    block = state.blocks[index]
    if index == 0 or block.type != "paragraph" or block.line_count > 1:
        return False
    above = state.blocks[index - 1]
    if above.type != "paragraph":
        return False
    quoted = state.text[above.content_start : above.content_end].strip()
    if _QUOTATION.match(quoted) is None:
        return False
    words = state.words(index).strip()
    if len(_WORD.findall(words)) > MAX_ATTRIBUTION_WORDS or _ATTRIBUTION.match(words) is None:
        return False
    if not silent:
        state.claim(index, "quote_attribution", False)
    return True


HEADING_RULES: tuple[tuple[str, HeadingRule], ...] = (
    ("markup_heading", markup_heading),
    ("lettered_heading", lettered_heading),
    ("table_row", table_row),
    ("not_a_heading", not_a_heading),
    ("quote_attribution", quote_attribution),
    ("box_label", box_label),
    ("numbered_heading", numbered_heading),
    ("strong_line", strong_line),
    ("disclosure_line", disclosure_line),
    ("cue_heading", cue_heading),
    ("appendix_line", appendix_line),
    ("capitalised_line", capitalised_line),
    ("sentence_line", sentence_line),
)
"""Per-block heading rules in the order they are tried."""


_OPENS_SECTION_ONE = re.compile(r"(?:1|I)(?:\\?\.1)*\\?[.)]?[ \t]+\S")
"""A heading numbered as the chapter's first section ("1. Introduction"): where a section's words
name a kind, it is that section, not the document's title, even as the page's top heading (a
PDF whose title is printed only in its running header, decision 0105)."""


_ONE_SENTENCE_LINE = re.compile(r"[^.!?\n]+\.")
"""A line that is one sentence, closed by its full stop."""


def _names_itself(state: HeadingState, block: RawBlock) -> bool:
    """Whether a first line written as a sentence ("Fellbrook Borough Council sets out here the
    policies, values and principles of its children's services.") still names the chapter: one
    line, one sentence, and the family's title cue in it. Such a line is the title as a
    sentence-case title line is (decision 0109); a first paragraph of two sentences, or one no
    title cue names, stays prose."""
    content = state.text[block.content_start : block.content_end]
    if block.line_count > 1 or _ONE_SENTENCE_LINE.fullmatch(content) is None:
        return False
    return state.heading_kind(content.rstrip(".")) == TITLE_KIND


def find_title(state: HeadingState) -> None:
    """The first block is the title when it is one short line the family does not take as a
    section heading ("Introduction" or "Scope of this chapter" on the first line are not titles)."""
    if not state.blocks:
        return
    after_letter = _heading_after_letter(state)
    if after_letter is not None:
        state.title_index = after_letter
        state.claim(after_letter, "title", True)
        state.level[after_letter] = 1
        return
    page_heading = _page_heading(state)
    if page_heading is not None:
        page_heading = _said_again(state, page_heading)
        state.title_index = page_heading
        state.claim(page_heading, "title", True)
        state.level[page_heading] = 1
        return
    if _file_name_over_title(state):
        state.title_index = 1
        state.claim(1, "title", True)
        state.level[1] = 1
        return
    block = state.blocks[0]
    content = state.text[block.content_start : block.content_end]
    if (
        not content
        or (
            block.line_count > 1
            and not _wrapped_line(content)
            and not _title_wrapped_in_two(state, content)
        )
        or len(content) > MAX_TITLE_LENGTH
        or (block.type == "list_item" and not block.ordered)
        or (_ENDS_LIKE_PROSE.search(content) is not None and not _names_itself(state, block))
    ):
        return
    words = state.text[state.words_start[0] : block.content_end]
    kind = state.heading_kind(words)
    page_title = (
        block.type == "heading"
        and block.markup_level == 1
        and _OPENS_SECTION_ONE.match(content.lstrip("#* \t")) is None
    )
    if (
        kind not in (None, TITLE_KIND)
        and not page_title
        and not _outranks_every_heading(state)
        and not _heads_nothing(state)
        and not _heads_everything(state)
        and not _over_a_chapter_lead(state)
        and not _over_the_page_stamp(state)
        and (state.is_heading[0] or block.ordered)
    ):
        return
    state.title_index = 0
    state.claim(0, "title", True)
    state.level[0] = 1


_FILE_NAME_SUFFIX = re.compile(
    r"(?:[ \t_-]+(?:v|ver\.?|version[ \t]*)\d{1,3}(?:\.\d{1,3}){0,2}|[ \t_-]+(?:draft|final))?"
    r"(?:\.(?:docx?|odt|pdf|rtf))?[ \t]*\Z",
    re.IGNORECASE,
)
"""What a document's file name adds to its title, at its end: a version ("v4.2", "version 3")
or a state ("draft", "final"), then an extension (".docx")."""


def _file_name_over_title(state: HeadingState) -> bool:
    """Whether the first line is the document's file name over its title: a web editor or a
    document library shows the file's name above the document, the title's words without its
    punctuation and with a version or an extension after them ("Fostering Policy and Procedures
    v3.1", then "Fostering Policy and Procedures"). The title is the second line: it is what the
    document itself prints, and what follows belongs under it."""
    if len(state.blocks) < 2:
        return False
    name, title = state.blocks[0], state.blocks[1]
    if name.line_count > 1 or title.line_count > 1 or title.type not in ("paragraph", "heading"):
        return False
    title_words = _words(state, title).strip()
    if not title_words or len(title_words) > MAX_TITLE_LENGTH:
        return False
    name_words = _words(state, name).strip()
    suffix = _FILE_NAME_SUFFIX.search(name_words)
    if suffix is None or not suffix.group().strip():
        return False
    stem = name_words[: suffix.start()]
    return bool(_letters(stem)) and _letters(stem) == _letters(title_words)


_MAIL_SIGN_OFF = re.compile(r"(?i:many\s+)?(?i:thanks)(?:\s+(?i:all|everyone))?,[ \t]*(?:\n|$)")
"""An e-mail's sign-off after its greeting: "Thanks," or "Many thanks," ending its line, the
sender's name perhaps on the next line of the block ("Thanks,\nPriya"). Only after a greeting
(`_heading_after_letter`); "Thanks" alone is no letter's valediction (`VALEDICTION_RE`)."""

LETTER_OPENING_BLOCKS = 8
"""A cover letter's greeting comes within this many blocks of the top (letterhead, address,
date, reference), or of the last of an e-mail's header lines above it (`_MAIL_HEADER_LINE`)."""

_MAIL_HEADER_LINE = re.compile(
    r"(?:From|Sent|Date|To|Cc|Subject)[ \t]*:[ \t]*\S[^\n]*|On [^\n]{5,160}\bwrote:[ \t]*"
)
"""A line of an e-mail's header ("From: …", "Sent: …", "Subject: …") or a reply's attribution
("On Tue, 10 Nov 2026 at 09:14, Sam Yeo <…> wrote:"): a mail quoted inside a reply puts its
own greeting below them, however many lines the reply above took."""

_NAME_GREETING = re.compile(
    r"[ \t*_>]*(?:(?i:(?:good\s+)?(?:morning|afternoon|evening))(?:\s+[^\n,]{1,40})?"
    r"|[A-Z][a-z'\u2019-]+(?:[ \t]+[A-Z][a-z'\u2019-]+)?)[ \t]*,[ \t*_]*"
)
"""An e-mail's greeting without "Dear", "Hi" or "Hello": the reader's name alone ("Priya,",
"Ruth Okafor,") or the time of day ("Morning all,", "Good afternoon Sam,"), a line of its own
ending in a comma. Only a greeting near the top of a text (`_heading_after_letter`): a reply
answers its quoted chain so, above the chapter it pastes (blind300, decision 0437)."""

LETTER_SIGNATURE_BLOCKS = 5
"""Blocks a letter's signature may take after its closing line (name, post, team, contact)."""


def _heading_after_letter(state: HeadingState) -> int | None:
    """The chapter's title where a cover letter comes first (a director's note "Dear colleague,
    … Yours sincerely," with name and post, then the chapter on its next page): the first
    level-1 heading within a few blocks after the letter's closing line. The letterhead's
    council name on the first line is the letter's, not the chapter's title (decision 0190).
    A plain line that is the chapter's name alone after the greeting is the title however the
    note was signed ("Marian" alone, no "Thanks,"): the note is about the chapter, so its name
    standing on a line by itself is where the chapter begins (decision 0350)."""
    salutation: int | None = None
    opening = 0
    for index, block in enumerate(state.blocks[:MENU_REACH]):
        words = state.text[block.content_start : block.content_end].strip()
        if salutation is None:
            if block.type != "heading" and all(
                _MAIL_HEADER_LINE.fullmatch(line.strip()) for line in words.splitlines()
            ):
                opening = index + 1
                continue
            if index - opening >= LETTER_OPENING_BLOCKS:
                return None
            if block.type != "heading" and (
                SALUTATION_RE.fullmatch(words) or _NAME_GREETING.fullmatch(words)
            ):
                salutation = index
            continue
        if _names_the_chapter_alone(state, index):
            return index
        if block.type == "heading" or (
            VALEDICTION_RE.fullmatch(words) is None and _MAIL_SIGN_OFF.match(words) is None
        ):
            continue
        last = min(len(state.blocks), index + 2 + LETTER_SIGNATURE_BLOCKS)
        return next(
            (
                later
                for later in range(index + 1, last)
                if (state.blocks[later].type == "heading" and state.blocks[later].markup_level == 1)
                or _names_the_chapter_alone(state, later)
            ),
            None,
        )
    return None


def _names_the_chapter_alone(state: HeadingState, index: int) -> bool:
    """A plain line that is the chapter's name and nothing else, as an e-mail's text gives the
    title of the chapter it carries under the covering note and signature. A forwarded
    message's own header lines stand between the note and the chapter, and its "Subject:" may
    name the chapter ("Subject: Policies values and principles - final text"): a header line is
    the mail's, never the chapter's title."""
    block = state.blocks[index]
    if block.type not in ("paragraph", "heading") or block.line_count > 1:
        return False
    words = state.text[block.content_start : block.content_end].strip()
    if _MAIL_HEADER_LINE.fullmatch(words) is not None:
        return False
    return len(words) <= MAX_TITLE_LENGTH and state.heading_kind(words) == TITLE_KIND


def _heads_nothing(state: HeadingState) -> bool:
    """Whether the first block is a heading with nothing under it: the next block is a heading
    of the same look (both bold lines, both marked at one level), unnumbered as the first is. A
    heading over no text at the top of the page is the chapter's name, even where its words name
    a kind ("Corporate Parenting Responsibilities", "Leaving Care and the Move to Adulthood" in
    bold or in colour at the body's size, over "Scope of this chapter" set the same way;
    decision 0177). A numbered first heading ("1. Introduction") opens a section, as does one
    over a heading of a lower rank ("Introduction" over "1.1 Background")."""
    if len(state.blocks) < 2 or not (state.is_heading[0] and state.is_heading[1]):
        return False
    first, second = state.blocks[0], state.blocks[1]
    return (
        state.number[0] is None
        and state.number[1] is None
        and first.type == second.type
        and first.markup_level == second.markup_level
        and first.strong == second.strong
        and first.line_count == 1
    )


_CHAPTER_LEAD = re.compile(r"This (?:chapter|policy|page|procedure|document)\b")
"""An unheaded lead that speaks of the chapter itself ("This chapter was revised in …")."""

_NAMES_THE_DOCUMENT = re.compile(r"\b(?:chapter|policy|page|procedure|document)\b", re.IGNORECASE)
"""A heading that speaks of the document itself ("Scope of this chapter", "About this page")."""

_LEAST_WORDS_IN_A_TOPIC_TITLE = 3
"""A one- or two-word first line ("Introduction", "Amendment", "Scope") over a lead about the
chapter opens that lead's own section."""


_DATED_FIELD = re.compile(
    r"[*_]*[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,3}:[*_]*[ \t]+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ \t]+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[a-z]{3,9}\.?,?[ \t]+\d{4}"
    r"|[a-z]{3,9}[ \t]+\d{1,2},?[ \t]+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})"
    r"(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]*[ap]\.?m\.?)?)?[*_ \t]*",
    re.IGNORECASE,
)
"""A field of the page that holds a day and nothing else, the time perhaps after it ("Opened:
Monday, 2 March 2026, 9:00 AM", "Published: 4 May 2025"): a stamp that says when the page was
put up or opened, whatever its label, not a heading, though it is short and capitalised."""


def is_dated_field(text: str, block: RawBlock) -> bool:
    return (
        block.line_count == 1
        and _DATED_FIELD.fullmatch(text, block.content_start, block.content_end) is not None
    )


MAX_BYLINE_LINES_OVER_STAMP = 2
"""Lines of a byline (a name, a role) a page may set between its title and its stamp."""


def _over_the_page_stamp(state: HeadingState) -> bool:
    """Whether the first block is one line over the page's stamp, a field holding a day and
    nothing else ("Last reviewed: 12 March 2026"), with at most a byline's short lines between
    (the owner's name, a role): the page's title, though its words name a kind ("Values and
    Principles"), since no section's heading has the page's stamp under it. A stamp that names
    the amendment is the chapter's note, which may open a section; a dated field is no note."""
    if state.blocks[0].line_count != 1 or state.number[0] is not None:
        return False
    for index in range(1, min(len(state.blocks), MAX_BYLINE_LINES_OVER_STAMP + 2)):
        block = state.blocks[index]
        if block.type != "paragraph" or block.line_count != 1:
            return False
        if is_dated_field(state.text, block):
            return True
        words = state.text[block.content_start : block.content_end]
        if (
            state.is_heading[index]
            or _ENDS_LIKE_PROSE.search(words) is not None
            or len(words.split()) > MAX_BYLINE_LINE_WORDS
        ):
            return False
    return False


MAX_BYLINE_LINE_WORDS = 6
"""A byline's line is a name or a role ("Practice Standards Lead"), a few words."""


def _over_a_chapter_lead(state: HeadingState) -> bool:
    """Whether the first block is an unnumbered one-line heading over an unheaded paragraph that
    speaks of the chapter itself ("This chapter was revised in October 2025. It applies to …"):
    a first line whose words name a topic ("Caring for Children and Supporting Those Who Leave
    Our Care") is then the chapter's name, as a section on care leavers does not open by saying
    when the chapter changed and whom it is for (decision 0271). A heading of a kind such a
    sentence opens keeps its section: a heading of one or two words ("Introduction", "Amendment")
    or one that speaks of the document ("Scope of this chapter")."""
    if len(state.blocks) < 2:
        return False
    first = state.blocks[0]
    heading = state.text[first.content_start : first.content_end]
    if len(heading.split()) < _LEAST_WORDS_IN_A_TOPIC_TITLE or _NAMES_THE_DOCUMENT.search(heading):
        return False
    if not state.is_heading[0] or state.number[0] is not None or state.blocks[0].line_count != 1:
        return False
    second = state.blocks[1]
    if second.type != "paragraph" or state.is_heading[1]:
        return False
    words = state.text[second.content_start : second.content_end].lstrip()
    return _CHAPTER_LEAD.match(words) is not None


_LEAST_BLOCKS_UNDER_LONE_HEADING = 6
"""How many blocks an un-numbered first line, the document's one heading, stands over to be the
chapter's name rather than a section's heading."""


def _heads_everything(state: HeadingState) -> bool:
    """Whether the first block is a one-line heading over the whole document: no other block is a
    heading, and many paragraphs and lists follow. A chapter written with no headings at all
    still has its name on its first line, and that name may name a kind ("Corporate Parenting",
    "Leaving Care and Moving On"); a section of that kind would swallow the whole chapter, from
    its list of Acts to its contacts, so the line is the title and the body is read by its
    paragraphs (decision 0189). A numbered first line ("1. Introduction") opens a section."""
    if not state.is_heading[0] or state.number[0] is not None:
        return False
    if state.blocks[0].line_count != 1:
        return False
    if len(state.blocks) <= _LEAST_BLOCKS_UNDER_LONE_HEADING:
        return False
    return not any(state.is_heading[1:])


_LEAST_HEADINGS_UNDER_TITLE = 3
"""How many headings of a lower rank a first heading needs under it to stand as the title."""


def _outranks_every_heading(state: HeadingState) -> bool:
    """Whether the first block is a marked heading of a higher rank than every other heading of
    the document, with several headings under it: a chapter on another topic whose title names
    a kind ("Corporate Parenting", "Permanence Planning" as Word's Heading 1 over Heading 2
    sections, or over sections numbered 1, 2, 3) is titled by it, not opened by a section of
    that kind."""
    first = state.blocks[0]
    if first.type != "heading" or not first.markup_level:
        return False
    under = 0
    for index in range(1, len(state.blocks)):
        block = state.blocks[index]
        if block.type == "heading" and block.markup_level:
            if block.markup_level <= first.markup_level:
                return False
            under += 1
        elif state.is_heading[index] and state.number[index] is not None:
            under += 1  # a numbered section ("1. Purpose") under an unnumbered marked heading
    return under >= _LEAST_HEADINGS_UNDER_TITLE


def _title_wrapped_in_two(state: HeadingState, content: str) -> bool:
    """Two lines that, joined, are the chapter's name by the family's title cues: a title that
    hard-wrapped text cut at its width ("Policy, values and principles for children's" /
    "services"), where the first line may end on any word (decision 0116)."""
    lines = content.split("\n")
    return len(lines) == 2 and state.heading_kind(" ".join(content.split())) == TITLE_KIND


def _wrapped_line(content: str) -> bool:
    """A block of several lines that is one line wrapped: each line but the last stops where
    nothing can end ("Children's Services Policies, Values and" / "Principles")."""
    lines = content.split("\n")
    return all(ends_unfinished(line) for line in lines[:-1])


def _page_heading(state: HeadingState) -> int | None:
    """The page's title when a few lines left over from the site (a breadcrumb, "Skip to
    content") come first: a `#` heading with no heading before it, or a line the family's title
    cues know (the chapter's name), near the top."""
    for index, block in enumerate(state.blocks[:MENU_REACH]):
        if index >= PAGE_TITLE_WITHIN and not _menu_entries(state, index):
            return None
        if block.type == "heading":
            named = _heading_naming_the_chapter(state, index)
            if named is not None:
                return named
            if index > 0 and _names_the_chapter(state, block, _words(state, block)):
                return index
            return index if block.markup_level == 1 and index > 0 else None
        words = state.text[block.content_start : block.content_end]
        if _names_the_chapter(state, block, words):
            if _field_naming_the_chapter(state, index, words):
                continue
            return index if index > 0 else None
    return None


def _field_naming_the_chapter(state: HeadingState, index: int, words: str) -> bool:
    """Whether block `index` is a document-control table's row whose value names the chapter
    ("Title | Children's Services Policies, Values and Principles", "Document name | …"): a
    field of the record about the file, not the line the document sets as its title. The
    label is a few words that do not name the chapter themselves; a banner row that does
    ("Policies, Values and Principles | Hollin Council") is the title's. Where no line below
    names the chapter, the row is still the first line and `find_title` takes it."""
    cells = words.strip(" |")
    if not state.table[index] or cells.count(CELL_SEPARATOR) != 1:
        return False
    label, _, value = cells.partition(CELL_SEPARATOR)
    label = label.strip(" *_")
    return (
        0 < len(label.split()) <= FIELD_LABEL_WORDS
        and state.heading_kind(label) != TITLE_KIND
        and state.heading_kind(value.strip()) == TITLE_KIND
    )


def _said_again(state: HeadingState, index: int) -> int:
    """The page's title is its last line when the line right under it says the same words: a
    page copied as text names itself twice, in the breadcrumb trail's last entry and then in
    its heading, and what follows belongs under the second."""
    words = _words(state, state.blocks[index]).strip()
    following = index + 1
    if following < len(state.blocks) and _words(state, state.blocks[following]).strip() == words:
        return following
    return _named_again_below_menu(state, index)


def _named_again_below_menu(state: HeadingState, index: int) -> int:
    """The page's title is a later line when the line naming the chapter is an entry of the
    site's chapter menu ("1.1 Policies, Values and Principles" among "1.2 …", "2. Children in
    Need"): a page copied with its menu names itself again, number aside, right where its own
    text begins, and only short menu entries stand between the two. A line of marks alone (the
    page's icon set over its heading, "🧭") is no entry and stands between them as well."""
    wanted = _jump_entry(state, index)
    if wanted is None:
        return index
    for later in range(index + 1, min(len(state.blocks) - 1, index + MENU_REACH)):
        if _marks_only(state, later) and state.blocks[later].line_count == 1:
            continue
        words = _jump_entry(state, later)
        if words is None or len(words.split()) > MAX_PLAIN_HEADING_WORDS:
            return index
        if words == wanted:
            return later
    return index


def _menu_entries(state: HeadingState, end: int) -> bool:
    """Whether the first `end` blocks are all a site's menu entries: one short line each, no
    sentence ("Home", "Contents", "Local Resources", "Contacts")."""
    for block in state.blocks[:end]:
        words = state.text[block.content_start : block.content_end]
        if (
            block.type == "heading"
            or block.line_count > 1
            or len(words.split()) > MENU_ENTRY_WORDS
            or _ENDS_LIKE_PROSE.search(words) is not None
        ):
            return False
    return True


def _heading_naming_the_chapter(state: HeadingState, first: int) -> int | None:
    """A heading below the page's first heading that names the chapter, where the first does not:
    the first names the site or the manual ("# Underhill Procedures Manual", then "## Policies,
    Values and Principles"), so the chapter's own heading is the title. A page may set the
    chapter's name as a styled line rather than a heading (`<p class="page-title">`): a short
    line the family's title cues know is the title as well."""
    blocks = state.blocks
    if _names_the_chapter(state, blocks[first], _words(state, blocks[first])):
        return None
    reach = PAGE_TITLE_WITHIN
    for index in range(first + 1, len(blocks)):
        if index >= reach:
            return None
        block = blocks[index]
        if _field_line(state, block):
            reach += 1
            continue
        if block.type in ("heading", "paragraph") and _names_the_chapter(
            state, block, _words(state, block)
        ):
            return index
    return None


_FIELD_LINE = re.compile(r"[A-Z][\w'\u2019/ -]{0,30}:[ \t]+\S[^\n]{0,80}")
"""A record's field as a tool shows it above what was pasted into it: a short label, a colon
and its value ("Status: In progress", "Assigned to: Web Team", "Opened: 02/12/2026 09:31")."""


def _field_line(state: HeadingState, block: RawBlock) -> bool:
    """Whether a block is one field of the record a tool keeps the chapter in (a ticket's or a
    form's header fields under its own heading, blind300, decision 0437): it takes nothing from
    the few blocks in which the chapter's own heading is looked for, however many fields the
    tool shows."""
    return (
        block.type == "paragraph"
        and block.line_count == 1
        and _FIELD_LINE.fullmatch(_words(state, block).strip()) is not None
    )


def _words(state: HeadingState, block: RawBlock) -> str:
    return state.text[block.content_start : block.content_end]


def _names_the_chapter(state: HeadingState, block: RawBlock, words: str) -> bool:
    if block.line_count > 1:
        if not _wrapped_line(words):
            return False
        words = " ".join(words.split())  # a title a printed page wrapped onto two lines
    return (
        len(words) <= MAX_PLAIN_HEADING_LENGTH
        and _ENDS_LIKE_PROSE.search(words) is None
        and state.heading_kind(words) == TITLE_KIND
    )


def contents_lists(state: HeadingState) -> None:
    """Heading-like lines that follow each other with no text between them are a contents list.

    "1. Introduction / 2. Corporate Parenting / 3. Key Outcomes" are entries, not sections. In such
    a run, an unnumbered first line ("Contents") stays a heading, and the last line stays one when
    text follows it and it does not continue the list's numbering (the real "1. Introduction").
    """
    candidates = [
        state.is_heading[i] and state.rule[i] in _GUESSED and i != state.title_index
        for i in range(len(state.blocks))
    ]
    index = 0
    while index < len(state.blocks):
        if not candidates[index]:
            index += 1
            continue
        end = index
        while end + 1 < len(state.blocks) and candidates[end + 1]:
            end += 1
        if end > index and _has_siblings(state, index, end) and not _goes_on_from(state, index):
            _demote_entries(state, index, end)
        index = end + 1
    _entries_under_a_contents_label(state)


def _goes_on_from(state: HeadingState, first: int) -> bool:
    """Whether a run of heading-like lines starting at `first` carries on the body's own
    numbering: the nearest numbered heading above it heads a section with text ("8. Equality
    impact" over a paragraph) and the run's first line takes the next top number ("9. Related
    documents", then "9.1 …" lines listing them). A contents list names the sections to come
    from their first number; it never carries on from a section already read (decision 0292)."""
    number = state.number[first]
    if number is None or "." in number.strip(".") or first == 0 or state.is_heading[first - 1]:
        return False
    for before in range(first - 1, -1, -1):
        above_number = state.number[before]
        if state.is_heading[before] and above_number is not None:
            above = number_value(above_number)
            return len(above) == 1 and number_value(number)[0] == above[0] + 1
    return False


MAX_LABELLED_ENTRIES = 40
"""A contents list under its label holds at most this many one-line entries."""
MIN_SAID_AGAIN = 2
"""Headings further on say again at least this many of a contents list's entries."""


def _entries_under_a_contents_label(state: HeadingState) -> None:
    """The one-line entries right under a contents label ("Contents", then "About this
    chapter", "The laws we work under", ...) are contents entries when headings further on say
    most of them again: the list names the chapter's sections, whose own headings are the later
    lines. A printed contents page's entries, their leaders and page numbers gone, are plain
    lines but for one the heading rules guessed to be a heading (a cue heading's words, "About
    this chapter"), so no run of heading-like lines held them for `_demote_entries`; as entries
    the guess is no heading and no line opens a section of its own (decision 0249). The entries
    run to the last one said again; a line under them said nowhere else is no entry."""
    blocks = state.blocks
    for label in range(len(blocks) - 1):
        if (
            not state.is_heading[label]
            or _CONTENTS_LABEL.fullmatch(_heading_words_of(state, label)) is None
        ):
            continue
        entries: list[int] = []
        said_again: list[int] = []
        for index in range(label + 1, min(len(blocks), label + 1 + MAX_LABELLED_ENTRIES)):
            if blocks[index].line_count != 1 or (
                state.is_heading[index] and state.rule[index] not in _GUESSED
            ):
                break
            entries.append(index)
            if _said_again_by_a_heading(state, index):
                said_again.append(index)
        if len(said_again) < MIN_SAID_AGAIN or 2 * len(said_again) < len(entries):
            continue
        for index in entries:
            if index > said_again[-1]:
                break
            if state.is_heading[index]:
                _demote(state, index, "contents_entry")
            else:
                state.claim(index, "contents_entry", False)


def _said_again_by_a_heading(state: HeadingState, index: int) -> bool:
    """Whether a heading after block `index` says its words (letters and figures) again."""
    words = _letters(_heading_words_of(state, index))
    return bool(words) and any(
        state.is_heading[later] and _letters(_heading_words_of(state, later)) == words
        for later in range(index + 1, len(state.blocks))
    )


def assign_levels(state: HeadingState) -> None:
    """Level 1 starts a section; 2 and more are sub-headings kept inside their section.

    Headings before the first top-level one (a scope box's "### SCOPE OF THIS CHAPTER" before the
    first "## 1. Introduction") start sections whatever their markup: nothing is above them. When
    only sub-sections are numbered ("Corporate Parenting", then "4.1 …", "4.2 …"), the numbers
    sit under the unnumbered headings, which are the top level. Between marked-up headings, a
    plain line is a sub-heading unless the family's cues know it as a section ("Key Principles").
    The top markup level is the chapter's own: a site's "# Manual name" above a "## title" does
    not push the chapter's "### Scope" headings under it. The last heading, when the family's
    cues name it as the chapter's end ("End", "Document history"), closes whatever section is
    open at any markup level: a page that sets "End" in bold under its last "## 7. …" heading
    ends the chapter there, not a sub-section of section 7. Bold lines under one heading that
    name kinds of their own rise to its level (`strong_lines_as_peers`), as do numbered parts
    that each name a kind of their own (`numbered_parts_as_sections`) and marked-up sub-headings
    standing one to a heading, each naming a kind no top heading has
    (`lone_sub_headings_as_peers`).
    """
    headings = [
        i for i in range(len(state.blocks)) if state.is_heading[i] and i != state.title_index
    ]
    numbered = [i for i in headings if state.number[i] is not None]
    top_depth = min((_depth(state.number[i]) for i in numbered), default=1)
    first_top = next((i for i in numbered if _depth(state.number[i]) == top_depth), None)
    if first_top is not None and top_depth > 1 and _under_unnumbered_heading(state, first_top):
        top_depth -= 1
        first_top = None
    top_markup = _usual_markup_level(state, [i for i in numbered if state.number[i]])
    summary_labels = {i for i in headings if _labels_a_summary_of_fields(state, i)}
    under_title = [
        i
        for i in headings
        if (state.title_index is None or i > state.title_index)
        and not _labels_contents(state, i)
        and i not in summary_labels
    ]
    marked = [state.blocks[i].markup_level for i in under_title if state.blocks[i].markup_level]
    least_markup = min(marked, default=0)
    inner_numbers = _numbers_only_below_the_top_markup(state, numbered, under_title, least_markup)
    if inner_numbers:
        first_top = None
    first_marked = next(
        (i for i in headings if state.blocks[i].markup_level and i not in summary_labels), None
    )
    first_top_marked = next(
        (
            i
            for i in headings
            if state.blocks[i].markup_level == least_markup and i not in summary_labels
        ),
        None,
    )
    for i in headings:
        block = state.blocks[i]
        number = state.number[i]
        if i in summary_labels or _heads_an_appendix(state, i, least_markup):
            level = 1
        elif number is not None and not inner_numbers:
            level = _depth(number) - top_depth + 1
        elif first_top is not None and i < first_top:
            level = 1
        elif first_top is not None:
            level = 2 if not block.markup_level or block.markup_level > top_markup else 1
        elif first_top_marked is not None and i < first_top_marked:
            level = 1
        elif block.markup_level:
            level = block.markup_level - least_markup + 1
        elif first_marked is not None and i > first_marked:
            named = state.heading_kind(state.words(i)) is not None
            level = 1 if named and not first_part_of_a_heading(state, i) else 2
        else:
            level = 1
        state.level[i] = max(1, level)
    if headings and state.cues.trailing_heading_kind(state.words(headings[-1])) is not None:
        state.level[headings[-1]] = 1
    levels_at_random(state, headings)
    lone_heading_above_its_peers(state, headings)
    marked_headings_beside_plain_ones(state, headings)
    strong_lines_as_peers(state)
    plain_lines_between_numbers(state)
    capitals_lines_between_marked_headings(state)
    numbered_parts_as_sections(state)
    lettered_parts_as_sections(state)
    lone_sub_headings_as_peers(state)
    lone_sub_heading_named_by_its_paragraph(state)
    pointer_headings_stand_apart(state, headings)
    if headings and _notes_closing_numbered_sections(state, headings[-1], first_top):
        state.level[headings[-1]] = 1


def _notes_closing_numbered_sections(state: HeadingState, last: int, first_top: int | None) -> bool:
    """Whether the chapter's last heading is a plain line naming its notes ("Notes",
    "References") after numbered sections ("4. Leaving care", then "Notes" over "[1] Children
    Act 1989."): the notes the body's marks point to are the document's apparatus, not a part of
    the last section, though unnumbered among numbered headings they read as its sub-heading
    (decision 0327). A heading marked up a rank below keeps the rank its author gave it."""
    return (
        first_top is not None
        and last > first_top
        and state.number[last] is None
        and not state.blocks[last].markup_level
        and names_notes(state.words(last))
    )


def _numbers_only_below_the_top_markup(
    state: HeadingState, numbered: list[int], under_title: list[int], least_markup: int
) -> bool:
    """Whether the digits number only an inner level of an outline the markup ranks: every
    numbered heading is marked up below the chapter's top markup level, and the first heading at
    that top level, before any numbered one, has no digits ("I. Values" in Heading 1 over "A.
    Our ambitions" in Heading 2 over "1. Planning" in Heading 3, Word's outline list "I. / A. /
    1."; "## Key principles" over "### 1. Families first"). The numbers then count the parts of
    a sub-section, and the markup, not "1.", says where the chapter's sections start. The top
    level must hold two headings or more: a lone "#" line over "## 1." headings is a title the
    title pass did not take, not an outline level."""
    if not numbered or not least_markup:
        return False
    levels = [state.blocks[i].markup_level for i in numbered]
    if not all(levels) or min(levels) <= least_markup:
        return False
    tops = [i for i in under_title if state.blocks[i].markup_level == least_markup]
    return (
        len(tops) >= MIN_PEER_LINES
        and tops[0] < numbered[0]
        and all(state.number[i] is None for i in tops)
    )


def first_part_of_a_heading(state: HeadingState, index: int) -> bool:
    """Whether heading `index` is a bold line standing right under a marked-up heading, with
    no text between them ("## What we want for children", then "**Being healthy**" and its
    paragraph): the heading has nothing of its own but what the bold line heads, so the line is
    its first part, not a section that would leave the heading empty. In markdown and in HTML
    alike (the HTML reader writes a bold paragraph that is not its real headings' peer as a
    `**…**` line, decision 0254); it was the HTML reader's rule for its `###` lines (0090)."""
    return (
        index > 0
        and state.rule[index] == "strong_line"
        and not state.blocks[index].markup_level
        and state.is_heading[index - 1]
        and state.blocks[index - 1].markup_level > 0
        and index - 1 != state.title_index
    )


MIN_SKIPPED_LEVELS = 2
"""A heading set this many markup levels or more below the heading before it skips a level."""


def levels_at_random(state: HeadingState, headings: list[int]) -> None:
    """Unnumbered marked-up headings whose levels carry no outline: an editor who picks a
    heading style at random for each heading ("Introduction" at Heading 1, "Background" at
    Heading 3, "What matters to us" at Heading 2, "How we do it" at Heading 4) leaves a heading
    set two or more levels below the heading before it. An outline steps down one level at a
    time, so a skipped level shows the styles rank nothing, and every marked-up heading of the
    body is a section of its own (decision 0173), unless only two styles are used throughout,
    the upper first (`_two_styles_in_outline`). Numbered headings carry their own outline and
    are left to it; a contents label ranks nothing (`_labels_contents`)."""
    marked = _marked_body_headings(state, headings)
    if not _skips_a_level(state, marked):
        return
    if _two_styles_in_outline(state, marked):
        upper = state.blocks[marked[0]].markup_level
        for i in marked:
            state.level[i] = 1 if state.blocks[i].markup_level == upper else 2
        return
    for i in marked:
        state.level[i] = 1


def _marked_body_headings(state: HeadingState, headings: list[int]) -> list[int]:
    """The body's marked-up headings whose styles the level rules weigh (`levels_at_random`,
    `lone_heading_above_its_peers`): those after the title, not a contents label (which ranks
    nothing). None when any heading is numbered: numbers carry their own outline, and the
    styles are left to it."""
    if any(state.number[i] is not None for i in headings):
        return []
    return [
        i
        for i in headings
        if state.blocks[i].markup_level
        and (state.title_index is None or i > state.title_index)
        and not _labels_contents(state, i)
    ]


def _two_styles_in_outline(state: HeadingState, marked: list[int]) -> bool:
    """Whether the body's marked-up headings use just two levels, the upper one opening the
    body and holding two headings or more ("Setting the scene" in Heading 1, then "Relationships
    are the work" in Heading 3 under "Our beliefs"): an editor who picks Heading 3 for every
    sub-heading, Heading 2 unused, still ranks the topics and their parts one way throughout.
    The skipped level is one the template offered and the author passed over, not a sign of
    styles picked at random, which wander over three levels or more: the two styles are the
    outline's two ranks (decision 0472)."""
    styles = sorted({state.blocks[i].markup_level for i in marked})
    if len(styles) != 2 or state.blocks[marked[0]].markup_level != styles[0]:
        return False
    return sum(state.blocks[i].markup_level == styles[0] for i in marked) >= MIN_PEER_LINES


def _skips_a_level(state: HeadingState, marked: list[int]) -> bool:
    """Whether a marked-up heading is set two or more levels below the one before it."""
    return any(
        state.blocks[below].markup_level - state.blocks[above].markup_level >= MIN_SKIPPED_LEVELS
        for above, below in pairwise(marked)
    )


def lone_heading_above_its_peers(state: HeadingState, headings: list[int]) -> None:
    """One marked-up heading set a level above all the others, after the body has begun at the
    others' level ("### Why this chapter exists", then a lone "## The law behind this chapter",
    then "### What matters to us" and the rest: a Word chapter whose editor set one heading in
    Heading 1 among Heading 2s). An outline opens at its top level, so headings of the level
    below standing before the only heading of the top one have no parent: the body's own level
    is theirs, and the lone heading's style ranks nothing. Every marked-up heading is ranked
    from the body's level, the lone one with them, headings set deeper still below them.
    Numbered headings carry their own outline and are left to it; a contents or summary label
    ranks nothing (decision 0456)."""
    marked = [
        i
        for i in _marked_body_headings(state, headings)
        if not _labels_a_summary_of_fields(state, i)
    ]
    if not marked or _skips_a_level(state, marked):
        return  # levels set at random are `levels_at_random`'s
    top = min(state.blocks[i].markup_level for i in marked)
    at_top = [i for i in marked if state.blocks[i].markup_level == top]
    if len(at_top) != 1 or _title_set_at(state, top):
        return
    body_level = top + 1
    before = [i for i in marked if i < at_top[0]]
    after = [i for i in marked if i > at_top[0]]
    if (
        not before
        or any(state.blocks[i].markup_level != body_level for i in before)
        or not any(state.blocks[i].markup_level == body_level for i in after)
    ):
        return
    for i in marked:
        state.level[i] = max(1, state.blocks[i].markup_level - body_level + 1)


def _title_set_at(state: HeadingState, level: int) -> bool:
    """Whether the chapter's title is marked up at `level`: an editor who sets the title in the
    same style as one later heading uses that style for the outline's top, so that heading is
    no stray one above its peers (`lone_heading_above_its_peers`)."""
    return state.title_index is not None and state.blocks[state.title_index].markup_level == level


def marked_headings_beside_plain_ones(state: HeadingState, headings: list[int]) -> None:
    """A marked-up heading ("### What we value") is never a sub-heading of a plain or bold line
    ranked at the top only because the family's cues name it ("**Partnership working**"): the
    line's type is below every marked-up heading's, so the two are peers. An editor who sets
    the chapter's headings in three styles at random (Heading 1, Heading 3, Heading 2) leaves
    such an order; the marked-up heading takes the line's level (decision 0147).

    Each heading's parent, the nearest heading above it of a lower level, is kept on a stack of
    the headings above that are of lower level than every heading after them, so many headings
    are not each looked back over all the others (decision 0161)."""
    above: list[int] = []  # levels strictly rising from the bottom
    for index in headings:
        level = state.level[index]
        while above and state.level[above[-1]] >= level:
            above.pop()
        if state.blocks[index].markup_level and level >= 2 and above:
            parent = above[-1]
            if not state.blocks[parent].markup_level:
                state.level[index] = state.level[parent]
                while above and state.level[above[-1]] >= state.level[index]:
                    above.pop()
        above.append(index)


def _heads_an_appendix(state: HeadingState, index: int, least_markup: int) -> bool:
    """Heading `index` labels an appendix and is set no lower than the chapter's top headings
    (a plain line, or the top markup level): an appendix stands after the body, beside the
    chapter's sections, not under the last of them ("Appendix 1: Glossary" after "3. Corporate
    Parenting"). A marked-up appendix heading below the top level stays where its markup puts it."""
    markup = state.blocks[index].markup_level
    return (not markup or markup <= least_markup) and appendix_words(state.words(index)) is not None


MIN_PEER_LINES = 2
"""Bold lines under one heading that name kinds of their own rank as its peers only when there
are at least this many: one bold line may be a sub-heading of any section."""


def strong_lines_as_peers(state: HeadingState) -> None:
    """Bold lines set under a top heading that are the chapter's own sections, not its parts.

    An editor who heads the first parts of a chapter with headings ("## 2. Introduction", a Word
    "Heading 1") sometimes heads the rest with bold lines. Those lines sit under the last heading
    by their markup, but when two or more of them stand under one heading and the family's cues
    name each as a different kind, none of them the heading's own ("A shared responsibility",
    "What we value", "Corporate parenting" under "2. Introduction"), they are that heading's
    peers. Bold sub-headings of one section ("Being healthy", "Being safe" under "Key
    Outcomes"), bold lines no cue names, or lines naming the heading's own kind stay under it.
    """
    top = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.level[i] == 1 and i != state.title_index
    ]
    for position, heading in enumerate(top):
        end = top[position + 1] if position + 1 < len(top) else len(state.blocks)
        lines = [
            i
            for i in range(heading + 1, end)
            if state.is_heading[i] and state.rule[i] == "strong_line" and state.level[i] == 2
        ]
        if len(lines) < MIN_PEER_LINES:
            continue
        kinds = [state.heading_kind(_heading_words(state, i)) for i in lines]
        named = {kind for kind in kinds if kind is not None}
        if (
            len(named) == len(lines)
            and TITLE_KIND not in named
            and state.heading_kind(_heading_words(state, heading)) not in named
        ):
            for i in lines:
                state.level[i] = 1


_PLAIN_LINE_RULES = frozenset({"cue_heading", "capitalised_line", "sentence_line"})


def plain_lines_between_numbers(state: HeadingState) -> None:
    """Unnumbered plain-line headings that alternate with numbered ones as the chapter's own
    sections ("1. A Shared Responsibility", "Our values", "2. Corporate Parenting", "Our vision
    and why it matters", "3. Key Outcomes", …): an editor numbered some headings and not others.

    By `assign_levels` a plain line after the first numbered heading is a sub-heading of the
    numbered section above it, as "Legislation" under "1. Introduction" is. The lines rank as
    the numbered headings' peers only when the document shows it throughout: two or more of
    them, none under the same numbered heading as another, every one named by the family's
    cues, each a different kind, none the kind of a numbered heading. One plain line no cue
    names, or naming the numbered section's own kind ("The seven principles" under "2.
    Corporate Parenting"), is a sub-heading, and then so are all of them (decision 0123), save
    a line of a kind of its own, alone under a numbered heading whose section has already said
    `PEER_AFTER_SENTENCES` sentences before it ("3. Our Values", three sentences, then
    "Corporate Parenting"): that section is complete, and the line is its peer (decision
    0155)."""
    numbered = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i]
        and state.level[i] == 1
        and state.number[i] is not None
        and i != state.title_index
    ]
    if not numbered:
        return
    lines = [
        i
        for i in range(numbered[0] + 1, len(state.blocks))
        if state.is_heading[i]
        and state.level[i] == 2
        and state.number[i] is None
        and not state.blocks[i].markup_level
        and state.rule[i] in _PLAIN_LINE_RULES
    ]
    if not lines:
        return
    parents = [max(n for n in numbered if n < i) for i in lines]
    numbered_kinds = {state.heading_kind(_heading_words(state, i)) for i in numbered}
    kinds = [state.heading_kind(state.words(i)) for i in lines]
    named = {kind for kind in kinds if kind is not None}
    if (
        len(lines) >= MIN_PEER_LINES
        and len(set(parents)) == len(lines)
        and len(named) == len(lines)
        and TITLE_KIND not in named
        and not named & numbered_kinds
    ):
        for i in lines:
            state.level[i] = 1
        return
    for line, parent, kind in zip(lines, parents, kinds, strict=True):
        if (
            kind is not None
            and kind != TITLE_KIND
            and kind not in numbered_kinds
            and parents.count(parent) == 1
            and _sentences_between(state, parent, line) >= PEER_AFTER_SENTENCES
        ):
            state.level[line] = 1


def capitals_lines_between_marked_headings(state: HeadingState) -> None:
    """Plain lines wholly in capitals that alternate with marked-up headings of one style as
    the chapter's own sections ("Legal basis" underlined, then "WORKING WITH PARTNERS", "OUR
    BELIEFS", then "The council as parent" underlined, then "WHERE WE ARE GOING"): a typist who
    sets some headings in capitals and underlines others uses two ways of saying one thing,
    since capitals are as strong a mark as an underline, never a weaker one.

    By `assign_levels` a plain line after the first marked-up heading is a sub-heading unless
    the family's cues name it. The capitals lines rank as the marked headings' peers only when
    the document shows it throughout: the marked headings all set in one style, and capitals
    lines (those the cues already raised among them) standing under `MIN_PEER_LINES` different
    marked headings or more. Capitals lines all
    under one marked heading ("Key outcomes" underlined over "BEING HEALTHY", "BEING SAFE") are
    that section's parts and stay under it."""
    marked = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.blocks[i].markup_level and i != state.title_index
    ]
    if not marked or len({state.blocks[i].markup_level for i in marked}) != 1:
        return
    lines = [
        i
        for i in range(marked[0] + 1, len(state.blocks))
        if state.is_heading[i]
        and state.level[i] <= 2
        and state.number[i] is None
        and not state.blocks[i].markup_level
        and state.rule[i] in _PLAIN_LINE_RULES
        and _in_capitals(state.words(i))
    ]
    parents = {max(m for m in marked if m < i) for i in lines}
    if len(parents) < MIN_PEER_LINES:
        return
    for i in lines:
        state.level[i] = 1


PEER_AFTER_SENTENCES = 3
"""A numbered section that has said this much of its own before a plain line naming another
kind has ended: the line is its peer, whatever the other plain lines are."""
_SENTENCE_STOP = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s|$)")


def _sentences_between(state: HeadingState, first: int, last: int) -> int:
    """Sentences in the paragraphs between heading `first` and block `last`, counted up to
    `PEER_AFTER_SENTENCES`; none when another heading stands between them (the line is under
    that one, not straight under the numbered heading)."""
    if any(state.is_heading[index] for index in range(first + 1, last)):
        return 0
    count = 0
    for index in range(first + 1, last):
        block = state.blocks[index]
        if block.type != "paragraph":
            continue
        count += len(_SENTENCE_STOP.findall(state.text, block.content_start, block.content_end))
        if count >= PEER_AFTER_SENTENCES:
            break
    return count


def numbered_parts_as_sections(state: HeadingState) -> None:
    """Numbered parts of a numbered section that are each a section of the chapter in its own
    right ("3. Introduction", then "3.1 Legislation", "3.2 Working with Partners"; "4. Values
    and Principles", then "4.1 Corporate Parenting", "4.2 Permanence and Leaving Care"): an
    outline numbered on two levels can group whole sections under one heading.

    By `assign_levels` a part numbered one level down stays inside its section, as "7.1 Family
    networks" under "7. How we work" does. The parts start sections of their own only when the
    outline shows it: two or more parts numbered directly under the heading (its number, then
    one more), every one named by the family's cues, each a different kind, and at least one
    not the heading's own kind (a part of the heading's kind among them, "3.1 Legislation"
    under "3. Introduction", is then one more section of that kind). Parts no cue names ("4.1
    The Council's responsibility"), two parts of one kind, or parts all of the heading's kind
    keep every part inside (decision 0153). A heading numbered with a zero part ("3.0 Policy
    statement", as corporate policy templates number their sections) is the top of "3.1", "3.2"
    (decision 0156). Parts of one kind standing next to each other ("3.3 Permanence", "3.4
    Leaving care") are one section of that kind: the first of them rises, the others stay its
    sub-headings, and the kinds are counted run by run (decision 0169)."""
    top = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.level[i] == 1 and i != state.title_index
    ]
    for position, heading in enumerate(top):
        number = state.number[heading]
        if number is None:
            continue
        value = _top_value(number)
        end = top[position + 1] if position + 1 < len(top) else len(state.blocks)
        parts = [
            i
            for i in range(heading + 1, end)
            if state.is_heading[i]
            and state.level[i] == 2
            and (part := state.number[i]) is not None
            and number_value(part)[:-1] == value
        ]
        if len(parts) < MIN_PEER_LINES:
            continue
        named = [_part_kind(state, i) for i in parts]
        runs = [j for j in range(len(parts)) if j == 0 or named[j] != named[j - 1]]
        kinds = {named[j] for j in runs}
        own = state.heading_kind(_heading_words(state, heading))
        if (
            len(kinds) == len(runs) >= MIN_PEER_LINES
            and None not in kinds
            and TITLE_KIND not in kinds
            and kinds != {own}
        ):
            for j in runs:
                state.level[parts[j]] = 1


_CLAUSE_NUMBER = re.compile(r"\d+(?:\.\d+)+\.?[ \t]+")
"""A legal-style paragraph number ("3.5.1 ") before a paragraph's words."""

_PART_LETTER = re.compile(
    r"(?:\((?P<bracketed>[a-z])\)|(?P<letter>[a-z])[.)])[ \t]+", re.IGNORECASE
)
"""A sub-heading's letter: "(a) ", "b) ", "C. "."""


def lettered_parts_as_sections(state: HeadingState) -> None:
    """Lettered parts of a section that are each a section of the chapter in its own right
    ("Strategy", then "(a) Our strategy for 2026 to 2029", "(b) Information sharing"; "IV.
    Values", then "A. Our ambitions", "B. Our vision"), by the test `numbered_parts_as_sections`
    puts to numbered parts (decision 0153): the heading's sub-headings are all lettered, in
    order from "a", two or more, every one named by the family's cues, each a different kind,
    and not all of the heading's own kind. A part no cue names ("(a) Respect") or parts all of
    the heading's kind ("(a) Families first", "(b) Permanence" under "How we work") keep every
    part inside, as unlettered sub-headings stay (decisions 0005, 0043). A risen part keeps its
    letter as its ordinal, so a part of the heading's own kind stands as one more section of that
    kind, as a numbered one does, instead of joining the heading's section again."""
    top = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.level[i] == 1 and i != state.title_index
    ]
    for position, heading in enumerate(top):
        end = top[position + 1] if position + 1 < len(top) else len(state.blocks)
        parts = [i for i in range(heading + 1, end) if state.is_heading[i] and state.level[i] == 2]
        if len(parts) < MIN_PEER_LINES or any(state.number[i] is not None for i in parts):
            continue
        labels = [_PART_LETTER.match(state.text, state.label_start[i]) for i in parts]
        letters = [
            (label.group("bracketed") or label.group("letter")).lower() if label else None
            for label in labels
        ]
        if letters != [chr(ord("a") + k) for k in range(len(parts))]:
            continue
        words = [
            state.text[label.end() : state.blocks[i].content_end]
            for i, label in zip(parts, labels, strict=True)
            if label
        ]
        named = [state.heading_kind(part) for part in words]
        kinds = set(named)
        own = state.heading_kind(_heading_words(state, heading))
        if (
            len(kinds) == len(parts)
            and None not in kinds
            and TITLE_KIND not in kinds
            and kinds != {own}
        ):
            for i, label in zip(parts, labels, strict=True):
                if label is not None:
                    state.level[i] = 1
                    state.words_start[i] = label.end()
                    state.ordinal[i] = label.group("bracketed") or label.group("letter")


def _part_kind(state: HeadingState, index: int) -> str | None:
    """The kind a numbered part names: its heading's, except where the heading only hints at
    its kind ("How we practise", a key-principles hint) and a content cue of another kind opens
    the paragraph under it ("Our practice framework is Restorative Practice"): the text says
    what the part holds, as it does for any heading hint (decision 0092), so the part is no
    run of the part before it ("3.4 Permanence and leaving care"; decision 0182)."""
    words = _heading_words(state, index)
    kind = state.heading_kind(words)
    following = index + 1
    if (
        kind is None
        or following >= len(state.blocks)
        or state.is_heading[following]
        or not state.cues.only_hinted(kind, words)
    ):
        return kind
    body = state.blocks[following]
    paragraph = state.text[body.content_start : body.content_end]
    clause = _CLAUSE_NUMBER.match(paragraph)
    opening = state.cues.content_kind(paragraph[clause.end() :] if clause else paragraph)
    return opening if opening is not None else kind


def lone_sub_headings_as_peers(state: HeadingState) -> None:
    """Marked-up sub-headings that rank below the chapter's other headings only by their look
    (a Word chapter whose headings stand some in text boxes at 14 pt, others in shaded table
    cells at 13 pt, the smaller read one level down): each stands alone under a heading and
    names a section of a kind no top heading has.

    By `assign_levels` a heading one markup level down is a sub-heading of the one above. An
    editor's sub-headings come several to a section, or name parts of the section's own kind;
    these rank as the top headings' peers only when the document shows the other pattern
    throughout: two or more sub-headings, no two under one top heading, every one named by the
    family's cues, each a different kind, none the kind of any top heading ("Leaving care",
    the only sub-heading under "Corporate Parenting" in a chapter with no "Key Principles"
    heading, is the chapter's key principles). One sub-heading no cue names, or naming a top
    heading's kind ("Being healthy" under "Key Outcomes"), keeps them all sub-headings, as
    decision 0123 keeps plain lines between numbers (decision 0153)."""
    top = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.level[i] == 1 and i != state.title_index
    ]
    if not top:
        return
    under = [i for i in range(top[0] + 1, len(state.blocks)) if state.is_heading[i]]
    lines = [i for i in under if state.level[i] > 1]
    if len(lines) < MIN_PEER_LINES or any(
        state.level[i] != 2 or state.rule[i] != "markup_heading" for i in lines
    ):
        return
    parents = [top[bisect_left(top, i) - 1] for i in lines]
    if len(set(parents)) != len(lines):
        return
    top_kinds = {state.heading_kind(_heading_words(state, i)) for i in top}
    kinds = {state.heading_kind(_heading_words(state, i)) for i in lines}
    if (
        len(kinds) == len(lines)
        and None not in kinds
        and TITLE_KIND not in kinds
        and not kinds & top_kinds
    ):
        for i in lines:
            state.level[i] = 1


def lone_sub_heading_named_by_its_paragraph(state: HeadingState) -> None:
    """A marked-up sub-heading named by meaning, the only sub-heading of its section, over a
    paragraph whose opening a content cue names as a kind that no top heading has and that
    the section's own heading and opening do not name: "### Working alongside others" over
    "Children's services are one partner among many. …" under "## Setting the scene" (the
    introduction). The page's editor set a new topic one level down; the paragraph's cue says which
    (blind113, decision 0187). A sub-heading that a cue names stays with
    `lone_sub_headings_as_peers`, which asks the whole document's pattern; two or more
    sub-headings under one heading are parts of its topic (decision 0153); a paragraph no cue
    names, or named as the section's own kind, keeps the sub-heading inside."""
    top = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.level[i] == 1 and i != state.title_index
    ]
    if not top:
        return
    ends = [*top[1:], len(state.blocks)]
    top_kinds = {state.heading_kind(_heading_words(state, i)) for i in top}
    for parent, end in zip(top, ends, strict=True):
        under = [i for i in range(parent + 1, end) if state.is_heading[i]]
        if len(under) != 1:
            continue
        line = under[0]
        following = line + 1
        if (
            state.level[line] != 2
            or state.rule[line] != "markup_heading"
            or following >= end
            or state.blocks[following].type != "paragraph"
            or state.heading_kind(_heading_words(state, line)) is not None
        ):
            continue
        kind = state.cues.content_kind(_block_words(state, following), near_end=False)
        if kind is None or kind == TITLE_KIND or kind in top_kinds:
            continue
        opening = parent + 1
        if opening < line and state.cues.content_kind(_block_words(state, opening)) == kind:
            continue
        state.level[line] = 1


def _block_words(state: HeadingState, index: int) -> str:
    block = state.blocks[index]
    return state.text[block.content_start : block.content_end]


def pointer_headings_stand_apart(state: HeadingState, headings: list[int]) -> None:
    """A marked-up sub-heading over pointers to other documents ("### See also" under "## The
    law", its links below) is no part of the section it is set under: a list of where else to
    look says nothing of the law, and after the body has begun such pointers hold no kind
    (decisions 0108, 0115). It starts a section of its own. A list of links has no parts either,
    so the headings set under it ("#### What matters to us") are not its parts: the first of
    them ranks as the pointer heading does, the ones under that keep their depth below it
    (decision 0173). Only a heading with a section above it is moved; above the body the same
    heading is the scope box's, and under a pointer heading ("Further reading" under "Related
    documents") it is one more list of pointers, part of that one."""
    # The headings above, their levels rising to the top: the nearest one of a lower level than
    # a heading's is found by popping those at or above it, so each heading is popped once
    # (decision 0184; `marked_headings_beside_plain_ones` keeps the same stack).
    above: list[int] = []
    for position, index in enumerate(headings):
        markup = state.blocks[index].markup_level
        if (
            markup
            and state.level[index] >= 2
            and state.number[index] is None
            and names_pointers(state.words(index))
        ):
            _stand_apart(state, headings, position, above)
        while above and state.level[above[-1]] >= state.level[index]:
            above.pop()
        above.append(index)


def _stand_apart(state: HeadingState, headings: list[int], position: int, above: list[int]) -> None:
    """Pointer heading `headings[position]` starts a section of its own, with the headings set
    under it, unless the nearest heading above of a lower level (`above`'s top, once those at or
    above its level are popped) is a pointer heading too (`pointer_headings_stand_apart`)."""
    index = headings[position]
    markup = state.blocks[index].markup_level
    while above and state.level[above[-1]] >= state.level[index]:
        above.pop()
    if above and names_pointers(state.words(above[-1])):
        return  # "Further reading" under "Related documents": pointers among pointers
    state.level[index] = 1
    end = position + 1
    while end < len(headings):
        deeper = state.blocks[headings[end]].markup_level
        if not deeper or deeper <= markup:
            break
        end += 1
    if end > position + 1:
        shift = state.level[headings[position + 1]] - 1
        for following in headings[position + 1 : end]:
            state.level[following] = max(1, state.level[following] - shift)


def _heading_words(state: HeadingState, index: int) -> str:
    """A heading's words after its number ("Introduction" of "2. Introduction")."""
    return state.text[state.words_start[index] : state.blocks[index].content_end]


def _labels_a_summary_of_fields(state: HeadingState, index: int) -> bool:
    """Whether heading `index` is marked up as a heading and labels a box that sums the page up
    ("At a glance", "Key facts") holding only fields or points up to the next heading ("Owner:
    ...", "Last amended: ..."), in a document whose other headings carry no markup (bold
    lines): set in whatever type the box has, often larger than the chapter's own headings, it
    heads no sub-headings and ranks none of the chapter's headings, as a contents label does
    not (decision 0446)."""
    block = state.blocks[index]
    if not block.markup_level or not state.cues.sums_up(state.words(index)):
        return False
    end = index + 1
    while end < len(state.blocks) and not state.is_heading[end]:
        end += 1
    if end >= len(state.blocks) or state.blocks[end].markup_level:
        return False
    return holds_only_fields(state.text, state.blocks, index + 1, end) or holds_only_points(
        state.blocks, index + 1, end, state.text
    )


def _labels_contents(state: HeadingState, index: int) -> bool:
    """Whether heading `index` is the label over a contents list ("Contents", its entries
    below): set in whatever type the contents page has (often larger than the chapter's own
    headings), it ranks none of the chapter's headings."""
    following = index + 1
    return following < len(state.blocks) and state.rule[following] == "contents_entry"


def _under_unnumbered_heading(state: HeadingState, index: int) -> bool:
    """The block right before numbered heading `index` is an unnumbered heading (not the title)."""
    before = index - 1
    return (
        before >= 0
        and before != state.title_index
        and state.is_heading[before]
        and state.number[before] is None
    )


def items_over_plain_items(state: HeadingState) -> None:
    """A numbered list item taken for a heading ("1. Children Act 1989, Part III.") with the next
    item of its list right under it, no blank line between, that is no heading ("2. Children and
    Social Work Act 2017, section 1."): the two are items of one list (a closing list of notes),
    and the first is no heading however short (decision 0142). Items alike, all headings (a
    contents list), are left to the contents-list pass."""
    blocks = state.blocks
    for index in range(len(blocks) - 1):
        block, following = blocks[index], blocks[index + 1]
        if (
            state.rule[index] == "numbered_heading"
            and block.type == "list_item"
            and block.ordered
            and following.type == "list_item"
            and following.ordered
            and not state.is_heading[index + 1]
            and not _blank_between(state, block, following)
        ):
            _demote(state, index, "item_over_plain_item")


def numbering_sequence(state: HeadingState) -> None:
    """A guessed top-level number that does not move the sequence on is a list item.

    After "5. Key Outcomes", plain lines "1. Being healthy", "2. Being safe" number a list inside
    the section; "6. Key Principles" carries on. Marked-up headings are left as they are.
    """
    numbered = [
        i
        for i in range(len(state.blocks))
        if state.is_heading[i] and state.number[i] is not None and i != state.title_index
    ]
    top_depth = min((_depth(state.number[i]) for i in numbered), default=1)
    last_top: tuple[int, ...] | None = None
    for i in numbered:
        number = state.number[i]
        assert number is not None
        if _depth(number) != top_depth:
            continue
        value = number_value(number)
        if last_top is not None and value <= last_top and state.rule[i] in _GUESSED:
            _demote(state, i, "out_of_sequence")
            continue
        last_top = value


MIN_SENTENCE_HEADINGS = 2
"""A document that writes its headings in sentence case writes several of them."""


def lone_sentence_lines(state: HeadingState) -> None:
    """A single sentence-case line between paragraphs is more likely an unpunctuated sentence
    ("Children start school ready to learn") than a heading: a document that names its sections
    in sentence case does so for several of them (some of which the family's cues may know)."""
    found = [index for index, rule in enumerate(state.rule) if rule == "sentence_line"]
    named = sum(
        1
        for index, rule in enumerate(state.rule)
        if rule == "cue_heading"
        and (not _capitalised(state.words(index)) or _one_word(state.words(index)))
    )
    if len(found) + named < MIN_SENTENCE_HEADINGS:
        for index in found:
            if _CLAUSE_NAMING_THE_TEXT.fullmatch(state.words(index).strip()) is None:
                _demote(state, index, "lone_sentence_line")


_CLAUSE_NAMING_THE_TEXT = re.compile(
    r"(?:who|what|why|when|where|how)\s+(?:this|these)\s+"
    r"(?:chapter|procedure|policy|guidance|page|document|pages|procedures|chapters)"
    r"(?:\s+[a-z]+){1,3}",
    re.IGNORECASE,
)
"""A clause that asks about the text itself without a question mark ("Who this chapter covers",
"What this procedure sets out", "Why these pages exist"): no sentence of the body, which would
say something of the chapter, not ask about it, so it heads a section even where it is the
page's only sentence-case line (decision 0279)."""


def _one_word(words: str) -> bool:
    """A one-word heading ("Purpose", "Background") reads the same in sentence case as in title
    case, so it agrees with sentence-case headings beside it."""
    return len(_WORD.findall(words)) == 1


def heading_under_title(state: HeadingState) -> None:
    """The line right under a title that stands among other short lines (a page's breadcrumb
    trail above it) is judged again once the title is known: the title is the break before it,
    so "Contents" under it is a heading, as it is under a title on the first line."""
    if state.title_index is None:
        return
    index = state.title_index + 1
    if state.title_index > 0 and index < len(state.blocks) and not state.rule[index]:
        cue_heading(state, index, False)
    _council_named_under_title(state, index)
    _cover_naming_its_council(state, index)
    _council_byline_over_text(state, index)
    following = index + 1
    if (
        following < len(state.blocks)
        and not state.rule[following]
        and (_byline(state, index) or _council_line_run_together(state, index))
        and (_cue_heading_shape(state, following) or _case_example_line(state, following))
    ):
        state.claim(following, "cue_heading", True)
    if (
        following < len(state.blocks)
        and not state.rule[following]
        and _byline(state, index)
        and opens_with_council_name(state.words(index).strip())
        and _followed_by_prose(state, following)
        and _set_like_the_headings(state, following)
    ):
        # A line under the council's byline, over prose, set as the chapter's other headings
        # are, has its break above it, as it would under the title alone: "HOW TO USE THIS
        # CHAPTER" under "Oakhollow District Council" (decision 0204), "Before you read on"
        # where later headings are sentence-case lines too (decision 0297). A line there in a
        # chapter with no such headings ("Hubs open at nine") may be the byline's tagline, and
        # a service's name over a cover's table stays the byline's.
        if _capitalised(state.words(following)):
            capitalised_line(state, following, False)
        else:
            sentence_line(state, following, False)


def heading_over_first_sub_heading(state: HeadingState) -> None:
    """Two short plain lines stacked with no blank line between them, a blank line above the
    first and one under the second, then prose ("The promises we keep" straight over "At home",
    then "We help children to …"): a section's heading over its first sub-heading as a page
    copied from a browser sets them, for a browser keeps a blank line round a paragraph but none
    between two headings. Both are headings when each is set as the chapter's later plain-line
    headings are (`_set_like_the_headings`): a chapter that heads its parts with bare lines
    shows it more than once. Neither line may hold a figure, a colon or a stop (an address, a
    label and its value, a list's last items), and the first stands after the chapter's title
    and byline, not among them."""
    first_allowed = 1 if state.title_index is None else state.title_index + 2
    for index in range(max(first_allowed, 1), len(state.blocks) - 2):
        upper, lower = index, index + 1
        if not all(_open_or_plain_heading(state, position) for position in (upper, lower)):
            continue
        blocks = state.blocks
        if (
            blocks[upper].type != "paragraph"
            or blocks[lower].type != "paragraph"
            or blocks[upper].line_count != 1
            or blocks[lower].line_count != 1
            or not _blank_between(state, blocks[upper - 1], blocks[upper])
            or _blank_between(state, blocks[upper], blocks[lower])
            or not _blank_between(state, blocks[lower], blocks[lower + 1])
        ):
            continue
        if not all(_bare_heading_words(state, position) for position in (upper, lower)):
            continue
        if not _preceded_by_break(state, upper) or not _followed_by_prose(state, lower):
            continue
        if not (_set_like_the_headings(state, upper) and _set_like_the_headings(state, lower)):
            continue
        for position in (upper, lower):
            if not state.is_heading[position]:
                title_case = _capitalised(state.words(position))
                state.claim(position, "capitalised_line" if title_case else "sentence_line", True)
        state.stacked_sub_headings.add(lower)


def stacked_sub_headings_inside(state: HeadingState) -> None:
    """A sub-heading stacked straight under its section's heading
    (`heading_over_first_sub_heading`) is one level under it: the section's first part, so the
    heading above heads more than its own line."""
    for index in state.stacked_sub_headings:
        if state.is_heading[index] and state.is_heading[index - 1]:
            state.level[index] = max(state.level[index], state.level[index - 1] + 1)


def _open_or_plain_heading(state: HeadingState, index: int) -> bool:
    """A block no rule has claimed, or one a plain-line rule took as a heading."""
    return not state.rule[index] or (
        state.is_heading[index] and state.rule[index] in _PLAIN_LINE_RULES
    )


def _bare_heading_words(state: HeadingState, index: int) -> bool:
    """A short plain line holding no figure, colon or closing stop: words a heading may be."""
    words = state.words(index).strip()
    return (
        _short_plain_line(state, index)
        and ":" not in words
        and not any(char.isdigit() for char in words)
        and _ENDS_LIKE_PROSE.search(words) is None
        and not words.endswith("?")
    )


def _case_example_line(state: HeadingState, index: int) -> bool:
    """A short plain line over prose that names a case example ("Kayla's story", "Case study:
    a family in crisis"): under a byline it heads the story, as a heading the family's cues know
    would, though the byline's short line above it gives it no break (decision 0232)."""
    block = state.blocks[index]
    return (
        block.type == "paragraph"
        and _short_plain_line(state, index)
        and _followed_by_prose(state, index)
        and names_a_case_example(state.words(index))
    )


def _in_capitals(words: str) -> bool:
    letters = "".join(_WORD.findall(cue_text(words)))
    return len(letters) >= 2 and letters.isupper()


MIN_HEADINGS_ALIKE = 2
"""Later plain-line headings set in one case that make it the chapter's way of setting them,
for a line under the byline (`_set_like_the_headings`): one may be a chance."""


def _set_like_the_headings(state: HeadingState, index: int) -> bool:
    """Whether line `index` is set as the chapter's later headings taken by their shape are: in
    capitals as a later capitals line (`_capitals_like_the_headings`), or, in Title Case or
    sentence case, as at least `MIN_HEADINGS_ALIKE` later plain-line headings in the same case.
    A page copied from a browser sets every heading as a bare line, the byline under the title
    too (decision 0297), so the chapter's first heading stands right under a short line."""
    words = state.words(index)
    if _in_capitals(words):
        return _capitals_like_the_headings(state, index)
    title_case = _capitalised(words)
    alike = sum(
        1
        for position in range(index + 1, len(state.blocks))
        if state.is_heading[position]
        and state.rule[position] in _PLAIN_LINE_RULES
        and not _in_capitals(state.words(position))
        and _capitalised(state.words(position)) == title_case
    )
    return alike >= MIN_HEADINGS_ALIKE


def _capitals_like_the_headings(state: HeadingState, index: int) -> bool:
    """Whether line `index` is in capitals, as a later line the plain-line rules took as a
    heading is: the document's own way of setting its headings."""
    return _in_capitals(state.words(index)) and any(
        state.rule[position] == "capitalised_line" and _in_capitals(state.words(position))
        for position in range(index + 1, len(state.blocks))
    )


_TABLE_BODY_RULES = frozenset(
    {"lettered_heading", "disclosure_line", "capitalised_line", "sentence_line"}
)
"""The rules that take a line as a heading for the body text under it (`_followed_by_body`)."""


def table_under_byline(state: HeadingState) -> None:
    """The line right under the title, over a table and no prose, is a byline or a subtitle
    ("Hollinwick Council · Quality Team", "Procedures Manual, Part 1") over the cover's record
    ("Version | 4.2", "Owner | …"): it stands with the title, not over a section of its own.
    Further down, a line over a table names it ("Related legislation"), as `_over_table` says."""
    if state.title_index is None:
        return
    index = state.title_index + 1
    if (
        index < len(state.blocks)
        and state.is_heading[index]
        and state.rule[index] in _TABLE_BODY_RULES
        and _over_table(state, index)
        and not _followed_by_prose(state, index)
    ):
        _demote(state, index, "table_under_byline")


_COUNCIL_NAME = re.compile(
    r"(?:[A-Z][\w'\u2019-]*[ \t]+){1,5}(?:(?:Borough|County|City|District|Metropolitan"
    r"|Metropolitan[ \t]+Borough)[ \t]+)?Council"
)
"""A council's name, as a cover sets it under the title: "Hollinwick County Council"."""
_AFTER_COUNCIL_NAME = re.compile(r"[ \t]*(?:$|[\-\u2013\u2014:|,\u00b7][ \t]*\S)")


def opens_with_council_name(line: str) -> bool:
    """Whether a line is a council's name, or opens with one and goes on after a dash, colon,
    bar or comma with the service's ("Hollinwick County Council - Children and Families
    Service"): a byline, saying whose chapter it is."""
    name = _COUNCIL_NAME.match(line)
    return name is not None and _AFTER_COUNCIL_NAME.match(line, name.end()) is not None


def names_a_council(words: str) -> bool:
    """Whether `words` are a council's name alone ("Wenmouth County Council")."""
    return _COUNCIL_NAME.fullmatch(words.strip()) is not None


def _council_named_under_title(state: HeadingState, index: int) -> None:
    """A council's name right under the title, set as a heading (a PDF's or Word file's larger
    type) with no text of its own before a heading the family's cues know ("Contents", "Scope
    of this chapter"), says whose chapter it is: it stands with the title, as a byline does,
    and heads no section of its own (which the kind model would otherwise have to name). In
    plain text the same holds of a plain line in capitals that is a council's name alone
    ("Sandilow City Council" between blank lines, then "1. SCOPE"; decision 0139)."""
    following = index + 1
    if _council_over_plain_cover_lines(state, index):
        state.claim(index, COUNCIL_UNDER_TITLE, False)
        return
    if (
        following >= len(state.blocks)
        or not state.is_heading[index]
        or not state.is_heading[following]
    ):
        return
    if state.rule[index] not in ("markup_heading", "strong_line") and (
        state.rule[index] != "capitalised_line" or not names_a_council(state.words(index))
    ):
        return
    over_title = not opens_with_council_name(state.words(index).strip())
    if over_title and not _council_over_title(state):
        return
    if state.heading_kind(state.words(index)) is not None:
        return
    # The heading under it perhaps numbered ("1. SCOPE"): its words name the kind.
    if not over_title and _names_a_kind(state, following):
        state.claim(index, COUNCIL_UNDER_TITLE, False)
        return
    # A service's name under it ("Children's Social Care") keeps the cover together, unless the
    # cover is a run of such lines with no text between them, straight above a heading the
    # family's cues know: "Penwarden Borough Council", "Procedures Manual", "Version 7", "Last
    # amended: 3 March 2025", then "Scope" (a PDF's cover set in large type, decision 0213).
    end = following
    while (
        end < len(state.blocks)
        and end - index < MAX_COVER_LINES
        and (
            (
                state.is_heading[end]
                and state.rule[end] in ("markup_heading", "strong_line")
                and not _names_a_kind(state, end)
            )
            or _plain_cover_line(state, end)
        )
    ):
        end += 1
    if end < len(state.blocks) and state.is_heading[end] and _names_a_kind(state, end):
        for position in range(index, end):
            _demote(state, position, COVER_UNDER_TITLE)
    elif not over_title:
        cover_end = _cover_set_apart(state, index)
        for position in range(index, cover_end):
            _demote(state, position, COVER_UNDER_TITLE)


_COVER_LINE_END = re.compile(r"[.!?:;]\s*$")


def _plain_cover_line(state: HeadingState, position: int) -> bool:
    """Whether `position` is a short line of a cover in the body's type: one line of a few
    words that ends no sentence and is no table's row ("Version 4 - March 2026", not "Version |
    v3"), or one field of the cover's record however many words its value takes ("Owner: Head
    of Service, Children in Care", `_RECORD_FIELD`). A cover mixes such lines with lines in
    large type, so they neither end the cover nor head it (decision 0446); a cover's record
    table keeps its lines as 0091 left them."""
    block = state.blocks[position]
    words = state.words(position).strip()
    return (
        not state.is_heading[position]
        and not state.table[position]
        and "|" not in words
        and block.type == "paragraph"
        and block.line_count <= 1
        and (
            0 < len(words.split()) <= MAX_BYLINE_LINE_WORDS
            or _RECORD_FIELD.fullmatch(words) is not None
        )
        and _COVER_LINE_END.search(words) is None
    )


def _council_over_plain_cover_lines(state: HeadingState, index: int) -> bool:
    """Whether `index` is a council's name alone right under the title, set as a heading (a
    PDF's cover in larger type), over a few short plain lines of the cover and then a heading
    the family's cues know: "Thornbury Borough Council", then "Children's Services Procedures
    Manual" and "Version 3.1 - October 2024" in the body's type, then "Contents". The name heads
    nothing; it and the lines under it are the cover, which stands with the title, as a cover
    set all in large type does (decision 0410). Over prose, over a heading no cue knows, or
    over one line alone (a stamp, `MIN_PLAIN_COVER_LINES`), the heading is left as it was."""
    following = index + 1
    if (
        following >= len(state.blocks)
        or not state.is_heading[index]
        or state.is_heading[following]
        or state.rule[index] not in ("markup_heading", "strong_line")
        or not names_a_council(state.words(index))
        or state.heading_kind(state.words(index)) is not None
    ):
        return False
    end = following
    while end < len(state.blocks) and not state.is_heading[end]:
        block = state.blocks[end]
        words = state.words(end).strip()
        if (
            end - index >= MAX_COVER_LINES
            or block.type != "paragraph"
            or block.line_count > 1
            or len(words.split()) > MAX_BYLINE_LINE_WORDS
            or _COVER_LINE_END.search(words) is not None
        ):
            return False
        end += 1
    return (
        end - following >= MIN_PLAIN_COVER_LINES
        and end < len(state.blocks)
        and _names_a_kind(state, end)
    )


MIN_PLAIN_COVER_LINES = 2
"""A cover under a council's name holds two lines or more (the manual's name, its issue); one
line there is a stamp or a tagline, which keeps the name as its heading (decision 0386)."""


def _council_over_title(state: HeadingState) -> bool:
    """Whether the line right above the title is a council's name set as a heading, as a cover
    page sets it over the chapter's title ("Ashbridge Metropolitan Borough Council" over the
    title, then "Children and Families Service", "Version: 2.0", "Date of approval: …" in the
    same large type, then "Contents"): the lines under the title, up to a heading the family's
    cues know, are then the rest of that cover, as they are under a council named below it."""
    above = (state.title_index or 0) - 1
    return (
        above >= 0
        and state.is_heading[above]
        and state.rule[above] in ("markup_heading", "strong_line")
        and names_a_council(state.words(above))
    )


def _cover_naming_its_council(state: HeadingState, index: int) -> None:
    """A cover's lines under the title, set alike as headings with no text between them and
    the council's name among them but not first ("Children's Social Care - staff briefing", then
    "Elvingham Borough Council", as a slide deck's title slide sets them), over a heading set
    otherwise: they say what the document is and whose, as a council's name right under the
    title does (`_council_named_under_title`), and stand with the title rather than heading
    sections with nothing in them (decision 0499). The run is a cover only as
    `_cover_set_apart` finds one: no later heading is set as its lines are."""
    if (
        index >= len(state.blocks)
        or not state.is_heading[index]
        or state.rule[index] not in ("markup_heading", "strong_line")
        or state.heading_kind(state.words(index)) is not None
    ):
        return
    end = _cover_set_apart(state, index)
    if end == index or not any(
        opens_with_council_name(state.words(position).strip()) for position in range(index, end)
    ):
        return
    for position in range(index, end):
        _demote(state, position, COVER_UNDER_TITLE)


def _council_byline_over_text(state: HeadingState, index: int) -> None:
    """A plain line right under the title that opens with a council's name and stands over the
    chapter's text, not over a heading ("Ashwick City Council - Children and Families", then
    "1. This document sets out …"), is the chapter's byline: it says whose chapter it is, as a
    council's name set over a heading does (`_council_named_under_title`), and heads no
    section, so the first paragraph opens the first section (decision 0330). Only a heading
    taken from a plain line's shape is let go; a marked-up one is the author's."""
    following = index + 1
    if (
        following >= len(state.blocks)
        or not state.is_heading[index]
        or state.is_heading[following]
        or state.rule[index] not in ("sentence_line", "capitalised_line")
        or state.blocks[following].type not in ("paragraph", "list_item")
        or not opens_with_council_name(state.words(index).strip())
        or state.heading_kind(state.words(index)) is not None
    ):
        return
    _demote(state, index, "council_byline")


def _cover_set_apart(state: HeadingState, index: int) -> int:
    """Where the cover under the title ends, when the run of headings from `index` (a council's
    name) is a cover set apart from the chapter's sections by its type: two to `MAX_COVER_LINES`
    headings in a row marked up alike, with no text between them, a heading of another markup
    right after the run and no heading after it marked up as the run is. A chapter whose
    headings say what they hold in words the cues do not know ("Why we wrote this chapter") has
    no known heading to end its cover, but every section heading of it is set otherwise than
    the cover's lines: the council, the manual's name, "Version 5", "Date of issue: …"
    (decision 0219). `index` where there is no such cover."""
    rule, level = state.rule[index], state.level[index]

    def alike(position: int) -> bool:
        return (
            state.is_heading[position]
            and state.rule[position] == rule
            and state.level[position] == level
        )

    end = index
    while end < len(state.blocks) and alike(end) and not _names_a_kind(state, end):
        end += 1
    if (
        end - index < 2
        or end - index > MAX_COVER_LINES
        or end >= len(state.blocks)
        or not state.is_heading[end]
        or any(alike(later) for later in range(end, len(state.blocks)))
    ):
        return index
    return end


MAX_COVER_LINES = 6
"""The most lines a cover under the title sets in large type before the first section's heading."""
COVER_UNDER_TITLE = "cover_under_title"
"""The rule that judged a cover's lines under the title no headings: they stand with the title."""
COUNCIL_UNDER_TITLE = "council_under_title"
"""The rule that judged a council's name right under the title, set as a heading over a heading
the cues know, no heading: it says whose chapter it is and stands with the title."""


def _names_a_kind(state: HeadingState, index: int) -> bool:
    """Whether heading `index`'s words, perhaps numbered ("1. SCOPE"), name a kind."""
    return state.heading_kind(_ENTRY_NUMBER.sub("", state.words(index), count=1)) is not None


def _council_line_run_together(state: HeadingState, index: int) -> bool:
    """Whether the block right under the title is a council's line in a copy that kept no
    blank line between the title, the line and the first heading (a PDF viewer's copy: "Glenmarsh
    Borough Council" or "Harrowfield Borough Council - a leaflet for staff", then
    "Introduction"): one short line opening with the council's name and ending as no sentence
    does. It says whose chapter it is as a byline standing apart does (`_byline`), so a heading
    the family knows right under it has its break above it. Only the line's own words tell: the
    caller asks for a known heading's words under it."""
    block = state.blocks[index]
    if block.type != "paragraph" or block.line_count > 1 or state.is_heading[index]:
        return False
    content = state.text[block.content_start : block.content_end].strip()
    return (
        len(content) <= MAX_PLAIN_HEADING_LENGTH
        and _ENDS_LIKE_PROSE.search(content) is None
        and opens_with_council_name(content)
    )


def _byline(state: HeadingState, index: int) -> bool:
    """Whether the block right under the title is a byline ("Ashcombe Fen Council - Children's
    Services"): one short line standing apart (a blank line above and below it), no heading, no
    sentence; lines run together under a title ("Note: read this with …" straight above
    "Purpose of this chapter") give no break, unless the line right under the title is only a
    council's name ("Hollinwick Borough Council"), which says whose chapter it is however close
    it stands. The title and a byline stand together above the chapter, so a line the family
    knows as a heading right under it ("About this Chapter") has its break above it, as it
    would under the title alone."""
    block = state.blocks[index]
    if block.type != "paragraph" or block.line_count > 1 or state.is_heading[index]:
        return False
    following = state.blocks[index + 1]
    above = state.text[state.blocks[index - 1].content_end : block.content_start]
    below = state.text[block.content_end : following.content_start]
    content = state.text[block.content_start : block.content_end]
    if below.count("\n") < 2 or (
        above.count("\n") < 2 and _COUNCIL_NAME.fullmatch(content.strip()) is None
    ):
        return False
    return len(content) <= MAX_PLAIN_HEADING_LENGTH and _ENDS_LIKE_PROSE.search(content) is None


MAX_JUMP_ENTRIES = 30
"""The most entries a page's box of jump links is looked through for."""
MAX_JUMP_ENTRY_LENGTH = 120
"""A jump link is one short line; a longer block is prose, and the box has ended."""
_ENTRY_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*(?:\.[a-z])?[.)]?|\(?(?:[a-z]|[ivx]+)\))\s+")


def entry_said_again(state: HeadingState) -> None:
    """The first heading a page's box of jump links names ("On this page" or "Contents", then a
    short line per heading) is a heading, though nothing breaks it off from the box's last entry.

    Copied as text, the heading the box's first entry points to stands right under its last entry
    (or under a tool such as "Print this page"), so the per-block rules, which want a break
    before a plain heading, take it for one more entry. The first line after the box that says
    the first entry's words again (or starts with them: "Scope" points to "Scope of this
    chapter"), with body text under it, is that heading.

    The box's label is itself a heading even where the per-block rules left it as a line: copied
    as text it stands right under a short line of its own (a tool row "Print this page | Email |
    Share", an image's caption), with no break the plain-heading rules could see. A short line
    the family's cues know as a heading that holds contents (the scope's "On this page",
    "Contents"), over a box whose first entry is said again, is the box's label.
    """
    blocks = state.blocks
    for label in range(len(blocks) - 2):
        if label == state.title_index:
            continue
        heading = state.is_heading[label]
        if not heading and state.rule[label]:
            continue  # a rule has ruled the line out (a sentence, a list entry)
        # The line under the heading is read first: it is seldom a jump link, and the heading's
        # cues cost more to ask.
        first_entry = _jump_entry(state, label + 1)
        if first_entry is None or (not heading and not _cue_heading_shape(state, label)):
            continue
        kind = state.heading_kind(state.words(label))
        if kind is None or kind == TITLE_KIND or not state.cues.splittable(kind):
            continue  # the box sits in the container that holds contents lists (the scope)
        for index in range(label + 2, min(len(blocks), label + 2 + MAX_JUMP_ENTRIES)):
            if state.is_heading[index] and state.rule[index] not in _GUESSED:
                break
            words = _jump_entry(state, index)
            if words is None:
                break
            if words == first_entry or words.startswith(first_entry + " "):
                if index - label > 2 and _followed_by_body(state, index):
                    for entry in range(label + 1, index):
                        if state.is_heading[entry] and state.rule[entry] in _GUESSED:
                            _demote(state, entry, "contents_entry")
                    _take_number(state, index, blocks[index].content_start)
                    state.claim(index, "entry_said_again", True)
                    state.jump_boxes.append(range(label + 1, index))
                    if not heading:
                        state.claim(label, "entry_said_again", True)
                    _later_entries_said_again(state, range(label + 2, index), index + 1)
                break


MIN_UNLABELLED_ENTRIES = 3
"""A box of jump links with no label is read as one only when it lists this many entries."""


def unlabelled_contents_box(state: HeadingState) -> None:
    """A contents list with no label ("Contents" left out of a Word contents field, or a page's
    jump links with no "On this page") is no heading over the lines under it: its first entry
    ("About this chapter"), a short line a heading cue knows, was taken for the heading of a
    section holding the other entries and the chapter's real "About this chapter" under them.

    A short line between the title and the first heading the page marks up (a guessed heading
    or a plain line) opens such a box when the short lines under it, entries each, run to a
    heading that says its words again (or starts with them), and the next entry is said again
    by a later heading too: the author listed the page's sections, in order, as a box above
    them. The entries are marked as a contents list's and the box kept as the page's jump links,
    as a labelled box's entries are (`entry_said_again`; decision 0404)."""
    blocks = state.blocks
    if state.title_index is None:
        return
    for first in range(state.title_index + 1, len(blocks) - MIN_UNLABELLED_ENTRIES):
        if state.is_heading[first] and state.rule[first] not in _PLAIN_LINE_RULES:
            return  # a heading the page marks up opens the body: the box would have a label
        if not state.is_heading[first] and state.rule[first] not in ("", "contents_entry"):
            continue  # a rule has ruled the line out (a sentence, a list entry)
        first_entry = _jump_entry(state, first)
        if first_entry is None:
            continue
        end = first + 1
        while (
            end < len(blocks)
            and end - first <= MAX_JUMP_ENTRIES
            and _entry_of_unlabelled_box(state, end, first_entry)
        ):
            end += 1
        if end - first < MIN_UNLABELLED_ENTRIES or end >= len(blocks):
            continue
        if not _points_to_entry(first_entry, _heading_as_entry(state, end)):
            continue
        second_entry = _jump_entry(state, first + 1)
        if second_entry is None or not any(
            state.is_heading[later]
            and _points_to_entry(second_entry, _heading_as_entry(state, later))
            for later in range(end + 1, len(blocks))
        ):
            continue
        for entry in range(first, end):
            _demote(state, entry, "contents_entry")
        state.jump_boxes.append(range(first, end))
        return


def _entry_of_unlabelled_box(state: HeadingState, index: int, first_entry: str) -> bool:
    """Whether block `index` carries on an unlabelled box whose first entry is `first_entry`: a
    short line that is an entry, and no heading but one a plain-line rule guessed that does not
    say the first entry again. An editor's download writes its contents list as the headings'
    own words, one a line with no break, so the rules that take a short line a cue knows for a
    heading ("Our legal duties") take the entries for headings too; the heading that says the
    first entry again is where the box ends and the body begins (blind313)."""
    if _jump_entry(state, index) is None:
        return False
    if not state.is_heading[index]:
        return True
    return state.rule[index] in _PLAIN_LINE_RULES and not _points_to_entry(
        first_entry, _heading_as_entry(state, index)
    )


def _heading_as_entry(state: HeadingState, index: int) -> str:
    """A heading's words as `_jump_entry` reads an entry's: lower case, number and decoration
    removed."""
    label = _ENTRY_NUMBER.sub("", heading_label(state.words(index))).lower()
    return " ".join(_WORD.findall(label))


def _later_entries_said_again(state: HeadingState, entries: range, start: int) -> None:
    """The box's other entries, in their order, said again further down as short plain lines
    with body text under them are headings too ("Values" after the last line of an
    unpunctuated list of Acts, where the per-block rules saw no break): the author listed them
    as the page's sections. A line a rule has already decided (a sentence, a list entry) is
    left as it is; an entry never said again is passed over."""
    blocks = state.blocks
    position = start
    for entry in entries:
        wanted = _jump_entry(state, entry)
        if wanted is None:
            continue
        for index in range(position, len(blocks)):
            if state.is_heading[index]:
                words = _jump_entry(state, index)
                if words is not None and _points_to_entry(wanted, words):
                    position = index + 1
                    break
                continue
            if (
                blocks[index].type == "paragraph"
                and not state.rule[index]
                and _short_plain_line(state, index)
                and _points_to_entry(wanted, _jump_entry(state, index))
                and _followed_by_body(state, index)
            ):
                _take_number(state, index, blocks[index].content_start)
                state.claim(index, "entry_said_again", True)
                position = index + 1
                break


def _points_to_entry(entry: str, words: str | None) -> bool:
    """A jump link names a heading when it says its words or its first words ("Scope" points
    to "Scope of this chapter")."""
    return words is not None and (words == entry or words.startswith(entry + " "))


def _jump_entry(state: HeadingState, index: int) -> str | None:
    """A block's words as a jump link's, lower case, number and decoration removed; None when
    the block is not one short line."""
    block = state.blocks[index]
    words = state.text[block.content_start : block.content_end]
    if (
        block.line_count != 1
        or block.type not in ("paragraph", "list_item")
        or len(words) > MAX_JUMP_ENTRY_LENGTH
        or _ENDS_LIKE_PROSE.search(words) is not None
    ):
        return None
    label = _ENTRY_NUMBER.sub("", heading_label(words)).lower()
    return " ".join(_WORD.findall(label)) or None


def repeated_ordinals(state: HeadingState) -> None:
    """A letter or numeral that opens two headings ("Q. What does this chapter cover?", then
    "Q. Who can I ask?") labels them, as a question, rather than numbering them: it is no
    ordinal, and a line only `lettered_heading` took is judged again by the other rules."""
    counts = Counter(ordinal for ordinal in state.ordinal if ordinal is not None)
    for index, ordinal in enumerate(state.ordinal):
        if ordinal is None or counts[ordinal] < 2:
            continue
        state.ordinal[index] = None
        state.words_start[index] = state.label_start[index]
        if state.rule[index] == "lettered_heading":
            state.claim(index, "", False)
            for name, rule in HEADING_RULES:
                if name != "lettered_heading" and rule(state, index, False):
                    break


_STAGE_LABEL = re.compile(
    r"(?P<word>[^\W\d_]+)[ \t]+(?P<number>[1-9]\d?)[ \t]*[:.\u2013\u2014-][ \t]*\S"
)
"""A line opening with a word and a number, then a colon or dash: "Stage 2: Relatives are
assessed", "Step 3 \u2013 The plan is agreed"."""


def announced_stage_lines(state: HeadingState) -> None:
    """Bold lines that are the stages a lead-in announces, not headings: after a paragraph that
    ends in a colon ("Our planning runs through these stages:"), two or more bold lines that
    open with one word and numbers counting up from 1 ("Stage 1: …", "Stage 2: …"), with nothing
    between them but lines of marks (a flowchart's arrows "↓"), are the boxes of a step diagram
    (decision 0213). Stages with text of their own under each stay headings."""
    blocks = state.blocks
    index = 1
    while index < len(blocks):
        if state.rule[index] != "strong_line" or not _ends_with_colon(state, index - 1):
            index += 1
            continue
        run: list[int] = []
        word = ""
        position = index
        while position < len(blocks):
            if state.rule[position] == "strong_line":
                label = _STAGE_LABEL.match(state.words(position))
                if label is None or int(label.group("number")) != len(run) + 1:
                    break
                if run and label.group("word").lower() != word:
                    break
                word = label.group("word").lower()
                run.append(position)
            elif not _marks_only(state, position):
                break
            position += 1
        if len(run) >= 2:
            for stage in run:
                _demote(state, stage, "announced_stage_line")
        index = max(position, index + 1)


def _ends_with_colon(state: HeadingState, index: int) -> bool:
    block = state.blocks[index]
    return (
        block.type == "paragraph"
        and not state.is_heading[index]
        and state.text[block.content_start : block.content_end].rstrip().endswith(":")
    )


def _marks_only(state: HeadingState, index: int) -> bool:
    """Whether block `index` holds no letter or figure (an arrow "↓" between stages)."""
    block = state.blocks[index]
    return not any(c.isalnum() for c in state.text[block.content_start : block.content_end])


_CONTINUATION_MARK = re.compile(
    r"[ \t]*[(\[]?[ \t]*(?:[\u2013\u2014-][ \t]*)?"
    r"\b(?:continued|contd\.?|cont'd|cont\.)[ \t]*[)\]]?[ \t.:*_]*$",
    re.IGNORECASE,
)
"""The mark a heading carries when it heads the rest of the part before it: "(continued)",
"- cont'd", "continued"."""


def continued_headings(state: HeadingState) -> None:
    """A heading that says the heading before it again with "(continued)" ("Corporate
    parenting" over a slide's first items, then "Corporate parenting (continued)" over the rest)
    starts no new part: a slide deck or a page heads the rest of a part so when it runs over,
    and the part goes on under it. It is demoted to a line of the part it carries on, so the
    part stays one section and its list one list (decision 0499). A heading with other words
    before the mark ("Leaving care (continued)" under "Permanence") is left as it is."""
    previous: int | None = None
    for index in range(len(state.blocks)):
        if not state.is_heading[index] or index == state.title_index:
            continue
        words = state.text[state.words_start[index] : state.blocks[index].content_end]
        mark = _CONTINUATION_MARK.search(words)
        if (
            mark is not None
            and previous is not None
            and _letters(words[: mark.start()])
            == _letters(
                state.text[state.words_start[previous] : state.blocks[previous].content_end]
            )
        ):
            _demote(state, index, "continued_heading")
            continue
        previous = index


DOCUMENT_PASSES: tuple[tuple[str, Callable[[HeadingState], None]], ...] = (
    ("repeated_ordinals", repeated_ordinals),
    ("announced_stage_lines", announced_stage_lines),
    ("lone_sentence_lines", lone_sentence_lines),
    ("find_title", find_title),
    ("table_under_byline", table_under_byline),
    ("heading_under_title", heading_under_title),
    ("heading_over_first_sub_heading", heading_over_first_sub_heading),
    ("contents_lists", contents_lists),
    ("entry_said_again", entry_said_again),
    ("continued_headings", continued_headings),
    ("unlabelled_contents_box", unlabelled_contents_box),
    ("items_over_plain_items", items_over_plain_items),
    ("numbering_sequence", numbering_sequence),
    ("assign_levels", assign_levels),
    ("stacked_sub_headings_inside", stacked_sub_headings_inside),
)
"""Whole-document passes, run in order after the per-block rules."""


def find_headings(text: str, blocks: list[RawBlock], cues: Cues) -> HeadingState:
    """Run the heading rules and the document passes over `blocks`."""
    state = HeadingState(text=text, blocks=blocks, cues=cues)
    for index in range(len(blocks)):
        for _name, rule in HEADING_RULES:
            if rule(state, index, False):
                break
    for _name, document_pass in DOCUMENT_PASSES:
        document_pass(state)
    return state


_GUESSED = frozenset(
    {
        "numbered_heading",
        "lettered_heading",
        "box_label",
        "strong_line",
        "disclosure_line",
        "cue_heading",
        "appendix_line",
        "capitalised_line",
        "sentence_line",
    }
)


def _take_number(state: HeadingState, index: int, anchor: int) -> None:
    block = state.blocks[index]
    match = _NUMBER.match(state.text, anchor, block.content_end)
    if match is not None and _numbered_shape(match, set_apart=block.type == "heading"):
        state.number[index] = match.group("number")
        state.words_start[index] = match.end()
        return
    lettered = _LETTERED.match(state.text, anchor, block.content_end)
    if lettered is not None and _ordinal(lettered.group("number")):
        state.ordinal[index] = lettered.group("number")
        state.words_start[index] = lettered.end()


def _numbered_shape(match: re.Match[str], *, set_apart: bool = False) -> bool:
    """A bare "4 Title" needs a prefix ("Section 4") or a dotted number ("4.1") to be a number
    in running text, where "4 Children" may open a sentence. A line the page sets apart as a
    heading (markup, or wholly in bold) numbers itself with a bare number too: "**3 What we
    value**", as a banner's number cell beside its words reads (Word house templates)."""
    separator = match.group("separator") or ""
    number = match.group("number")
    if int(number.split(".")[0]) == 0:
        return False
    if set_apart and number.isdigit() and int(number) <= MAX_BARE_HEADING_NUMBER:
        return True
    return bool(separator.strip()) or "." in number or match.group("prefix") is not None


def _may_be_heading_item(block: RawBlock) -> bool:
    """A numbered list item may be a heading written as "4. Title" when it stands alone (markdown
    makes a one-item list of it) or in plain text, where contents lists are caught later."""
    return block.line_count == 1 and (block.sole_item or block.depth <= 1)


def _marker_start(state: HeadingState, index: int) -> int:
    block = state.blocks[index]
    position = block.start
    while position < block.content_start and state.text[position] in " >":
        position += 1
    return position


def _short_label(content: str, numbered: bool) -> bool:
    """A short capitalised label may still be a heading though it ends in a colon ("Key
    Principles:"), or, when numbered, in a full stop ("2. Key Values.")."""
    ending = content[-1:]
    return (
        (ending == ":" or (ending == "." and numbered))
        and len(_WORD.findall(content)) <= MAX_LABEL_WORDS
        and _capitalised(content)
    )


def _short_plain_line(state: HeadingState, index: int) -> bool:
    words = state.words(index)
    return (
        after_icons(words)[:1].isupper()
        and len(words) <= MAX_PLAIN_HEADING_LENGTH
        and (
            len(words) < MAX_PLAIN_HEADING_WORDS
            or len(_WORD.findall(words)) <= MAX_PLAIN_HEADING_WORDS
        )
    )


def _over_stamp(state: HeadingState, index: int) -> bool:
    """The next block is a date or label line on its own ("Last updated 2 May 2024", "v14")."""
    following = state.blocks[index + 1]
    return following.type == "paragraph" and _is_stamp_line(
        state.text[following.content_start : following.content_end]
    )


def _is_stamp_line(content: str) -> bool:
    """A date or label line, its emphasis ("_Last updated 2 May 2024_") set aside."""
    return _DATE_OR_LABEL.match(content.strip("*_ ")) is not None


def _followed_by_text(state: HeadingState, index: int) -> bool:
    return index + 1 < len(state.blocks)


def _followed_by_body(state: HeadingState, index: int) -> bool:
    """The next block reads as body text: a list item, a paragraph that is not a short label, or
    a table set out by spaces or pipes under a line standing apart (`_over_table`)."""
    return _followed_by_prose(state, index) or _over_table(state, index)


def _followed_by_prose(state: HeadingState, index: int) -> bool:
    """The next block is a list item, or a paragraph that is not a short label or a stamp. A
    picture's label standing first under a heading ("What happens next?" over "Picture: a
    calendar" over the point) is the picture beside the point: the block after it is looked at
    (decision 0495)."""
    index = _past_picture_labels(state, index)
    if index + 1 >= len(state.blocks):
        return False
    following = state.blocks[index + 1]
    if following.type == "list_item":
        return True
    if following.type != "paragraph":
        return False
    content = state.text[following.content_start : following.content_end]
    if _DATE_OR_LABEL.match(content) and _DATED_NOTE.match(content) is None:
        return False
    return len(content) > MAX_PLAIN_HEADING_LENGTH or _ENDS_LIKE_PROSE.search(content) is not None


def _past_picture_labels(state: HeadingState, index: int) -> int:
    """`index`, or the last picture label right after it (`labels_a_picture`), of one line each."""
    while (
        index + 1 < len(state.blocks)
        and state.blocks[index + 1].type == "paragraph"
        and state.blocks[index + 1].line_count == 1
        and labels_a_picture(state.words(index + 1))
    ):
        index += 1
    return index


_DATED_NOTE = re.compile(
    r"[^:\u2013\u2014\n]{0,60}\b\d{4}[ ]*[:\u2013\u2014-][ ]+\w+(?:[ ,]+\w+){3,}"
)
"""A date that opens an amendment note ("Updated 7 October 2024: we changed the introduction to
…"): the words after it make it the body of the heading above, where a stamp ("Last updated:
14 March 2025", "Version 12 - May 2025") is not."""


def _over_table(state: HeadingState, index: int) -> bool:
    """A one-line block set apart by a blank line above and below, over a table set out by
    spaces or pipes: the table is the body the line names ("Related legislation", then "Act
    Year  Relevance" and its rows), as prose would be. A row of a table is no such line."""
    if index < 1 or index + 1 >= len(state.blocks):
        return False
    if state.table[index] or not state.table[index + 1]:
        return False
    previous, block, following = state.blocks[index - 1 : index + 2]
    return (
        block.line_count == 1
        and _blank_between(state, previous, block)
        and _blank_between(state, block, following)
    )


def _after_table(state: HeadingState, index: int) -> bool:
    """The block before is a table set out by spaces or pipes, or its last row, and a blank
    line stands between, or prose follows the line: the table ended there, as a paragraph of
    prose ends. A page copied from a browser keeps no blank line after a table ("October 2024
    <tab> Leaving care section revised" over "Introduction" over a paragraph, decision 0199);
    a line that is no row, between the table and prose, names the prose."""
    return (
        state.table[index - 1]
        and not state.table[index]
        and (
            _blank_between(state, state.blocks[index - 1], state.blocks[index])
            or _followed_by_prose(state, index)
        )
    )


def _blank_between(state: HeadingState, before: RawBlock, after: RawBlock) -> bool:
    return state.text.count("\n", before.content_end, after.content_start) >= 2


_ENDS_BEFORE_NOTE_MARK = re.compile(
    r"(?:[a-z)\]\"'\u2019\u201d]|\b(?:1[89]|20)\d\d)[.!?]\d{1,2}\s*$"
)
"""A sentence's stop with a footnote's number after it, as a PDF copy leaves a raised mark
("...last amended in February 2026.1", "...and their families.2"): the sentence ends there,
as it would without the mark. A section number ("Version 4.1", "see 3.2") has no word or year
before its point."""


def _preceded_by_break(state: HeadingState, index: int) -> bool:
    """The block before is the title, a heading, a list, prose, a table (`_after_table`) or a
    stamp ("Updated: June 2022"), not a short line like this one: the last line of an
    unpunctuated list ("Data Protection Act 2018") is not a heading, but a line after a page's
    date stamp may be."""
    if index <= 1 or state.is_heading[index - 1]:
        return True
    if (
        state.title_index is not None
        and index == state.title_index + 2
        and _byline(state, index - 1)
        and opens_with_council_name(state.words(index - 1).strip())
        and _set_like_the_headings(state, index)
    ):
        return True  # the council's byline stands with the title above the chapter
    previous = state.blocks[index - 1]
    if previous.type == "list_item" or _after_table(state, index):
        return True
    content = state.text[previous.content_start : previous.content_end]
    return (
        len(content) > MAX_PLAIN_HEADING_LENGTH
        or _ENDS_LIKE_PROSE.search(content) is not None
        or _ENDS_BEFORE_NOTE_MARK.search(content) is not None
        or _is_stamp_line(content)
        or _UPDATED_RIBBON.fullmatch(content.strip("*_ ")) is not None
        or _set_off_above_only(state, index)
        or _under_a_headings_own_fields(state, index)
        or _closes_a_run_of_unlike_lines(state, index)
        or _after_a_run_of_questions(state, index)
        or _after_a_figure(state, index)
    )


_ENDS_WITH_FIGURE = re.compile(r"[^\W\d_][\w'\u2019-]*[ ]+\d{1,3}$")
"""A line whose last word is a small number after a word ("Up to age 21", "Within 4 months"
is not; "Staying Put arrangement Up to age 21" is): a figure, as a table's value cell ends."""


def _after_a_figure(state: HeadingState, index: int) -> bool:
    """The line above ends in a figure (an age, a count: `_ENDS_WITH_FIGURE`) and this line
    holds no digit, over a paragraph of prose several lines long (or one mended line of
    `_PROSE_LINE_WORDS`): a table copied a cell a line leaves its last value right above the
    heading after it, with no blank line between (a PDF viewer's copy, decision 0394). The last
    item of an unpunctuated list of Acts ends with a year, not a figure, and one more item of a
    list is no line over a paragraph of prose."""
    following = index + 1
    if following >= len(state.blocks):
        return False
    previous, after = state.blocks[index - 1], state.blocks[following]
    if previous.type != "paragraph" or after.type != "paragraph":
        return False
    above = state.text[previous.content_start : previous.content_end].strip()
    prose = state.text[after.content_start : after.content_end].rstrip()
    return (
        _ENDS_WITH_FIGURE.search(above) is not None
        and not any(char.isdigit() for char in state.words(index))
        and _ENDS_LIKE_PROSE.search(prose) is not None
        and (after.line_count >= 2 or len(prose.split()) >= _PROSE_LINE_WORDS)
    )


_PROSE_LINE_WORDS = 20
"""Words enough for one line to be a paragraph of prose rather than one more cell of a table:
a copy whose wrapped lines were mended holds a paragraph on one line."""


def _after_a_run_of_questions(state: HeadingState, index: int) -> bool:
    """The line above is the last of questions stacked one under another, and a blank line
    parts this line, which asks nothing, from them: a list of questions a council puts to itself
    ("Are we acting in their best interests?" … "Are we preparing them for adult life?") is
    sentences, as prose is, so the line after it may head the next section (blind195, decision
    0308). A question alone above stays a possible heading of its own ("How are we doing?")."""
    if index < 2:
        return False
    before, previous, block = state.blocks[index - 2 : index + 1]
    if previous.type != "paragraph" or before.type != "paragraph":
        return False
    if not _blank_between(state, previous, block) or _blank_between(state, before, previous):
        return False
    above = state.text[previous.content_start : previous.content_end].strip()
    higher = state.text[before.content_start : before.content_end].strip()
    return (
        above.endswith("?")
        and higher.endswith("?")
        and not state.words(index).strip().endswith("?")
    )


_INSTRUMENT_WORD = re.compile(
    r"\b(?:Acts?|Regulations|Order|Rules|Code|Guidance|Framework|Convention|Measure|Standards)\b"
)
"""A word naming an instrument: a line holding one may be one more item of a list of statutes
("Care Standards Act", its year left off), not the heading after the list."""
_LABEL_OPENING = re.compile(r"[^\W\d_][\w '\u2019-]{0,40}(?::[ \t]+|[ ][\u2013\u2014-][ ]+)\S")
"""A line opening with a short label and a colon ("Access: helping them to use services"), or
a spaced dash ("June 2021 - first published", an entry of a dated list)."""
_SPACED_DASH = re.compile(r"[ ][\u2013\u2014-][ ]")


def _closes_a_run_of_unlike_lines(state: HeadingState, index: int) -> bool:
    """A line right under the last of a run of unmarked lines, with a blank line under it and
    prose after, set unlike the line above: that line cites a year and this one no instrument
    ("Equality Act 2010" over "Permanence"), opens with a label and a colon and this one holds
    none ("Stability: helping them …" over "Permanence"), or opens in lower case and this one
    with a capital and no digit ("getting ready for adult life" over "Key principles"). A page
    copied from a browser loses a list's bullets and keeps no blank line between the list's last
    item and the heading after it (decision 0233); a list's own last item is set like the items
    above it."""
    following = index + 1
    if following >= len(state.blocks) or state.blocks[following].type != "paragraph":
        return False
    previous, block, after = state.blocks[index - 1 : index + 2]
    if (
        previous.type != "paragraph"
        or _blank_between(state, previous, block)
        or not _blank_between(state, block, after)
    ):
        return False
    above = state.text[previous.content_start : previous.content_end].strip()
    words = state.words(index).strip()
    if not above or not words or ":" in words or any(char.isdigit() for char in words):
        return False
    if _ENDS_WITH_YEAR.search(above) is not None:
        return _INSTRUMENT_WORD.search(words) is None
    if _LABEL_OPENING.match(above) is not None:
        return _SPACED_DASH.search(words) is None
    return above[0].islower() and words[0].isupper()


_UPDATED_RIBBON = re.compile(
    r"(?:this[ ])?(?:chapter|procedure|policy|guidance|document)[ ](?:was|has[ ]been)[ ]"
    r"(?:last[ ])?(?:updated|amended|revised|reviewed)(?:[ ](?:on|in))?[ ]*:?[ ]+"
    rf"(?:{_WEEKDAY}[ ]+)?(?:(?:\d{{1,2}}(?:st|nd|rd|th)?[ ]+)?{_MONTH}[ ]+\d{{4}}"
    r"|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4})\.?",
    re.IGNORECASE,
)
"""The chapter's one-line note of its last change, dated and nothing more, as a ribbon under the
title ("This chapter was updated on 22 April 2025", its full stop often left off): a break before
the heading under it, as a stamp is, not the first line of an unpunctuated list."""


def _set_off_above_only(state: HeadingState, index: int) -> bool:
    """A blank line above the line and none below it, before a paragraph: how a printed page's
    text gives a heading (the space a PDF leaves above a heading, none under it), whatever short
    line stands above (a byline under the title). Lines of an unpunctuated list stand one under
    another, or all apart: neither shape is this one."""
    if index + 1 >= len(state.blocks) or state.blocks[index + 1].type != "paragraph":
        return False
    previous, block, following = state.blocks[index - 1 : index + 2]
    above = state.text[previous.content_end : block.content_start]
    below = state.text[block.content_end : following.content_start]
    return above.count("\n") >= 2 and below.count("\n") == 1


MAX_FIELDS_UNDER_HEADING = 3


def _under_a_headings_own_fields(state: HeadingState, index: int) -> bool:
    """The lines above are a few fields of the page's record, each a label, a colon and a value
    opening with a capital ("Owner: Head of Service", "Author: Quality Assurance Team"), set
    right under a heading (the title): the record the page keeps under its title ends there, as
    a stamp line does, so a known heading's words after it open the chapter's first section. A
    list's last item is no field of that shape under a heading of its own. The text's first line
    counts as a heading here: the title is settled only after the lines' own rules."""
    above = index - 1
    while above > 0 and index - above <= MAX_FIELDS_UNDER_HEADING:
        block = state.blocks[above]
        if state.is_heading[above] or block.type != "paragraph" or block.line_count != 1:
            break
        words = state.text[block.content_start : block.content_end].strip("*_ ")
        if _RECORD_FIELD.fullmatch(words) is None:
            break
        above -= 1
    return above < index - 1 and (state.is_heading[above] or above == 0)


_RECORD_FIELD = re.compile(r"[A-Z][A-Za-z '\u2019/-]{0,30}:[ \t]+[A-Z][^\n.;:!?]{0,80}")
"""A record's field on a line: a short label of words, a colon and a value opening with a
capital and ending as no sentence does ("Owner: Head of Service, Children's Safeguarding")."""


_ENDS_WITH_YEAR = re.compile(r"\b(?:19|20)\d\d\W*$")


def _after_dated_line(state: HeadingState, index: int) -> bool:
    """The line before ends with a year: the last item of an unbulleted list of statutes
    ("Data Protection Act 2018"), after which a line in sentence case ("Our shared commitment")
    followed by prose is a heading, unlike a Title Case line, which may be one more statute."""
    previous = state.blocks[index - 1]
    return (
        _ENDS_WITH_YEAR.search(state.text, previous.content_start, previous.content_end) is not None
    )


def _capitalised(words: str) -> bool:
    """Title Case ("Our Values", "Theoretical Underpinnings") or UPPER CASE ("AMENDMENT")."""
    found = _WORD.findall(cue_text(words))
    if not found or not found[0][0].isupper():
        return False
    letters = "".join(found)
    if len(letters) >= 2 and letters.isupper():
        return True
    major = [word for word in found if word.lower() not in _MINOR_WORDS]
    if not major:
        return False
    capitalised = sum(1 for word in major if word[0].isupper())
    return capitalised / len(major) >= 0.75


def _top_value(number: str) -> tuple[int, ...]:
    """A heading number's value without its trailing zero parts: "3.0" is the "3" that "3.1" and
    "3.2" are numbered under, as `_depth` counts "1.0" as "1" (decision 0156)."""
    value = number_value(number)
    while len(value) > 1 and value[-1] == 0:
        value = value[:-1]
    return value


def number_value(number: str) -> tuple[int, ...]:
    """A heading number's parts as counts, a letter part by its place in the alphabet ("2.b"
    reads as 2, 2): councils letter the parts of a numbered section ("1.a", "1.b", then "2.a")
    as others number them ("1.1", "1.2", "2.1"), and the sequence and level passes read both
    alike."""
    return tuple(
        int(part) if part.isdigit() else ord(part.lower()) - ord("a") + 1
        for part in number.split(".")
    )


def _depth(number: str | None) -> int:
    """How many parts a number has; "1.0" counts as "1", as manuals number a section's top so."""
    if number is None:
        return 0
    while number.endswith(".0"):
        number = number[:-2]
    return number.count(".") + 1


def _usual_markup_level(state: HeadingState, indexes: list[int]) -> int:
    """The markdown level most top-level numbered headings use (0 when they are not marked up)."""
    levels = [
        state.blocks[i].markup_level
        for i in indexes
        if state.blocks[i].markup_level and _depth(state.number[i]) == 1
    ]
    if not levels:
        levels = [state.blocks[i].markup_level for i in indexes if state.blocks[i].markup_level]
    return max(set(levels), key=levels.count) if levels else 0


def _has_siblings(state: HeadingState, first: int, last: int) -> bool:
    """Two lines of the run sit at one level: list entries, not a heading and its sub-heading."""
    if all(state.number[i] is None for i in range(first, last + 1)):
        return last - first >= 2
    seen: set[int] = set()
    for index in range(first, last + 1):
        depth = _depth(state.number[index])
        if depth in seen:
            return True
        seen.add(depth)
    return False


def _demote_entries(state: HeadingState, first: int, last: int) -> None:
    label = _contents_label_inside(state, first, last)
    if label is not None:
        first = label  # the lines above the box's label are none of its entries
    keep_first = state.number[first] is None and (
        any(state.number[i] is not None for i in range(first + 1, last + 1))
        or _labels_the_list(state, first, last)
    )
    keep_last = _followed_by_body(state, last) and not _continues_numbering(state, last - 1, last)
    for index in range(first, last + 1):
        if (index == first and keep_first) or (index == last and keep_last):
            continue
        _demote(state, index, "contents_entry")


_CONTENTS_LABEL = re.compile(
    r"(?:table of |page )?contents(?: of (?:this|the) (?:chapter|page))?"
    r"|on this page|in this chapter",
    re.IGNORECASE,
)
"""The words of a box of links to the page's own headings: "Contents", "On this page"."""


def _contents_label_inside(state: HeadingState, first: int, last: int) -> int | None:
    """The run's line that labels a contents list when it is not the run's first ("Our Board
    meets young people" (an image's caption, bold), "On this page", then its entries): the box
    starts at its label, and the heading-like lines above it are no entries of it (decision
    0208). None when the first line is the label or no line after it is one."""
    if _CONTENTS_LABEL.fullmatch(_heading_words_of(state, first)) is not None:
        return None
    for index in range(first + 1, last):
        if _CONTENTS_LABEL.fullmatch(_heading_words_of(state, index)) is not None:
            return index
    return None


def _heading_words_of(state: HeadingState, index: int) -> str:
    return state.words(index).strip(" *_:#").strip()


def says_a_contents_label(state: HeadingState, index: int) -> bool:
    """Whether block `index` says only a contents box's label ("Contents", "On this page")."""
    return _CONTENTS_LABEL.fullmatch(_heading_words_of(state, index)) is not None


def _labels_the_list(state: HeadingState, first: int, last: int) -> bool:
    """The run's first line is the list's label ("Contents", "On this page"): a heading the
    family's cues know whose words name no section further on, as an entry's words do; set
    plain or in bold ("**Contents**" over its entries, as a printed contents page has it). A
    line ending with its page number ("Scope of this chapter 3", as Word's contents field
    gives it, its tab read as a space) is an entry, never the label."""
    if state.rule[first] != "cue_heading" and not (
        state.rule[first] == "strong_line" and state.heading_kind(state.words(first))
    ):
        return False
    if _PAGE_NUMBER_END.search(state.words(first)):
        return False
    label = _letters(state.words(first))
    return all(
        _letters(state.words(later)) != label for later in range(last + 1, len(state.blocks))
    )


_PAGE_NUMBER_END = re.compile(r"[^\W\d_][\W_]*?(?:\s|\.{2,}|\u2026)\s*\d{1,3}\s*$")
"""Words, then a page number (after a space, a tab or a dot leader) closing the line."""


def _letters(words: str) -> str:
    return "".join(character for character in words.lower() if character.isalnum())


def _demote(state: HeadingState, index: int, rule: str) -> None:
    state.claim(index, rule, False)
    state.number[index] = None
    state.ordinal[index] = None
    state.label_start[index] = state.blocks[index].content_start
    state.words_start[index] = state.blocks[index].content_start


def _continues_numbering(state: HeadingState, previous: int, index: int) -> bool:
    before, after = state.number[previous], state.number[index]
    if before is None or after is None:
        return False
    before_parts = before.split(".")
    after_parts = after.split(".")
    if len(before_parts) != len(after_parts):
        return len(after_parts) > len(before_parts)
    return number_value(after)[-1] > number_value(before)[-1]
