"""Text copied from a web page: the site's chrome lines at its top and bottom are not the chapter.

A page selected and copied as text brings its chrome along as lines: "Skip to main content",
"Menu", a breadcrumb ("Home > Children and families > Policies"), a logo's alternative text, and
at the bottom "Was this page useful?", "Yes No", a copyright line. Like the chrome of an HTML page,
they are left out of the extracted text (the original bytes keep them), so the title is the
chapter's first real line and no section holds them. Only whole lines go: the leading and
trailing runs, and chrome lines in the page's head, under its title and before the chapter's
first prose ("Print", "Share this page"; decision 0026). A chrome phrase inside the chapter is
the chapter's own words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator
from functools import cache

from app.ingest.flattened_tables import is_control_field
from app.ingest.footer_stamp import CHAPTER_UPDATED_RIBBON, PAGE_STAMP
from app.ingest.html_render import canonical_phrase
from app.ingest.model import ChromeCues

MAX_CHROME_LINE = 150
"""Longer lines are prose, whatever words they hold."""
MAX_CRUMB_LENGTH = 60
MAX_CRUMB_WORDS = 8
MAX_LOGO_LINE_WORDS = 6

_CRUMB_SEPARATORS = re.compile(r"\s*(?:::|[>\u203a\u00bb/|\u2192]|&gt;)\s*")
_CRUMB_START = re.compile(r"^(?:you are here:?[\s*_]*)?home\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s*(?:19|20)\d\d|copyright\b)", re.IGNORECASE)
"""A copyright line: "©…", "Copyright…", or "(c) 2025…" (a bare "(c)" opens a lettered item)."""
_COUNCIL_AND_YEAR = re.compile(r"(?:[A-Z][\w'\u2019&-]*[ \t]+){1,6}Council,?[ \t]+(?:19|20)\d\d")
"""A council's name and a year alone on a line ("Hollinwick Borough Council 2025"): a
copyright footer whose sign the copy lost."""
_PROVIDER_CREDIT = re.compile(
    r"(?:[\w'\u2019&.-]+\s+){0,10}?(?:manuals?|procedures|handbook|(?:web)?site|resource)"
    r"\s+(?:is|are)\s+(?:produced|provided|supplied|hosted|published|designed|developed|maintained"
    r"|managed|compiled|written)"
    r"(?:\s+(?:to|for|on\s+behalf\s+of)\s+[^.]{1,80}?)?\s+by\s+[^.]{1,80}\.?",
    re.IGNORECASE,
)
"""A manual product's credit at the page's foot ("The Oldfield Procedures Manual is produced
by Larch Press Ltd.", "… are supplied to Oldfield Council by …", "… is maintained for the
council by …"): who makes the site, in the words of every page of it, none of the chapter's own."""
_LOGO = re.compile(r"\blogo\b", re.IGNORECASE)
_HOME_IMAGE_LINK = re.compile(
    r"\[!\[[^\[\]\n]*\]\([^()\n]*\)\]\((?:/|https?://[^/\s()]+/?)(?:[ \t]+\"[^\"\n]*\")?\)"
)
"""A picture that links to the site's front page and nothing else ("[![Ashby Council](/img/crest
.svg)](/)"): the site's logo as a converter writes it, whatever its alternative text says. A
chapter's own picture never links home."""
_LOGO_PICTURE = re.compile(
    r"!\[[^\[\]\n]*\]\([^()\s]*\b(?:logo|crest)\b[^()\s]*(?:[ \t]+\"[^\"\n]*\")?\)"
)
"""A picture alone on a line whose file is named the site's logo or crest ("![Brantsfield
Council](media/brantsfield-logo-colour.png)"), as an exporter writes a page's masthead: the
site's mark, whatever its alternative text says (here the council's name, which no `_LOGO`
word marks); a chapter's own picture is named for what it shows (blind392)."""
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
"""A line about the site's cookies (a consent banner's heading, its sentence, its buttons)."""
_FOLLOW_US = re.compile(r"^(?:follow us|(?:find|join|connect with) us on)\b", re.IGNORECASE)
"""A footer's social links under their label: "Follow us", "Find us on: Facebook  Instagram"."""
_MARKUP_EDGES = " \t#*_>-[]()!"
"""Markdown a copied line may carry around its words (`## Menu`, `**Print**`, `[Share](#)`)."""


def strip_edge_chrome(text: str, cues: ChromeCues) -> str:
    """`text` without its leading and trailing runs of chrome lines (and the blank lines among
    them), and without the chrome lines among its first few lines before the chapter's prose
    begins ("Print", "Share this page" under the title); unchanged when it has none, or when
    nothing but chrome would be left.

    What one reading leaves is read again until nothing more goes: a page's head can be two
    runs of chrome, one under the other (a trail line over a second menu and its trail), and
    the lower run only shows as the head once the upper one is gone. Reading the text again
    must never take more away (stripping is idempotent); a page with no chrome is read once."""
    text = _with_title_parted_from_trail(without_link_notes(text))
    while True:
        stripped = _strip_edge_chrome_once(text, cues)
        if stripped == text:
            return text
        text = stripped


def _strip_edge_chrome_once(text: str, cues: ChromeCues) -> str:
    start = _after_leading_chrome(text, cues)
    if start > 0:
        menu_end = _after_a_menu_naming_the_page(
            text, start, cues, boxed=_under_a_box_heading(text, start, cues)
        )
        start = menu_end if menu_end != start else _after_box_links_over_title(text, start, cues)
        start = _after_a_page_list_naming_the_page(text, start, cues)
        start = _after_a_side_menu_naming_the_trail_end(text, start)
    start = _after_a_jump_list_over_title(text, start)
    start = _after_a_linked_menu_naming_the_page(text, start)
    end = _before_trailing_chrome(text, cues, start)
    if start >= end or not text[start:end].strip():
        return text
    page = text[start:end] if start == 0 else _without_badge_after_title(text[start:end], cues)
    if text[end:].strip():
        page = _without_related_box_at_foot(page, cues)
    page = _without_chrome_under_title(page, cues)
    page = _without_jump_lines(page, cues)
    page = _without_glued_toggles(page, cues)
    page = _without_media_consent(page)
    page = _without_rail_at_foot(page, cues)
    page = _without_form_box_at_foot(page, cues)
    page = _without_wrapped_notice_at_foot(page)
    page = _without_footer_links_over_stamp(page, cues)
    page = _without_chrome_in_tail(page, cues)
    page = _without_button_under_page_banner(page, cues)
    page = _without_menu_naming_the_page_at_end(page)
    return _without_contents_toggles(page)


TRAIL_ZONE_LINES = 12
"""The first filled lines of a copied page looked at for a trail with the title run onto it."""
MIN_GLUED_TITLE_WORDS = 3
_GLUE = re.compile(r"(?:(?<=[a-z]{2})|(?<=[0-9)]))(?=[A-Z][a-z'\u2019])")
"""Where two words meet with no space, the second capitalised: "policiesChildren's"."""


def _with_title_parted_from_trail(text: str) -> str:
    """`text` with the page's title set on a line of its own where a copy ran it onto the end
    of the breadcrumb trail above it ("Home » Procedures » Part 1: General policiesChildren's
    Services Policies, Values and Principles"): a site that sets its trail and its heading as
    inline boxes gives the browser no line break between them, so the last step's last word and
    the title's first touch. The line parts at the last such join whose left side is a whole
    trail and whose right side reads as a title (three words or more, no trail separator, not
    a sentence); the trail is then chrome like any other, and the title stays the chapter's.
    Only among the page's first lines: a trail never stands inside the chapter. Unchanged
    where no line is so."""
    filled = 0
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end]
        if not line.strip():
            continue
        filled += 1
        if filled > TRAIL_ZONE_LINES:
            break
        for join in reversed([found.start() for found in _GLUE.finditer(line)]):
            trail, title = line[:join].strip(), line[join:].strip()
            if (
                MIN_GLUED_TITLE_WORDS <= len(title.split()) <= MAX_TITLE_WORDS
                and title[-1] not in _SENTENCE_ENDS
                and _CRUMB_SEPARATORS.search(title) is None
                and is_breadcrumb(trail)
            ):
                return f"{text[: start + join]}\n{text[start + join :]}"
    return text


_LINK_NOTE = re.compile(
    r"[ \t]*\((?:"
    r"(?:this )?(?:link )?opens?(?: [a-z ]{1,30}?)? in (?:a )?new (?:browser )?(?:window|tab)"
    r"|external link|link is external|external website|external site"
    r"|opens? (?:an )?external (?:site|website)"
    r")\)",
    re.IGNORECASE,
)
"""A link's words for screen readers, copied with its text ("Contact us (opens in a new
window)", "Children Act 1989 (external link)", Drupal's "(link is external)"): what a saved
page's visually hidden `<span>` holds (dropped with it, chrome.toml's class cues). They say how
the link opens, never what the chapter says; left in, they hide a chrome line ("Sign in to My
Account") from the phrase lists and stick to the Acts a chapter cites."""


def without_link_notes(text: str) -> str:
    """`text` without the screen-reader notes copied after its links (`_LINK_NOTE`)."""
    if "(" not in text:
        return text
    return _LINK_NOTE.sub("", text)


BANNER_ZONE_LINES = 12
"""The first lines of a page looked at for a banner's close button under the chapter's note."""


def _without_button_under_page_banner(text: str, cues: ChromeCues) -> str:
    """`text` without the close button ("Dismiss", "Close") right under a banner that shows the
    chapter's own note ("This chapter was updated in May 2025 to …") among its first lines. The
    note is the chapter's (decision 0110) and stays; its button is the site's. A button under
    the site's own notice goes with it (`_is_alert_notice`)."""
    filled = list(
        itertools.islice(
            (span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip()),
            BANNER_ZONE_LINES,
        )
    )
    for position in range(1, len(filled)):
        start, end = filled[position]
        if canonical_phrase(text[start:end].strip(_MARKUP_EDGES)) not in cues.dismiss_phrases:
            continue
        above = text[filled[position - 1][0] : filled[position - 1][1]].strip()
        if (
            len(above) <= MAX_ALERT_NOTICE_LENGTH
            and above[-1:] in ".!?"
            and _SPEAKS_OF_THE_PAGE.search(above) is not None
        ):
            return text[:start] + text[min(end + 1, len(text)) :]
    return text


MIN_BADGED_TITLE_WORDS = 3
"""A title a badge is copied onto has at least this many words of its own."""


def _without_badge_after_title(text: str, cues: ChromeCues) -> str:
    """`text` (what follows the site's chrome) without a badge copied onto the end of its title
    line ("Policies, Values and Principles New" above "Last reviewed: 27/01/2025"): a listed
    badge word, capitalised, after a title of a few words that is no sentence, with the page's
    stamp or tools right under it. A title that merely ends in the word ("Somewhere New") has
    neither the chrome above it nor the stamp under it, or is left whole."""
    line_end = text.find("\n")
    if line_end == -1:
        return text
    title, _space, badge = text[:line_end].rstrip().rpartition(" ")
    if (
        not badge[:1].isupper()
        or canonical_phrase(badge) not in cues.heading_badges
        or len(title.split()) < MIN_BADGED_TITLE_WORDS
        or title.rstrip()[-1:] in _SENTENCE_ENDS
    ):
        return text
    below = _next_filled_line(text, line_end)
    if not (_is_stamp_banner(below) or is_page_tool(below)):
        return text
    return title.rstrip() + text[line_end:]


_CONTENTS_TOGGLE = re.compile(
    r"^(?P<heading>[#*_ ]*(?:table of contents|chapter contents|contents|on this page"
    r"|in this chapter)[*_]*)[ \t]*(?:\n[ \t]*)*\[ ?(?:hide|show) ?\][ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
"""A contents box's show/hide toggle beside or under its heading ("Contents [hide]", a wiki's
table of contents copied or saved): the page's control, not part of the heading's words."""


def _without_contents_toggles(text: str) -> str:
    """`text` with the show/hide toggle of its contents list's heading taken out."""
    if "hide]" not in text and "show]" not in text:
        return text
    return _CONTENTS_TOGGLE.sub(r"\g<heading>", text)


MAX_MENU_LINES = 40
"""A site's menu of a manual's chapters is at most this many lines long."""
MIN_MENU_LINES = 3
MAX_MENU_LINE = 90
"""A menu entry is a short line; a longer line is prose."""
_NUMBERED_ENTRY = re.compile(r"^[\s*_#>-]*\d+(?:\.\d+)*\.?\s+\S")
_PART_ENTRY = re.compile(
    r"[\s*_#>-]*(?:part|section|volume)\s+(?:\d{1,2}|[ivx]{1,4})\s*[:.\-\u2013]\s+\S",
    re.IGNORECASE,
)
MIN_TREE_PARTS = 2
"""A manual's chapter tree copied as text lists its parts ("Part 2: Safeguarding", "Part 3: …")
among its chapters; with two parts listed, a line that says an entry of the run again is the
page's title under the tree, whatever the chapters' numbering."""
_ENTRY_NUMBER = re.compile(r"^[\s*_#>-]*(?:\d+(?:\.\d+)*\.?\s+)?")


def _under_a_box_heading(text: str, start: int, cues: ChromeCues) -> bool:
    """Whether the last chrome line before `start` is a sidebar box's heading ("In this
    section"): the short lines under it are its links, numbered or not."""
    above = text[:start].rstrip("\n").rsplit("\n", 1)[-1]
    return canonical_phrase(above.strip(_MARKUP_EDGES)) in cues.box_headings


def _in_a_box_at_top(text: str, start: int, cues: ChromeCues) -> bool:
    """Whether the lines right above `start`, back to a box's heading ("Popular pages"), are
    that box's short link lines with no blank line among them: a site's rail copied above the
    page's title, its links part chrome ("Jobs and careers") and part the site's own pages.

    A heading that is also a tool's whole line ("Share this page", "Was this page useful?") is
    no such box: what stands under it are its targets and answers ("Facebook", "Yes"), chrome
    lines the leading chrome has already taken, so the short lines left under it are the
    chapter's own (its title, its first heading)."""
    lines = text[: start - 1 if text[:start].endswith("\n") else start].split("\n")
    for line in reversed(lines[-(MAX_BOX_LINES + 1) :]):
        words = line.strip()
        if not words:
            return False
        phrase = canonical_phrase(words.strip(_MARKUP_EDGES))
        if phrase in cues.box_headings:
            return phrase not in cues.phrases
        if not _is_short_link_line(words):
            return False
    return False


def _is_short_link_line(line: str) -> bool:
    return (
        0 < len(line) <= MAX_HEAD_LINE
        and line[-1] not in ".;:!?"
        and _YEAR.search(line) is None
        and _VERSION_STAMP.match(line) is None
    )


def _after_box_links_over_title(text: str, start: int, cues: ChromeCues) -> int:
    """Where the chapter starts when the leading chrome ends inside a box of links set above the
    title ("Popular pages", then "Pay council tax", …, "Children's services procedures", then the
    title): the box's remaining link lines down to the last short line before the first line
    of prose or a dated line, which is the page's title (as under a title box, decision 0293).
    `start` when the chrome did not end in such a box, or no prose closes the short lines."""
    if not _in_a_box_at_top(text, start, cues):
        return start
    starts: list[int] = []
    position = start
    while position < len(text) and len(starts) <= MAX_BOX_LINES:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end].strip()
        if not line:
            return start
        if not _is_short_link_line(line):
            return starts[-1] if len(starts) >= 2 else start
        starts.append(position)
        position = end + 1
    return start


def _after_a_menu_naming_the_page(
    text: str, start: int, cues: ChromeCues, *, boxed: bool = False
) -> int:
    """Where the chapter starts when the site's chrome is followed by the manual's menu (a run
    of short lines, most of them numbered: "1. All Children", "1.1 <this chapter's name>",
    "1.2 …") and then the chapter's title: the menu lists the page itself among its numbered
    entries, which a chapter's own text never does before its title (a contents list names the
    chapter's sections, under the title). Under a sidebar box's heading (`boxed`: "In this
    section" as the chrome's last line) the entries need no numbers: the heading says they are
    links. A run of numbered entries that the site's chrome closes as well as opens ("Home", the
    manual's parts "1. All Children" … "5. Local Resources", then "Search the manual") is the
    menu whether or not it names the page: chrome on both sides sets it in the site's head, and
    the chrome under it goes on the next reading (decision 0516). `start` when there is no such
    run."""
    position = start
    entries: list[str] = []
    numbered: list[str] = []
    parts = 0
    while position < len(text) and len(entries) <= MAX_MENU_LINES:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        line = text[position:end].strip()
        if not line:
            break
        if (
            _is_menu_above(entries, numbered)
            and len(numbered) == len(entries)
            and is_chrome_line(line, cues)
        ):
            return position  # the site's chrome under the menu: the menu is the site's head
        if len(line) > MAX_MENU_LINE or line.endswith((".", ":", ";")):
            return start
        if (
            _is_page_entry_said_again(line, entries, numbered, boxed)
            or (parts >= MIN_TREE_PARTS and _entry_words(line) in entries)
            or _is_page_entry_said_in_full(line, entries, numbered, text[end + 1 :])
        ):
            return position  # no blank line under the menu: the page's entry said again
        parts += _PART_ENTRY.match(line) is not None
        entries.append(_entry_words(line))
        if boxed or _NUMBERED_ENTRY.match(line):
            numbered.append(entries[-1])
        position = end + 1
    if not _is_menu_above(entries, numbered):
        return start  # a menu numbers its chapters; a cover's lines (name, version, date) do not
    while position < len(text) and text[position] == "\n":
        position += 1
    end = text.find("\n", position)
    title = _entry_words(text[position : len(text) if end == -1 else end])
    return position if title and title in numbered else start


_TRAIL_STEP_SEPARATOR = re.compile(r"\s+(?:>|>>|\u203a|\u00bb|\u2192|/|&gt;)\s+")
"""What stands between two steps of a trail printed on one line ("Home > Children > …")."""
MIN_TRAIL_STEPS = 2


def _after_a_side_menu_naming_the_trail_end(text: str, start: int) -> int:
    """Where the chapter starts when the site's chrome, ending in its trail ("Home > … >
    Policies, values and principles"), is followed by a side menu printed before the page's
    marked title ("# Children's Services Policies, …"): a browser prints a left-hand column of
    the manual's pages first, its lines short and no sentence, and the menu names the page
    itself by the words the trail ends with (the current page, as the trail's last step says
    it). A chapter's own lines above its title never repeat the trail's last step among short
    lines; a line with a date or a sentence ends the search. `start` otherwise."""
    above = text[:start].rstrip("\n").rsplit("\n", 1)[-1].strip(_MARKUP_EDGES)
    steps = _TRAIL_STEP_SEPARATOR.split(above)
    if start == 0 or len(steps) < MIN_TRAIL_STEPS or not steps[-1].strip():
        return start
    page = canonical_phrase(steps[-1].strip(_MARKUP_EDGES))
    names_page = False
    for count, (line_start, line_end) in enumerate(_lines(text, start, len(text))):
        line = text[line_start:line_end].strip()
        if count > 2 * MAX_MENU_LINES:
            return start
        if not line:
            continue
        if line.startswith("# "):
            return line_start if names_page else start
        words = line.strip(_MARKUP_EDGES)
        if (
            line.startswith("#")
            or len(words) > MAX_MENU_LINE
            or words[-1:] in ".;:!?"
            or _YEAR.search(words) is not None
        ):
            return start
        names_page = names_page or canonical_phrase(words) == page
    return start


MAX_LINES_OVER_JUMP_LIST = 1
"""Lines the site's chrome may leave above a jump list copied before the title: the manual's
name."""
MIN_JUMP_LIST_ENTRIES = 2


def _after_a_jump_list_over_title(text: str, start: int) -> int:
    """Where the chapter starts when the page's side list of its own headings was copied before
    its title ("In this chapter", "Amendment", "1. Introduction", "2. Our values", then the
    title, then "Amendment" over its note): a contents heading over short entry lines, the line
    after the entries heading-shaped, and the list's first entry said again as the line right
    under it, the chapter's first heading. A chapter's own contents list stands under its
    title; one above it is the site's column, copied first (blind286). The manual's name over
    the list goes with it. A list under the title has the same shape, its last entry over the
    first heading: so the line taken for the title is said nowhere further down (an entry is,
    as a heading), is unnumbered where the entries are numbered, and a line above the
    contents heading (the title, or a manual's name) is allowed only over numbered entries.
    `start` when there is no such list."""
    lines: list[tuple[int, int]] = []
    position = start
    while position < len(text) and len(lines) <= MAX_LINES_OVER_JUMP_LIST + MAX_MENU_LINES:
        end = text.find("\n", position)
        end = len(text) if end == -1 else end
        if text[position:end].strip():
            lines.append((position, end))
        position = end + 1
    words = [text[a:b].strip(_MARKUP_EDGES + " :") for a, b in lines]
    heads = [
        index
        for index, line in enumerate(words[: MAX_LINES_OVER_JUMP_LIST + 1])
        if canonical_phrase(line) in _CONTENTS_HEADINGS
    ]
    if not heads:
        return start
    first = heads[0] + 1
    if first >= len(words):
        return start
    entry = _entry_words(words[first])
    for title in range(first + MIN_JUMP_LIST_ENTRIES, len(words) - 1):
        line = words[title]
        if len(line) > MAX_MENU_LINE or line[-1:] in _SENTENCE_ENDS:
            return start
        if _entry_words(words[title + 1]) == entry and _entry_words(line) != entry:
            listed = words[first:title]
            numbered = any(_NUMBERED_ENTRY.match(item) for item in listed)
            if (
                not _is_heading_line(line)
                or _NUMBERED_ENTRY.match(line) is not None
                or (heads[0] > 0 and not numbered)
                or _entry_words(line) in {_entry_words(later) for later in words[title + 1 :]}
            ):
                return start
            return lines[title][0]
    return start


PAGE_LIST_REACH = 12
"""Filled lines under the site's chrome among which a page list names the page and the page's
heading says it again."""
MAX_PAGE_LIST_ENTRY_WORDS = 6


def _after_a_page_list_naming_the_page(text: str, start: int, cues: ChromeCues) -> int:
    """Where the chapter starts when, under the site's chrome, a workspace's or wiki's page list
    names the page among its other pages ("Children's Services Policies, Values and
    Principles", "Supervision standards", "+ New page") and the page's own heading says the name
    again a few short lines further on, past the editor's tools ("Share", "3 people are here",
    an icon). A chapter never names itself over a run of short lines and then again: the first
    is the list's entry, and every line from it to the heading is the app's. The app's tools
    between the two (chrome lines) tell the list from a contents list, whose first entry the
    first heading says again with only entries between; and the heading opens the page's prose
    (a sentence under it, not a side menu's next entry). `start` when no such list stands
    there; the search ends at the first sentence or long line. The site's
    chrome above may already have taken the list's first entries, the page's among them, so the
    list is looked for from the page's top."""
    filled: list[tuple[int, int]] = []
    below_start = 0
    for span in _lines(text, 0, len(text)):
        if text[span[0] : span[1]].strip():
            filled.append(span)
            below_start += span[0] >= start
        if below_start >= PAGE_LIST_REACH:
            break
    names = [canonical_phrase(text[a:b].strip(_MARKUP_EDGES)) for a, b in filled]
    for first, name in enumerate(names):
        if not _is_short_line(name, MAX_TITLE_WORDS):
            return start
        if len(name.split()) < SAME_NAME_END_WORDS or name[:1].isdigit():
            continue  # a numbered line is a contents list's entry, not a page list's
        tools = 0
        for later in range(first + 1, len(names)):
            if names[later] == name:
                opens_prose = later + 1 < len(names) and not _is_short_line(
                    names[later + 1], MAX_PAGE_LIST_ENTRY_WORDS
                )
                if tools and opens_prose and filled[later][0] > start:
                    return filled[later][0]
                break  # said again under entries alone: a contents list's, or a trail's step
            line = text[filled[later][0] : filled[later][1]]
            if is_chrome_line(line, cues):
                tools += 1
            elif not _is_short_line(names[later], MAX_PAGE_LIST_ENTRY_WORDS):
                break
    return start


_LINK_ITEM = re.compile(
    r"[ \t]{0,3}[-*+][ \t]+\[(?P<words>[^\[\]\n]+)\]\((?P<target>[^()\s]+)"
    r"(?:[ \t]+\"[^\"\n]*\")?\)[ \t]*"
)
"""A list item that is one markdown link and nothing else ("* [2. Referral and assessment](/manual/
referral)")."""
_MARKED_TITLE = re.compile(r"#[ \t]+(?P<words>\S[^\n]*?)[ \t#]*")
"""A top heading as markdown marks it ("# Children's Services Policies, Values and Principles")."""
MAX_MENU_LABEL_WORDS = 6


def _after_a_linked_menu_naming_the_page(text: str, start: int) -> int:
    """Where the chapter starts when a converter kept the manual's contents above the page as
    a list of links to its chapters ("* [1. Children's Services Policies, …](/manual/…)", "*
    [2. Referral and assessment](/manual/…)", …), perhaps under a short label of its own
    ("**Procedures manual contents**"), and the page's marked title ("# …") comes next: the
    list names the page itself among links to other pages, which a chapter's own list never
    does above its title (its contents link to places on the page, `#…`). The label and the
    list are the site's column, copied first; the title, said again right under them, opens
    the chapter. `start` when there is no such list."""
    labelled = False
    entries: list[str] = []
    for line_start, line_end in _lines(text, start, len(text)):
        line = text[line_start:line_end].strip()
        if not line:
            continue
        item = _LINK_ITEM.fullmatch(line)
        if item is not None and not item["target"].startswith("#"):
            entries.append(_entry_words(item["words"]))
            if len(entries) > MAX_MENU_LINES:
                return start
            continue
        if not entries and not labelled and not line.startswith("#"):
            if not _is_short_line(line.strip(_MARKUP_EDGES), MAX_MENU_LABEL_WORDS):
                return start
            labelled = True
            continue
        title = _MARKED_TITLE.fullmatch(line)
        named = title is not None and _entry_words(title["words"]) in entries
        return line_start if len(entries) >= MIN_MENU_LINES and named else start
    return start


def _is_short_line(name: str, most_words: int) -> bool:
    """A line of a list or a tool bar: at most `most_words` words and no sentence's end (a line
    of marks only, an icon, has no words)."""
    return len(name.split()) <= most_words and name[-1:] not in _SENTENCE_ENDS


TITLE_LINES = 3
"""The first lines of a page's text among which its title stands (a stamp may come first)."""


def _without_menu_naming_the_page_at_end(text: str) -> str:
    """`text` without the manual's menu it closes with: its last block, a run of short lines
    (a heading such as "Contents", then entries, most of them numbered) that lists the page
    itself, by the number and name its title line shows ("3.2.1 Policies, Values and
    Principles"), among the chapters beside it. A chapter's own closing list names other
    chapters or documents, never the chapter itself. Unchanged otherwise."""
    body = text.rstrip("\n")
    block_start = body.rfind("\n\n") + 2 if "\n\n" in body else 0
    lines = [line.strip() for line in body[block_start:].split("\n")]
    if not block_start or any(
        not line or len(line) > MAX_MENU_LINE or line.endswith((".", ":", ";", "!", "?"))
        for line in lines
    ):
        return text
    entries = [_entry_words(line) for line in lines]
    numbered = [
        entry
        for line, entry in zip(lines, entries, strict=True)
        if _DOTTED_ENTRY.match(line) or _NUMBERED_ENTRY.match(line)
    ]
    dotted = {
        entry for line, entry in zip(lines, entries, strict=True) if _DOTTED_ENTRY.match(line)
    }
    heads = [line.strip(_MARKUP_EDGES) for line in text[:block_start].split("\n") if line.strip()]
    titles = {
        _entry_words(line)
        for line in heads[:TITLE_LINES]
        if _DOTTED_ENTRY.match(line) and len(line) <= MAX_MENU_LINE and line[-1] not in ".;:!?"
    }
    if not _is_menu_above(entries, numbered) or not titles & dotted:
        return text
    return text[: block_start - 1]


_DOTTED_ENTRY = re.compile(r"^[\s*_#>-]*\d+\.\d+(?:\.\d+)*\.?\s+\S")
_CONTENTS_HEADINGS = frozenset({"contents", "in this chapter", "on this page", "chapter contents"})


def _is_page_entry_said_again(
    line: str, entries: list[str], numbered: list[str], boxed: bool = False
) -> bool:
    """Whether `line`, under a menu of a manual's chapters with no blank line between, is the
    page's title: a chapter numbered as a manual numbers its chapters ("1.1 Policies, values
    and principles") that the menu has just listed. A chapter's own contents list ("Contents",
    "1. Introduction", …) is followed by its first heading, which repeats an entry too: a run
    holding a contents heading is no menu, unless the line said again is not the entry right
    under that heading: a chapter's first heading repeats its contents list's first entry, while
    a manual's "Contents" panel lists its parts first and the page further down ("Contents",
    "1. Values and Policies", "1.1 About this Manual", "1.2 <this chapter's name>", …). Under a
    sidebar box's heading (`boxed`: "In this section") the title may come without the number
    its entry has ("3.2.1 Policies, Values and Principles" listed, then "Policies, Values and
    Principles"): the heading says the lines are links, and the page's name is said again."""
    if (
        not _is_menu_above(entries, numbered)
        or (_DOTTED_ENTRY.match(line) is None and not boxed)
        or _entry_words(line) not in numbered
    ):
        return False
    headings = [i for i, entry in enumerate(entries) if entry.strip(" :") in _CONTENTS_HEADINGS]
    return not headings or all(
        index + 1 < len(entries) and entries[index + 1] != _entry_words(line) for index in headings
    )


MIN_SHORT_ENTRY_WORDS = 3
"""A menu's short name for the page ("Policies, Values and Principles") has at least this many
words, so that one or two common words ("Principles", "Our Values") at a title's end are no
sign of it."""


def _is_page_entry_said_in_full(
    line: str, entries: list[str], numbered: list[str], below: str
) -> bool:
    """Whether `line`, under a menu of a manual's numbered chapters with no blank line between,
    is the page's title said in full where the menu lists it by a shorter name: the menu's
    entry "1.1 Policies, Values and Principles", the title "Children's Services Policies,
    Values and Principles" (blind241). The title is unnumbered, ends with the words of one
    numbered entry (of a few words at least) and more, and the chapter's prose follows it
    (a long line or a sentence): a menu's own entries are followed by more entries."""
    words = _entry_words(line)
    if not _is_menu_above(entries, numbered) or _NUMBERED_ENTRY.match(line):
        return False
    next_line = below.split("\n", 1)[0].strip()
    if not next_line or (len(next_line) <= MAX_MENU_LINE and next_line[-1] not in ".;:!?"):
        return False
    return any(
        len(entry.split()) >= MIN_SHORT_ENTRY_WORDS
        and words.endswith(" " + entry)
        and len(words) > len(entry)
        for entry in numbered
    )


def _is_menu_above(entries: list[str], numbered: list[str]) -> bool:
    """Whether the lines read so far are enough of a menu: a few lines, most of them numbered."""
    return MIN_MENU_LINES <= len(entries) <= MAX_MENU_LINES and 2 * len(numbered) >= len(entries)


def _entry_words(line: str) -> str:
    """A menu entry or a title as words to compare: no number, markup or case."""
    return " ".join(_ENTRY_NUMBER.sub("", line).strip(" *_#").casefold().split())


MAX_JUMP_LINE = 80
"""The longest line looked at as a jump link: "Back to top" with its markup and spaces is far
shorter, so a text's long lines (a paragraph each, in text copied from a page) are passed over
without being canonicalised."""


_TOGGLE_SIGNS = frozenset(
    {"+", "\u2212", "\u2295", "\u2296", "\u25bc", "\u25b2", "\u25be", "\u25b8"}
)
"""A line of nothing but an accordion's sign ("+" closed, "\u2212" open; its arrows) is the
fold's toggle, copied as a line of its own under each label: no chapter writes one as a line.
A lone "-" is left alone (an empty list item, a rule's start)."""


MIN_TOGGLES = 2
"""An accordion repeats its toggle under each fold: one such line alone is left where it is."""
LONGEST_TOGGLE = 12
"""Longer lines are not looked at as toggles: most of a text's lines are passed over at once."""
MAX_TOGGLE_LABEL_WORDS = 10
"""A fold's label is a heading's few words, not a sentence."""
_LABEL_ENDINGS = ".,;:!?"


def _toggle_lines(text: str, cues: ChromeCues) -> frozenset[int]:
    """Starts of the lines that are an accordion's toggles ("Open", "Close", "+", "\u2212"),
    each right under a fold's label (a line of a few words that ends as no sentence does), when
    the text holds `MIN_TOGGLES` of them or more; none otherwise. A blank line between the label
    and its toggle changes nothing: a printed page read back as blocks sets one between every
    two lines (the label "### Legal basis", a blank line, then "**Hide**", blind301)."""
    found: list[int] = []
    previous = ""
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        if (
            0 < len(line) <= LONGEST_TOGGLE
            and (line in _TOGGLE_SIGNS or canonical_phrase(line) in cues.toggle_words)
            and previous
            and previous[-1] not in _LABEL_ENDINGS
            and len(previous.split()) <= MAX_TOGGLE_LABEL_WORDS
        ):
            found.append(start)
        previous = line
    return frozenset(found) if len(found) >= MIN_TOGGLES else frozenset()


_GLUED_TOGGLE = re.compile(
    r"^(?P<label>[^\n]{1,80}?[a-z)\u2019'])(?P<word>[A-Z][a-z]{3,7})[ \t]*$", re.MULTILINE
)
"""A fold's label with its toggle's word run onto it, no space between ("LegislationHide",
"Working togetherShow"): a browser's copy of an accordion whose toggle is an inline element
beside the label puts nothing between them."""


def _without_glued_toggles(text: str, cues: ChromeCues) -> str:
    """`text` with an accordion's toggle word taken off the end of each fold's label it is run
    onto (decision 0500), when `MIN_TOGGLES` or more labels carry one; unchanged otherwise. A
    label is a few words that end as no sentence does; the word is one of the toggle words
    (`toggle_words`: "Show", "Hide", "Open" ...), capitalised right after a lower-case letter,
    which no heading's own words do."""
    if not any(word.capitalize() in text for word in cues.toggle_words):
        return text
    glued = [
        found
        for found in _GLUED_TOGGLE.finditer(text)
        if found["word"].casefold() in cues.toggle_words
        and found["label"].rstrip()[-1:] not in _LABEL_ENDINGS
        and len(found["label"].split()) <= MAX_TOGGLE_LABEL_WORDS
    ]
    if len(glued) < MIN_TOGGLES:
        return text
    kept: list[str] = []
    position = 0
    for found in glued:
        kept.append(text[position : found.end("label")])
        position = found.end()
    kept.append(text[position:])
    return "".join(kept)


_MEDIA_CONSENT_BUTTON = re.compile(
    r"(?:accept|allow|enable)(?: all| additional| analytics| marketing| third[- ]party"
    r"| functional| [a-z]+)? cookies? (?:and|to) (?:play|watch|view|show|load|see)"
    r"(?: the| this)? (?:video|film|content|map|media|clip|recording)"
)
"""The button of an embedded video's or map's consent placeholder ("Accept cookies and play
video", "Allow marketing cookies to watch this video")."""
_HOSTED_ELSEWHERE = re.compile(
    r"(?:this|the) (?:video|film|content|map|media|clip|recording) is (?:hosted|provided|shown)"
    r" (?:on|by) [\w .'-]{1,40}"
)
"""The placeholder's line saying where the embedded content comes from ("This video is hosted
on YouTube")."""
MAX_CONSENT_LINES_ABOVE = 3
"""The placeholder's heading and sentences above its button: a few lines."""
MAX_CONSENT_LINK_WORDS = 4


def _without_media_consent(text: str) -> str:
    """`text` without the consent placeholder a page sets where an embedded video or map would
    play until cookies are accepted (decision 0347): the button ("Accept cookies and play
    video"), the lines right above it that say where the content is hosted or speak of cookies,
    and the short cookie links right under it ("Manage cookie settings"). Wherever it stands,
    between two sections too: the chapter never says these lines, though it may speak of
    cookies or of a video in a sentence of its own (a placeholder's lines are not followed by
    such a button)."""
    lines = list(_lines(text, 0, len(text)))
    drop: set[int] = set()
    for number, (start, end) in enumerate(lines):
        if end - start > MAX_CHROME_LINE:
            continue
        if _MEDIA_CONSENT_BUTTON.fullmatch(canonical_phrase(text[start:end])) is None:
            continue
        drop.add(number)
        above = number - 1
        while above >= 0 and number - above <= MAX_CONSENT_LINES_ABOVE:
            line = text[lines[above][0] : lines[above][1]].strip()
            if not (
                len(line) <= MAX_COOKIE_NOTICE_LENGTH
                and (
                    _COOKIES.search(line) is not None
                    or _HOSTED_ELSEWHERE.fullmatch(canonical_phrase(line)) is not None
                )
            ):
                break
            drop.add(above)
            above -= 1
        below = number + 1
        while below < len(lines):
            line = text[lines[below][0] : lines[below][1]].strip()
            if (
                not line
                or _COOKIES.search(line) is None
                or len(line.split()) > MAX_CONSENT_LINK_WORDS
            ):
                break
            drop.add(below)
            below += 1
    if not drop:
        return text
    return "".join(
        text[start : end + 1] for number, (start, end) in enumerate(lines) if number not in drop
    )


def _without_jump_lines(text: str, cues: ChromeCues) -> str:
    """`text` without its whole lines that are in-page jump links ("Back to top", "Top" after each
    section of a page copied as text), an accordion's toggles ("Open", "Close", "+"), a
    manual's printed-copy notice ("Caution: printed copies may be out of date") or a page
    tool's label with its targets on one line ("Share this page: Email | Facebook | X", which
    a page may set after any of its sections), which a page sets under its title, between its
    boxes or at its foot, never as the chapter's words; each
    with the blank line after it where one stands on both sides, so the section before ends
    where its own words do and the next opens at its heading; unchanged when it has none, or
    when nothing else would be left."""
    kept: list[str] = []
    position = 0
    toggles = _toggle_lines(text, cues)
    for start, end in _lines(text, 0, len(text)):
        if end - start > MAX_JUMP_LINE:
            if end - start <= MAX_CHROME_LINE and _is_page_notice(text[start:end]):
                pass  # the manual's notice, wherever the page sets it
            else:
                continue
        line = text[start:end].strip()
        if not line or not (
            start in toggles
            or canonical_phrase(_in_page_link_words(line).strip(_MARKUP_EDGES)) in cues.jump_phrases
            or _is_page_notice(line)
            or _is_labelled_tool_row(line.strip(_MARKUP_EDGES), cues)
        ):
            continue
        after = min(end + 1, len(text))
        blank_before = start >= 2 and text[start - 2 : start] == "\n\n"
        if blank_before and text[after : after + 1] == "\n":
            after += 1
        if _is_page_notice(line):
            start = _notice_label_above(text, position, start)
        kept.append(text[position:start])
        position = after
    if not kept:
        return text
    kept.append(text[position:])
    result = "".join(kept)
    return result if result.strip() else text


_IN_PAGE_LINK = re.compile(r"\[([^\[\]\n]{1,60})\]\(#[^()\s]*\)")
"""A markdown link to a place on the same page ("[Top of page](#main)"), as a converter writes
a page's jump link: its words are the link's, whatever the anchor is called."""


def _in_page_link_words(line: str) -> str:
    """The words of a line that is one link within the page ("[Back to top](#top)" → "Back to
    top"), else the line as it is: a jump link is known by its words in either form, while a
    link to another page ("[Top tips](/tips)") stays a link."""
    matched = _IN_PAGE_LINK.fullmatch(line)
    return matched.group(1) if matched else line


TITLE_ZONE_LINES = 12
"""The lines of a page's head (its title, a share or print box, a contents list's opening) that
are looked at for chrome standing between the title and the chapter's first prose."""
MAX_HEAD_LINE = 80
"""A line longer than this, or ending like a sentence, is prose: the chapter has begun."""


MAX_ROW_STAMP_WORDS = 6
"""A stamp in a row of them ("Updated: 22 July 2025", "Version 3.2") is a few words."""


def _tools_after_stamps(line: str, cues: ChromeCues) -> int:
    """Where the page's tools begin in a row of the page's stamps then its tools, set apart by
    bars or dots ("Updated: 4 May 2025 | Version 2 | Print this page | Download as PDF"): the
    stamps are the page's record and stay, where the facts are read; the tools after them are
    chrome. 0 when the line is no such row: each stamp a few words, one of them dated, and every
    part after them a listed chrome phrase."""
    separators = list(_NAVIGATION_SEPARATOR.finditer(line))
    if not separators:
        return 0
    bounds = [0] + [found.end() for found in separators]
    ends = [found.start() for found in separators] + [len(line)]
    parts = [line[begin:finish].strip() for begin, finish in zip(bounds, ends, strict=True)]
    tools = len(parts)
    while tools > 0 and _is_chrome_phrase(parts[tools - 1], cues):
        tools -= 1
    if tools == 0 or tools == len(parts):
        return 0
    stamps = parts[:tools]
    if not all(0 < len(part.split()) <= MAX_ROW_STAMP_WORDS for part in stamps) or not any(
        _YEAR.search(part) for part in stamps
    ):
        return 0
    return separators[tools - 1].start()


def _without_chrome_under_title(text: str, cues: ChromeCues) -> str:
    """`text` without the chrome lines (and a blank line after each) among its first
    `TITLE_ZONE_LINES` lines that are not chrome, up to its first line of prose: a page's
    "Print" or "Share this page / Facebook / Email" box sits under its title, not at its edge.
    Chrome lines do not count towards the zone, so however long the box, it all goes and a
    second pass finds nothing more to take."""
    dropped: list[tuple[int, int]] = []
    seen = 0
    filled = [span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip()]
    box_end = -1
    title_depth: int | None = None
    pictures_labelled_throughout = _labels_pictures_throughout(text, filled)
    for position, (start, end) in enumerate(filled):
        line = text[start:end].strip()
        if seen and box_end < position:
            box_end = _end_of_links_box(text, filled, position, cues, title_depth)
        chrome = seen and (
            position <= box_end
            or is_chrome_line(line, cues)
            or _is_tab_strip(text, filled, position)
            or _is_navigation_link(line)
            or _beside_chrome(text, filled, position, cues)
            or _is_call_to_action_over_a_stamp(text, filled, position)
            or (seen == 1 and _is_reader_byline(text, filled, position))
            or _is_credit_byline(line)
            or _is_reader_meta_row(line)
            or (not pictures_labelled_throughout and _is_captioned_picture(text, filled, position))
            or _is_player_control(text, start, end, cues)
        )
        if chrome and canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.foot_form_headings:
            box_end = max(box_end, _end_of_form_box(text, filled, position, cues))
        credit = None if chrome or not seen else _DATED_CREDIT.fullmatch(text, start, end)
        if credit is not None and _is_credit_name(credit.group("name")):
            dropped.append((credit.end("label") + 1, credit.start("date")))
            seen += 1
            continue
        if (
            not chrome
            and (len(line) > MAX_HEAD_LINE or line[-1] in ".;!?")
            and not _is_stamp_banner(line)
            and CHAPTER_UPDATED_RIBBON.fullmatch(line) is None
        ):
            break
        if not chrome and seen and (cut := _tools_after_stamps(text[start:end], cues)):
            dropped.append((start + cut, end))
        if chrome:
            if position and _is_page_notice(line):
                label_start, label_end = filled[position - 1]
                if _is_notice_label(text[label_start:label_end]) and (
                    not dropped or dropped[-1][1] <= label_start
                ):
                    dropped.append((label_start, min(label_end + 1, len(text))))
            after = end + 1
            blank_before = start >= 2 and text[start - 2] == "\n"
            while blank_before and after < len(text) and text[after] == "\n":
                after += 1
            dropped.append((start, min(after, len(text))))
            continue
        if not seen:
            title_depth = _chapter_number_depth(line)
        seen += 1
        if seen > TITLE_ZONE_LINES:
            break
    if not dropped:
        return text
    kept: list[str] = []
    position = 0
    for start, end in dropped:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    return "".join(kept)


MAX_FORM_BOX_LINES = 4
"""The most lines a sign-up box under a title holds below its heading, its button included."""


def _end_of_form_box(
    text: str, filled: list[tuple[int, int]], position: int, cues: ChromeCues
) -> int:
    """Where a form box set under the title ends: the index (in `filled`) of its button, when
    the form's heading at `position` ("Register for updates") heads one (`_form_box_length`);
    -1 when no button closes it."""
    below = [
        text[start:end].strip()
        for start, end in filled[position + 1 : position + 1 + MAX_FORM_BOX_LINES]
    ]
    length = _form_box_length(below, cues)
    return position + length if length else -1


def _form_box_length(below: list[str], cues: ChromeCues) -> int:
    """How many of the lines `below` a form's heading belong to its box, down to its button: a
    chrome line ("Register", "Subscribe") within `MAX_FORM_BOX_LINES` lines, every line above it
    short, no heading and undated ("Get an email whenever a chapter in this manual changes.");
    0 when no button closes them. A sign-up box's invitation is a sentence in the site's words
    that no phrase list finds: its heading above and its button below mark it, as at a page's
    foot (`_without_form_box_at_foot`). Without the button, the sentence under the heading may
    be the chapter's, and stays."""
    for index, line in enumerate(below[:MAX_FORM_BOX_LINES]):
        if index and not _is_prose(line) and is_chrome_line(line, cues):
            return index + 1
        if len(line) > MAX_CHROME_LINE or line.startswith("#") or _YEAR.search(line) is not None:
            return 0
    return 0


def _heads_a_form_box(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """A form box's heading ("Subscribe to updates") over its invitation and its button
    (`_form_box_length`), set under a page's title: like the page's tools, it marks the label
    line above it as the title."""
    return canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.foot_form_headings and bool(
        _form_box_length(_filled_lines_after(text, end, MAX_FORM_BOX_LINES), cues)
    )


MAX_BYLINE_WORDS = 10
"""A reader view's byline is a name: the site's ("Holloway Vale Council") or the team's the page
credits ("Wrexley Borough Council Children's Practice Standards Team"); the badge under it, not
its length, says the browser wrote it (blind183)."""


def _is_reader_byline(text: str, filled: list[tuple[int, int]], position: int) -> bool:
    """A reader view's byline: the site's name written right under the title, over the
    view's reading time or the site's address ("Supporting Young Carers" / "Orton Council" /
    "5 min read"). A short capitalised name with no sentence mark or digit, whose next line is
    the browser's badge (`is_page_tool`'s reading time or address, not a print link): the
    browser put it there, not the chapter. A subtitle over the chapter's own words stays."""
    if position + 1 >= len(filled):
        return False
    start, end = filled[position]
    line = text[start:end].strip()
    below_start, below_end = filled[position + 1]
    below = canonical_phrase(text[below_start:below_end].strip(_MARKUP_EDGES))
    return _is_byline_shape(line) and (
        _READING_TIME.fullmatch(below) is not None or _SITE_ADDRESS.fullmatch(below) is not None
    )


_CREDIT_BYLINE = re.compile(
    r"[*_ ]*(?:published|written|posted|produced) by (?P<name>[^*_]+?)[*_ ]*", re.IGNORECASE
)
"""A page's credit under its title ("Published by Orton Council Children's Services", "Written
by the Practice Standards Team"): a phone or reader view prints whom the page is by."""


def _is_credit_byline(line: str) -> bool:
    """A credit line under the title naming whom the page is by and nothing else: the label,
    then a name of at most `MAX_BYLINE_WORDS` words with no date, number or sentence mark. The
    site wrote it over the chapter; a dated credit ("Posted by ... on 14 January 2026") is the
    page's stamp and stays for the facts, and a sentence ("Published by the council in 2024,
    this chapter ...") is the chapter's."""
    found = _CREDIT_BYLINE.fullmatch(line)
    if found is None:
        return False
    name = found.group("name").strip()
    if name.lower().startswith("the "):
        name = name[4:]
    return _is_byline_shape(name)


_DATED_CREDIT = re.compile(
    r"[ \t*_]*(?P<label>published|posted|updated) by (?P<name>[^\n]+?),?[ \t]+(?:on[ \t]+)?"
    r"(?P<date>\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Za-z]+[ \t]+(?:19|20)\d\d"
    r"|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
    r"[ \t*_.]*",
    re.IGNORECASE,
)
"""A page's credit under its title that dates the page ("Published by the Practice Standards
Team, Orton Council, 21 January 2026"): the name is the site's byline, the label and the day
the page's stamp."""


def _is_credit_name(name: str) -> bool:
    """Whether a dated credit's name is a name: a few capitalised words, in parts between
    commas (a team, then its council), no number or sentence mark."""
    parts = [part.strip() for part in name.split(",")]
    words = sum(len(part.split()) for part in parts)
    return words <= MAX_BYLINE_WORDS and all(
        _is_byline_shape(part[4:] if part.lower().startswith("the ") else part) for part in parts
    )


MIN_META_ROW_PARTS = 2
"""A reader view's meta row joins at least the site's address or reading time and one more part."""


def _is_reader_meta_row(line: str) -> bool:
    """A reader view's or read-it-later app's meta row under the page's title, its parts set
    apart by dots or bars ("orton.gov.uk \u00b7 Practice Standards Team \u00b7 6 min read"): each
    part the site's address, the reading time or a byline's name, at least one of them the
    browser's badge (an address or a reading time). The app joins on one line what a browser's
    reader view writes one a line (`_is_reader_byline`); no part is dated, so a row that stamps
    the page ("Updated 4 May 2025 | 6 min read") is not taken whole."""
    parts = [part.strip() for part in _NAVIGATION_SEPARATOR.split(line.strip(_MARKUP_EDGES))]
    if len(parts) < MIN_META_ROW_PARTS:
        return False
    badges = 0
    for part in parts:
        phrase = canonical_phrase(part)
        if _READING_TIME.fullmatch(phrase) is not None or _SITE_ADDRESS.fullmatch(phrase):
            badges += 1
        elif not _is_byline_shape(part[3:] if part.lower().startswith("by ") else part):
            return False
    return badges > 0


def _is_reader_view_head(chrome_lines: list[str], text: str, byline: tuple[int, int]) -> bool:
    """Whether the lines above a badge are a reader view's head: the site's address alone
    above ("ashdownfold.gov.uk"), then the page's title and the byline right over the badge
    ("Fostering Values and Principles" / "Ashdownfold Council" / "6 min read"). The browser
    writes its view so; the title stays whatever its punctuation, and the byline is left for
    `_without_chrome_under_title`. A site's menu above its title has no lone address over it."""
    if len(chrome_lines) != 1:
        return False
    address = canonical_phrase(chrome_lines[0].strip(_MARKUP_EDGES))
    return _SITE_ADDRESS.fullmatch(address) is not None and _is_byline_shape(
        text[byline[0] : byline[1]].strip()
    )


def _is_byline_shape(line: str) -> bool:
    """A byline's shape: a short capitalised name with no sentence mark or digit."""
    return (
        0 < len(line.split()) <= MAX_BYLINE_WORDS
        and not any(mark.isdigit() or mark in ".;:!?,|" for mark in line)
        and _is_title_cased(line)
    )


_CALL_TO_ACTION = re.compile(
    r"(?:(?:talk|speak|chat|write)(?: to| with)|(?:contact|call|phone|ring|email|e-mail|message)"
    r"|get in touch with|ask) us(?: [\w'\u2019-]+){0,5}|get in touch(?: [\w'\u2019-]+){0,5}",
    re.IGNORECASE,
)
"""A banner's button inviting the reader to contact the council ("Speak to us about a
referral", "Get in touch with the team"): a whole short line with no stop, in the council's
"us"."""


def _is_call_to_action_over_a_stamp(
    text: str, filled: list[tuple[int, int]], position: int
) -> bool:
    """A hero banner's button copied under the title (`_CALL_TO_ACTION`), right above the
    page's dated stamp line ("Published 2 May 2023 \u00b7 Updated …"): chrome of the banner
    (decision 0253). Over prose or a heading the same words may be the chapter's own, and
    stay."""
    if position + 1 >= len(filled):
        return False
    start, end = filled[position]
    if _CALL_TO_ACTION.fullmatch(text[start:end].strip()) is None:
        return False
    after_start, after_end = filled[position + 1]
    after = text[after_start:after_end].strip()
    return len(after) <= MAX_HEAD_LINE and _DATED_PAGE_LINE.match(after) is not None


_DATED_PAGE_LINE = re.compile(
    r"[\s*_]*(?:(?:first|last|page(?: last)?)\s+)?"
    r"(?:published|updated|reviewed|modified|amended|revised|posted)\b[^\n]{0,70}?\b\d{4}\b",
    re.IGNORECASE,
)
"""A short line that dates the page, opening with its label ("Published 2 May 2023 \u00b7
Updated …", "Last reviewed: March 2025")."""


MIN_TAB_STRIP_PARTS = 3
MAX_TAB_WORDS = 3
_TAB_SEPARATOR = re.compile(r"\s+\|\s+")


def _is_tab_strip(text: str, filled: list[tuple[int, int]], position: int) -> bool:
    """A page's tabs copied as one row under its title ("Overview | Procedures | Forms"): at
    least three bar-separated labels of a few capitalised words each, with no digit, colon or
    comma a stamp or a title would have, and no row of cells under it (then it heads a table:
    "Version | Date | What changed"). Under the title, before the chapter's prose, such a row
    is the page's navigation between its own views."""
    start, end = filled[position]
    if position + 1 < len(filled):
        below = text[filled[position + 1][0] : filled[position + 1][1]]
        if _TAB_SEPARATOR.search(below) is not None:
            return False
    words = _MARKDOWN_LINK.sub(r"\1", text[start:end]).strip(_MARKUP_EDGES + " ")
    parts = [part.strip() for part in _TAB_SEPARATOR.split(words)]
    return len(parts) >= MIN_TAB_STRIP_PARTS and all(
        part
        and len(part.split()) <= MAX_TAB_WORDS
        and part[0].isupper()
        and not any(mark.isdigit() or mark in ":,.;" for mark in part)
        for part in parts
    )


def _is_stamp_banner(line: str) -> bool:
    """A page's review or update banner, written as sentences ("Last reviewed: 3 February 2025.
    Next review due: February 2026."): it opens with the page's stamp and is short, so it is
    the page's record, not the chapter's first prose, though it ends with a full stop."""
    return len(line) <= MAX_CHROME_LINE and PAGE_STAMP.match(line.lstrip(_MARKUP_EDGES)) is not None


def _end_of_links_box(
    text: str,
    filled: list[tuple[int, int]],
    position: int,
    cues: ChromeCues,
    chapter_depth: int | None = None,
) -> int:
    """Where a box of links to other chapters under the title ends ("Related chapters" and its
    entries), as an index into `filled`; -1 when the line at `position` does not head one. An
    entry is a short line, not a sentence or numbered, with another such line after it: the
    last short line before the chapter's first prose is the chapter's own heading ("Scope of
    this chapter"), not a link. Under a title numbered as a manual's chapter ("2.1 Our
    Policies and Values"), a line numbered to the same depth ("2.3 Participation of Children")
    names another chapter, so it is an entry even when it is the box's last line (blind241):
    the chapter's own headings are numbered otherwise ("1.", "2.1.1")."""
    start, end = filled[position]
    heading = canonical_phrase(_MARKDOWN_LINK.sub(r"\1", text[start:end]).strip(_MARKUP_EDGES))
    if heading not in cues.title_box_headings:
        return -1
    last = position
    for index in range(position + 1, min(len(filled) - 1, position + 1 + MAX_BOX_LINES)):
        if not _is_box_entry(text, filled[index], chapter_depth):
            break
        last = index
        if _is_box_stamp(text, filled[index + 1]):
            break  # the page's stamp under the box ends it: its last line was a link
        if not _is_box_entry(text, filled[index + 1], chapter_depth):
            if not _names_a_chapter(text, filled[index], chapter_depth):
                last = index - 1
            break
    return last if last > position else -1


_CHAPTER_NUMBER = re.compile(r"[\s*_#>-]*(\d{1,2}(?:\.\d{1,2})+)\s+\S")
"""A manual's chapter number before a name, two or more parts and no closing dot ("2.1 …",
"3.1.4 …")."""


def _chapter_number_depth(line: str) -> int | None:
    """How many parts the chapter number opening `line` has, None when it opens with none."""
    matched = _CHAPTER_NUMBER.match(_MARKDOWN_LINK.sub(r"\1", line))
    return None if matched is None else matched.group(1).count(".") + 1


def _names_a_chapter(text: str, span: tuple[int, int], chapter_depth: int | None) -> bool:
    """Whether a line is another chapter's name, numbered to the depth of the title's number."""
    line = text[span[0] : span[1]]
    return chapter_depth is not None and _chapter_number_depth(line) == chapter_depth


_VERSION_STAMP = re.compile(r"[\s*_]*(?:version|ver\.?|v)\s*\d", re.IGNORECASE)
"""A version line ("Version 5.1", "v27"): the page's record under the title, never a link."""


def _is_box_stamp(text: str, span: tuple[int, int]) -> bool:
    """A dated or version line (the page's stamp) standing under a box of links."""
    line = text[span[0] : span[1]].strip()
    return len(line) <= MAX_HEAD_LINE and (
        _YEAR.search(line) is not None or _VERSION_STAMP.match(line) is not None
    )


def _is_box_entry(text: str, span: tuple[int, int], chapter_depth: int | None = None) -> bool:
    line = _MARKDOWN_LINK.sub(r"\1", text[span[0] : span[1]]).strip()
    return (
        0 < len(line) <= MAX_HEAD_LINE
        and line[-1] not in ".;:!?"
        and (_NUMBERED_ENTRY.match(line) is None or _names_a_chapter(text, span, chapter_depth))
        and not line.startswith("#")
        and _YEAR.search(line) is None  # the page's stamp ends the box
        and _VERSION_STAMP.match(line) is None
    )


def _beside_chrome(
    text: str, filled: list[tuple[int, int]], position: int, cues: ChromeCues
) -> bool:
    """A neighbour phrase ("Contents") with a chrome line right after it ("Previous chapter"):
    a link in the manual's navigation row, not the heading of the chapter's contents list,
    whose entries follow it."""
    start, end = filled[position]
    words = _MARKDOWN_LINK.sub(r"\1", text[start:end]).strip(_MARKUP_EDGES)
    if canonical_phrase(words) not in cues.neighbour_phrases or position + 1 >= len(filled):
        return False
    left, right = filled[position + 1]
    return is_chrome_line(text[left:right], cues)


def _without_related_box_at_foot(page: str, cues: ChromeCues) -> str:
    """`page` without a box of links to other chapters closing it ("Related chapters", "See
    also" and the short lines under it, nothing after them), in a page whose site chrome below
    it was cut: there the box is the page's, as the same box under the title is (decision
    0238). Each link line is short, no sentence, carries no date (a dated line is the page's
    stamp) and is a link or a title (capitalised words: another chapter's name); unchanged
    otherwise, and inside the chapter the same words may head its own list."""
    links = 0
    for start, end in _lines_from_the_end(page, 0, len(page)):
        line = page[start:end].strip()
        if not line:
            continue
        if canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.title_box_headings:
            if not links or not page[:start].strip():
                return page
            return page[:start].rstrip("\n") + "\n"
        links += 1
        if (
            links > MAX_BOX_LINES
            or len(line) > MAX_HEAD_LINE
            or line[-1] in ".;:!?"
            or _YEAR.search(line) is not None
            or not _is_box_link(_MARKDOWN_LINK.sub(r"\1", line))
        ):
            return page  # a line in the chapter's words ("The Short Breaks chapter explains …")
    return page


MAX_LINK_WORDS = 8
"""A link to another page or document in a box, written in sentence case, is a short title:
"Sufficiency strategy 2024 to 2027"; a longer line is the chapter's own."""

_DOCUMENT_LINK = re.compile(
    r".+[ \t]\((?:PDF|Word|DOCX?|ODT|Excel|XLSX?|RTF)\b[^()]{0,30}\)", re.IGNORECASE
)
"""A link to a file with its type and size in brackets, as sites print them: "Care leavers local
offer (PDF, 380KB)", "Referral form (Word document, 45 KB)"."""


def _is_box_link(line: str) -> bool:
    """Whether `line` reads as one link of a related box: a navigation link, a title-cased name,
    a file with its type in brackets, or a short title in sentence case (a capital, no comma,
    at most `MAX_LINK_WORDS` words: "Corporate Parenting Board terms of reference"), as sites
    that write titles the GOV.UK way list them (blind183)."""
    return (
        _is_navigation_link(line)
        or _is_title_cased(line)
        or _DOCUMENT_LINK.fullmatch(line) is not None
        or (line[:1].isupper() and "," not in line and len(line.split()) <= MAX_LINK_WORDS)
    )


def _without_form_box_at_foot(text: str, cues: ChromeCues) -> str:
    """`text` without a form box closing it: a listed form heading ("Sign up for email
    updates", "Was this page helpful?") and the lines under it down to the end, at most
    `MAX_BOX_LINES` of them, none a heading of the chapter's nor longer than a chrome line. The
    form's lines are in the site's words ("Get an email when this manual changes.", "Email
    address", "Subscribe", a feedback box's "Tell us how we could improve this page. Do not
    give personal details."), sentences among them, so no list of phrases finds them; what
    marks them is the heading above them and the page's end below. Unchanged when no such
    heading stands among the last lines, a dated line (the page's stamp, which the tail's rule
    keeps) stands under it, or nothing would be left above."""
    lines = 0
    for start, end in _lines_from_the_end(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        if canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.foot_form_headings:
            if not lines or not text[:start].strip():
                return text
            return text[:start].rstrip("\n") + "\n"
        lines += 1
        if (
            lines > MAX_BOX_LINES
            or len(line) > MAX_CHROME_LINE
            or line.startswith("#")
            or _YEAR.search(line) is not None  # the page's stamp under the form: the tail's
        ):
            return text
    return text


MAX_RAIL_LINES = 30
"""The most lines a rail of a theme's widgets after the chapter holds (three events of three
lines each, a link, two or three more widgets)."""
MIN_RAIL_LINES = 2


def _without_rail_at_foot(text: str, cues: ChromeCues) -> str:
    """`text` without a rail of the site's widgets closing it: from a listed rail heading
    ("Upcoming events", "Categories") after the chapter's last prose down to the end, every
    line short (`MAX_HEAD_LINE`) and no sentence, a field's label ("Search for:") allowed, at
    most `MAX_RAIL_LINES` and at least `MIN_RAIL_LINES` under the heading. An events list's
    lines are a day with no year ("12 Mar"), a name, a place and a time, none of them listed
    chrome, so only the heading over them and the page's end below mark them. Unchanged when a
    sentence or a long line stands below the heading (then the heading is the chapter's), or
    nothing would be left above."""
    rail_start: int | None = None
    lines = 0
    for start, end in _lines_from_the_end(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        if (
            canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.foot_rail_headings
            and lines >= MIN_RAIL_LINES
        ):
            rail_start = start
        if len(line) > MAX_HEAD_LINE or line[-1] in ".;!?" or line.startswith("#"):
            break
        lines += 1
        if lines > MAX_RAIL_LINES:
            break
    if rail_start is None or not text[:rail_start].strip():
        return text
    return text[:rail_start].rstrip("\n") + "\n"


TAIL_ZONE_LINES = 4
"""The last lines of a page, after its last prose, looked at for chrome standing between the
chapter and a stamp the page closes with ("Print | Email | Feedback" above "This page was last
reviewed on …"): the trailing run stops at the stamp, which is kept."""


def _without_chrome_in_tail(text: str, cues: ChromeCues) -> str:
    """`text` without the chrome lines among its last `TAIL_ZONE_LINES` lines that are not
    chrome, after its last line of prose; a box's heading among them ("Related pages") goes with
    the short lines under it, its links."""
    dropped: list[tuple[int, int]] = []
    below: list[tuple[int, int]] = []
    seen = 0
    under_is_dropped = False
    desks: list[tuple[int, int]] = []
    text = _without_contact_box_last(text)
    for start, end in _lines_from_the_end(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        if (
            is_chrome_line(line, cues)
            or _is_navigation_link(line)
            or (not seen and _is_contact_link(line))
        ):
            dropped.append((start, min(end + 1, len(text))))
            if canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.box_headings:
                dropped += below  # a box's heading ("Related pages") takes its links with it
                below = []
            under_is_dropped = True
            continue
        if under_is_dropped and _heads_an_emptied_box(line, cues):
            dropped.append((start, min(end + 1, len(text))))
            continue
        if _is_staff_desk_entry(line, cues):
            desks.append((start, min(end + 1, len(text))))
        elif len(desks) >= MIN_STAFF_DESKS and _is_box_heading_line(line):
            dropped += [(start, min(end + 1, len(text))), *desks]
            below = [span for span in below if span not in desks]
            desks = []
            under_is_dropped = True
            continue
        else:
            desks = []
        under_is_dropped = False
        seen += 1
        if seen > TAIL_ZONE_LINES or len(line) > MAX_HEAD_LINE or line[-1] in ".;!?":
            break
        if _YEAR.search(line) is None:  # a dated line is the page's stamp, no box's link
            below.append((start, min(end + 1, len(text))))
    if not dropped:
        return text
    dropped.sort(reverse=True)
    kept: list[str] = []
    position = 0
    for start, end in reversed(dropped):
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    return "".join(kept)


MAX_FOOTER_LINK_WORDS = 5
"""The longest link label of a footer's row set one a line ("Report a broken link")."""
MIN_FOOTER_LINKS = 2


def _without_footer_links_over_stamp(text: str, cues: ChromeCues) -> str:
    """`text` without the footer's links that a copy sets one a line between the chapter's last
    paragraph and the page's closing stamp ("Intranet help", "Report a broken link",
    "Accessibility", then "Page reviewed: 14 February 2026"): short lines that are no sentence,
    at least one of them a known chrome line, with prose right above them and the stamp alone
    below them. The stamp stays, to be read; a chapter's own closing lines ("End") are no
    site's chrome, so a run without a known chrome line is left alone."""
    filled = [span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip()]
    if len(filled) < MIN_FOOTER_LINKS + 2:
        return text
    stamp = text[filled[-1][0] : filled[-1][1]].strip(_MARKUP_EDGES + " ")
    if PAGE_STAMP.fullmatch(stamp) is None:
        return text
    links: list[tuple[int, int]] = []
    for start, end in reversed(filled[:-1]):
        line = text[start:end].strip()
        words = line.strip(_MARKUP_EDGES).split()
        if (
            0 < len(words) <= MAX_FOOTER_LINK_WORDS
            and line[-1] not in ".:;!?,"
            and _YEAR.search(line) is None
            and not line.startswith("#")
        ):
            links.append((start, end))
            continue
        if line[-1] not in ".!?" or len(links) < MIN_FOOTER_LINKS:
            return text
        break
    else:
        return text
    if not any(is_chrome_line(text[start:end].strip(), cues) for start, end in links):
        return text
    first = links[-1][0]
    return text[:first] + text[links[0][1] + 1 :]


MIN_STAFF_DESKS = 2
"""Entries naming staff services a box at a page's end lists (one may be the chapter's own)."""
_DESK_ENTRY = re.compile(r"(?P<label>[^\W\d][^:.;!?]{0,40}):[ \t]*\S[^.;!?]{0,40}")
"""A contacts box's entry: a short label, a colon and a short value ("HR Direct: ext 3100")."""
_DESK_LABEL_WORD = re.compile(r"[^\W\d_]+")


def _is_staff_desk_entry(line: str, cues: ChromeCues) -> bool:
    """Whether `line`, whole, is a contacts entry whose label names a service an organisation
    runs for its own staff ("IT service desk: extension 2000", "Payroll team: 01632 960100"),
    by `staff_service_words`."""
    match = _DESK_ENTRY.fullmatch(line.strip(_MARKUP_EDGES))
    if match is None:
        return False
    words = {word.casefold() for word in _DESK_LABEL_WORD.findall(match.group("label"))}
    return bool(words & cues.staff_service_words)


def _is_box_heading_line(line: str) -> bool:
    """A short line that could head a box: a few words, no colon and no sentence's end."""
    words = line.strip(_MARKUP_EDGES)
    return 0 < len(words.split()) <= MAX_BOX_HEADING_WORDS and not any(
        mark in words for mark in ":.;!?"
    )


MAX_BOX_HEADING_WORDS = 4
"""The most words a box's heading over staff desks has ("Key contacts", "Who to call")."""


_CONTACT_LINK = re.compile(
    r"(?:contact|email|e-mail|call|phone) (?:the|our) (?:[\w'\u2019&-]+ ){0,5}?"
    r"(?:help ?desk|service desk|contact cent(?:re|er)|customer services?(?: team| centre)?)",
    re.IGNORECASE,
)
"""A site's link to its helpdesk, worded as what to do ("Contact the children's services
helpdesk", "Email our customer services team"): no field ("Contact: Head of Service"), no
sentence ("Contact the helpdesk on 01632 960000."), no person or team of the chapter's own."""


_CONTACT_SERVICE_LINK = re.compile(
    r"(?:contact|call|phone) (?:the |our )?(?:[\w'\u2019&-]+ ){0,4}?"
    r"(?:social care|social services|services|front door|help ?desk|service desk"
    r"|contact cent(?:re|er))",
    re.IGNORECASE,
)
"""A site's link to a service's contact page, worded as what to do, without "the" or "our"
("Contact children's social care"): read as chrome only with the number it gives alone on the
page's last line under it (`_PHONE_NUMBER_LINE`), the site's contact box after the chapter."""
_PHONE_NUMBER_LINE = re.compile(
    r"(?:(?:tel|telephone|phone|call)[ \t]*[.:]?[ \t]*)?\+?[\d][\d \t()-]{8,16}\d", re.IGNORECASE
)
"""A line that is only a telephone number ("01632 960 415", "Tel: 01632 960415")."""


def _without_contact_box_last(text: str) -> str:
    """`text` without a contact box on its last two lines: a link to a service's contact page
    over the number it gives alone ("Contact children's social care" / "01632 960 415"), which a
    copied council page prints after the chapter (blind185). A chapter's own contact line is a
    field or a sentence ("Contact: Fostering Team, 01632 …", "Call us on …") and stays."""
    filled = [span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip()]
    if len(filled) < 3:
        return text
    (link_start, link_end), (number_start, number_end) = filled[-2], filled[-1]
    if _PHONE_NUMBER_LINE.fullmatch(text[number_start:number_end].strip()) is None:
        return text
    if not _is_contact_service_link(text[link_start:link_end].strip()):
        return text
    return text[:link_start]


def _is_contact_service_link(line: str) -> bool:
    """Whether `line`, whole, is a link to a service's contact page (`_CONTACT_SERVICE_LINK`),
    which a copied page's contact box sets over the number it gives (blind185)."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES)
    return _CONTACT_SERVICE_LINK.fullmatch(words) is not None


def _is_contact_link(line: str) -> bool:
    """Whether `line`, whole, is a link to the site's helpdesk or contact centre, which a copied
    page prints under its content (decision 0284). Only the page's last lines are asked, below
    anything of the chapter's: a chapter that names its helpdesk does so in a sentence, and a
    heading over nothing at the page's end heads no part of the chapter."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES)
    return _CONTACT_LINK.fullmatch(words) is not None


def _heads_a_title_box(line: str, cues: ChromeCues) -> bool:
    """A box's heading that a page sets under its title ("This page is part of", "Related
    chapters"): as the page's tools do, it marks the label line above it as the title."""
    return canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.title_box_headings


def _heads_an_emptied_box(line: str, cues: ChromeCues) -> bool:
    """A box's heading of links to other chapters ("Other chapters", "See also") whose links,
    right under it at the page's end, went as chrome: with nothing of the chapter's left under
    it, it heads the page's box, not a part of the chapter."""
    return canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.title_box_headings


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:\\[()]|[^()\n])*\)")
"""A markdown link; its target may hold escaped brackets, as a converter writes a script link
("[Print](javascript:window.print\\(\\))")."""
_NAVIGATION_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")


def is_chrome_line(line: str, cues: ChromeCues) -> bool:
    """Whether one line, whole, is site chrome at a page's edge: a listed phrase (or a row of
    them, "Accessibility | Privacy | Contact us"), a breadcrumb, a copyright or logo line, a
    "Follow us on …" line, a line about cookies (a consent banner), or an edge-only phrase
    ("Yes", "Facebook"); or two chrome lines run together, as a PDF printed from a browser
    joins them ("Back to top Follow us: Facebook", a menu's words then "You are here: Home /
    …"). Markdown links count as their text."""
    if _is_single_chrome_line(line, cues):
        return True
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES + " ")
    if not words or len(words) > MAX_CHROME_LINE:
        return False
    return (
        _is_phrase_then_chrome(words, cues)
        or _is_menu_then_trail(words, cues)
        or _is_run_of_tools(words, cues)
    )


MAX_JOINED_PHRASE_WORDS = 4
"""The longest listed phrase looked for as one button of a row of a page's buttons."""
MAX_LEADING_PHRASE_WORDS = 8
"""The longest listed phrase looked for at the start of two chrome lines run together: a
page's feedback question with its answers ("Was this page helpful? Yes No", six words, or "Did
you find what you were looking for?") is as much one printed line as "Back to top" is
(decision 0512)."""
MIN_RUN_OF_TOOLS = 2
"""Listed phrases side by side, at the least, that make a line a row of a page's buttons."""


def _is_run_of_tools(words: str, cues: ChromeCues) -> bool:
    """A row of a page's buttons printed on one line with single spaces between them ("Like
    Comment Save for later" under an intranet page, a suite bar's "SharePoint Search this
    site"): the whole line falls into `MIN_RUN_OF_TOOLS` or more listed phrases (chrome or
    edge phrases), each opening with a capital as a button's label does, and holds no
    punctuation a sentence would have (decision 0418)."""
    tokens = words.split()
    if len(tokens) < MIN_RUN_OF_TOOLS or any(mark in words for mark in ".,;:!?"):
        return False
    runs: dict[int, int] = {0: 0}
    for start in range(len(tokens)):
        if start not in runs or not tokens[start][:1].isupper():
            continue
        for end in range(start + 1, min(len(tokens), start + MAX_JOINED_PHRASE_WORDS) + 1):
            phrase = canonical_phrase(" ".join(tokens[start:end]))
            if phrase in cues.phrases or phrase in cues.edge_phrases:
                runs[end] = max(runs.get(end, 0), runs[start] + 1)
    return runs.get(len(tokens), 0) >= MIN_RUN_OF_TOOLS


def _is_phrase_then_chrome(words: str, cues: ChromeCues) -> bool:
    """A listed phrase ("Back to top") with the rest of the line a chrome line of its own
    ("Follow us: Facebook Instagram"), or a feedback question and its answers with a "Report a
    problem with this page" link after them: two lines of a page's edge printed as one."""
    tokens = words.split()
    for count in range(1, min(MAX_LEADING_PHRASE_WORDS, len(tokens) - 1) + 1):
        if canonical_phrase(" ".join(tokens[:count])) in cues.phrases and _is_single_chrome_line(
            " ".join(tokens[count:]), cues
        ):
            return True
    return False


_FLAT_MENU_PUNCTUATION = frozenset(".,;:!?()")


def _is_menu_then_trail(words: str, cues: ChromeCues) -> bool:
    """A site's menu whose links lost their separators, then its "You are here:" trail, on one
    line ("Home Bins Council tax Schools You are here: Home / Social care"): the menu opens with
    a listed word ("Home", "Menu") and holds no punctuation a sentence or title would have, and
    the rest of the line from its label is a trail."""
    label = _YOU_ARE_HERE.search(words)
    if label is None or label.start() == 0:
        return False
    menu = words[: label.start()].split()
    return (
        len(menu) <= MAX_FLAT_TRAIL_WORDS
        and canonical_phrase(menu[0]) in cues.phrases
        and not any(mark in _FLAT_MENU_PUNCTUATION for word in menu for mark in word)
        and is_breadcrumb(words[label.start() :])
    )


def _is_single_chrome_line(line: str, cues: ChromeCues) -> bool:
    """`is_chrome_line` for one chrome line, not two run together."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip()
    if not words or len(words) > MAX_CHROME_LINE:
        return False
    bare = words.strip(_MARKUP_EDGES)
    if _is_collection_line(line, cues):
        return True
    if _is_printed_page_edge(bare) or _PRINTED_PAGE_HEAD.fullmatch(bare) is not None:
        return True  # before the row rules: the printed <title> has the site's name after a bar
    if _is_print_marks_row(bare):
        return True  # before the row rules: a bar may part the marks
    if _TOOL_WITH_SHORTCUT.fullmatch(words.strip(" \t#*_>-")) is not None:
        return True  # before the row rules: "+" joins the shortcut's keys, it parts no links
    parts = _NAVIGATION_SEPARATOR.split(words)
    if len(parts) > 1:
        return (
            _is_chrome_row(parts, cues)
            or _is_copyright_row(parts)
            or _is_link_row(line, parts)
            or _is_menu_row(parts, cues)
            or _is_labelled_tool_row(words, cues)
        )
    spaced = _SPACED_SEPARATOR.split(words.strip())
    if len(spaced) >= MIN_SPACED_ROW_PARTS and (
        _is_chrome_row(spaced, cues) or _is_menu_row(spaced, cues)
    ):
        return True
    if len(spaced) == MIN_SPACED_PAIR_PARTS and all(
        _is_chrome_phrase(part, cues) for part in spaced
    ):
        return True  # two page tools, or a search box and its button, side by side
    if _is_flattened_menu(words, cues) or _is_letter_strip(words):
        return True
    if set(words) <= _STAR_GLYPHS:
        return True
    if _is_chrome_phrase(words, cues):
        return True
    if _COPYRIGHT.match(words) or _FOLLOW_US.match(words) or _COOKIES.search(words):
        return True
    if _PROVIDER_CREDIT.fullmatch(bare):
        return True
    if _COUNCIL_AND_YEAR.fullmatch(bare):
        return True
    if canonical_phrase(bare) in cues.edge_phrases:
        return True
    if _LOGO.search(words) and len(words.split()) <= MAX_LOGO_LINE_WORDS:
        return True
    if _HOME_IMAGE_LINK.fullmatch(line.strip(" \t*_>-")) is not None:
        return True
    if _LOGO_PICTURE.fullmatch(line.strip(" \t*_>-")) is not None:
        return True
    if _COOKIES.search(words) and len(words.split()) <= MAX_COOKIE_NOTICE_WORDS:
        return True
    if _SIGNED_IN_GREETING.fullmatch(bare) is not None:
        return True  # an intranet's greeting on a line of its own once its head row is copied
    if _links_are_chrome(line, cues) or _is_labelled_tool_row(words, cues):
        return True
    if _is_spaced_menu_row(line) or _JUMP_SELECT.fullmatch(line.strip()) is not None:
        return True
    if _PRINTED_COPY_WARNING.match(bare) is not None:
        return True
    if _FORM_PRIVACY_NOTE.fullmatch(bare) is not None:
        return True
    if _PRINTED_FROM.fullmatch(bare) is not None:
        return True
    if _PRINT_RECORD.fullmatch(bare) is not None:
        return True
    if _VIEWER_PAGE_COUNT.fullmatch(bare) is not None:
        return True
    if _TRANSLATION_BANNER.fullmatch(bare) is not None:
        return True
    if _EXIT_SHORTCUT.fullmatch(bare) is not None:
        return True
    if _is_viewer_record(bare):
        return True
    return is_breadcrumb(bare) or _is_cut_trail(bare)


_PRINTED_PAGE_HEAD = re.compile(
    r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:(?:\t|\s{2,}|\s+\|\s+)\S.{0,200})?",
    re.IGNORECASE,
)
"""A browser's print-preview head: the day and time of printing, alone or with the page's
<title> after a tab or wide spaces ("05/12/2026, 09:41    Fostering Values | Orton Council"), or
after a bar where a print view set the two in the cells of one table row ("03/02/2026, 09:41 |
Print: Fostering Values | Orton Council"). The day of printing, not of the chapter; no chapter
line opens with a day and a clock time."""


_PRINTED_ADDRESS_LINE = re.compile(r"https?://[^\s/]+\.[^\s/]+/\S+")
"""A page's full address alone on a line, its path and all ("https://www.orton.gov.uk/children/
values?view=print"). Alone it may be a chapter's link set on a line of its own, so it is chrome
only under a print head line (`_is_address_under_print_head`)."""


def _is_address_under_print_head(line: str, chrome_lines: list[str]) -> bool:
    """Whether a line is the page's full address right under the head a print view or a
    browser's print preview writes (the day and time of printing, perhaps with the page's
    `<title>`: `_PRINTED_PAGE_HEAD`): the address the copy was printed from, part of that head."""
    return (
        bool(chrome_lines)
        and _PRINTED_PAGE_HEAD.fullmatch(chrome_lines[-1].strip(_MARKUP_EDGES + " ")) is not None
        and _PRINTED_ADDRESS_LINE.fullmatch(line.strip(_MARKUP_EDGES + " ")) is not None
    )


_RELATIVE_STAMP = re.compile(
    r"(?:(?:last\s+)?(?:modified|updated|edited|changed|saved|viewed)\s+(?:by\s+\S[^\n]{0,40}?\s+)?)?"
    r"(?:\d{1,3}|an?|one|two|three|a\s+few)\s+(?:second|minute|min|hour|day|week|month|year)s?"
    r"\s+ago",
    re.IGNORECASE,
)
"""A viewer's or a portal's stamp of how long ago a file or page was changed ("Modified 3 days
ago", "Updated 3 weeks ago", "Edited by Sam Lee 2 hours ago"): the time of looking, counted back,
dates no amendment (decisions 0050, 0230), and no chapter's sentence is only such a stamp."""
_VIEW_COUNT = re.compile(r"\b\d[\d,]*\s+views?\b", re.IGNORECASE)
MAX_VIEWER_RECORD = 160
"""A file viewer's or a knowledge base's record row is one short line."""


def _is_viewer_record(words: str) -> bool:
    """Whether a line is a file viewer's or a knowledge base's record of the page: a relative
    stamp alone (`_RELATIVE_STAMP`), or a short row that counts the page's views and ends on
    such a stamp ("KB0010427 Children's Practice 214 Views Updated 3 weeks ago"), as a portal
    sets its article's number, category, views and age under the title. A chapter states its
    amendment by a date, and never counts its own views."""
    if len(words) > MAX_VIEWER_RECORD:
        return False
    if _RELATIVE_STAMP.fullmatch(words) is not None:
        return True
    stamp = _RELATIVE_STAMP.search(words)
    return (
        stamp is not None
        and stamp.end() == len(words)
        and _VIEW_COUNT.search(words[: stamp.start()]) is not None
    )


_LANGUAGE_NAME = r"[A-Z][a-z]+(?:\s\([A-Za-z ]+\))?"
_TRANSLATION_BANNER = re.compile(
    r"(?:[Tt]his\s+page\s+(?:has\s+been|was|is)\s+)?(?:[Mm]achine[-\s])?[Tt]ranslated"
    rf"(?:\s+(?:from|into|to)\s+{_LANGUAGE_NAME}){{1,2}}"
    r"(?:\s+(?:by|with|using)\s+(?:Google|Microsoft|Bing|DeepL|your\s+browser)(?:\s+\w+)?)?\.?"
    r"|[Tt]ranslated\s+by\s+(?:Google|Microsoft|Bing|DeepL)(?:\s+\w+)?\.?"
)
"""A browser's translation bar copied as a line above the page ("Translated from English",
"This page has been translated from English", "Translated to Polish from English by Google"):
the browser's words, not the chapter's, even where the page's text stayed in English. The
languages are capitalised, as the bar writes them; a sentence about translating goes on."""


_EXIT_SHORTCUT = re.compile(
    r"(?:(?:to\s+)?(?:leave|exit|hide)\s+(?:this\s+)?(?:site|website|page)(?:\s+quickly)?\s*,?\s+)?"
    r"(?:press|tap|hit)\s+(?:the\s+)?(?:esc(?:ape)?|shift)(?:\s+key)?(?:\s+button)?"
    r"\s+(?:\w+\s+)?(?:times?|twice)"
    r"(?:\s+(?:\w+\s+){0,3}?to\s+(?:\w+\s+){0,2}?(?:leave|exit|hide|close)\b[^.\n]{0,60})?\.?",
    re.IGNORECASE,
)
"""A quick-exit button's keyboard hint, a line of its own beside the button on pages that
children or adults at risk may need to leave fast ("Press the Esc key three times to leave this
site straight away", "To leave this site quickly, press Shift 3 times"): how to use the site's
button, never the chapter's words."""


def _is_cut_trail(line: str) -> bool:
    """A trail cut by a selection that began or ended inside it: arrow-joined steps whose
    first is the tail of a word ("ily help \u203a Procedures manual \u203a"), or whose last
    separator ends the line with the page's name on the next. Prose joins no words with
    arrows, and never opens in lower case mid-word nor ends a line on an arrow."""
    stripped = line.strip()
    cut_at_start = stripped[:1].islower()
    cut_at_end = _TRAILING_ARROW.search(stripped) is not None
    if not (cut_at_start or cut_at_end):
        return False
    items = [item for item in _ARROW_SEPARATORS.split(_TRAILING_ARROW.sub("", stripped)) if item]
    if len(items) < MIN_CUT_TRAIL_ITEMS:
        return False
    first = items[0][:1].upper() + items[0][1:]
    return all(_is_crumb(item) for item in [first, *items[1:]])


_TRAILING_ARROW = re.compile(r"\s+(?:[>\u203a\u00bb\u2192]|&gt;)$")
MIN_CUT_TRAIL_ITEMS = 2
"""A cut trail shows at least two steps joined by an arrow."""


_PRINTED_PAGE_EDGE = re.compile(
    r"(?:https?://|www\.)\S+\s+(?:page\s+)?(?P<page>\d{1,3})\s*(?:/|of)\s*(?P<pages>\d{1,3})"
    r"|(?:page\s+)?(?P<page_first>\d{1,3})\s*(?:/|of)\s*(?P<pages_first>\d{1,3})"
    r"\s+(?:https?://|www\.)\S+",
    re.IGNORECASE,
)
"""A browser's print-preview edge: the page's address and its page counter on one line
("https://www.council.gov.uk/children/values 1/2", "Page 1 of 3 https://…"). The browser writes
it on every printed page; a chapter cites an address in a sentence, never beside a count of its
own pages."""


def _is_printed_page_edge(words: str) -> bool:
    """Whether a whole line is a print preview's address-and-counter edge (`_PRINTED_PAGE_EDGE`),
    its counter a page of the printed pages (1/2, not 5/2)."""
    found = _PRINTED_PAGE_EDGE.fullmatch(words)
    if found is None:
        return False
    numbers = [int(n) for n in found.groups() if n is not None]
    return 1 <= numbers[0] <= numbers[1]


_FORM_PRIVACY_NOTE = re.compile(
    r"(?:please\s+)?(?:do\s+not|don['\u2019]t)\s+(?:include|enter|give|share|type|add)\s+"
    r"(?:any\s+)?personal(?:\s+or\s+(?:financial|sensitive))?\s+(?:information|details|data)"
    r"\b[^.!?\n]{0,120}[.!]?",
    re.IGNORECASE,
)
"""A feedback or problem-report form's warning above its fields ("Don't include personal or
financial information like your bank details."): the site's form, set on every page; a line of
its own among the chrome lines at a page's edge (the caller)."""


_NOT_CURRENT = (
    r"(?:(?:not|un)\s*(?:be\s+)?(?:controlled|the\s+(?:latest|current|most\s+recent))"
    r"|(?:out|go)\s+of\s+date)"
)
_PRINTED_COPY_WARNING = re.compile(
    r"(?:(?:caution|warning|please note|note)\s*[:\-\u2013]\s*)?"
    r"(?:(?:printed|paper|hard)\s+(?:copies|versions?|documents?)"
    r"|(?:documents|pages|copies)\s+printed\s+from\s+this\s+(?:manual|site|website|page)"
    r"|(?:this|the)\s+(?:page|chapter|document|copy)\s+(?:was|has\s+been|is)\s+printed\s+from"
    r"\s+(?:an?|the|this)\s+(?:online\s+|web\s+)?(?:manual|site|website|page|version))"
    rf"\b[^.]{{0,60}}\b{_NOT_CURRENT}"
    r"|(?:(?:this|the)\s+(?:document|copy|page|chapter)\s+is\s+)?uncontrolled\s+(?:when|if|once)"
    r"\s+printed\b",
    re.IGNORECASE,
)
"""A manual's notice that a printed copy may be out of date ("Caution: documents printed from
this manual may not be the latest version", a print view's foot: "This page was printed from an
online manual and may be out of date"), or a Word file's running footer ("Uncontrolled when
printed"): every page of the site says it, none of the chapter's own words."""
MAX_NOTICE_SENTENCES = 2
"""A printed-copy notice is one sentence, or two with its advice ("Check the online manual")."""


def _is_page_notice(line: str) -> bool:
    """Whether a whole line is a manual's notice about the page rather than the chapter: a
    printed copy may be out of date (`_PRINTED_COPY_WARNING`), or the page is a council's local
    addition to a shared manual (`_LOCAL_PAGE_NOTICE`); at most its own sentence and one of
    advice after it: a paragraph that goes on is the chapter's."""
    words = line.strip().strip(_MARKUP_EDGES)
    return (
        _PRINTED_COPY_WARNING.match(words) is not None
        or _LOCAL_PAGE_NOTICE.fullmatch(_without_inner_emphasis(words).rstrip(". ")) is not None
    ) and len(_SENTENCE_STOPS.findall(words.rstrip(".!? "))) < MAX_NOTICE_SENTENCES


_LOCAL_PAGE_KIND = r"local\s+(?:resource|content|page|chapter|procedure|guidance|addition)"
_LOCAL_PAGE_NOTICE = re.compile(
    rf"(?:{_LOCAL_PAGE_KIND}\s*[:\-\u2013\u2014]\s*)?"
    r"(?:"
    rf"(?:this\s+(?:page\s+|chapter\s+|procedure\s+)?is\s+(?:an?\s+)?)?{_LOCAL_PAGE_KIND}\s+"
    r"(?:added|written|provided|produced|created|supplied|published|maintained)\s+by\s+[^.]{1,80}?"
    r"|(?:added|written|provided|produced|created|supplied|published|maintained)\s+by\s+"
    r"[^.]{1,80}?,?\s+(?:and\s+)?not\s+(?:a\s+)?part\s+of\s+the\s+[^.]{0,40}?"
    r"(?:manual|procedures|handbook|guidance|content)"
    r"|this\s+(?:page|chapter|procedure)\s+is\s+not\s+(?:a\s+)?part\s+of\s+the\s+"
    r"(?:national|main|core|regional|shared|standard)\s+[^.]{0,30}?"
    r"(?:manual|procedures|handbook|guidance|content)"
    r")",
    re.IGNORECASE,
)
"""A shared manual's badge on a page a council added to it ("This is a local resource added by
Ashby Fold Council.", "Local resource - written by … Council, not part of the national manual"):
the host marks the page's place in the manual, on every such page, in none of the chapter's
own words (decision 0444). Its label line above it ("Local resource") goes with it
(`_NOTICE_LABELS`)."""


def _without_inner_emphasis(words: str) -> str:
    """`words` without markdown's bold or italic marks inside them ("**Local resource** - …")."""
    return re.sub(r"(\*\*|__|\*|_)(?=\S)([^*_\n]{1,60}?)(?<=\S)\1", r"\2", words)


def _without_wrapped_notice_at_foot(text: str) -> str:
    """`text` without its last paragraph when that paragraph, its lines joined, is a manual's
    printed-copy notice (`_is_page_notice`), perhaps after the manual's name as a
    sentence of its own ("Heathby County Council Children's Services Procedures Manual.
    Printed" over "copies are uncontrolled."): a text-mode browser or a hard-wrapped copy wraps
    the page's footer as one paragraph, so no line of it is the notice whole. The name is only
    a name: every word but the small joining ones capitalised, no verb a sentence of the
    chapter's would have. Unchanged when the paragraph is anything else, or is the whole text."""
    body = text.rstrip()
    start = body.rfind("\n\n")
    if start < 0 or not body[:start].strip():
        return text
    lines = [line.strip() for line in body[start + 2 :].split("\n")]
    if not all(lines) or any(len(line) > MAX_CHROME_LINE for line in lines):
        return text
    joined = " ".join(lines)
    for found in _PRINTED_COPY_WARNING.finditer(joined):
        name = joined[: found.start()].strip()
        if _is_page_notice(joined[found.start() :]) and (not name or _is_name_sentence(name)):
            return body[:start].rstrip("\n") + "\n"
    return text


_NAME_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "&", "-", "\u2013"})
MAX_NAME_SENTENCE_WORDS = 14


def _is_name_sentence(words: str) -> bool:
    """Whether `words` is a name closed by a full stop ("Heathby County Council Children's
    Services Procedures Manual."): a few words, each capitalised but the small joining ones."""
    if not words.endswith(".") or words.count(".") > 1:
        return False
    tokens = words.rstrip(".").split()
    return 0 < len(tokens) <= MAX_NAME_SENTENCE_WORDS and all(
        token[0].isupper() or token[0].isdigit() or token.lower() in _NAME_SMALL_WORDS
        for token in tokens
    )


_NOTICE_LABELS = frozenset(
    {"caution", "warning", "note", "please note", "important", "local resource", "local content"}
)
"""A notice panel's label, copied as a line of its own over the notice it heads ("Caution" over
"Printed copies of this chapter may be out of date.")."""


def _notice_label_above(text: str, position: int, start: int) -> int:
    """Where a printed-copy notice starting at `start` begins with its panel's label: the label
    line right above it ("Caution", "Warning:") goes with the notice, since it heads nothing
    else (decision 0324); `start` itself where no such label stands there."""
    if start < 1:
        return start
    label_start = text.rfind("\n", 0, start - 1) + 1
    if label_start < position or not _is_notice_label(text[label_start : start - 1]):
        return start
    return label_start


def _is_notice_label(line: str) -> bool:
    """Whether a line is only a notice panel's label ("Caution", "Warning:")."""
    label = line.strip().strip(_MARKUP_EDGES).rstrip(":").strip()
    return label.lower() in _NOTICE_LABELS


_SENTENCE_STOPS = re.compile(r"[.!?](?=\s)")
_PRINTED_FROM = re.compile(
    r"(?:this\s+(?:page|chapter|document)\s+was\s+)?printed\s+(?:from|on)\b.{0,160}?"
    r"\b(?:on|at)\s+(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?\.?",
    re.IGNORECASE,
)
"""A print view's line saying where and when the page was printed ("Printed from the … Manual
on 04/12/2026 at 10:14"): the day of printing, not of the chapter, and the site's words, not
the chapter's."""


_PRINT_RECORD = re.compile(
    r"(?:(?:this\s+(?:page|chapter|document)\s+was\s+)?printed\s+from\s*:?\s*"
    r"(?:https?://|www\.)\S+"
    r"|(?:date\s+printed|printed(?:\s+on)?)\s*:?\s*"
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})"
    r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?)\.?",
    re.IGNORECASE,
)
"""A print view's record of its printing on a line of its own, the address and the day apart
("Printed from: https://…", "This page was printed from www.…", "Date printed: 3 March 2026",
"Printed on: 06/01/2026"): the day the copy was made and the address it came from, dating
nothing of the chapter's (as `_PRINTED_FROM`)."""


_PRINT_MARK_SEPARATOR = re.compile(r"\s+[-|\u00b7\u2022\u2013\u2014]\s+|\s*[\u2013\u2014]\s*")
"""What parts the marks of a print view set on one line: a dash, bar or dot between spaces, or
an en or em dash with or without them."""


def _is_print_marks_row(words: str) -> bool:
    """Whether a line is a print view's marks run together, each part a record of the printing
    or a printed-copy warning ("Printed on 03/12/2026 \u2014 uncontrolled when printed",
    "Uncontrolled when printed | Date printed: 4 May 2026"): each alone is the view's line
    (`_PRINT_RECORD`, `_PRINTED_FROM`, `_PRINTED_COPY_WARNING`), and set side by side they say
    no more of the chapter; the day is the copy's, never an amendment."""
    parts = [part.strip(" .") for part in _PRINT_MARK_SEPARATOR.split(words)]
    if len(parts) < 2 or not all(parts):
        return False
    return all(
        _PRINT_RECORD.fullmatch(part) is not None
        or _PRINTED_FROM.fullmatch(part) is not None
        or _is_page_notice(part)
        for part in parts
    ) and any(_PRINT_RECORD.fullmatch(part) or _PRINTED_FROM.fullmatch(part) for part in parts)


_VIEWER_PAGE_COUNT = re.compile(
    r"page\s+\d{1,4}\s+(?:of|/)\s+\d{1,4}[.:]?"
    r"(?:\s+[^.]{0,80}\b(?:download|open)\w*\b[^.]{0,80}"
    r"\b(?:document|file|pdf|version|chapter)s?\b[^.]{0,40}\.?)?",
    re.IGNORECASE,
)
"""A document viewer's page counter at a landing page's edge, alone or with its note to fetch
the whole file ("Page 1 of 9. Use the download link to read the full document."): the viewer's
words, not the chapter's, and no chapter's line opens with a page count."""


_LABELLED_ROW = re.compile(r"(?P<label>[^:]{1,40}):\s*(?P<targets>\S.*)")
_ROW_TARGET_SEPARATOR = re.compile(r"[\s,|/\u00b7\u2022]+")


def _is_labelled_tool_row(words: str, cues: ChromeCues) -> bool:
    """A page tool's label and its targets on one line ("Share this page: Facebook X Email"):
    the label is chrome and every target is an edge-only phrase, so the line says nothing of
    the chapter's own. A toolbar's label over tools of several words each, set apart by bars or
    dots ("Accessibility tools: Text size A A A | Translate this page"), is the same row when
    every tool is a chrome line by itself."""
    found = _LABELLED_ROW.fullmatch(words)
    if found is None or not _is_chrome_phrase(found.group("label"), cues):
        return False
    targets = [t for t in _ROW_TARGET_SEPARATOR.split(found.group("targets")) if t]
    if bool(targets) and all(
        canonical_phrase(target.strip(_MARKUP_EDGES)) in cues.edge_phrases for target in targets
    ):
        return True
    tools = [t.strip() for t in _NAVIGATION_SEPARATOR.split(found.group("targets")) if t.strip()]
    return len(tools) > 1 and all(is_chrome_line(tool, cues) for tool in tools)


_LINK_SEPARATORS = re.compile(r"[\s|/>\u203a\u00bb\u2192\u00b7\u2022,*_]+")


_TOOL_WITH_SHORTCUT = re.compile(
    r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,3}[ \t]*\((?:(?:Alt|Ctrl|Control|Shift|Cmd|Command|Option"
    r"|Opt|\u2318|\u2325|\u21e7)[ \t]*\+[ \t]*){1,3}(?:[A-Za-z0-9]|F\d{1,2}|Enter|Space|Home|End"
    r"|Esc)\)"
)
"""An application's command copied with its keyboard shortcut in brackets ("Search (Alt + Q)",
"Find (Ctrl+F)", "Print (Ctrl + Shift + P)"): a web editor's or viewer's toolbar, never a
chapter's own line (blind254)."""


def _is_collection_line(line: str, cues: ChromeCues) -> bool:
    """A box naming the collection the page sits in, copied as one line: the box's heading as a
    label, then its links or its trail ("**This page is part of:** [Procedures Manual](/m) >
    [Part 1](/m/1)", "Related chapters: Adoption | Fostering"). The label is a listed box
    heading and the rest is nothing but links, or a trail of short items: the site's words."""
    label, colon, rest = line.strip().partition(":")
    if not colon or canonical_phrase(label.strip(_MARKUP_EDGES)) not in cues.title_box_headings:
        return False
    rest = rest.strip(_MARKUP_EDGES + " ")
    if not rest:
        return False
    if _MARKDOWN_LINK.search(rest) is not None:
        return not _LINK_SEPARATORS.sub("", _MARKDOWN_LINK.sub("", rest))
    items = [item for item in _CRUMB_SEPARATORS.split(rest) if item.strip()]
    return len(items) >= 1 and all(
        len(item.split()) <= MAX_CRUMB_WORDS and item.strip()[-1] not in ".;!?" for item in items
    )


MAX_COOKIE_NOTICE_WORDS = 30
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
"""A cookie banner's sentence ("We use cookies to make this website work better.")."""


MIN_LINK_ROW_PARTS = 3
MAX_ROW_LABEL_WORDS = 4


def _is_link_row(line: str, parts: list[str]) -> bool:
    """A row of links set apart by bars or dots ("**Elsworth Council** | [Home](/) | [Children's
    services](/children)"): a site's menu or trail, at most its first part a plain label."""
    linked = [
        bool(_LINK_ONLY.fullmatch(part.strip())) for part in _NAVIGATION_SEPARATOR.split(line)
    ]
    if len(linked) < MIN_LINK_ROW_PARTS or not all(linked[1:]):
        return False
    return linked[0] or len(parts[0].split()) <= MAX_ROW_LABEL_WORDS


_MARKDOWN_IMAGE = re.compile(r"!\[([^\[\]\n]*)\]\([^()\n]*\)")
_SPACED_LINK = re.compile(r"\[([^\[\]\n]+)\]\([^()\n]*\)")
MAX_MENU_LINK_WORDS = 4


def _is_spaced_menu_row(line: str) -> bool:
    """A site's menu as a markdown converter writes it: three or more links side by side with
    nothing but spaces between them, the first perhaps the site's logo linking home
    ("[![Ashby Council](logo.svg)](/) [Services](/services) [News](/news) [Contact us](/contact)"),
    each a few words without a figure. A chapter never sets bare links in a row without words or
    a separator between them; a row of the Acts it cites names their years."""
    row = _MARKDOWN_IMAGE.sub(r"\1", line.strip(" \t*_>-"))
    links = _SPACED_LINK.findall(row)
    return (
        len(links) >= MIN_LINK_ROW_PARTS
        and not _SPACED_LINK.sub("", row).strip()
        and all(
            0 < len(link.split()) <= MAX_MENU_LINK_WORDS
            and not any(character.isdigit() for character in link)
            for link in links
        )
    )


_JUMP_SELECT = re.compile(
    r"[*_]*(?:(?:contents|page\s+contents|on\s+this\s+page|in\s+this\s+(?:chapter|page)|jump\s+to"
    r"|go\s+to|sections?)[*_]*\s*:?\s*)?"
    r"\[?\s*(?:choose|select|pick)\s+an?\s+(?:section|heading|part|topic)"
    r"(?:\s*(?:\.\.\.|\u2026))?\s*[\u25be\u25bc\u2304\u02c5\u2193]?\s*\]?[*_]*",
    re.IGNORECASE,
)
"""A drop-down of the page's sections copied shut: its label and the placeholder it shows
("Contents: [Choose a section \u25be]", "Jump to: Select a section"), with none of its entries.
It names nothing of the chapter; a contents list that names the sections stays the scope's.
"Jump to a section" alone is the drop-down's label, which heads its entries where they were
copied (blind217), so it is no placeholder."""


def _links_are_chrome(line: str, cues: ChromeCues) -> bool:
    """A row of links each of which is chrome ("[Share](#) [Print this page](#)")."""
    links = _MARKDOWN_LINK.findall(line)
    if len(links) < 2 or _MARKDOWN_LINK.sub("", line).strip(_MARKUP_EDGES + "|/"):
        return False
    return all(_is_chrome_phrase(link, cues) for link in links)


_PAGE_TOOL = re.compile(
    r"[\[*_ ]*(?:print|share|email|e-mail|listen to this (?:page|chapter))\b", re.IGNORECASE
)
"""Page tools ("Print this page", "Share", "Email this page", "Listen to this page") sit under a
page's title: the line above them is the title, not the site's name. A bare "Listen" may be an
accessibility toolbar's, under the site's name at the top, so only the link naming the page
counts."""


def is_page_tool(line: str) -> bool:
    """Whether a chrome line is one of the page's tools (print, share, e-mail the page, download
    it with its file's size or format: "Download this chapter as a PDF (PDF, 214KB)") or a
    badge set under its title (a reading time, the site's address in a reader view)."""
    if _PAGE_TOOL.match(line) is not None:
        return True
    phrase = canonical_phrase(line.strip(_MARKUP_EDGES))
    return (
        _READING_TIME.fullmatch(phrase) is not None
        or _SITE_ADDRESS.fullmatch(phrase) is not None
        or _DOWNLOAD_LINK.fullmatch(phrase) is not None
    )


_SPACED_SEPARATOR = re.compile(r" {2,}")
"""Links of a menu copied from a page as one line keep two or more spaces between them
("Residents  Business  Council  Search"); a sentence never does."""
MIN_SPACED_ROW_PARTS = 3
"""A row split at wide spaces has at least this many parts ("Accept  Decline  Cookie policy")."""
MIN_SPACED_PAIR_PARTS = 2
"""…or two, when both are listed phrases: a search box's words and its button."""
MIN_MENU_ROW_PARTS = 4
"""A menu row of labels, only some of them chrome, has at least this many: "Accessibility | Our
values | Privacy" may be a heading between two links, "Home | All chapters | What's new |
Glossary | Sign in" is a site's menu."""
MAX_MENU_ITEM_WORDS = 5
MAX_MENU_ITEM_LENGTH = 40


def _is_menu_row(parts: list[str], cues: ChromeCues) -> bool:
    """A site's menu copied as one row ("Home | All chapters | What's new | Glossary | Sign in",
    "A-Z of services  News  Jobs  Contact  Sign in"): at least four short labels, none a
    sentence, one of them a chrome phrase ("Home", "Search", "Sign in"); a row of the chapter's
    own labels (a table's header copied as text) has no such phrase. A part holding a date is
    a stamp ("Updated: 22 July 2025 | Version 3.2 | Print"): the row is the page's record,
    kept for the dates and version it gives, its tools with it."""
    if len(parts) < MIN_MENU_ROW_PARTS:
        return False
    for part in parts:
        label = part.strip(_MARKUP_EDGES)
        if (
            not label
            or len(label) > MAX_MENU_ITEM_LENGTH
            or len(label.split()) > MAX_MENU_ITEM_WORDS
            or label[-1] in ".;:!,"
            or not (label[0].isupper() or label[0].isdigit())
            or _YEAR.search(label) is not None
        ):
            return False
    return any(_is_chrome_link(part.strip(_MARKUP_EDGES), cues) for part in parts)


MIN_FLAT_MENU_WORDS = 5
MAX_FLAT_MENU_END_WORDS = 4


def _is_flattened_menu(words: str, cues: ChromeCues) -> bool:
    """A menu whose links were copied with single spaces between them ("Menu Bins and recycling
    Council tax … Jobs Contact us", "Home Contents Glossary Register for Updates Search"): it
    opens with a chrome word ("Menu", "Home") and closes with a chrome phrase, and has no
    punctuation a sentence or a title would have (a full stop, a comma, a colon)."""
    return _flattened_menu_end(words, cues) in cues.phrases


def _flattened_menu_end(words: str, cues: ChromeCues) -> str:
    """The closing label of a line shaped as a flattened menu (at least five words, no
    punctuation, opening with a chrome word), the longest of its last few words that is a
    chrome phrase, edge phrase or menu end, as canonical words; "" when there is none."""
    tokens = words.strip(_MARKUP_EDGES).split()
    if len(tokens) < MIN_FLAT_MENU_WORDS or any(mark in words for mark in ".,;:!?()"):
        return ""
    if canonical_phrase(tokens[0]) not in cues.phrases:
        return ""
    for count in range(MAX_FLAT_MENU_END_WORDS, 0, -1):
        closer = canonical_phrase(" ".join(tokens[-count:]))
        if closer in cues.phrases or closer in cues.edge_phrases or closer in cues.menu_ends:
            return closer
    return ""


def _is_menu_over_trail(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """A site's menu flattened onto one line above the page's trail, closing on a label a
    menu ends with rather than a chrome phrase ("Home Services Children and young people
    Search Contact", then "Home / Children and young people / …": a council page printed by a
    browser, blind202): its last label written as a link's (capitalised), and the next filled
    line a trail or other chrome. A chapter's heading ending on "contact" is followed by its
    own text, never by a trail (decision 0319)."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip().strip(_MARKUP_EDGES)
    closer = _flattened_menu_end(words, cues)
    below = _filled_lines_after(text, end, 1)
    if not closer:
        return bool(below) and _is_menu_named_by_trail(words, below[0])
    if not words.split()[-len(closer.split())][:1].isupper():
        return False
    return bool(below) and (
        is_breadcrumb(below[0].strip(_MARKUP_EDGES)) or is_chrome_line(below[0], cues)
    )


def _is_menu_named_by_trail(words: str, below: str) -> bool:
    """A site's menu flattened onto one line that closes on an ordinary label ("Home Children
    and families Adult care Bins and recycling Council tax", a page's text as a browser renders
    its inline links), shown a menu by the line under it: a trail with its separators lost whose
    first step after "Home" is one of this line's entries ("Home Children and families
    Children's social care procedures"). The line opens with "Home", holds no punctuation a
    sentence or a title would have, and is as long as a menu is; a chapter's title opening with
    the word ("Home Visits Policy") has no trail under it that steps through it (decision
    0399)."""
    tokens = words.split()
    return (
        len(tokens) >= MIN_FLAT_MENU_WORDS
        and canonical_phrase(tokens[0]) == "home"
        and not any(mark in words for mark in ".,;:!?()")
        and _is_flattened_trail(below, [words])
    )


MIN_CHROME_ROW_LINKS = 2
"""A footer's row of links may end with the site's name or address ("Contact us | Accessibility
| Privacy and cookies | Anyshire County Council, County Hall"), as the lines closing a page may:
the parts before it, at least this many, must all be chrome."""
MAX_COOKIE_LINK_WORDS = 4


def _is_chrome_row(parts: list[str], cues: ChromeCues) -> bool:
    links = parts
    if len(parts) > MIN_CHROME_ROW_LINKS and _names_the_site(parts[-1]):
        links = parts[:-1]
    return all(_is_chrome_link(part, cues) for part in links)


_COPYRIGHT_OWNER = re.compile(r"\(c\)\s*(?:[A-Z][\w'\u2019&.-]*\s+){1,6}(?:19|20)\d\d")
"""A copyright written with "(c)" before the owner's name and the year ("(c) Corriston Council
2026"): read only as the first part of a footer row, since alone on a line "(c) Children Act
1989" is an item of a lettered list."""
MAX_FOOTER_LINK_WORDS = 4
"""A link in a site's footer row is a few words ("Intranet help", "Accessibility statement")."""


def _is_copyright_row(parts: list[str]) -> bool:
    """A site's footer row opening with its copyright ("(c) Corriston Council 2026 | Intranet
    help | Accessibility statement", blind241): the links after the owner's notice are the
    site's, whatever their words, as long as each is a short label with no sentence mark or
    digit (a row of Acts, "(c) Children Act 1989 | Children Act 2004", is the chapter's)."""
    first = parts[0].strip()
    return (
        _COPYRIGHT.match(first) is not None or _COPYRIGHT_OWNER.fullmatch(first) is not None
    ) and all(
        0 < len(part.split()) <= MAX_FOOTER_LINK_WORDS
        and not any(mark in ".,;:!?" or mark.isdigit() for mark in part)
        for part in parts[1:]
    )


def _is_chrome_link(part: str, cues: ChromeCues) -> bool:
    """A row's part that is chrome: a listed phrase, an edge-only phrase among others of its
    kind ("Print | Email | Feedback"), a copyright line, or a short link about cookies
    ("Privacy and cookies")."""
    return (
        _is_chrome_phrase(part, cues)
        or canonical_phrase(part) in cues.edge_phrases
        or _COPYRIGHT.match(part) is not None
        or (_COOKIES.search(part) is not None and len(part.split()) <= MAX_COOKIE_LINK_WORDS)
        or _SIGNED_IN_GREETING.fullmatch(part.strip(_MARKUP_EDGES)) is not None
    )


_SIGNED_IN_GREETING = re.compile(
    r"(?:[Hh]ello|[Hh]i|[Ww]elcome(?: back)?),? [A-Z][\w'\-]*(?: [A-Z][\w'\-]*){0,2}!?"
)
"""An intranet greeting its signed-in reader by name beside the account links ("Hello, Sam
Pryor | My profile | Sign out"): a part of the site's head row, not of the chapter."""


def _names_the_site(part: str) -> bool:
    """The site's name or address closing a row: a short label, not a sentence, that is an
    address (it has a comma) or a name (every word capitalised)."""
    if not _is_label_line(part, MAX_TRAILING_LABEL_WORDS, leading=False):
        return False
    words = part.replace(",", " ").split()
    return "," in part or all(word[:1].isupper() for word in words)


def _is_chrome_phrase(words: str, cues: ChromeCues) -> bool:
    phrase = canonical_phrase(words.strip(_MARKUP_EDGES))
    return (
        phrase in cues.phrases
        or phrase in cues.box_headings
        or _PAGER_LINK.fullmatch(phrase) is not None
        or _READING_TIME.fullmatch(phrase) is not None
        or _RATING_STARS.fullmatch(phrase) is not None
        or _RATING_PROMPT.fullmatch(phrase) is not None
        or _RATING_AVERAGE.fullmatch(phrase) is not None
        or _DOWNLOAD_LINK.fullmatch(phrase) is not None
        or _EASY_READ_LINK.fullmatch(phrase) is not None
        or _POST_TAGS.fullmatch(phrase) is not None
        or _BACK_LINK.fullmatch(phrase) is not None
        or _SEARCH_BOX.fullmatch(phrase) is not None
        or _SITE_ADDRESS.fullmatch(phrase) is not None
        or _SKIP_LINK.fullmatch(phrase) is not None
        or _CONSULTATION_RECORD.fullmatch(phrase) is not None
    )


_CONSULTATION_RECORD = re.compile(
    r"(?:consultation )?status: ?(?:open|closed|live|upcoming|forthcoming|completed?"
    r"|awaiting (?:response|results|feedback)|results published)"
    r"|(?:date )?(?:opened|opens|closed|closes|closing date|open date|close date)(?: on)?: ?"
    r"(?:\w+day,? )?\d{1,2}(?:st|nd|rd|th)? [a-z]+ (?:19|20)\d\d"
)
"""A consultation page's record of the consultation, one field a line ("Status: Closed",
"Opened: 12 January 2026", "Closes: Friday 6 March 2026"): the consultation's dates, not the
chapter's amendment, as a course's opening day is none (decisions 0050, 0230), and never a line
of the chapter's own (blind279)."""


_SKIP_LINK = re.compile(
    r"(?:skip|jump)(?: straight)? to(?: the)?"
    r"(?: (?:main|page|site|primary|secondary|quick|header|footer|action|left|right|top))?"
    r" (?:content|navigation|nav|menu|search|breadcrumbs?|footer|header|sidebar|links|toolbar"
    r"|results|accessibility)(?: (?:links|menu|section|content|bar|area))?"
)
"""A skip link to a part of the page's frame ("Skip to breadcrumbs", "Skip to action menu",
"Jump to quick search"): a keyboard user's way past the site's head, never a chapter's own line.
Its target is a part of the frame; "Jump to a section" (a page's own contents select) is not
one."""


_SEARCH_BOX = re.compile(
    r"search(?: (?:this|the|our|all))?"
    r"(?: (?:site|website|intranet|manual|procedures|chapters|pages))?"
    r"(?: (?:go|search|submit))?"
)
"""A search box's label copied with its button ("Search this website", "Search procedures Go"):
the site's, never the chapter's words."""


_DOWNLOAD_LINK = re.compile(
    r"download(?: (?:this|the|our) (?:chapter|page|procedure|policy|document"
    r"|(?:[\w'-]+ ){0,2}(?:summary|report|response|results|document|leaflet|version)))?"
    r"(?: as (?:an? )?(?:pdf|word document|word file|printable document))?"
    r"(?:[ ,(]*(?:pdf|docx?|word)?[ ,(]*\d+(?:\.\d+)? ?[km]b| ?\((?:pdf|docx?|word))"
)
"""A download link with its file's size or its format in brackets ("Download this chapter as a
PDF (212KB)", "Download as PDF (212KB)", "Download this chapter (PDF)", "Download
(PDF, 1.2 MB)", "Download PDF (210 KB)"): a page tool, whatever the chapter says."""


_BACK_LINK = re.compile(r"back to (?!top\b)[\w'&,-]+(?: [\w'&,-]+){0,5}")
"""A link back to the section or manual holding the page ("Back to Social care manual",
"Back to Fostering procedures"), as a whole line: the site's, never the chapter's words."""


_READING_TIME = re.compile(
    r"(?:about |approx\. |approximately )?\d{1,2} min(?:ute)?s?(?: read| to read)"
    r"|(?:estimated )?(?:reading|read) time ?[:\-\u2013]? ?(?:about |approx\. |approximately )?"
    r"\d{1,2}(?: to \d{1,2}|-\d{1,2})? min(?:ute)?s?"
    r"|\d{1,2} ?(?:[-\u2013\u2014]|to) ?\d{1,2} min(?:ute)?s?"
)
"""A page's reading-time badge ("3 minute read", "Reading time: 6 minutes", "Estimated read
time - 4 mins"), or a reader view's bare range under the title ("6\u20138 minutes"): worked out by
the site or the browser from the page's length, never the chapter's words."""

_SITE_ADDRESS = re.compile(
    r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*"
    r"\.(?:gov\.uk|org\.uk|co\.uk|gov\.wales|gov\.scot|nhs\.uk|sch\.uk|ac\.uk|com|org|net|uk)/?"
    r"|(?:https?://)?[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+\.[a-z]{2,}/?"
)
"""A line that is only a site's address ("kelsburyfen.gov.uk"): the site name a reader view
writes under the page's title, or a header's address; the chapter names an address in a
sentence ("see www.council.gov.uk"). A host of three names or more is an address whatever its
last name ("procedures.oldfield.example", "manual.trixonline.io"): no word or number of a
chapter is written so, and a clause's number ("3.1.4") ends in a number (decision 0516)."""


_RATING_STARS = re.compile(
    r"(?:[1-5] stars?(?: out of 5)?|[1-5] out of 5 stars)"
    r"(?:[ ,|/]+(?:[1-5] stars?(?: out of 5)?|[1-5] out of 5 stars))*"
)
"""A rating widget's star labels, one a line as a page copied from a browser keeps them ("1
star" … "5 stars"), or all on one line where the widget sets them in a row ("1 star 2 stars 3
stars 4 stars 5 stars", blind392): a whole line of nothing else is the widget's, never the
chapter's."""


_RATING_COUNT = r"(?:[ ,(]*(?:from|based on|with) )?[ ,(]*\d{1,6} (?:votes?|ratings?|reviews?)\)?"
_RATING_SCORE = r"\d(?:\.\d{1,2})?(?: ?(?:out of|/) ?5)?(?: stars?)?"
_RATING_AVERAGE = re.compile(
    rf"(?:average|overall|mean|current) (?:user )?rating:? ?(?:of )?{_RATING_SCORE}"
    rf"(?:{_RATING_COUNT})?"
    rf"|(?:rating:? |rated )?{_RATING_SCORE}{_RATING_COUNT}"
)
"""The average a rating widget shows under its stars, as a line of its own ("Average rating 4.3
from 19 votes", "Rated 4.1 out of 5 (52 ratings)", "3.8 / 5 from 12 reviews"): the readers' score
of the page, never the chapter's words; a score needs its "average" or its count of votes, so a
bare "Rating: 3" (a record's field) is not taken (blind392)."""


_RATING_PROMPT = re.compile(
    r"(?:rate this (?:page|chapter|article|procedure)|how (?:would you rate|useful was) this page)"
    r"\s*[:?\-\u2013]?[\s\u2605\u2606\u2729\u272d\u272e\u2b50]*"
    r"(?:\((?=[^()]*\b(?:stars?|rat(?:e|ings?)|votes?|poor|excellent)\b)[^()]{1,60}\)?)?"
)
"""A rating widget's prompt with its stars and the hint a browser copies beside them ("Rate this
page" and five empty stars, then "(select a star to rate)"; "How useful was this page? (1 star =
not useful)"), or the average it shows ("(4.1 from 52 ratings)", "(12 votes)"): the widget's
words whole, never a sentence of the chapter (decisions 0279, 0355)."""


_POST_TAGS = re.compile(
    r"(?:tags|tagged(?: with| as)?|topics|filed under|categories)\s*:\s*"
    r"[\w'\u2019&-]+(?: [\w'\u2019&-]+){0,3}(?:\s*[,|]\s*[\w'\u2019&-]+(?: [\w'\u2019&-]+){0,3})*"
    r"|\d{1,4} comments?|no comments(?: yet)?|comments \(\d{1,4}\)|\d{1,4} likes?"
)
"""An intranet or blog post's tags and counts under its byline ("Tags: corporate parenting,
care leavers, values", "3 comments", "12 likes"): the site's filing of the page and its readers'
responses, each a line of its own, never a sentence of the chapter (decision 0355)."""


_EASY_READ_LINK = re.compile(
    r"(?:(?:read|view|see|open|download|get) (?:the |an |our |this )?easy[ -]?read"
    r"(?: version| copy| guide)(?: of this (?:page|chapter|procedure|policy|document|guide))?"
    r"|(?:an |the )?easy[ -]?read (?:version|copy)(?: of this (?:page|chapter|procedure|policy"
    r"|document|guide))?(?: is)? available(?: here| to download| on request)?"
    r"|(?:an |the )?easy[ -]?read (?:version|copy|guide)(?: of this (?:page|chapter|procedure"
    r"|policy|document|guide))?(?=[ ,(]+(?:pdf|docx?|word)\b))"
    r"(?:[ ,(]*(?:pdf|docx?|word)\b[^()]{0,20}\)?)?"
)
"""A page's link to its own Easy Read copy, or the notice that one exists, on a line of its own
under the title ("Easy Read version available", "Read the Easy Read version of this chapter
(PDF, 1.2MB)"), or its bare name with the file's format in brackets, a link to a file ("Easy
read version (PDF, 1.2 MB)", blind373): a page tool as a download link is, never the chapter's
text. A heading that only names it ("Easy read version", closing a plain-English page over its
own text, blind187) is neither and stays (decision 0355)."""


_STAR_GLYPHS = frozenset("\u2605\u2606\u2729\u272d\u272e\u2b50 ")
"""The stars a rating widget draws ("★★★★☆"), copied as a line of their own."""


_LETTER_STRIP_LABEL = re.compile(
    r"(?:(?:services?|[a-z]+) )?a ?(?:to|-|\u2013|\u2014) ?z(?: of [a-z ]+)?\s*:?\s*", re.IGNORECASE
)
MIN_LETTER_STRIP = 10
"""A council's A to Z strip holds at least this many letters on a row ("A B C … W")."""
MIN_LETTER_COLUMN = 5
"""…and at least this many when copied one letter a line."""


def _is_letter_strip(words: str) -> bool:
    """A council's services A to Z copied as one row, with or without its label ("A to Z of
    services: A B C D … Y", "A B C D E F G H I J K"): single capital letters in alphabetical
    order, at least `MIN_LETTER_STRIP` of them. A list of lettered items ("A. Introduction")
    has words between its letters."""
    label = _LETTER_STRIP_LABEL.match(words)
    letters = (words[label.end() :] if label else words).split()
    return len(letters) >= MIN_LETTER_STRIP and _in_alphabetical_order(letters)


def _in_alphabetical_order(letters: list[str]) -> bool:
    return all(len(letter) == 1 and "A" <= letter <= "Z" for letter in letters) and all(
        first < second for first, second in itertools.pairwise(letters)
    )


def _in_letter_column(text: str, start: int, end: int) -> bool:
    """Whether the line at `start` to `end` is one letter of an A to Z strip copied one letter a
    line: a single capital letter among at least `MIN_LETTER_COLUMN` such lines in a row, in
    alphabetical order (a chapter's lettered list has its words beside the letters)."""
    if end - start != 1 or not ("A" <= text[start] <= "Z"):
        return False
    before = text[: max(start - 1, 0)].split("\n")[-MIN_LETTER_COLUMN:] if start else []
    after = text[end + 1 :].split("\n", MIN_LETTER_COLUMN)[:MIN_LETTER_COLUMN]
    column = [text[start]]
    for line in reversed(before):
        if len(line) != 1 or not _in_alphabetical_order([line, *column[:1]]):
            break
        column.insert(0, line)
    for line in after:
        if len(line) != 1 or not _in_alphabetical_order([*column[-1:], line]):
            break
        column.append(line)
    return len(column) >= MIN_LETTER_COLUMN


_PAGER_LINK = re.compile(
    r"(?:previous|next|prev)(?:[ ]+(?:chapter|page|section|procedure))?[ ]*[:\-\u2013][ ]*"
    r"[^.!?]{1,60}"
)
"""A manual's link to the chapter before or after this one, named ("Previous: Contents",
"Next chapter - Recording Policy"): a bare "Previous" or "Next" is a listed phrase."""


def is_breadcrumb(line: str) -> bool:
    """ "Home > Children and families > Policies": two or more short items after "Home"; or,
    without "Home", three or more short items joined by arrows ("Procedures Manual > Section 1:
    Values > Policies"), a trail whose first step is the site's or the manual's name."""
    if _CRUMB_START.match(line):
        items = [item for item in _CRUMB_SEPARATORS.split(line) if item]
        return len(items) >= 2 and _are_crumbs(items)
    labelled = _YOU_ARE_HERE.match(line)
    if labelled is not None:
        items = [item for item in _CRUMB_SEPARATORS.split(line[labelled.end() :]) if item]
        return len(items) >= 1 and _are_crumbs(items)
    items = _ARROW_SEPARATORS.split(line)
    return (
        len(items) >= MIN_ARROW_CRUMB_ITEMS
        and all(_is_crumb(item) for item in items)
        and _names_a_site(items[0])
    )


_SPACED_SLASH = re.compile(r"[ \t]+/[ \t]+")


def _is_slash_trail_over_title(text: str, line: str, end: int) -> bool:
    """A trail whose steps a spaced slash joins and whose first step is the site's name, not
    "Home" ("Staff Zone / Policies and procedures / Children's social care / Chapter 1"), on
    the line right above the page's title: an intranet or a manual sets its trail so, over the
    page's own heading. Only at the page's top (`_chrome_run`'s leading run) and only over a
    title line (a heading, or a short line that is no sentence): a slash also joins words in
    prose ("he/she") and in a list of roles, which stands under a heading, never over one."""
    items = _SPACED_SLASH.split(line.strip(_MARKUP_EDGES))
    if len(items) < MIN_ARROW_CRUMB_ITEMS or "/" in "".join(items):
        return False
    if not (all(_is_crumb(item) for item in items) and _names_a_site(items[0])):
        return False
    below = _next_filled_line(text, end)
    if below.startswith("#"):
        return True
    return (
        bool(below)
        and len(below.split()) <= MAX_TITLE_WORDS
        and below[-1] not in _SENTENCE_ENDS
        and _SPACED_SLASH.search(below) is None
    )


def _are_crumbs(items: list[str]) -> bool:
    """Whether a labelled trail's steps are all crumbs; its last step, the page itself, may be
    the chapter's number alone ("Home / 3. Policies / 3.1.4"): a manual's trail names a chapter
    by its number where its menus do, and the title under the trail gives the words
    (blind236, decision 0360). Only the last: a number before another step is no page's."""
    *steps, last = items
    return all(_is_crumb(item) for item in steps) and (
        _is_crumb(last) or _CHAPTER_NUMBER_CRUMB.fullmatch(last.strip()) is not None
    )


_CHAPTER_NUMBER_CRUMB = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}")
"""A chapter's number as a trail's last step: two to four dotted parts ("3.1", "3.1.4"); a
lone "3" could be a page counter's or a list's."""


_NAME_JOINING_WORDS = frozenset({"and", "for", "of", "the", "&"})


def _names_a_site(item: str) -> bool:
    """A trail's first step names the site or the manual: a name of two or more capitalised
    words ("Eastmere Council", "Family Support Handbook"), not one word of a topic list."""
    words = item.split()
    return len(words) >= 2 and all(
        word[0].isupper() or word.lower() in _NAME_JOINING_WORDS for word in words
    )


_YOU_ARE_HERE = re.compile(r"you are (?:here|viewing)\s*:\s*", re.IGNORECASE)
"""A trail's own label: what follows it is a trail wherever it starts ("You are here: Manual
home > Section 1 > Policies"), even a trail of one step, the page's own name ("You are viewing:
Policies and Values", blind217): a chapter never labels a line so."""
MIN_ARROW_CRUMB_ITEMS = 3
_ARROW_SEPARATORS = re.compile(r"\s+(?:[>\u203a\u00bb\u2192]|&gt;)\s+")
"""Only arrows join a trail that does not start at "Home": a slash or a bar also joins words in
prose ("he/she", "Policies | Values")."""


def _is_crumb(item: str) -> bool:
    words = item.strip()
    return (
        0 < len(words) <= MAX_CRUMB_LENGTH
        and len(words.split()) <= MAX_CRUMB_WORDS
        and words[-1] not in ".;!?"
        and (words[0].isupper() or words[0] == "[" or _NUMBERED_CRUMB.match(words) is not None)
    )


_NUMBERED_CRUMB = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s+[A-Z]")
"""A step that is a numbered part of the manual ("1. Principles and values", "2.3 Policies"):
the manual's numbering before a capitalised name, as a trail copies it."""


MAX_LEADING_LABEL_WORDS = 6
"""A short line among the chrome lines that open a page ("Oakridge County Council" above "Menu")
is the site's (the chapter's title is longer)…"""
MAX_TRAILING_LABEL_WORDS = 10
"""…and among those that close it, a longer one too (an address: "Civic Centre, Calderfield")…"""
MAX_LABEL_LINES = 3
"""…when no more than this many such lines stand together, with chrome on their far side (a
council's top tasks: "Report it", "Pay it", "Apply for it")…"""
MAX_TRAILING_LABEL_LINES = 4
"""…and at the bottom a few more (a related-pages box's entries under its heading)."""


def _is_label_line(line: str, max_words: int, leading: bool) -> bool:
    """A short line that is not a sentence: the site's name or an address between chrome lines
    (a markdown link counts as its text, a bullet as nothing). A site's name has no comma; a
    title may ("Policies, Values and Principles"). At the top, a short question is a link's
    label too (`MAX_QUESTION_LINK_WORDS`)."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES).split()
    if (leading and "," in line) or _YEAR.search(line):
        return False
    if not leading and _VERSION_IN_LINE.search(line):
        return False  # the page's version stamp ("… Version 2.0") over its footer stays
    if (
        leading
        and line.rstrip()[-1:] == "?"
        and 0 < len(words) <= MAX_QUESTION_LINK_WORDS
        and words[0].lower() not in _FORM_PROMPT_OPENINGS
    ):
        return True
    return 0 < len(words) <= max_words and line.rstrip()[-1:] not in ".:;!?"


_VERSION_IN_LINE = re.compile(r"\b(?:version|ver\.)\s*:?\s*\d+(?:\.\d+)*\b", re.IGNORECASE)
"""A version label anywhere in a line ("Document owner: Head of Service. Version 2.0"): at the
page's foot a line holding one is the chapter's record, where the version is read, as a dated
line is (`_YEAR`), not a label of the site's footer."""

MAX_QUESTION_LINK_WORDS = 5
"""A menu's link may ask its reader a question ("Worried about a child?", "Need help?"): at a
page's top, among the site's lines, a short question is a label like any other link."""
_FORM_PROMPT_OPENINGS = frozenset({"which", "what", "where", "when", "who", "how", "why"})
"""A question opening with one of these asks the reader to fill a field ("Which service do you
need?"): a search widget's prompt, left to the rules for widgets above a trail."""


_YEAR = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+(?:19|20)\d\d\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d\b",
    re.IGNORECASE,
)
"""A line with a date is a stamp ("This page was last reviewed on 15 July 2024"), not a label:
it stays in the text, where the facts are read."""

_EXPORT_STAMP = re.compile(
    r"(?:(?:this )?(?:document|page|file|pdf) (?:was )?)?(?:generated|exported|converted)"
    r" (?:by|with|from|using) (?:[\w.&-]+ ){1,4}(?:on|at) [^\n]*\d",
    re.IGNORECASE,
)
"""The line an export tool adds at the foot of what it exports, naming itself and when it ran
("Document generated by Confluence on Jan 20, 2026 09:14", "Exported from Notion on 3 March
2026"): the tool's, not the chapter's; a page's own dates are said as updated or reviewed."""


def _is_export_stamp(line: str) -> bool:
    """Whether `line` is an export tool's own stamp at the foot of its export (`_EXPORT_STAMP`)."""
    return _EXPORT_STAMP.fullmatch(line.strip(_MARKUP_EDGES + ".")) is not None


MAX_LINK_WORDS = 6
_LINK_ONLY = re.compile(r"[-*+]?\s*\[([^\[\]\n]+)\]\(([^()\n]*)\)\s*")


def _is_navigation_link(line: str) -> bool:
    """A line that is one short link and nothing else ("* [Children and families](/children)"):
    at a page's edge, a menu's or a breadcrumb trail's entry. A link to a place on the page
    itself ("- [Amendment](#amendment)") leads nowhere else: it is an entry of the chapter's own
    contents list, content as the headings it names are; the jump links that are chrome ("Skip
    to content", "Back to top") are known by their words."""
    found = _LINK_ONLY.fullmatch(line.strip())
    return (
        found is not None
        and len(found.group(1).split()) <= MAX_LINK_WORDS
        and not _FRAGMENT_TARGET.fullmatch(found.group(2).strip())
    )


_FRAGMENT_TARGET = re.compile(r"#[^\s#]+")
"""A link target that is an anchor on the same page, nothing before the `#`."""


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `text[start:end]`, newline excluded, from the first; made as
    they are asked for, since the chrome runs stop within a page's first few lines."""
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        yield position, line_end
        position = line_end + 1


def _lines_from_the_end(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines of `_lines(text, start, end)`, from the last."""
    if start >= end:
        return
    line_end = end - 1 if text[end - 1] == "\n" else end
    while True:
        newline = text.rfind("\n", start, line_end)
        yield (start if newline == -1 else newline + 1), line_end
        if newline == -1:
            return
        line_end = newline


_SEARCH_NAMED = re.compile(r"search\s+(?:the\s+)?(?P<name>\S.*)", re.IGNORECASE)


def _searches_the_site_named(text: str, above: tuple[int, int], line: str) -> bool:
    """Whether `line` is a search box's label naming the site whose name is the line above it
    ("Corriston Connect" / "Search Corriston Connect", blind241): the site's head, both lines,
    as "Search this site" is."""
    found = _SEARCH_NAMED.fullmatch(line.strip(_MARKUP_EDGES))
    if found is None:
        return False
    name = canonical_phrase(text[above[0] : above[1]].strip(_MARKUP_EDGES))
    said = canonical_phrase(found["name"])
    return bool(name) and said in (name, name.removeprefix("the "))


def _chrome_run(
    text: str,
    lines: Iterable[tuple[int, int]],
    cues: ChromeCues,
    max_label_words: int,
    leading: bool,
    names: frozenset[str] = frozenset(),
) -> tuple[int, tuple[int, int]]:
    """How many of `lines` (from the page's edge inwards) are chrome: chrome lines, blank
    lines, and a few short label lines with chrome further in. At the top, a label line right
    above the page's tools ("Print this page") is the page's title: the run ends before it, and
    takes the label lines between the site's chrome and the title (the manual's name set
    above the chapter's: "Marsham Procedures Manual", then the title, then "Print").
    A manual's printed-copy notice is a tool of the same kind: it stands under the chapter's
    title, so the label line right above it is the title, not the site's.
    Also returns the last chrome line's (start, end), (0, 0) when there is none."""
    taken = 0
    last_taken = (0, 0)
    pending = 0
    labels = 0
    chrome_lines: list[str] = []
    label_lines: list[tuple[int, tuple[int, int]]] = []
    mega_menu = False
    manual_named = False
    for count, (start, end) in enumerate(lines, 1):
        line = text[start:end]
        if not line.strip() or _THEMATIC_BREAK.fullmatch(line.strip()):
            pending += 1  # a rule setting the footer apart is as blank as a blank line
            continue
        if (
            (leading and _is_flattened_trail(line, chrome_lines))
            or (leading and not pending and _ends_wrapped_trail(chrome_lines, line))
            or (leading and not pending and _ends_trail_wrapped_in_a_link(text, start, line))
            or is_chrome_line(line, cues)
            or (leading and _is_address_under_print_head(line, chrome_lines))
            or _is_navigation_link(line)
            or _is_cookie_notice(line)
            or (
                leading
                and taken == count - 1 - pending
                and _in_cookie_panel(text, line, end, chrome_lines)
            )
            or _in_letter_column(text, start, end)
            or (leading and _is_alert_notice(text, line, end, cues))
            or (leading and _in_headed_banner(text, start, end, cues))
            or (leading and _is_archived_copy_notice(line))
            or (leading and _is_whole_site_stamp(line))
            or (
                leading
                and taken == count - 1 - pending
                and bool(chrome_lines)
                and _is_skip_link(chrome_lines[-1], cues)
                and _is_notice_under_skip_link(text, line, end, cues)
            )
            or (
                leading
                and taken == count - 1 - pending
                and _is_numbered_trail_step(text, line, end, chrome_lines, cues)
            )
            or (leading and _is_slash_trail_over_title(text, line, end))
            or (not leading and _is_office_footer(line))
            or (not leading and _is_export_stamp(line))
            or (not leading and _is_registration_footer(line))
            or (not leading and _says_the_site_name_again(line, names))
            or (not leading and _describes_the_site_under_chrome(text, start, line, names, cues))
            or (
                leading
                and (
                    not labels
                    or (
                        label_lines[-1][0] == count - 1
                        and _heads_an_emergency_strip(text, label_lines[-1][1])
                    )
                )
                and _is_emergency_call(line)
            )
            or (leading and _asks_over_an_emergency_call(text, line, end))
            or (leading and _is_trail_separator_line(line))
            or (leading and _is_consultation_notice(line))
            or (leading and _heads_a_consultation_record(text, line, end))
            or (leading and _is_weather_line(line))
            or (leading and _is_task_tile(text, start, end, cues))
            or _is_player_control(text, start, end, cues)
            or (leading and _describes_a_task_tile(text, start, end, cues))
            or (leading and taken and _is_arrow_trail(line))
            or (
                leading
                and taken == count - 1 - pending
                and bool(chrome_lines)
                and _is_category_label_under_trail(chrome_lines[-1], line, cues)
            )
            or (
                leading
                and _is_closure_notice(line)
                and (taken or _is_chrome_or_banner_below(text, end, cues))
            )
            or (leading and _is_tool_row(line, cues))
            or (
                leading
                and bool(label_lines)
                and label_lines[-1][0] == count - 1
                and _searches_the_site_named(text, label_lines[-1][1], line)
            )
            or (
                leading
                and _is_site_name_and_tagline(line)
                and _is_chrome_or_banner_below(text, end, cues)
            )
            or (leading and _is_site_name_over_page_heading(text, line, end))
            or (
                leading
                and bool(label_lines)
                and label_lines[-1][0] == count - 1
                and _is_tagline_under_site_name(text, label_lines[-1][1], line, end, cues)
            )
            or (
                leading
                and taken == count - 1
                and bool(chrome_lines)
                and _is_search_placeholder(chrome_lines[-1], line)
            )
            or (
                leading
                and taken == count - 1
                and bool(chrome_lines)
                and _is_search_button(chrome_lines[-1], line)
            )
            or (leading and _is_menu_naming_next_line(text, line, end))
            or (leading and _is_menu_over_trail(text, line, end, cues))
            or (leading and _is_trail_to_next_line(text, line.strip(), end))
            or (
                leading
                and taken
                and _is_said_again_below(
                    text, line, end, cues, over_blank_lines=_under_home_alone(chrome_lines)
                )
            )
            or (
                leading
                and taken == count - 1 - pending
                and _is_first_step_of_trail_to_title_said_twice(text, line, end, chrome_lines)
            )
            or (
                leading
                and taken == count - 1 - pending
                and _is_comma_step_of_trail_to_tooled_title(text, line, end, chrome_lines, cues)
            )
            or (leading and taken and not labels and _is_manual_part_above_title(text, line, end))
        ):
            if (
                leading
                and labels
                and (
                    is_page_tool(line)
                    or _heads_a_title_box(line, cues)
                    or _heads_a_form_box(text, line, end, cues)
                    or _is_page_notice(line)
                )
                and not _is_title_under_tools(text, end, cues)
                and not _names_only_a_manual(text, label_lines)
                and not _is_site_section_label(text[slice(*label_lines[-1][1])], cues)
            ):
                if (
                    len(label_lines) == 2
                    and label_lines[-1][0] == count - 1
                    and _is_reader_view_head(chrome_lines, text, label_lines[-1][1])
                ):
                    break  # the view's address, then the title and its byline: both stay
                if taken and len(label_lines) >= 2:
                    taken, last_taken = label_lines[-2]  # the site's or manual's name above
                break
            taken = count
            last_taken = (start, end)
            pending = labels = 0
            label_lines.clear()
            chrome_lines.append(line)
        elif (
            _is_label_line(line, max_label_words, leading)
            or (leading and taken and not labels and _names_a_manual(line))
            or (leading and count == 1 and _is_running_header_line(line))
            or (
                leading
                and taken
                and labels >= MAX_LABEL_LINES
                and _is_label_line(line, max_label_words, leading=False)
                and not _is_titled_by_tools(text, line, end, cues)
                and (mega_menu or (mega_menu := _labels_down_to_tooled_title(text, end, cues)))
            )
            or (
                leading
                and mega_menu
                and labels >= MAX_LABEL_LINES
                and (
                    _is_step_over_tooled_title(text, line, end, cues)
                    or _is_tree_entry_said_again(text, line, end)
                )
            )
        ) and (
            labels < (MAX_LABEL_LINES if leading else MAX_TRAILING_LABEL_LINES)
            or (leading and manual_named and labels < MAX_MEGA_MENU_LINES)
            or (
                leading
                and taken
                and labels < MAX_MEGA_MENU_LINES
                and _lines_down_to_numbered_title(text, end)
            )
            or (
                leading
                and taken
                and (mega_menu or (mega_menu := _labels_down_to_tooled_title(text, end, cues)))
            )
        ):
            labels += 1
            label_lines.append((count, (start, end)))
            manual_named = manual_named or (leading and _names_a_manual(line))
        else:
            if not leading and taken and label_lines:
                column = _footer_column_heading(text, label_lines, line, count, (start, end), cues)
                if column is not None:
                    taken, last_taken = column
                    break
            if (
                leading
                and manual_named
                and label_lines
                and _is_heading_line(line)
                and (
                    len(label_lines) > 1
                    or _NUMBERED_ENTRY.match(line) is not None
                    or _heads_its_own_contents(text, end)
                    or (
                        label_lines[0][0] == 1
                        and _is_running_header_line(text[slice(*label_lines[0][1])])
                    )
                )
                and not _lists_chapters(text, label_lines)
            ):
                taken, last_taken = _labels_above_numbered_title(
                    text, label_lines, taken, last_taken
                )
                break
            entries = _chapter_list_over_numbered_title(text, label_lines, line) if leading else 0
            if taken and entries:
                taken, last_taken = label_lines[entries - 1]
                break
            if (
                leading
                and len(label_lines) == 1
                and _is_reader_view_head(chrome_lines, text, (start, end))
                and is_page_tool(_next_filled_line(text, end))
            ):
                break  # a byline too long for a label: the title above it stays
            if (
                leading
                and taken
                and label_lines
                and (
                    _is_titled_by_tools(text, line, end, cues)
                    or _is_title_under_trail_steps(text, chrome_lines, label_lines, line, end)
                )
            ):
                run_end = _labels_above_title(text, label_lines, taken, last_taken)
                taken, last_taken = _before_control_rows(
                    text, label_lines, run_end, (taken, last_taken)
                )
            break
    return taken, last_taken


_CELL_GAP = re.compile(r"\t+| {2,}")
"""What parts a table's cells on a line copied from a page: a tab, or a run of spaces."""


def _is_control_row(line: str) -> bool:
    """Whether `line` is a document-control table's row copied as a line: a field's name, a
    cell's gap, a value ("Owner<tab>Principal Social Worker", "Approved by  Leadership Team")."""
    cells = _CELL_GAP.split(line.strip(), maxsplit=1)
    return len(cells) == 2 and is_control_field(cells[0].rstrip(":")) and bool(cells[1].strip())


def _before_control_rows(
    text: str,
    label_lines: list[tuple[int, tuple[int, int]]],
    run_end: tuple[int, tuple[int, int]],
    without_labels: tuple[int, tuple[int, int]],
) -> tuple[int, tuple[int, int]]:
    """The chrome run's end `run_end`, given back to before the first of the label lines it
    took that is a document-control table's row (`_is_control_row`; `without_labels` when it
    is the first of them): the record a chapter prints above its title ("Owner", "Approved
    by", "Last amended", each with its value) is the chapter's, kept with the rows below it,
    while the menu entries above it stay the site's (decision 0470)."""
    for position, (count, (start, end)) in enumerate(label_lines):
        if count > run_end[0]:
            break
        if _is_control_row(text[start:end]):
            return label_lines[position - 1] if position else without_labels
    return run_end


def _is_site_section_label(line: str, cues: ChromeCues) -> bool:
    """Whether a label line is one of a council site's own sections as its menu or footer names
    them ("Your council", "Council and democracy"; `ChromeCues.menu_ends`,
    `footer_column_headings`): the last entry of a menu copied one a line, never a chapter's
    title, so a page tool or a box heading right under it ("This page is part of:") does not
    make it one. The box then stands above the title, which comes after its entries."""
    phrase = canonical_phrase(line.strip(_MARKUP_EDGES))
    return phrase in cues.menu_ends or phrase in cues.footer_column_headings


def _footer_column_heading(
    text: str,
    label_lines: list[tuple[int, tuple[int, int]]],
    line: str,
    count: int,
    span: tuple[int, int],
    cues: ChromeCues,
) -> tuple[int, tuple[int, int]] | None:
    """Where a council's footer column opens, when the run of chrome lines read up from a page's
    foot stops at short label lines over it: the column's heading ("Council and democracy", a
    listed footer heading) with one link line or more under it, either the topmost of those
    label lines or the line the run stopped at (a column of more links than the run's label
    lines allow). Returned as the run's count and span at the heading, so the whole column goes
    with the footer under it; None when no listed heading tops them. A chapter's closing short
    lines (Acts one a line) have no such heading over them (blind279)."""
    top_count, (top_start, top_end) = label_lines[-1]
    if (
        len(label_lines) >= 2
        and canonical_phrase(text[top_start:top_end].strip(_MARKUP_EDGES))
        in cues.footer_column_headings
    ):
        return top_count, (top_start, top_end)
    if (
        _is_label_line(line, MAX_TRAILING_LABEL_WORDS, leading=False)
        and canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.footer_column_headings
    ):
        return count, span
    return None


_TRAIL_SEPARATOR_LINE = frozenset({">", "\u203a", "\u00bb", "/", "|", "\u2192", "&gt;", ">>"})
"""A trail copied one step a line with its separators on lines of their own ("Home", ">",
"Children", ">", …): a separator alone on a line at the page's top is the trail's (decision
0239); a chapter never says one as a line of its own."""


def _is_trail_separator_line(line: str) -> bool:
    return line.strip() in _TRAIL_SEPARATOR_LINE


_TEMPERATURE = re.compile(r"(?<![\w.])-?\d{1,2}(?:\.\d)?[ \t]?\u00b0[ \t]?[CF]?(?![\w])")
MAX_WEATHER_WORDS = 10
"""A site's weather widget copied with the page ("12°C Light showers", "Weather: 9°C, cloudy"):
a short line holding a temperature, at the page's top where a chapter has not yet begun
(decision 0239)."""


def _is_weather_line(line: str) -> bool:
    return len(line.split()) <= MAX_WEATHER_WORDS and _TEMPERATURE.search(line) is not None


_EMERGENCY_HEADING = re.compile(
    r"\b(?:emergency|emergencies|urgent|urgently|worried|danger|concerned|concern)\b", re.IGNORECASE
)
"""The heading of a site's emergency strip, on its own line over the strip's call ("In an
emergency", "Worried about a child?"): a short line naming an emergency or a worry."""


def _heads_an_emergency_strip(text: str, span: tuple[int, int]) -> bool:
    return _EMERGENCY_HEADING.search(text[span[0] : span[1]]) is not None


def _asks_over_an_emergency_call(text: str, line: str, end: int) -> bool:
    """An emergency strip's heading asked as a question ("Worried about a child?") right over
    the strip's call ("If a child is in immediate danger, call 999. …"), at the page's top: the
    question mark makes it no label line, so without this the strip stopped the run of chrome
    and its call, the site's name and the trail were kept above the title (blind198)."""
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_HEAD_LINE
        and words.endswith("?")
        and _EMERGENCY_HEADING.search(words) is not None
        and _is_emergency_call(_next_filled_line(text, end))
    )


_PHOTO_CREDIT = re.compile(
    r"(?:photo(?:graph)?|image|picture|pic)(?:\s+credit)?\s*(?::|\u00a9|\s+by\b|\s+courtesy\s+of\b)"
    r"\s*\S.{0,80}",
    re.IGNORECASE,
)
"""A picture's credit or label line ("Photo: Jo Ambler for Wrexley Council", "Image credit:
…", "Picture courtesy of …"), as a page's hero image leaves it under the title."""
MAX_CAPTION_WORDS = 25
"""A hero image's caption is one short sentence."""


def _is_photo_credit(line: str) -> bool:
    words = line.strip(_MARKUP_EDGES + " ")
    return len(words) <= MAX_HEAD_LINE and _PHOTO_CREDIT.fullmatch(words) is not None


MIN_LABELLED_PICTURES = 3
"""As many picture lines as an easy-read page has at least: a picture beside each point."""


def _labels_pictures_throughout(text: str, filled: list[tuple[int, int]]) -> bool:
    """Whether the page labels a picture beside point after point ("Picture: a calendar", then
    "Picture: a front door" further down), as an easy-read page copied as text keeps its
    pictures' captions: those lines are the page's own, one beside each sentence, not a hero
    picture's credit under the title, and the sentence above one is no caption."""
    labels = 0
    for start, end in filled:
        if _is_photo_credit(text[start:end]):
            labels += 1
            if labels >= MIN_LABELLED_PICTURES:
                return True
    return False


def _is_captioned_picture(text: str, filled: list[tuple[int, int]], position: int) -> bool:
    """Whether the line is a hero picture's credit under the title, or the caption right above
    such a credit ("A young person and her foster carer plant seeds …" over "Photo: …"): the
    page's picture, not the chapter's words (decision 0293)."""
    start, end = filled[position]
    if _is_photo_credit(text[start:end]):
        return True
    if position + 1 >= len(filled):
        return False
    left, right = filled[position + 1]
    return (
        _is_photo_credit(text[left:right])
        and not text[start:end].lstrip().startswith("#")
        and len(text[start:end].split()) <= MAX_CAPTION_WORDS
    )


SITE_NAME_ZONE_LINES = 6
"""The first lines of a page copied as text among which the site's name stands."""


def _site_names(head: str) -> frozenset[str]:
    """The names the site gives itself in the chrome cut from the page's top (`head`): each of
    its first lines, and each two of them one over the other, as a footer joins them."""
    top = [
        " ".join(line.strip(_MARKUP_EDGES + " ").split())
        for line in head.split("\n")
        if line.strip()
    ][:SITE_NAME_ZONE_LINES]
    return frozenset(top) | {f"{upper} {lower}" for upper, lower in itertools.pairwise(top)}


def _says_the_site_name_again(line: str, names: frozenset[str]) -> bool:
    """Whether a line at the page's foot says again the site's name from the chrome above the
    chapter (`names`, see `_site_names`): "Grimsett County Council" over "Children's Services
    Policies and Procedures Manual" at the top, closing the page as one line. The site's
    footer, however many of the chapter's words the name holds (decision 0293). Only the chrome
    cut from the top counts, never the chapter's own title; a name of two words at least."""
    words = " ".join(line.strip(_MARKUP_EDGES + " ").split())
    return len(words.split()) >= 2 and words[-1:] not in ".;:!?" and words in names


MIN_DESCRIBED_NAME_WORDS = 3


def _describes_the_site_under_chrome(
    text: str, start: int, line: str, names: frozenset[str], cues: ChromeCues
) -> bool:
    """Whether a line at the page's foot is the footer's one sentence about the site's owner,
    opening with the name the site gave itself above the chapter ("The Westmarsh Safeguarding
    Children Partnership brings together the council, the police and the health board."), with
    a chrome line right above it ("Back to top"): between the site's lines, about the site. A
    chapter's own closing paragraph has the chapter's text above it, not the site's chrome."""
    words = " ".join(line.strip(_MARKUP_EDGES + " ").split())
    if not words.endswith(".") or len(_SENTENCE_STOPS.findall(words + " ")) != 1:
        return False
    bare = words[4:] if words.lower().startswith("the ") else words
    if not any(
        len(name.split()) >= MIN_DESCRIBED_NAME_WORDS and bare.startswith(name + " ")
        for name in names
    ):
        return False
    above = _filled_lines_before(text, start, 1)
    return bool(above) and is_chrome_line(above[0].strip(), cues)


def _is_player_control(text: str, start: int, end: int, cues: ChromeCues) -> bool:
    """Whether the line is a page reader's control ("Pause") in the run of controls right under
    the reader's button ("Listen", then "Play", "Pause", "Stop", "Speed"): the reader's toolbar
    copied one a line, whose bare words a chapter never sets on lines of their own there."""
    if canonical_phrase(text[start:end].strip(_MARKUP_EDGES)) not in cues.player_controls:
        return False
    for line in reversed(_filled_lines_before(text, start, MAX_BOX_LINES)):
        phrase = canonical_phrase(line.strip(_MARKUP_EDGES))
        if phrase in cues.player_openers:
            return True
        if phrase not in cues.player_controls:
            return False
    return False


MAX_TASK_DESCRIPTION_WORDS = 12
"""A task tile's description is a short line ("Council tax, parking fines and invoices")."""


def _filled_lines_before(text: str, start: int, count: int) -> list[str]:
    return [line for line in text[:start].splitlines() if line.strip()][-count:]


def _filled_lines_after(text: str, end: int, count: int) -> list[str]:
    return [line for line in text[end:].splitlines() if line.strip()][:count]


def _is_tile_verb(line: str, cues: ChromeCues) -> bool:
    return canonical_phrase(line.strip(_MARKUP_EDGES)) in cues.task_tiles


def _is_tile_description(line: str, cues: ChromeCues) -> bool:
    words = line.strip(_MARKUP_EDGES + " ").split()
    return (
        0 < len(words) <= MAX_TASK_DESCRIPTION_WORDS
        and not line.rstrip().endswith(".")
        and not _is_tile_verb(line, cues)
    )


def _is_task_tile(text: str, start: int, end: int, cues: ChromeCues) -> bool:
    """Whether the line at `start`..`end` is a bare task verb of a top-tasks grid ("Report"
    over "Potholes, missed bins and more", then "Pay" over its line): a tile's verb whose
    neighbour tile, above or below, is set out the same way. One verb alone is no grid."""
    if not _is_tile_verb(text[start:end], cues):
        return False
    below = _filled_lines_after(text, end, 3)
    above = _filled_lines_before(text, start, 2)
    return (
        len(below) >= 2
        and _is_tile_description(below[0], cues)
        and _is_tile_verb(below[1], cues)
        and (len(below) < 3 or _is_tile_description(below[2], cues))
    ) or (
        len(above) == 2
        and bool(below)
        and _is_tile_verb(above[0], cues)
        and _is_tile_description(above[1], cues)
        and _is_tile_description(below[0], cues)
    )


def _describes_a_task_tile(text: str, start: int, end: int, cues: ChromeCues) -> bool:
    """Whether the line is the description under a top-tasks grid's tile (see `_is_task_tile`)."""
    above = _filled_lines_before(text, start, 1)
    if not above or not _is_tile_description(text[start:end], cues):
        return False
    verb_end = text.rfind(above[0], 0, start) + len(above[0])
    return _is_task_tile(text, verb_end - len(above[0]), verb_end, cues)


MIN_SHORT_TRAIL_STEPS = 2


def _is_arrow_trail(line: str) -> bool:
    """A trail joined by arrows that starts below "Home" ("Children and families >
    Safeguarding and social care"): two or more capitalised crumbs. Asked only under chrome at
    the page's top, where a chapter's sentence does not yet stand (decision 0239)."""
    items = _ARROW_SEPARATORS.split(line.strip())
    return len(items) >= MIN_SHORT_TRAIL_STEPS and all(_is_crumb(item) for item in items)


def _is_category_label_under_trail(above: str, line: str, cues: ChromeCues) -> bool:
    """A page's category label ("Policy", "Procedure chapter") right under the site's trail:
    the kind of page the site files it as, set over the page's title (decision 0239)."""
    return canonical_phrase(line) in cues.category_labels and (
        is_breadcrumb(above.strip()) or _is_arrow_trail(above)
    )


def _is_search_placeholder(above: str, line: str) -> bool:
    """Whether `line`, right under the search box's label or button copied as a line of its own
    ("Search", "Search this site"), is the box's placeholder text as the page shows it: a
    prompt of a few words asking a question or trailing off ("What are you looking for?",
    "Type here to search…", "Find a procedure...") at the top of a page copied as text."""
    if _SEARCH_BOX.fullmatch(canonical_phrase(above.strip(_MARKUP_EDGES))) is None:
        return False
    words = line.strip(_MARKUP_EDGES + " ").split()
    if not 0 < len(words) <= MAX_PLACEHOLDER_WORDS:
        return False
    return _PLACEHOLDER_END.search(line.rstrip()) is not None


def _is_search_button(above: str, line: str) -> bool:
    """Whether `line` is a search box's button copied on a line of its own ("Go", "Find"), right
    under the box's label or prompt, itself a chrome line naming a search ("Enter a search
    term", "Search keywords"), at the top of a page copied as text. Alone, such a word could be
    anyone's; under a search label it is the box's."""
    return (
        canonical_phrase(line.strip(_MARKUP_EDGES)) in _SEARCH_BUTTONS
        and _NAMES_A_SEARCH.search(above) is not None
    )


_SEARCH_BUTTONS = frozenset({"go", "find", "submit", "search", "ok"})
_NAMES_A_SEARCH = re.compile(r"\b(?:search|keywords?)\b", re.IGNORECASE)


MAX_PLACEHOLDER_WORDS = 8
"""A search box's placeholder is a short prompt; a longer line is the page's own words."""
_PLACEHOLDER_END = re.compile(r"(?:\?|…|\.\.\.)$")
"""A prompt asks ("What are you looking for?") or trails off ("Type here to search…")."""


MAX_MEGA_MENU_LINES = 60
"""A site's menu copied whole (a mega-menu's columns of links, one a line) is at most this long."""

_MANUAL_NAME = re.compile(
    r"[A-Z][\w'\u2019&-]*\s+(?:(?:[A-Z][\w'\u2019&-]*|and|of|for|&)\s+){0,6}"
    r"(?:Procedures\s+)?(?:Manual|Handbook)",
    re.UNICODE,
)
"""A procedures manual's own name ("Lowthorne Children's Services Procedures Manual",
"Orrinford Council Children's Services Manual", "Draymoor Safeguarding and Children's Services
Procedures Manual", decision 0324): capitalised words, joined by "and", "of" or "for", ending in
"Manual" or "Handbook". A chapter about the manual says which ("About this Manual") and fails
the capitals."""

_RUNNING_HEADER = re.compile(
    r"(?P<owner>[A-Z][\w'\u2019&-]*(?:[ ][A-Z][\w'\u2019&-]*){0,4})(?:\t+|[ ]{3,})(?P<manual>\S.*)"
)
"""A Word file's running header as a text extractor writes it on the first line: the council's
name, a tab (or the spaces it became) to the next tab stop, then the manual's name
("Wrayton Borough Council<tab>Children's Social Care Procedures Manual")."""


def _is_running_header_line(line: str) -> bool:
    """Whether `line` is a Word file's running header (`_RUNNING_HEADER`) naming the manual: two
    fields set apart by tab stops, the second a manual's name. A manual's name alone over the
    title stays (decision 0324's tests): only the header's tab-set shape marks it as the
    file's header, which a text extractor writes once, above the body."""
    found = _RUNNING_HEADER.fullmatch(line.strip())
    return found is not None and _MANUAL_NAME.fullmatch(found.group("manual").strip()) is not None


_CHAPTER_NUMBER_LINE = re.compile(
    r"(?:chapter|section)?\s*\d{1,2}(?:\.\d{1,2})+\.?|(?:chapter|section)\s+\d{1,2}\.?", re.I
)
"""A line that is only the chapter's number ("Chapter 3.1.4", "4.1.2"): printed over the title,
it is part of the title, not the manual's."""


def _names_a_manual(line: str) -> bool:
    """Whether `line` is only a procedures manual's name (markup and a link aside)."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES + " ")
    return _MANUAL_NAME.fullmatch(words) is not None


def _names_only_a_manual(text: str, label_lines: list[tuple[int, tuple[int, int]]]) -> bool:
    """Whether the label lines above a page tool are a procedures manual's name alone
    ("Corlingham Children's Social Care Procedures Manual" over "Print", "Translate"): the
    manual's header and its tools, not a chapter's title over the chapter's tools, since a
    chapter is never called a manual (decision 0324). The chrome run goes on past them."""
    return len(label_lines) == 1 and _names_a_manual(text[slice(*label_lines[0][1])])


def _is_heading_line(line: str) -> bool:
    """A short line that is no sentence and carries no date: the shape of a page's title."""
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words.split()) <= MAX_TITLE_WORDS
        and words[-1] not in _SENTENCE_ENDS
        and _YEAR.search(words) is None
    )


def _heads_its_own_contents(text: str, end: int) -> bool:
    """Whether the line ending at `end` has the chapter's own contents list right under it: a
    contents heading ("Contents") whose first entry stands again further down as a line of its
    own, the heading it lists. That marks the line as the chapter's title, so a manual's name
    right above it is the manual's (decision 0211)."""
    lines = (
        (start, line_end)
        for start, line_end in _lines(text, min(end + 1, len(text)), len(text))
        if text[start:line_end].strip()
    )
    heading, entry = next(lines, None), next(lines, None)
    if heading is None or entry is None:
        return False
    words = text[heading[0] : heading[1]].strip(_MARKUP_EDGES + " :").lower()
    listed = text[entry[0] : entry[1]].strip(_MARKUP_EDGES + " ")
    if words not in _CONTENTS_HEADINGS or not listed:
        return False
    again = re.compile(rf"^[ \t#*_]*{re.escape(listed)}[ \t*_]*$", re.MULTILINE)
    return again.search(text, entry[1]) is not None


MIN_CHAPTER_LIST_ENTRIES = 2
"""The fewest short lines that make a list of the manual's chapters over a numbered title."""
_TITLE_NUMBER = re.compile(r"[\s*_#>-]*(?P<number>\d+(?:\.\d+)*)\.?\s+\S")


def _chapter_list_over_numbered_title(
    text: str, label_lines: list[tuple[int, tuple[int, int]]], line: str
) -> int:
    """How many of the short lines between the site's chrome and the chapter's numbered title
    (`line`, or a short one among `label_lines`) are a list of the manual's chapters printed
    without its box heading ("Introduction to the manual", "Working with partner agencies",
    "Recording and case files" over "3. Children's Services Policies, Values and Principles");
    0 when they are not. The title is numbered as one chapter among others (its number is no
    first section's, "1." or "1.1"), and at least `MIN_CHAPTER_LIST_ENTRIES` un-numbered lines
    over it name pages (`_names_a_page`). A manual's menu, as the same lines under "In this
    section" are; a chapter's own words never stand above its title."""
    lines = [text[start:end] for _count, (start, end) in label_lines] + [line]
    for position, candidate in enumerate(lines):
        found = _TITLE_NUMBER.match(candidate)
        if found is None:
            continue
        if (
            position < MIN_CHAPTER_LIST_ENTRIES
            or not _is_heading_line(candidate)
            or all(part in {"0", "1"} for part in found["number"].split("."))
        ):
            return 0
        entries = lines[:position]
        if not all(_names_a_page(entry) for entry in entries):
            return 0
        return position
    return 0


def _lines_down_to_numbered_title(text: str, end: int) -> bool:
    """Whether the lines after `end` are short un-numbered lines all the way down to a title
    numbered as one chapter among others (`_chapter_list_over_numbered_title`): a list of the
    manual's chapters longer than the few label lines a site's head otherwise holds."""
    for seen, (start, line_end) in enumerate(_lines(text, min(end + 1, len(text)), len(text))):
        line = text[start:line_end]
        if seen > MAX_MEGA_MENU_LINES or not line.strip():
            return False
        found = _TITLE_NUMBER.match(line)
        if found is not None:
            return _is_heading_line(line) and not all(
                part in {"0", "1"} for part in found["number"].split(".")
            )
        if not _is_label_line(line, MAX_LEADING_LABEL_WORDS, leading=True) or not _names_a_page(
            line
        ):
            return False
    return False


_WORD = re.compile(r"[^\W\d_]{2,}")


def _names_a_page(entry: str) -> bool:
    """Whether a short line of a list over a numbered title names a page of the manual: it
    holds a word (a bare number, "2.1", is a menu's numbering, not a name) and is neither this
    page's version nor the manual's own name."""
    return (
        _WORD.search(entry) is not None
        and _VERSION_IN_LINE.search(entry) is None
        and not _names_a_manual(entry)
    )


def _lists_chapters(text: str, label_lines: list[tuple[int, tuple[int, int]]]) -> bool:
    """Whether the short lines under a manual's name hold a numbered entry ("1. Introduction to
    the manual"): a menu of the manual's chapters, whose entries may name the page itself, so
    the line after them is no title; the menu rules judge it (`_after_a_menu_naming_the_page`)."""
    return any(_NUMBERED_ENTRY.match(text[start:end]) for _count, (start, end) in label_lines)


def _labels_above_numbered_title(
    text: str,
    label_lines: list[tuple[int, tuple[int, int]]],
    taken: int,
    last_taken: tuple[int, int],
) -> tuple[int, tuple[int, int]]:
    """The chrome run's end when a manual's name opens a copied page: the manual's name and the
    short lines under it (its tools: "Contents", "What's new", "Local keywords") go down to
    the chapter's title, but a line that is only the chapter's number right above the title
    ("Chapter 3.1.4") stays with it. The caller asks for more than the name alone: short lines
    under it, or a numbered title; a manual's name right over an unnumbered line with nothing
    else to mark that line as the title stays (decision 0120)."""
    start, end = label_lines[-1][1]
    kept = (
        label_lines[:-1] if _CHAPTER_NUMBER_LINE.fullmatch(text[start:end].strip()) else label_lines
    )
    return kept[-1] if kept else (taken, last_taken)


def _labels_above_title(
    text: str,
    label_lines: list[tuple[int, tuple[int, int]]],
    taken: int,
    last_taken: tuple[int, int],
) -> tuple[int, tuple[int, int]]:
    """The chrome run's end when the page's tools mark the line after the label lines as its
    title: the label lines (the site's or manual's name) go, but a last one that is only the
    chapter's number ("4.1", "Chapter 3.1.4") is printed over the title and stays with it."""
    start, end = label_lines[-1][1]
    if _CHAPTER_NUMBER_LINE.fullmatch(text[start:end].strip()) is None:
        return label_lines[-1]
    return label_lines[-2] if len(label_lines) > 1 else (taken, last_taken)


MIN_TRAIL_STEPS_OVER_TITLE = 2
"""The fewest steps a trail copied one a line has between "Home" and a title no tools mark."""


def _is_title_under_trail_steps(
    text: str,
    chrome_lines: list[str],
    label_lines: list[tuple[int, tuple[int, int]]],
    line: str,
    end: int,
) -> bool:
    """Whether `line` is the page's title under a breadcrumb trail copied one step a line
    ("Home", "Children and families", "Procedures manual", then "Policies, Values and
    Principles"): the site's chrome ends with the trail's first step alone on its line, the
    label lines after it are the trail's steps (short, capitalised, not ending in a joining
    word as a wrapped title's first line would), and `line` has a title's shape with the comma
    that keeps it from being a label line, with a sentence right under it. A line with no
    comma may be a step as well as a title, so it ends no trail here (its tools or stamp must
    mark it). One short line under "Home" may be the title over a comma heading, and a short
    line under the comma line may be the first heading, so both leave the lines alone
    (decisions 0117, 0160): two steps at least, and prose under the title."""
    if (
        len(label_lines) < MIN_TRAIL_STEPS_OVER_TITLE
        or not chrome_lines
        or _CRUMB_START.fullmatch(chrome_lines[-1].strip()) is None
    ):
        return False
    if not _prose_or_a_plain_heading_over_prose(text, end):
        return False
    words = line.strip(_MARKUP_EDGES + " ")
    if "," not in words or not _is_heading_line(line):
        return False
    steps = [text[start:end].strip() for _count, (start, end) in label_lines]
    return all(
        _is_crumb(step) and step.split()[-1].lower() not in _NAME_JOINING_WORDS for step in steps
    )


def _prose_or_a_plain_heading_over_prose(text: str, end: int) -> bool:
    """Whether the line after position `end` (a title's end) is a sentence, or a heading with
    no comma and a sentence right under it ("Changes to this chapter", then its note): the
    chapter's first heading under its title (decision 0220). A short line with a comma there
    may be a title or subtitle itself ("Our standards, in brief"), which leaves it open which
    of the two lines is the page's title (0117, 0194). A jump list under the line ("On this
    page" over the chapter's headings, one a line, its first entry said again as a line further
    down) marks the line as the page's title as a sentence does: a page lists its own headings
    under its own name (decision 0411)."""
    below_end = _next_filled_line_end(text, end)
    below = text[text.rfind("\n", 0, below_end) + 1 : below_end].strip(_MARKUP_EDGES + " ")
    if not below:
        return False
    if below[-1] in _SENTENCE_ENDS:
        return True
    if canonical_phrase(below) in _CONTENTS_HEADINGS:
        return _heads_its_own_contents(text, end)
    if "," in below or not _is_heading_line(below):
        return False
    after = _next_filled_line(text, below_end).strip(_MARKUP_EDGES + " ")
    return bool(after) and after[-1] in _SENTENCE_ENDS


def _next_filled_line_end(text: str, end: int) -> int:
    """Where the first line after position `end` that is not blank ends; the text's end when
    there is none."""
    for start, line_end in _lines(text, min(end + 1, len(text)), len(text)):
        if text[start:line_end].strip():
            return line_end
    return len(text)


def _labels_down_to_tooled_title(text: str, end: int, cues: ChromeCues) -> bool:
    """Whether the lines after `end`, below the site's own chrome, are short label lines all the
    way down to a title that the page's tools or stamp mark as the page's own ("Residents",
    "Council tax", … "Procedures manual", then "Policies, Values and Principles" over "Updated
    3 March 2025" and "Print"): a mega-menu and a trail copied one entry a line, longer than the
    few label lines a head otherwise holds. A sentence or a heading-like line before such a
    title ends it: then the lines are the chapter's. A breadcrumb trail right above the title
    marks it as well ("Home / Children and families", then "Policies, Values and Principles"
    over its amendment note, decision 0355): a site sets its trail over the page's own name.
    So does a trail copied one step a line, "Home" alone and its steps under it, right above a
    title that `_is_title_under_trail_steps` would take for the page's (a whole page read as
    text by a scraper, one link a line; decision 0378)."""
    seen = 0
    under_trail = False
    under_tools = False
    trail_steps: int | None = None
    for start, line_end in _lines(text, min(end + 1, len(text)), len(text)):
        line = text[start:line_end]
        if not line.strip():
            continue
        if is_chrome_line(line, cues):
            under_trail = is_breadcrumb(line.strip(_MARKUP_EDGES))
            trail_steps = 0 if _CRUMB_START.fullmatch(line.strip()) is not None else None
            under_tools = is_page_tool(line)
            continue
        seen += 1
        if seen > MAX_MEGA_MENU_LINES:
            return False
        if seen > MAX_LABEL_LINES and (
            _is_step_over_tooled_title(text, line, line_end, cues)
            or _is_tree_entry_said_again(text, line, line_end)
        ):
            under_tools = False
            continue
        if not _is_label_line(line, MAX_LEADING_LABEL_WORDS, leading=True):
            if (
                _is_titled_by_tools(text, line, line_end, cues)
                or (under_tools and _is_title_under_tools(text, start - 1, cues))
                or (under_trail and seen > MAX_LABEL_LINES and _is_heading_line(line))
                or (
                    trail_steps is not None
                    and trail_steps >= MIN_TRAIL_STEPS_OVER_TITLE
                    and "," in line
                    and _is_heading_line(line)
                    and _prose_or_a_plain_heading_over_prose(text, line_end)
                )
            ):
                return True
            if not _is_label_line(line, MAX_LEADING_LABEL_WORDS, leading=False):
                return False
            # a menu's entry with a comma ("Bins, recycling and waste"): the run goes on
        under_trail = under_tools = False
        if trail_steps is not None:
            trail_steps += 1
    return False


def _is_tree_entry_said_again(text: str, line: str, end: int) -> bool:
    """Whether `line`, deep in a long run of the site's short lines, is the page's own entry in
    the site's page tree or menu ("Policies, Values and Principles" among the tree's "1.
    Policies and values" and "Safeguarding thresholds"), said again, whole, as a line further
    down the same run: a site lists the page among its neighbours before the page's own head
    names it. Not a sentence, and said again within the run's reach."""
    words = canonical_phrase(line.strip(_MARKUP_EDGES))
    if not words or line.rstrip()[-1:] in _SENTENCE_ENDS or len(words.split()) > MAX_TITLE_WORDS:
        return False
    for count, (start, stop) in enumerate(_lines(text, min(end + 1, len(text)), len(text))):
        if count > MAX_MEGA_MENU_LINES:
            return False
        below = text[start:stop].strip()
        if below and _is_prose(below):
            return False
        if canonical_phrase(below.strip(_MARKUP_EDGES)) == words:
            return True
    return False


def _is_step_over_tooled_title(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """Whether `line`, deep in a long run of the site's short lines, is the last of them right
    above a title the page's tools mark ("Reading: policies, values and principles", a course's
    name for the activity, over "Policies, Values and Principles" and "Mark as done"): short,
    neither a sentence nor dated, and no title itself, since the line under it is the one the
    tools mark. Its comma keeps it from being a label line, not its place in the menu."""
    words = line.strip(_MARKUP_EDGES + " ")
    if (
        not words
        or len(words.split()) > MAX_TITLE_WORDS
        or words[-1] in _SENTENCE_ENDS
        or _YEAR.search(words) is not None
    ):
        return False
    below_end = _next_filled_line_end(text, end)
    below = text[text.rfind("\n", 0, below_end) + 1 : below_end]
    return (
        not is_chrome_line(below, cues)
        and not _is_label_line(below, MAX_LEADING_LABEL_WORDS, leading=True)
        and _is_titled_by_tools(text, below, below_end, cues)
    )


def _is_title_under_tools(text: str, end: int, cues: ChromeCues) -> bool:
    """Whether the page's tools ending at `end` stand above its title, not under it: the first
    line after them and the chrome lines with them is a title ("Share on Facebook", "Share by
    email", then "2.2 Policies, Values and Principles"), short, with the comma a site's name
    never has, not a sentence and undated. Then the short lines above the tools are the site's
    menu, not the title."""
    for start, line_end in _lines(text, min(end + 1, len(text)), len(text)):
        line = text[start:line_end]
        if not line.strip() or is_chrome_line(line, cues):
            continue
        words = line.strip(_MARKUP_EDGES + " ")
        return (
            "," in words
            and 0 < len(words.split()) <= MAX_TITLE_WORDS
            and words[-1] not in _SENTENCE_ENDS
            and _YEAR.search(words) is None
        )
    return False


def _is_titled_by_tools(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """Whether `line` is a title that the page's tools or controls right under it mark as the
    page's own ("Policies, Values and Principles" above "Print  Email  Share" or "Show all
    sections", or above the page's stamp "Updated: 4 March 2025"): short, not a sentence, and
    not itself a label line only because of its comma. A stamp is never the title, though the
    page's tools or a box heading follow it ("Last reviewed: 12 March 2026" over "Quick
    links"): the title is above it, with any byline between (blind241)."""
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words.split()) <= MAX_TITLE_WORDS
        and words[-1] not in _SENTENCE_ENDS
        and not _is_stamp_line(words)
        and not _is_stamp_banner(words)
        and (
            is_page_tool(below := _next_filled_line(text, end))
            or is_chrome_line(below, cues)
            or _is_stamp_banner(below)
            or _is_stamp_line(below)
        )
    )


MAX_FLAT_TRAIL_WORDS = 14
MAX_FLAT_STEP_WORDS = 4
_FLAT_TRAIL_PUNCTUATION = frozenset(".,;:!?()|>")


def _is_flattened_trail(line: str, chrome_lines: list[str]) -> bool:
    """A breadcrumb trail copied with its separators lost ("Home Children and families
    Children's social care procedures"), among the chrome lines at a page's top: it opens with
    "Home", has no punctuation a sentence or a title would have, and its first step after
    "Home" is an entry of the site's menu copied above it ("… Adult social care Children and
    families Housing …"). The menu is what tells a trail from a title that opens with the word
    ("Home Visits Policy"): the site's sections are where a trail's steps come from."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES + " ").split()
    if (
        not chrome_lines
        or not 3 <= len(words) <= MAX_FLAT_TRAIL_WORDS
        or words[0].lower() != "home"
        or any(mark in _FLAT_TRAIL_PUNCTUATION for word in words for mark in word)
    ):
        return False
    menus = [f" {' '.join(chrome.split())} " for chrome in chrome_lines]
    return any(
        f" {' '.join(words[1 : 1 + count])} " in menu
        for count in range(2, MAX_FLAT_STEP_WORDS + 1)
        if count < len(words)
        for menu in menus
    )


_THEMATIC_BREAK = re.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")
"""A markdown rule ("---", "* * *"), as a converter writes a page's `<hr>` above its footer."""


_DANGLING_SEPARATOR = re.compile(r"\s(?:[>\u203a\u00bb\u2192]|&gt;)\s*$")
_DANGLING_TRAIL_SEPARATOR = re.compile(r"\s(?:[>\u203a\u00bb\u2192/]|&gt;)\s*$")
"""A trail's separator at its line's end where the trail is already known to be one: an arrow,
or a labelled or "Home" trail's slash after a space ("he/she" in prose has none)."""


def _ends_wrapped_trail(chrome_lines: list[str], line: str) -> bool:
    """The last step of a breadcrumb trail that a converter wrapped after a separator
    ("[Home](/) > [Families](/families) >" then "Policies, Values and Principles"): the chrome
    line right above is a trail ending on an arrow, and this line is one short step."""
    if not chrome_lines:
        return False
    above = _MARKDOWN_LINK.sub(r"\1", chrome_lines[-1]).strip()
    dangling = _DANGLING_SEPARATOR.search(above)
    return (
        dangling is not None
        and is_breadcrumb(above[: dangling.start()])
        and _is_crumb(line)
        and _ARROW_SEPARATORS.search(line) is None
    )


def _ends_trail_wrapped_in_a_link(text: str, start: int, line: str) -> bool:
    """The rest of a breadcrumb trail that a converter wrapped inside a link's words ("[Home](/)
    / [Children, young people and" over "families](/children) / Policies and procedures"): the
    line right above ends inside a markdown link (a "[" after its last "]"), and the two lines
    joined are a trail. The line above may already be gone with the site's head."""
    if start == 0 or "](" not in line:
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1]
    if above.rfind("[") <= above.rfind("]"):
        return False
    joined = f"{above.rstrip()} {line.strip()}"
    return is_breadcrumb(_MARKDOWN_LINK.sub(r"\1", joined).strip())


def _under_home_alone(chrome_lines: list[str]) -> bool:
    """Whether the site's chrome so far holds "Home" alone on a line: the first step of a trail
    copied one step a line, whose last step is the page's name said again under it."""
    return any(_CRUMB_START.fullmatch(line.strip()) is not None for line in chrome_lines)


def _is_said_again_below(
    text: str,
    line: str,
    end: int,
    cues: ChromeCues | None = None,
    over_blank_lines: bool = False,
) -> bool:
    """A trail copied one step a line ("Home", "Children and families", "Policies, Values and
    Principles") ends with the page's name, which the page's title line right under it repeats:
    the trail's last step is the site's, the second line the chapter's. A line said twice only:
    a run of the same line (a list's items) is no trail, and a sentence said twice ("We listen
    to children.") is no trail's step. Only after the site's own chrome (the caller's `taken`):
    under a title, a label and a repeated line are the chapter's own. With `cues`, the page's
    tool rows between the step and the title ("Save as PDF | Send to a colleague", set at the
    foot of the site's head) are passed over: they part the two, they name nothing. With
    `over_blank_lines`, blank lines may part them too (a trail copied one step a line from
    "Home", decision 0582); otherwise a title set apart below a trail's last step is the page's
    own, the step above it the trail's end (decision 0146)."""
    if line.lstrip()[:1] in _LIST_MARKS:
        return False  # a list's items, not a trail's steps
    if line.rstrip()[-1:] in _SENTENCE_ENDS:
        return False
    words = canonical_phrase(line)
    tools_end = end if cues is None else _past_tool_rows(text, end, cues)
    below = _next_filled_line(text, tools_end)
    if not words or not _names_the_same(words, canonical_phrase(below)):
        return False
    start = end - len(line)
    before = text[:start].rstrip("\n").rsplit("\n", 1)[-1]
    title_at = end if tools_end == end and not over_blank_lines else text.find(below, tools_end)
    after_title = text.find("\n", title_at + 1)
    after = _next_filled_line(text, after_title) if after_title != -1 else ""
    return words not in (canonical_phrase(before), canonical_phrase(after))


SAME_NAME_END_WORDS = 3
"""The words a trail's short step and the title under it end on alike ("values and principles")."""


def _names_the_same(step: str, below: str) -> bool:
    """Whether the line under a trail's last step names the same page: the same words, or more
    of them ending on the step's own last words (the step "Policy, values and principles" over
    the title "Children's Services Policies, Values and Principles"; a trail shortens the name
    it repeats, never lengthens it; decision 0355). A line with a trail's separators under a
    title is the trail, not the title said again."""
    if step == below:
        return True
    if any(mark in below for mark in _TRAIL_SEPARATOR_LINE):
        return False  # the trail itself under a title printed above it
    step_words = re.findall(r"[\w'\u2019]+", step)
    below_words = re.findall(r"[\w'\u2019]+", below)
    return (
        len(step_words) >= SAME_NAME_END_WORDS
        and len(step_words) < len(below_words) <= MAX_TITLE_WORDS
        and step_words[-SAME_NAME_END_WORDS:] == below_words[-SAME_NAME_END_WORDS:]
    )


MAX_TRAIL_STEPS_TO_TITLE_SAID_TWICE = 4
"""Steps a trail copied one a line holds between "Home" and the page's name said twice."""


def _is_first_step_of_trail_to_title_said_twice(
    text: str, line: str, end: int, chrome_lines: list[str]
) -> bool:
    """Whether `line`, right under the trail's "Home", is the first step of a trail copied one
    step a line down to the page's name, which the title line right under it says again
    ("Home", "Children, families and education", "Children's social care", then the page's name
    twice; blind187, decision 0296). The steps are crumbs (short, capitalised, no sentence),
    one of them perhaps with the comma that otherwise keeps a line from being a label; the
    repeated name ends them (`_is_said_again_below`). Only under "Home": under a title, short
    lines are the chapter's headings."""
    if not chrome_lines or _CRUMB_START.fullmatch(chrome_lines[-1].strip()) is None:
        return False
    current, current_end = line, end
    for _step in range(MAX_TRAIL_STEPS_TO_TITLE_SAID_TWICE):
        if not _is_crumb(current.strip(_MARKUP_EDGES + " ")):
            return False
        if _is_said_again_below(text, current, current_end, over_blank_lines=True):
            return current is not line
        current_end = _next_filled_line_end(text, current_end)
        current = text[text.rfind("\n", 0, current_end) + 1 : current_end]
    return False


_MANUAL_PART = re.compile(r"(?:section|part)\s+\d{1,2}[a-z]?\s*[:.\-\u2013\u2014]\s+[A-Z]", re.I)
MAX_TITLE_WORDS = 12


def _is_manual_part_above_title(text: str, line: str, end: int) -> bool:
    """The manual's part holding the page, left of a trail as a line of its own under the
    site's chrome ("Section 1: Policies and Principles" above "Policies, Values and
    Principles"): a part's name, short, with a title line under it, un-numbered and not a
    sentence. Only right after the site's own chrome (the caller's `taken`, with no label line
    between): under a title, "Part 2: Our Values" is the chapter's heading."""
    words = line.strip(_MARKUP_EDGES + " ")
    if _MANUAL_PART.match(words) is None or not _is_crumb(words):
        return False
    below = _next_filled_line(text, end).strip(_MARKUP_EDGES + " ")
    return (
        0 < len(below.split()) <= MAX_TITLE_WORDS
        and below[-1] not in _SENTENCE_ENDS
        and not below[0].isdigit()
        and _MANUAL_PART.match(below) is None
    )


_LIST_MARKS = frozenset("-*+#>")
_SENTENCE_ENDS = frozenset(".!?;:")


MAX_COOKIE_NOTICE_LENGTH = 400
"""A consent banner's explanation may run past `MAX_CHROME_LINE` ("We use essential cookies to
make this site work. We would also like to use analytics cookies so that …")."""


def _is_cookie_notice(line: str) -> bool:
    """A cookie banner's sentences, copied as one line among the chrome lines at a page's top or
    bottom: short enough to be a notice, and about the site's cookies. Only at the page's edge:
    in the chapter, a sentence about cookies is the chapter's own."""
    return len(line) <= MAX_COOKIE_NOTICE_LENGTH and _COOKIES.search(line) is not None


COOKIE_PANEL_REACH = 6
"""Written lines under a line of a cookie consent panel within which the panel's next line about
cookies stands (a category's description and its toggle between two categories' names)."""
MAX_COOKIE_PANEL_WORDS = 30


def _in_cookie_panel(text: str, line: str, end: int, chrome_lines: list[str]) -> bool:
    """Whether a line at the page's top stands inside an open cookie consent panel: the chrome
    run's last few lines hold a line about cookies, and a line about cookies follows within a
    few lines. A preference centre
    copied open lists its categories ("Analytics cookies"), each over its toggle's state
    ("Off", "Always active") and a sentence on what it does that need not say "cookies"
    ("These help us count visits ..."), and closes on its buttons ("Save my preferences",
    "Accept all cookies"). Close between two of its cookie lines, a short line is the panel's;
    the chapter's own first line has no cookie line of the site's right under it."""
    if not any(_is_cookie_notice(above) for above in chrome_lines[-COOKIE_PANEL_REACH:]):
        return False
    if len(line.split()) > MAX_COOKIE_PANEL_WORDS:
        return False
    below = (
        text[start:stop]
        for start, stop in itertools.islice(
            (span for span in _lines(text, end + 1, len(text)) if text[span[0] : span[1]].strip()),
            COOKIE_PANEL_REACH,
        )
    )
    return any(_is_cookie_notice(later) for later in below)


_ALERT_NOTICE = re.compile(
    r"[\s*_#>]*(?:(?:[A-Za-z][\w'\-]*\s+){0,3}(?:alert|warning)"
    r"|(?:(?!(?:chapter|procedure|policy|page|document|manual|guidance)\b)[A-Za-z][\w'\-]*\s+)"
    r"{1,3}(?:notice|update|change|announcement|status))\s*:\s*[A-Z0-9]",
    re.IGNORECASE,
)
"""A site's notice label and the notice's first word: a label ending in "alert" or "warning"
("Alert:", "Severe weather warning:"), or a service's "update", "change", "notice" or
"announcement" with a word or more before it ("Service update:", "Important notice:"), or
a site's strip of how its services are running ("Service status: all services are running
normally."). A bare
"Update:", or a chapter's, page's or policy's ("Chapter update:"), is how a chapter labels its
own amendment note."""
MAX_ALERT_NOTICE_LENGTH = 300
_SPEAKS_OF_THE_PAGE = re.compile(
    r"\b(?:this|the) (?:chapter|page|procedure|policy|guidance|document)\b", re.IGNORECASE
)
_ALERT_MORE_LINK = re.compile(
    r"(?:(?:find out|read|learn|see) more|more information|more details)"
    r"(?: (?:about|on) (?:this|the) (?:change|changes|update|service|alert))?",
    re.IGNORECASE,
)
"""An alert banner's own link to the whole story ("Find out more", "Read more about this
change"), on its own line between the notice and the banner's close button."""


def _is_alert_notice(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """A site's alert banner copied as a line among the chrome lines at a page's top: a short
    label ending in "alert", "warning", "notice", "update", "change" or "announcement" and a
    colon, then its notice ("Alert: Our phone lines are very busy.", "Service update: the
    contact centre moves on 6 January."), with more of the site's chrome right under it (its
    "Close alert" button, the menu), or under the banner's own "Find out more" link. Under a
    title, a "Warning:" note followed by the chapter's words is the chapter's own. A notice
    with no label counts when the banner's close button is right under it (or under its more
    link): "Our offices are closed on 24 December." above "Close". A menu's or trail's link
    right under a labelled notice is the site's chrome too (a trail kept as a numbered list of
    links under "Service status: …")."""
    if len(line) > MAX_ALERT_NOTICE_LENGTH:
        return False
    below = _next_filled_line(text, end)
    if _ALERT_MORE_LINK.fullmatch(canonical_phrase(below)) is not None:
        below = _next_filled_line(text, text.find(below, end) + len(below))
    if canonical_phrase(below) in cues.dismiss_phrases:
        # a notice, not a title above a print view's "Close"; and the site's, not the chapter's
        # own note of its amendment that a page shows as a banner ("This chapter was updated …")
        return (
            line.rstrip()[-1:] in ".!?" or _ALERT_NOTICE.match(line) is not None
        ) and _SPEAKS_OF_THE_PAGE.search(line) is None
    return _ALERT_NOTICE.match(line) is not None and (
        is_chrome_line(below, cues)
        or _is_navigation_link(below)
        or _is_navigation_link(_LIST_NUMBER.sub("", below, count=1))
        or _is_site_name_over_chrome(text, below, _next_filled_line_end(text, end), cues)
    )


def _is_site_name_over_chrome(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """Whether `line` (ending at `end`), right under a labelled alert banner at a page's top, is
    the site's name over the site's own chrome ("Service alert: …", then "Ashby Council Staff
    Hub", then "Search this site"): a few capitalised words that say nothing, the masthead's
    name, with a chrome line right under it. The banner above a masthead is the site's, as one
    above its search box or menu is (blind373)."""
    words = line.strip(_MARKUP_EDGES + " ").split()
    return (
        0 < len(words) <= MAX_LOGO_LINE_WORDS
        and all(word[:1].isupper() or word in _NAME_JOINERS for word in words)
        and line.rstrip()[-1:] not in ".;:!?"
        and not any(character.isdigit() for character in line)
        and is_chrome_line(_next_filled_line(text, end), cues)
    )


_NAME_JOINERS = frozenset({"and", "of", "for", "the", "&"})


_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_BANNER_HEADING = re.compile(
    r"[\s*_#>]*(?:(?:[A-Za-z][\w'\-]*\s+){0,3}(?:alert|warning)"
    r"|(?:(?!(?:chapter|procedure|policy|page|document|manual|guidance)\b)[A-Za-z][\w'\-]*\s+)"
    r"{1,3}(?:notice|update|announcement))"
    r"(?:\s*(?:[-|:\u2013\u2014]|\u00b7)\s*"
    r"(?:(?:issued|updated|posted|published|last\s+updated)\s+(?:on\s+|at\s+)?)?"
    rf"(?:{_WEEKDAY},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Za-z]{{3,9}}\.?(?:,?\s+\d{{4}})?"
    r"(?:,?\s+(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)?)?[\s*_.]*",
    re.IGNORECASE,
)
"""A site banner's own heading on a line of its own: a label ending in "alert" or "warning"
("Cold weather alert", "Flood warning"), or a service's "notice", "update" or "announcement"
with a word before it that is not the chapter's ("Service update"), perhaps with the day the
banner was issued after a dash or colon ("Cold weather alert - issued Friday 28 November
2025", "Flood warning: updated 6 March at 7.30am"). The day is the banner's, not the page's."""
_BANNER_MORE_LINK = re.compile(
    r"(?:(?:find out|read|learn|see|get) more|more information"
    r"|latest (?:information|news|updates?))"
    r"(?: (?:about|on|for) (?:[\w'\-]+ ?){1,5})?",
    re.IGNORECASE,
)
"""A banner's link to the whole story, on its own line under the notice ("Find out more about
the cold weather", "More information on the road closures")."""
MAX_BANNER_NOTICE_SENTENCES = 3
"""A site banner's notice says what is happening in a sentence or three; more is prose."""


def _is_banner_notice(line: str) -> bool:
    """Whether `line` could be a site banner's notice under its heading: a short paragraph of
    a few whole sentences that does not speak of the chapter or page it stands above."""
    words = line.strip()
    return (
        0 < len(words) <= MAX_ALERT_NOTICE_LENGTH
        and words[-1:] in ".!?"
        and len(_SENTENCE_STOPS.findall(words)) < MAX_BANNER_NOTICE_SENTENCES
        and _SPEAKS_OF_THE_PAGE.search(words) is None
    )


def _closes_a_banner(line: str, cues: ChromeCues) -> bool:
    """Whether `line`, right under a banner's notice, is the banner's own end: its more link,
    its close button or the site's chrome that follows the banner."""
    phrase = canonical_phrase(line)
    return (
        _BANNER_MORE_LINK.fullmatch(phrase) is not None
        or phrase in cues.dismiss_phrases
        or is_chrome_line(line, cues)
    )


def _is_headed_banner(heading: str, notice: str, after: str, cues: ChromeCues) -> bool:
    return (
        _BANNER_HEADING.fullmatch(heading.strip()) is not None
        and _is_banner_notice(notice)
        and _closes_a_banner(after, cues)
    )


def _in_headed_banner(text: str, start: int, end: int, cues: ChromeCues) -> bool:
    """Whether the line at `start`..`end` belongs to a site banner copied at a page's top with
    a heading of its own: the heading line ("Cold weather alert - issued Friday 28 November
    2025"), its notice of a sentence or two, then the banner's more link, close button or the
    site's chrome under it. Each of the three lines is the banner's, wherever it is asked about:
    the heading is no title and its day dates nothing, and the notice is no chapter prose
    (`_is_alert_notice` knows the banner whose label and notice share one line)."""
    line = text[start:end]
    below = _filled_lines_after(text, end, 2)
    above = _filled_lines_before(text, start, 2)
    if len(below) == 2 and _is_headed_banner(line, below[0], below[1], cues):
        return True
    if above and below and _is_headed_banner(above[-1], line, below[0], cues):
        return True
    return (
        len(above) == 2
        and _BANNER_MORE_LINK.fullmatch(canonical_phrase(line)) is not None
        and _is_headed_banner(above[0], above[1], line, cues)
    )


_ARCHIVED_COPY = re.compile(
    r"[\s*_#>]*(?:"
    r"(?:you\s+are|you're|you\u2019re)\s+(?:viewing|looking\s+at|reading|seeing)\s+an?\s+"
    r"(?:archived|old|older|earlier|previous|superseded|out[\s-]of[\s-]date)\s+"
    r"(?:version|copy|edition|snapshot)"
    r"|this\s+is\s+an?\s+archived\s+(?:version|copy|edition|snapshot|page)"
    r"|this\s+(?:page|copy|version|snapshot)\s+(?:was|has\s+been|is)\s+(?:now\s+)?archived"
    r")\b",
    re.IGNORECASE,
)
"""A web archive's or a council site's notice that the page shown is an archived copy ("You are
viewing an archived version of this page", "This copy was archived on 9 January 2026. …"): the
site says it of the page, on every archived page, in none of the chapter's words; its day is
the day the copy was kept, not a day the chapter states."""


_WHOLE_SITE_STAMP = re.compile(
    r"[ \t*_]*(?:[\w'\u2019&-]+[ \t]+){0,5}?(?:manual|handbook|site|website|intranet|portal)"
    r"(?:[ \t]+(?:was|has[ \t]+been|content))?[ \t]+(?:last[ \t]+)?"
    r"(?:updated|reviewed|amended|modified|revised)[ \t]*:?[ \t]*(?:on[ \t]+)?"
    r"(?P<date>[^\n]{6,40})",
    re.IGNORECASE,
)
"""A stamp in a manual host's or site's top bar dating the whole manual or site ("Manual last
updated: 4 May 2026", "Website last reviewed 2 March 2026"): a few words ending in a noun
naming the whole, then the stamp's label and a date."""


def _is_whole_site_stamp(line: str) -> bool:
    """Whether `line`, at a page's top, is the manual's or site's own stamp (`_WHOLE_SITE_STAMP`)
    and nothing else: it dates every page the host serves, not this chapter (no `last_updated`
    is read from it, decision 0525), so with the top bar it stands in it is the site's chrome,
    and the manual's name above it goes with that bar (decision 0529)."""
    found = _WHOLE_SITE_STAMP.fullmatch(line.rstrip(" \t*_."))
    return found is not None and _YEAR.search(found["date"]) is not None


def _is_archived_copy_notice(line: str) -> bool:
    """Whether a whole line is a notice that the page is an archived copy: it opens so, and says
    at most a sentence or two more (how the content may have changed since)."""
    words = line.strip()
    return (
        len(words) <= MAX_ALERT_NOTICE_LENGTH
        and _ARCHIVED_COPY.match(words) is not None
        and len(_SENTENCE_STOPS.findall(words)) < MAX_BANNER_NOTICE_SENTENCES
    )


_LIST_NUMBER = re.compile(r"^(\d{1,2})[.)][ \t]+")
"""An ordered list's number opening a line ("1. "): a trail kept as a numbered list of links."""


def _is_numbered_trail_step(
    text: str, line: str, end: int, chrome_lines: list[str], cues: ChromeCues
) -> bool:
    """A step of a trail kept as a numbered list of links at a page's top ("1. [Home](/)", "2.
    [Children and families](/children)"): the first step is a chrome link ("Home"), each later
    one a link to another page numbered one on from the chrome line right above it, or the
    trail's last step naming the page unlinked, the title said again right under it. A
    chapter's own numbered contents links to places on the page (`_is_navigation_link` refuses
    them)."""
    stripped = line.strip()
    found = _LIST_NUMBER.match(stripped)
    if found is None:
        return False
    step = stripped[found.end() :]
    number = int(found.group(1))
    if number == 1:
        return _is_navigation_link(step) and (
            is_chrome_line(step, cues) or _links_to_the_sites_index(step)
        )
    above = _LIST_NUMBER.match(chrome_lines[-1].strip()) if chrome_lines else None
    if above is None or int(above.group(1)) != number - 1:
        return False
    if _is_navigation_link(step):
        return True
    title = canonical_phrase(_next_filled_line(text, end))
    return bool(title) and canonical_phrase(step) == title


_SITE_INDEX = re.compile(
    r"(?:https?://[^/\s()]+)?(?:\.{0,2}/)*(?:index\.(?:md|html?|php|aspx?))?", re.IGNORECASE
)
"""A link to a site's front page, whatever its words: its root, or its index file, as a wiki's
export links its trail's first step ("1. [Children's Services Manual](index.md)")."""


def _links_to_the_sites_index(step: str) -> bool:
    found = _LINK_ONLY.fullmatch(step.strip())
    target = found.group(2).strip() if found is not None else ""
    return bool(target) and _SITE_INDEX.fullmatch(target) is not None


_PHONE = r"(?:999|112|111|0\d{2,4}[ \d]{5,10}\d)"
_EMERGENCY_CALL = re.compile(
    rf"if\b[^.!?]{{0,120}}?[,\s](?:call|phone|ring|dial|contact)\b[^.!?]{{0,80}}?\b{_PHONE}\b",
    re.IGNORECASE,
)
"""A site's emergency or safeguarding banner: "If <a child is in danger>, call 999", "If you are
worried about a child, call the advice line on 01632 960 441"."""


def _is_tool_row(line: str, cues: ChromeCues) -> bool:
    """A site's or manual's row of tools joined by bars at the page's top ("Contents | What's
    new | Local resources"): three or more short capitalised items without figures, one of
    them a chrome phrase or a neighbour link ("Contents"). Only among the lines above the
    title: inside the chapter a barred row may be a table's. A row holding the page's own tools
    ("Issue 5 | Team leaders | Print this page") stands under the title and marks it as the
    page's (`is_page_tool`), so it is no manual's row above the title."""
    parts = [part.strip() for part in _TAB_SEPARATOR.split(line.strip(_MARKUP_EDGES + " "))]
    return (
        len(parts) >= MIN_TAB_STRIP_PARTS
        and all(
            _is_crumb(part)
            and len(part.split()) <= MAX_TAB_WORDS
            and not any(character.isdigit() for character in part)
            and not is_page_tool(part)
            for part in parts
        )
        and any(
            _is_chrome_link(part, cues) or canonical_phrase(part) in cues.neighbour_phrases
            for part in parts
        )
    )


_CLOSURE_NOTICE = re.compile(
    r"(?:(?:[\w'\u2019-]+\s+){0,2}[\w'\u2019-]+\s*:\s+)?"
    r"(?:[\w'\u2019-]+\s+){0,4}?(?:offices?|contact cent(?:re|er)s?|customer services?"
    r"|customer service cent(?:re|er)s?|(?:tele)?phone lines|helplines?|receptions?|buildings?"
    r"|libraries|switchboard)\s+(?:are|is|will be|will)\s+(?:closed|closing|close|shut)\b",
    re.IGNORECASE,
)
"""A site's notice that its offices, phone lines or buildings are closed ("Our offices are
closed on Monday 5 May.", "The council's contact centre will close at 2pm on 24 December."):
the council's opening hours, never a chapter's words, whatever dates it gives. The banner may
label it first, in up to three words and a colon ("Bank holiday closures: our offices …",
"Important: our phone lines …")."""


def _is_closure_notice(line: str) -> bool:
    """A banner line at a page's top telling the reader the council's offices are closed: its
    first words say so, it is short and a sentence, and it does not speak of the page or the
    chapter (a chapter's own note of a change is the chapter's, decision 0110). The caller asks
    for the site's chrome above or right under it: a chapter may open on its own offices'
    closing ("Our fostering offices will be closed on 24 and 25 December.", then its prose)."""
    words = line.replace("*", "").replace("_", " ").strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_ALERT_NOTICE_LENGTH
        and words[-1] in ".!?"
        and _CLOSURE_NOTICE.match(words) is not None
        and _SPEAKS_OF_THE_PAGE.search(words) is None
    )


_POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b")
"""A UK postcode ("MT4 6QP", "SW1A 2AA")."""
_HOURS = r"\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)"
_OPENING_HOURS = re.compile(rf"\b{_HOURS}\s*(?:to|until|till|-|\u2013)\s*{_HOURS}", re.IGNORECASE)
"""A span of opening hours ("9am to 5pm", "8.45am - 4.30pm")."""
MAX_OFFICE_FOOTER_LENGTH = 300


def _is_office_footer(line: str) -> bool:
    """A site footer's office line, among the chrome lines at a page's foot: an address with its
    postcode and the office's opening hours on one short line ("Council Offices, The Causeway,
    Tarrant Bridge MT4 6QP. Open Monday to Friday, 9am to 5pm."): every page of the site ends on
    it. Both are asked for: a chapter's closing contact line gives an address or a duty line's
    hours, seldom a building's postcode and its opening hours together. Only at the foot, in
    the run of chrome lines there: the caller asks for the trailing run."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_OFFICE_FOOTER_LENGTH
        and _POSTCODE.search(words) is not None
        and _OPENING_HOURS.search(words) is not None
    )


_REGISTRATION = re.compile(
    r"\b(?:(?:is|are)\s+(?:an?\s+)?(?:(?:wholly|jointly)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:company|charity|social\s+enterprise|mutual)\s+(?:(?:wholly|jointly)\s+)?owned\s+by"
    r"|(?:wholly|jointly)\s+owned\s+by"
    r"|registered\s+in\s+England(?:\s+and\s+Wales)?"
    r"|registered\s+charity\s+(?:number|no\.?)"
    r"|company\s+(?:registration\s+)?(?:number|no\.?)\s*:?\s*\d)",
    re.IGNORECASE,
)
"""An organisation's legal standing, as a site's footer states it: "... is a company owned by
Oldfield Council", "wholly owned by the council", "registered in England and Wales", "Registered
charity number 1100234", "Company number 09876543". A children's trust or a manual's publisher
says it on every page; a chapter states its duties, not its owner's company registration."""
MAX_REGISTRATION_FOOTER_LENGTH = 240


def _is_registration_footer(line: str) -> bool:
    """A footer's line stating the site owner's legal standing (`_REGISTRATION`), among the
    chrome lines at a page's foot: "Brackley Children's Trust is a company owned by Brackley
    Council.", "Ashfield Trust Limited, registered in England. Company number 10234567." Short,
    one or two sentences. Only at the foot, in the run of chrome lines there (the caller asks
    for the trailing run): the chapter's own lines stop above it."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_REGISTRATION_FOOTER_LENGTH and _REGISTRATION.search(words) is not None
    )


_CONSULTATION_NOTICE = re.compile(
    r"(?:this|the|our) consultation (?:has (?:now )?closed|is (?:now )?(?:closed|open|live)"
    r"|closed on|ran from|runs (?:from|until)|will close|closes on)\b",
    re.IGNORECASE,
)
"""A consultation page's note on where the consultation stands ("This consultation has now
closed. Thank you to everyone who took part.", "This consultation is open until 6 March.")."""


def _is_consultation_notice(line: str) -> bool:
    """A consultation page's note, above the chapter it consulted on, that the consultation is
    open or has closed: its first words say so, and it is short and a sentence. The page's
    record of the consultation, not the chapter (leading lines only, the caller: the chapter's
    own note of its amendment after a consultation, "Following the consultation, this chapter
    was amended ...", opens otherwise and stays, decision 0110)."""
    words = line.replace("*", "").replace("_", " ").strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_ALERT_NOTICE_LENGTH
        and words[-1] in ".!?"
        and _CONSULTATION_NOTICE.match(words) is not None
    )


def _heads_a_consultation_record(text: str, line: str, end: int) -> bool:
    """A consultation's own name over its record at a page's top ("Consultation: our children's
    services values and principles" above "Status: Closed", `_CONSULTATION_RECORD`): a short
    line, no sentence, heading the consultation, not the chapter whose title comes under the
    record and its notes (leading lines only, the caller)."""
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words) <= MAX_CHROME_LINE
        and words[-1] not in ".;!?"
        and _CONSULTATION_RECORD.fullmatch(
            canonical_phrase(_next_filled_line(text, end).strip(_MARKUP_EDGES))
        )
        is not None
    )


def _is_emergency_call(line: str) -> bool:
    """A banner line telling the reader whom to phone in an emergency, at the page's top: it
    opens with "If", names a call to a phone number and is short. The site's banner, set on
    every page; a chapter's own words come under its title."""
    words = line.replace("*", "").replace("_", " ").strip(_MARKUP_EDGES + " ")
    return len(words) <= MAX_ALERT_NOTICE_LENGTH and _EMERGENCY_CALL.match(words) is not None


_COUNCIL_NAME = (
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:(?:Borough|County|City|District|Metropolitan|Town)\s+)?"
    r"Council"
)
_ORGANISATION_NAME = (
    rf"(?:{_COUNCIL_NAME}|(?:[A-Z][\w'\u2019.-]*\s+){{1,5}}(?:Partnership|Board|Trust))"
)
"""A site's owner named on a line of its own: a council, or a safeguarding partnership, board
or trust that publishes a manual for its partners ("Westmarsh Safeguarding Children
Partnership")."""
_SITE_NAME_AND_TAGLINE = re.compile(
    rf"{_COUNCIL_NAME}\s*(?:[-|\u2013\u2014]|\u00b7)\s*(?P<tagline>[A-Za-z][^.!?:;]{{0,80}}?)\s*"
)
"""A council site's name and its tagline on one line, set apart by a dash, bar or dot, as a
copied page header keeps them
("Ashby Borough Council - here for you", "Orton County Council | Making Orton a better place
to live"): the site's banner, never a chapter's words."""
MAX_TAGLINE_WORDS = 10


def _is_site_name_and_tagline(line: str) -> bool:
    """A line at a page's top that is a council's name, a dash, bar or dot, and a short
    tagline with no sentence mark: the site's banner (leading lines only, and over more of the
    site's chrome: the caller; a chapter's title under the council's name, written in lower
    case, stands over the chapter's words)."""
    found = _SITE_NAME_AND_TAGLINE.fullmatch(
        _without_inner_emphasis(line.strip()).strip(_MARKUP_EDGES + " ")
    )
    return (
        found is not None
        and len(found.group("tagline").split()) <= MAX_TAGLINE_WORDS
        and not _is_title_cased(found.group("tagline"))
    )


def _is_site_name_over_page_heading(text: str, line: str, end: int) -> bool:
    """A council's name and a part of the council on one line, set apart by a dash, bar or dot
    ("Orton Council | Children and Families"), right above the page's first-rank heading: the
    site's banner, or a print view's logo line. A council's name before a title-cased name may
    be the chapter's title line (`_is_site_name_and_tagline`), but here the heading below names
    the chapter, so the line above it names the site."""
    found = _SITE_NAME_AND_TAGLINE.fullmatch(
        _without_inner_emphasis(line.strip()).strip(_MARKUP_EDGES + " ")
    )
    if found is None or len(found.group("tagline").split()) > MAX_TAGLINE_WORDS:
        return False
    below_end = _next_filled_line_end(text, end)
    below = text[text.rfind("\n", 0, below_end) + 1 : below_end].strip()
    return below.startswith("# ") and len(below) > len("# ")


_TITLE_SMALL_WORDS = _NAME_JOINING_WORDS | {"a", "an", "at", "by", "from", "in", "on", "or", "to"}
"""The short words a title leaves in lower case ("Values and Principles in Children's Services")."""


def _is_title_cased(words: str) -> bool:
    """Whether every word of `words` is capitalised but the words that join a name ("Policies,
    Values and Principles"): a title's or a name's casing. A tagline is written as a phrase
    ("here for you", "Making Orton a better place to live"), so a council's name before a
    title-cased line names the chapter it publishes ("Orton Council - Fostering Values")."""
    return all(
        word[:1].isupper() or not word[:1].isalpha() or word.lower() in _TITLE_SMALL_WORDS
        for word in words.replace(",", " ").split()
    )


def _is_tagline_under_site_name(
    text: str, above: tuple[int, int], line: str, end: int, cues: ChromeCues
) -> bool:
    """A council's (or partnership's) tagline on its own line right under the site's name
    ("Orton Council" over "Proud of our past, ready for our future"): short, no sentence mark,
    and the site's chrome (its search box, menu) right under it. A title under the name is no
    tagline: the chapter follows a title, not the site's chrome."""
    name = text[above[0] : above[1]].strip(_MARKUP_EDGES + " ")
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        re.fullmatch(_ORGANISATION_NAME, name) is not None
        and 0 < len(words.split()) <= MAX_TAGLINE_WORDS
        and not _is_title_cased(words)
        and words[-1] not in ".!?:;"
        and _is_chrome_or_banner_below(text, end, cues)
    )


def _is_chrome_or_banner_below(text: str, end: int, cues: ChromeCues) -> bool:
    """Whether the first filled line after position `end` is the site's: a chrome line, or
    another banner's notice (an alert with its close button under it, a closure notice over
    chrome), as a site stacks its banners ("Christmas closures: …" over "Service alert: …" over
    "Dismiss"). Looks one banner further down only, so the work stays bounded."""
    below_end = _next_filled_line_end(text, end)
    below = text[text.rfind("\n", 0, below_end) + 1 : below_end]
    if not below.strip():
        return False
    return is_chrome_line(below.strip(), cues) or _is_alert_notice(text, below, below_end, cues)


def _past_tool_rows(text: str, end: int, cues: ChromeCues) -> int:
    """The end of the last line of the page's tool rows right after position `end` (a line's
    end), blank lines between them passed; `end` itself where none follows. A tool row is a
    page tool, or a row parted by bars whose every part is one or a listed chrome phrase
    ("Print | Share", "Save as PDF  |  Send to a colleague"). A box's heading ("In this
    section") is no tool: the box under it may list the title, which is then the line above."""
    for start, line_end in _lines(text, min(end + 1, len(text)), len(text)):
        line = text[start:line_end]
        if not line.strip():
            continue
        parts = _NAVIGATION_SEPARATOR.split(line.strip(_MARKUP_EDGES + " "))
        if not (
            is_page_tool(line)
            or all(
                is_page_tool(part) or canonical_phrase(part.strip(_MARKUP_EDGES)) in cues.phrases
                for part in parts
            )
        ):
            break
        end = line_end
    return end


def _next_filled_line(text: str, end: int) -> str:
    """The first line after position `end` (a line's end) that is not blank, stripped."""
    for start, line_end in _lines(text, min(end + 1, len(text)), len(text)):
        line = text[start:line_end].strip()
        if line:
            return line
    return ""


def _is_menu_naming_next_line(text: str, line: str, end: int) -> bool:
    """A chapter menu copied as one row of short items, one of which is the line right under it
    ("Section 1: Values  Policies, Values and Principles  Case Recording  Supervision" above
    "Policies, Values and Principles"): the menu names the page, and the page's title follows."""
    parts = [part for part in _SPACED_SEPARATOR.split(line.strip()) if part]
    if len(parts) < MIN_SPACED_ROW_PARTS or not all(_is_crumb(part) for part in parts):
        return False
    title = canonical_phrase(_next_filled_line(text, end))
    return bool(title) and any(canonical_phrase(part) == title for part in parts)


MAX_SITE_HEAD_LINES = 8
"""The most lines a site's head (its name, menu, search box) may take above a breadcrumb."""


def _site_head_lines(
    text: str, lines: Iterable[tuple[int, int]], cues: ChromeCues
) -> tuple[int, int]:
    """How many of `lines` (from the top) are the site's head down to its breadcrumb trail
    ("Home > Children and families > Policies"): on a page printed from a browser or copied
    whole, the menu's links are a row of words with no separator left between them, and only
    the breadcrumb under them shows where the site's chrome ends. Lines above the breadcrumb
    count only while none of them is prose (a sentence or a long line), a heading or the page's
    title (the breadcrumb's last item), and some are chrome; else 0. Also returns where the
    breadcrumb's line ends (0 with no head)."""
    seen: list[str] = []
    chrome = 0
    promo_sentences = 0
    filled = [(start, end) for start, end in lines if text[start:end].strip()]
    for index, (start, end) in enumerate(filled):
        line = text[start:end].strip()
        words = _PRINTED_ADDRESS.sub("", _MARKDOWN_LINK.sub(r"\1", line)).strip()
        words = words.strip(_EMPHASIS_EDGES)
        if _is_trail_to_next_line(text, words, end):
            return (_count_with_blanks(text, filled, index), end) if chrome else (0, 0)
        if is_breadcrumb(words):
            page_title = canonical_phrase(_CRUMB_SEPARATORS.split(words)[-1])
            above = {canonical_phrase(label.strip(_MARKUP_EDGES)) for label in seen}
            if chrome and page_title not in above:
                return _count_with_blanks(text, filled, index), end
            return 0, 0
        if (
            is_chrome_line(line, cues)
            or _is_navigation_link(line)
            or _holds_skip_link(line, cues)
            or _asks_over_an_emergency_call(text, line, end)
            or _is_emergency_call(line)
        ):
            chrome += 1
            continue
        seen.append(words)
        if _is_promo_sentence(text, filled, index) and not promo_sentences:
            promo_sentences += 1
            continue
        if (
            len(seen) > MAX_SITE_HEAD_LINES
            or line.startswith("#")
            or len(line) > MAX_CHROME_LINE
            or line[-1] in ".;:!?"
        ):
            return 0, 0
    return 0, 0


def _count_with_blanks(text: str, filled: list[tuple[int, int]], index: int) -> int:
    """How many lines, blank ones too, run from the top of `text` to the end of its `index`th
    filled line: the count `_site_head_lines` returns of every line, not only the filled."""
    return text.count("\n", 0, filled[index][1]) + 1


MAX_PROMO_SENTENCE = 120
"""The longest line a site's promotion box under its heading describes itself in."""


def _is_promo_sentence(text: str, filled: list[tuple[int, int]], index: int) -> bool:
    """Whether the `index`th filled line is the one sentence of a site's promotion box in its
    head ("Find your nearest family hub" / "Family hubs give free help to …" / "Find a family
    hub", decision 0306): a short sentence between a short heading line and a short link line
    of its own, neither ending as a sentence, the link not the breadcrumb. The chapter's own
    prose is never boxed so above the site's trail."""
    if index == 0 or index + 1 >= len(filled):
        return False
    line = text[filled[index][0] : filled[index][1]].strip()
    heading = text[filled[index - 1][0] : filled[index - 1][1]].strip()
    link = text[filled[index + 1][0] : filled[index + 1][1]].strip()
    return (
        len(line) <= MAX_PROMO_SENTENCE
        and line[-1] == "."
        and line.count(". ") == 0
        and all(
            0 < len(short.split()) <= MAX_CRUMB_WORDS
            and short[-1] not in ".;:!?"
            and not is_breadcrumb(short)
            for short in (heading, link)
        )
    )


_PRINTED_ADDRESS = re.compile(r"\s*\((?:https?://|www\.|/|#)[^\s()]*\)")
"""A link's address in brackets after its words, as a print stylesheet writes it (`a[href]:after
{ content: " (" attr(href) ")" }`): "Home (https://www.example.gov.uk/) / Children and families
(/children)". A trail's steps are read without them."""


_EMPHASIS_EDGES = " \t*_"
"""The bold or italic marks around a line's words ("**Home > Procedures**": a trail's links set
apart by a printed page's colour or weight)."""
_SKIP_LINK_OPENINGS = ("skip ", "jump to ")
OVERLAY_ZONE_LINES = 14
"""The most filled lines a page's open pop-ups and banners take above its skip link."""


def _is_skip_link(line: str, cues: ChromeCues) -> bool:
    """A line that is a skip link and nothing else ("Skip to main content")."""
    words = canonical_phrase(line.strip(_MARKUP_EDGES))
    return words.startswith(_SKIP_LINK_OPENINGS) and words in cues.phrases


def _past_overlays_above_skip_link(text: str, cues: ChromeCues) -> int:
    """Where a skip link starts when a few lines stand above it at a page's top, and the
    site's head (its name, menu or search: a short line that is no sentence) follows it; else
    0. A skip link is the first thing a page's own body holds, so what a copy shows above it
    is laid over the page: a cookie banner, a survey's pop-up ("Help us improve ...", "Start
    the survey", "No thanks"), a notice left open, whatever their words. A title above a skip
    link that the chapter's prose follows is the chapter's (the copy began at its heading), and
    a line above it speaking of the chapter ("while this chapter is revised") is read as it is
    by the alert rules."""
    filled = [span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip()]
    for index, (start, end) in enumerate(filled[: OVERLAY_ZONE_LINES + 1]):
        if not _is_skip_link(text[start:end], cues):
            continue
        if index == 0 or index + 1 >= len(filled):
            return 0
        if any(_SPEAKS_OF_THE_PAGE.search(text[a:b]) for a, b in filled[:index]):
            return 0  # a note of the chapter's own shown as a banner stays to be read
        below = text[filled[index + 1][0] : filled[index + 1][1]].strip()
        if len(below) > MAX_HEAD_LINE or below[-1] in ".;:!?":
            return 0
        return start
    return 0


MAX_NOTICE_UNDER_SKIP_LINK_SENTENCES = 3
SITE_CHROME_REACH = 3
"""How many lines under a notice the site's chrome shows that the notice is the site's."""


def _is_notice_under_skip_link(text: str, line: str, end: int, cues: ChromeCues) -> bool:
    """A site's notice right under its skip link, over the rest of its head ("STAFF ONLY: You
    are viewing the staff intranet. Do not share these pages."): one to three sentences with
    the site's chrome (its search, sign-in, menu) within a few lines under it. The skip link
    leaps over the site's head, and the notice is the head's; the chapter's own prose under a
    skip link has more prose under it, and a note of the chapter's amendment ("This chapter
    was updated ...") is the chapter's."""
    words = line.strip()
    if (
        not words
        or len(words) > MAX_ALERT_NOTICE_LENGTH
        or words[-1] not in ".!?"
        or len(_SENTENCE_STOPS.findall(words + " ")) > MAX_NOTICE_UNDER_SKIP_LINK_SENTENCES
        or _SPEAKS_OF_THE_PAGE.search(words) is not None
    ):
        return False
    below = [
        text[start:stop].strip()
        for start, stop in itertools.islice(
            (span for span in _lines(text, end + 1, len(text)) if text[span[0] : span[1]].strip()),
            SITE_CHROME_REACH,
        )
    ]
    return any(is_chrome_line(later, cues) for later in below)


def _holds_skip_link(line: str, cues: ChromeCues) -> bool:
    """A site's head printed as one line: the logo's alt text, the skip link and the menu's
    links run together by a browser's print ("Eastmere Council logo Skip to main content Home
    Services Contact us"). A chapter never tells its reader to skip to the content, so a short
    line that is no sentence and holds a skip-link phrase among its words is the site's."""
    words = canonical_phrase(line.strip(_MARKUP_EDGES))
    if not words or len(line) > MAX_CHROME_LINE or line.rstrip()[-1] in ".;:!?":
        return False
    padded = f" {words} "
    return any(phrase in padded for phrase in _padded_skip_links(cues.phrases))


@cache
def _padded_skip_links(phrases: frozenset[str]) -> tuple[str, ...]:
    """The skip links among the chrome `phrases` ("skip to main content"), each with a space on
    either side to be found as whole words: picked from the cues once, not again for every line
    `_holds_skip_link` reads (decision 0471)."""
    return tuple(
        f" {phrase} " for phrase in sorted(phrases) if phrase.startswith(_SKIP_LINK_OPENINGS)
    )


def _is_trail_to_next_line(text: str, words: str, end: int) -> bool:
    """A trail joined by arrows whose last step is the line right under it ("Children's
    procedures > Core policies > Policies, Values and Principles" above "Policies, Values and
    Principles"; "Contents > 1. Policies > 1.1 Values" above "1.1 Values"): the page's title
    repeated under its trail, whatever the trail's first step is called or how it is cased.
    Slashes join such a trail too when it has three steps or more, each a capitalised crumb
    ("Children and families / Procedures / Policies, Values and Principles"): prose joins two
    words with a slash ("he / she"), not a run of names ending at the next line. A page stamp
    may stand between the trail and the title ("Updated: 12/03/2025")."""
    items = _ARROW_SEPARATORS.split(words)
    if len(items) < 2:
        items = _SLASH_SEPARATORS.split(words)
        if len(items) < MIN_ARROW_CRUMB_ITEMS or not all(_is_crumb(item) for item in items):
            return False
    if not all(
        0 < len(item) <= MAX_CRUMB_LENGTH
        and len(item.split()) <= MAX_CRUMB_WORDS
        and item[-1] not in ".;!?"
        for item in (item.strip() for item in items)
    ):
        return False
    next_line = _next_filled_line(text, end)
    if _is_stamp_line(next_line):
        next_line = _next_filled_line(text, text.find(next_line, end) + len(next_line))
    title = canonical_phrase(next_line)
    return bool(title) and (
        canonical_phrase(items[-1]) == title or _numbered_under(next_line, items[-1])
    )


_SLASH_SEPARATORS = re.compile(r"\s+/\s+")
MAX_STAMP_LINE = 60


def _is_stamp_line(line: str) -> bool:
    """A short dated line that is not a sentence: a page's stamp ("Updated: 12/03/2025")."""
    return (
        0 < len(line) <= MAX_STAMP_LINE
        and _YEAR.search(line) is not None
        and line.rstrip()[-1] not in ".;!?"
    )


_SECTION_NUMBER = re.compile(
    r"[\s*_#]*(?:(?:section|chapter|part)\s+)?(\d+(?:\.\d+)*)\b", re.IGNORECASE
)


def _numbered_under(title: str, step: str) -> bool:
    """Whether the line under a trail is numbered as a part of the trail's last step ("3.1
    Values" above "3.1.4 Policies, values and principles"; "Section 2" above "2.3 Fostering"):
    the trail stops at the manual's section that holds the page, and the page's title follows."""
    parent, child = _SECTION_NUMBER.match(step.strip()), _SECTION_NUMBER.match(title.strip())
    return (
        parent is not None
        and child is not None
        and child.group(1).startswith(parent.group(1) + ".")
    )


def _after_leading_chrome(text: str, cues: ChromeCues) -> int:
    """Where the first real line starts, when chrome lines come before it; else 0."""
    skipped = _past_document_title(text)
    if skipped:
        return skipped + _after_leading_chrome(text[skipped:], cues)
    skipped = _past_clipping_excerpt(text, cues)
    if skipped:
        return skipped + _after_leading_chrome(text[skipped:], cues)
    skipped = _past_widgets_over_trail_to_title_said_twice(text)
    if skipped:
        return skipped + _after_leading_chrome(text[skipped:], cues)
    skipped = _past_overlays_above_skip_link(text, cues)
    if skipped:
        return skipped + _after_leading_chrome(text[skipped:], cues)
    head, head_end = _site_head_lines(text, _lines(text, 0, len(text)), cues)
    rest = itertools.islice(_lines(text, 0, len(text)), head, None)
    taken, (_start, last_end) = _chrome_run(text, rest, cues, MAX_LEADING_LABEL_WORDS, leading=True)
    if not taken:
        taken, last_end = head, head_end
    if not taken:
        return 0
    above = text[text.rfind("\n", 0, last_end) + 1 : last_end]
    if canonical_phrase(above.strip(_MARKUP_EDGES)) in cues.box_headings and _links_above_heading(
        text, last_end
    ):
        # a sidebar's box heading ("In this section") printed above the chapter: the box
        # stays for `strip_chrome_boxes`, which takes its heading with its links
        return text.rfind("\n", 0, last_end) + 1
    last_end = _end_of_wrapped_trail(text, above, last_end)
    position = _past_blank_lines(text, last_end + 1)
    label_end = text.find("\n", position)
    label_end = len(text) if label_end < 0 else label_end
    if _is_category_label_under_trail(above, text[position:label_end], cues):
        position = _past_blank_lines(text, label_end + 1)  # the site's head ended at its trail
    return min(_after_trail_under_site_widgets(text, position), len(text))


_DOCUMENT_TITLE = re.compile(
    r"[ \t]*(?P<title>\S[^\n]*?)[ \t]+[|\u2013\u2014-][ \t]+(?P<site>[A-Z][^\d|\n]{1,60}?)[ \t]*"
)
"""A page's document title as the browser's tab shows it, the site's name after a bar or dash
("Policies, Values and Principles | Tansworth Council")."""
DOCUMENT_TITLE_ZONE_LINES = 20
"""The first filled lines looked at for the page's own title said again under its tab title."""


MAX_EXCERPT_LINES = 6
"""A clipper's excerpt quotes the page's one-sentence summary: a few quoted lines at most."""
_QUOTED = re.compile(r"[ \t]{0,3}>")
_THEMATIC_BREAK = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")


def _past_clipping_excerpt(text: str, cues: ChromeCues) -> int:
    """Past a page clipper's excerpt at the head of its export: a short quote whose first line
    is a listed label alone ("> ## Excerpt", `ChromeCues.excerpt_headings`) over the page's
    summary, and the rule under it. A browser extension writes it from the page's meta
    description above the page it copies; a chapter quoting something opens with the quoted
    words, not with a label over them. 0 where the text does not open so."""
    lines = _lines(text, 0, len(text))
    first = next((span for span in lines if text[span[0] : span[1]].strip()), None)
    if first is None or not _QUOTED.match(text, first[0], first[1]):
        return 0
    label = canonical_phrase(text[first[0] : first[1]].strip(_MARKUP_EDGES))
    if label not in cues.excerpt_headings:
        return 0
    end = first[1]
    quoted = 1
    for start, line_end in lines:
        if not _QUOTED.match(text, start, line_end):
            if text[start:line_end].strip():
                if _THEMATIC_BREAK.fullmatch(text, start, line_end):
                    end = line_end
                break
            continue
        quoted += 1
        if quoted > MAX_EXCERPT_LINES:
            return 0
        end = line_end
    return _past_blank_lines(text, end + 1)


def _past_document_title(text: str) -> int:
    """Past the first line when it is the page's document title (`_DOCUMENT_TITLE`) and the
    title is said again alone on a line below it, as a text taken from the whole page gives it:
    the `<title>` element, site name and all, comes before the menus, and the page's heading
    under them is the chapter's title. So too when the site's address stands alone right under
    it, as a reader view heads its copy (the address then goes as the site's badge, decision
    0516). 0 where the first line is not such a title."""
    lines = (span for span in _lines(text, 0, len(text)) if text[span[0] : span[1]].strip())
    first = next(lines, None)
    if first is None:
        return 0
    found = _DOCUMENT_TITLE.fullmatch(text[first[0] : first[1]])
    if found is None:
        return 0
    title = canonical_phrase(found["title"].strip(_MARKUP_EDGES))
    if not title or title == canonical_phrase(found["site"]):
        return 0
    below = list(itertools.islice(lines, DOCUMENT_TITLE_ZONE_LINES))
    if below and _SITE_ADDRESS.fullmatch(
        canonical_phrase(text[below[0][0] : below[0][1]].strip(_MARKUP_EDGES))
    ):
        return _past_blank_lines(text, first[1] + 1)  # a reader view's head: title, address
    for start, end in below:
        if canonical_phrase(text[start:end].strip(_MARKUP_EDGES)) == title:
            return _past_blank_lines(text, first[1] + 1)
    return 0


def _past_widgets_over_trail_to_title_said_twice(text: str) -> int:
    """Where a trail copied one step a line begins ("Home", "Children and young people", then
    the page's name, which the title line right under it says again), when only the site's
    short lines stand above it: its name, a promotion of another service (a heading, one short
    sentence, a button: "Pay your council tax by Direct Debit"). The name said twice under a
    trail from "Home" marks the page's head as surely as tools do, and a chapter's own words
    never come before its title; so what stands above the trail is the site's, sentence or not
    (decision 0332 left this open). 0 when the text opens otherwise: the trail is not within
    `MAX_WIDGET_ZONE_LINES` lines, a line above it is long (`MAX_HEAD_LINE`), or it does not
    lead to the name said twice."""
    filled = 0
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        filled += 1
        if filled > MAX_WIDGET_ZONE_LINES or len(line) > MAX_HEAD_LINE:
            return 0
        if filled == 1 or _CRUMB_START.fullmatch(line) is None:
            continue
        step_end = _next_filled_line_end(text, end)
        step = text[text.rfind("\n", 0, step_end) + 1 : step_end]
        if _is_first_step_of_trail_to_title_said_twice(text, step, step_end, [line]):
            return start
        return 0
    return 0


def _is_comma_step_of_trail_to_tooled_title(
    text: str, line: str, end: int, chrome_lines: list[str], cues: ChromeCues
) -> bool:
    """Whether `line`, right under the trail's "Home", is a first step with a comma ("Children,
    families and education") of a trail copied one step a line down to a title that the page's
    tools or stamp mark as its own (`_is_titled_by_tools`: "Download this chapter as a PDF
    (PDF, 214KB)" or "Updated: 3 May 2026" under it). Its comma keeps such a step from being a
    label line, as it keeps a title from being one; the title further down, marked by its
    tools, tells the two apart: the steps are crumbs (short, capitalised, no sentence, not
    ending in a joining word), and at least this one stands between "Home" and the title. A
    comma title right under "Home" is itself marked by its tools, so it is no step here."""
    if (
        "," not in line
        or not chrome_lines
        or _CRUMB_START.fullmatch(chrome_lines[-1].strip()) is None
    ):
        return False
    current, current_end = line, end
    walked: list[str] = []
    for _step in range(MAX_TRAIL_STEPS_TO_TITLE_SAID_TWICE):
        walked.append(current)
        if _is_titled_by_tools(text, current, current_end, cues):
            byline = _byline_lines_ending_at(text, walked)
            return len(walked) > byline + 1
        step = current.strip(_MARKUP_EDGES + " ")
        if not _is_crumb(step) or step.split()[-1].lower() in _NAME_JOINING_WORDS:
            return False
        current_end = _next_filled_line_end(text, current_end)
        current = text[text.rfind("\n", 0, current_end) + 1 : current_end]
    return False


_AUTHOR_CREDIT = re.compile(
    r"(?:(?:written|authored|published|posted|produced|compiled|edited|prepared|reviewed)\s+)?by"
    r"\s+(?P<name>.+)|(?:authors?|written by|page owner|owner)\s*:\s*(?P<labelled>.+)",
    re.IGNORECASE,
)
"""A page's credit naming whom it is by ("By Tom Ellery", "Written by the Quality Team",
"Author: Priya Chana"): the label, then the name."""

_JOB_ROLE = re.compile(
    r"(?:.+\s)?(?:officer|manager|lead|leader|worker|director|head(?:\s+of\s+.+)?|coordinator"
    r"|co-ordinator|adviser|advisor|practitioner|consultant|editor|author|specialist|assistant"
    r"|administrator|supervisor|team|service|partner|owner|analyst|reviewer)s?",
    re.IGNORECASE,
)
"""A job role as a byline gives it under a person's name ("Principal Social Worker", "Head of
Quality Assurance", "Practice Lead"): a few capitalised words ending in a noun naming a post."""

_TOPIC_WORD_ENDINGS = (
    "ing",
    "ion",
    "ions",
    "ment",
    "ments",
    "ance",
    "ances",
    "ence",
    "ences",
    "ity",
    "ities",
    "ness",
    "ship",
    "ships",
)
"""Endings of the nouns a page's topic is named with ("Fostering Allowances", "Leaving Care",
"Family Assessments", "Child Protection"), which a person's name rarely has: such a line is a
trail's step or a title, not the person a byline credits."""

MAX_PERSON_NAME_WORDS = 3
"""A person's name in a byline: a given name and a surname, perhaps a middle name."""


def _is_person_name(text: str, line: str) -> bool:
    """Whether `line` is a person's name alone ("Priya Chana"): two or three capitalised words
    of letters, no joining word, none of them written in lower case anywhere in `text`. A
    topic's words turn up in lower case in the chapter's own sentences ("fostering",
    "allowances", "child"); a person's name is always written with its capitals."""
    words = line.strip(_MARKUP_EDGES + " ").split()
    if not 2 <= len(words) <= MAX_PERSON_NAME_WORDS or not all(
        re.fullmatch(r"[A-Z][a-z]+(?:['\u2019-][A-Z]?[a-z]+)*", word) for word in words
    ):
        return False
    if any(
        word.lower() in _NAME_JOINING_WORDS | _TITLE_SMALL_WORDS
        or word.lower().endswith(_TOPIC_WORD_ENDINGS)
        for word in words
    ):
        return False
    return not any(re.search(rf"\b{re.escape(word.lower())}\b", text) for word in words)


def _is_byline_line(text: str, line: str) -> bool:
    """Whether `line` credits a person or team with the page, as a byline under a title does:
    "By Tom Ellery", "Written by Priya Chana", "Author: the Practice Team", a person's name
    ("Priya Chana"), or a name and a job role ("Tom Ellery, Practice Lead"). A byline names
    whom the page is by; it is never the page's title."""
    words = line.strip(_MARKUP_EDGES + " ")
    credit = _AUTHOR_CREDIT.fullmatch(words)
    if credit is not None:
        name = (credit["name"] or credit["labelled"]).strip()
        name = name[4:] if name.lower().startswith("the ") else name
        return _is_byline_shape(name)
    name, comma, role = words.partition(",")
    if comma:
        return _is_person_name(text, name) and _is_job_role(role.strip())
    return _is_person_name(text, words) and not _is_job_role(words)


def _is_job_role(line: str) -> bool:
    """Whether `line` is a job role alone ("Principal Social Worker"), title-cased and short."""
    words = line.strip(_MARKUP_EDGES + " ")
    return (
        0 < len(words.split()) <= MAX_BYLINE_WORDS
        and _is_title_cased(words)
        and _JOB_ROLE.fullmatch(words) is not None
    )


def _byline_lines_ending_at(text: str, walked: list[str]) -> int:
    """How many of the last lines of `walked` (a page's head read down to a line its stamp or
    tools mark) are a byline: one ("Written by Priya Chana", "Tom Ellery, Practice Lead"), two
    (a person's name over a job role), or none. The stamp dates the page under its byline, so
    the title is the line above the byline, not the byline itself (decision 0529)."""
    last = walked[-1]
    if len(walked) > 1 and _is_job_role(last) and _is_person_name(text, walked[-2]):
        return 2
    if _is_byline_line(text, last):
        return 1
    return 0


MAX_WRAPPED_TRAIL_LINES = 3
"""The most lines under a trail's first that a converter's wrapping carries the trail onto."""


def _end_of_wrapped_trail(text: str, above: str, last_end: int) -> int:
    """Where a breadcrumb trail that ends the site's head ends when a converter wrapped it inside
    its last step ("[Home][3] > [Procedures][11] > Policies, Values" over "and Principles", as
    html2text wraps at its line width): the line right under the trail, with no blank line
    between, opens in lower case, as no title or heading does, and completes the trail's last
    step. `last_end` (the end of the trail's line) when the line below is anything else: a title
    under its trail opens in capitals, and the joined words must still be a trail (decision
    0377). A browser saving a page as text wraps a long trail more than once, and after a
    separator ("You are here: Home / Children and" over "families /" over "Children's social
    care procedures"): a line under a trail ending on its separator continues it when it is one
    short step, whatever its case, and the joined words are still a trail."""
    trail = _MARKDOWN_LINK.sub(r"\1", above).strip(_MARKUP_EDGES + " ")
    if not is_breadcrumb(trail):
        return last_end
    for _ in range(MAX_WRAPPED_TRAIL_LINES):
        if last_end >= len(text) or text[last_end] != "\n":
            return last_end
        below_end = text.find("\n", last_end + 1)
        below_end = len(text) if below_end < 0 else below_end
        below = text[last_end + 1 : below_end].strip()
        joined = f"{trail} {below}".strip(_MARKUP_EDGES)
        after_separator = _DANGLING_TRAIL_SEPARATOR.search(trail) is not None and _is_crumb(
            _DANGLING_TRAIL_SEPARATOR.sub("", below)
        )
        if not (below[:1].islower() or after_separator) or not is_breadcrumb(joined):
            return last_end
        trail, last_end = joined, below_end
    return last_end


MAX_WIDGET_ZONE_LINES = 30
"""The most lines of site widgets (service cards, a directory search, a language list) looked
at between the chrome already found and a breadcrumb trail under them."""


def _after_trail_under_site_widgets(text: str, position: int) -> int:
    """Past a breadcrumb trail ("Home > Children and families > …") that follows `position`
    with only short lines, none a sentence, between: the site's widgets above the page (a
    service's card grid, titles over one-line descriptions; a directory's search fields and
    their questions, "What are you looking for?"; a list of languages) are lines no chrome list
    names, but a trail closes the site's head, and the chapter's title, with its prose, comes
    under it (decision 0332). A widget is a few lines (`MIN_WIDGET_LINES`), and none of them
    is the page's name that the trail ends with: a title set above its trail stays (blind11).
    `position` when no such trail follows, or when the trail is the last line."""
    filled: list[str] = []
    for count, (start, end) in enumerate(_lines(text, position, len(text))):
        line = text[start:end].strip()
        if count >= MAX_WIDGET_ZONE_LINES:
            return position
        if not line:
            continue
        if is_breadcrumb(line.strip(_MARKUP_EDGES)):
            after = _past_blank_lines(text, end + 1)
            page_name = canonical_phrase(_CRUMB_SEPARATORS.split(line)[-1])
            if len(filled) < MIN_WIDGET_LINES or page_name in filled or after >= len(text):
                return position
            return after
        if len(line) > MAX_HEAD_LINE or line[-1] in ".;!":
            return position  # a sentence: the chapter's prose (a form's question is no stop)
        filled.append(canonical_phrase(line.strip(_MARKUP_EDGES)))
    return position


MIN_WIDGET_LINES = 2
"""The fewest lines of widgets between the chrome found and a trail for the trail to close the
site's head there."""


def _links_above_heading(text: str, end: int) -> bool:
    """Whether the lines after a box heading ending at `end` are short link lines, none a
    sentence, down to a heading marked as one ("# Fostering Values"): the box's links stand
    between its heading and the chapter's title. Where no marked heading ends them (a page
    copied as plain text), the title itself may be the last short line."""
    lines = 0
    for start, stop in _lines(text, end + 1, len(text)):
        line = text[start:stop].strip()
        if not line:
            continue
        if line.startswith("#"):
            return lines > 0
        if _is_prose(line) or lines >= MAX_BOX_LINES:
            return False
        lines += 1
    return False


def _past_blank_lines(text: str, position: int) -> int:
    while position < len(text) and text[position] == "\n":
        position += 1
    return position


def _before_trailing_chrome(text: str, cues: ChromeCues, floor: int) -> int:
    """Just past the last real line's newline, when chrome lines follow it; else the end."""
    taken, (end, _end) = _chrome_run(
        text,
        _lines_from_the_end(text, floor, len(text)),
        cues,
        MAX_TRAILING_LABEL_WORDS,
        False,
        _site_names(text[:floor]),
    )
    if not taken:
        return len(text)
    while end > floor and text[end - 1] == "\n" and end - 2 >= floor and text[end - 2] == "\n":
        end -= 1
    return end


MAX_BOX_LINES = 8
"""The most link lines a chrome box ("Related pages" and its links) may hold."""


def _is_prose(line: str) -> bool:
    """A line of the chapter's prose: long, or ending as a sentence does."""
    return len(line) > MAX_CHROME_LINE or line[-1] in ".!?"


_CONTACT_DETAIL = re.compile(
    r"(?:\+44\s?|\b0)\d{2,4}[\s-]?\d{3}[\s-]?\d{3,4}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
"""A telephone number or an e-mail address."""
MAX_CONTACT_BOX_PARAGRAPHS = 3
MAX_CONTACT_BOX_PARAGRAPH = 300


def _past_contact_box(text: str, position: int) -> int:
    """Past a contact box that the sidebar sets under the box just dropped: a heading over one
    to three short paragraphs each giving a telephone number or an e-mail address ("Contact
    the team" / "Procedures team, Town Hall. Telephone 01632 960 418. Open 9am to 5pm."), up to
    the next heading. A browser prints the side column's boxes one after another, and a help
    line beside a chapter is the site's, as `html_render` drops such an aside; a chapter's own
    section states its policy, not only whom to ring. `position` where no such box follows."""
    lines = list(_lines(text, position, len(text)))
    if not lines or not text[lines[0][0] : lines[0][1]].startswith("#"):
        return position
    paragraphs = 0
    end = len(text)
    for start, stop in lines[1:]:
        line = text[start:stop].strip()
        if not line:
            continue
        if line.startswith("#"):
            end = start
            break
        paragraphs += 1
        if (
            paragraphs > MAX_CONTACT_BOX_PARAGRAPHS
            or len(line) > MAX_CONTACT_BOX_PARAGRAPH
            or _CONTACT_DETAIL.search(line) is None
        ):
            return position
    return end if paragraphs else position


def strip_chrome_boxes(text: str, cues: ChromeCues) -> str:
    """`text` without the site's boxes printed among the chapter's lines: a box's heading
    ("Related pages", "In this section", "Quick links") and the link lines under it, each short
    and not a sentence. A page printed from a browser lays its sidebar beside the chapter, and
    the PDF's reading order puts the box after the column it stood next to, anywhere in the
    chapter. Only a heading with at least one such line under it goes, or one standing alone
    over a heading of the chapter and its prose (the copy lost the box's links, decision 0216);
    unchanged otherwise."""
    lines = list(_lines(text, 0, len(text)))
    dropped: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        start, end = lines[index]
        heading = canonical_phrase(text[start:end].strip(_MARKUP_EDGES))
        if heading not in cues.box_headings:
            index += 1
            continue
        box_end = index
        links = 0
        link_lines: list[int] = []
        heads_prose = False
        for next_index in range(index + 1, min(len(lines), index + 1 + 2 * MAX_BOX_LINES)):
            line = text[lines[next_index][0] : lines[next_index][1]].strip()
            if not line:
                continue
            if (
                line.startswith("#")
                or len(line) > MAX_CHROME_LINE
                or line[-1] in ".;:!?"
                or _YEAR.search(line) is not None  # the page's stamp ends the box
            ):
                if links and box_end == next_index - 1 and _is_prose(line):
                    links -= 1  # the short line right above the chapter's prose heads it
                    link_lines.pop()
                    box_end = link_lines[-1] if link_lines else index
                    heads_prose = not links
                break
            links += 1
            box_end = next_index
            link_lines.append(next_index)
            if links >= MAX_BOX_LINES:
                break
        if heads_prose:
            # The box's heading alone over a heading of the chapter and its prose ("In this
            # section", then "Our practice model" and a paragraph): the copy kept the box's
            # heading but none of its links; the heading goes, the chapter's heading stays.
            links = 1
        if links:
            after = lines[box_end][1] + 1
            while after < len(text) and text[after] == "\n":
                after += 1
            after = _past_contact_box(text, min(after, len(text)))
            dropped.append((start, min(after, len(text))))
            while index < len(lines) and lines[index][0] < after:
                index += 1
            continue
        index = box_end + 1
    if not dropped:
        return text
    kept: list[str] = []
    position = 0
    for start, end in dropped:
        kept.append(text[position:start])
        position = end
    kept.append(text[position:])
    return "".join(kept)
