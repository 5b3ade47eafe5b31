"""The page's "last updated" stamp, where a site prints it in the footer it drops as chrome.

Many council sites print "Page last modified: 4 March 2025" in the site-wide `<footer>`, not in
the chapter's `<main>`. The footer's links and copyright are chrome, but that one line dates this
page: SPEC keeps it as the chapter's end matter and reads it as the page's last update. So the
line is kept, alone, after the chapter's text, unless the chapter already carries a stamp of its
own (decisions 0057, 0060, 0094).

A site re-dates its footer without touching the chapter, so a watched page must not make a new
version for that alone (issue 16): `without_closing_stamps` is the text the watcher compares, the
chapter's words without the page stamps that close it, judged by the same `is_page_stamp` that
the line kept here passes (every edit stamp is a page stamp).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborNode

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    rf"(?:{_DAY}\s+{_MONTH},?\s+\d{{4}}|{_MONTH}\s+{_DAY},?\s+\d{{4}}|{_MONTH}\s+\d{{4}}"
    r"|\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})"
)
_WEEKDAY = r"(?:mon|tue|tues|wed|wednes|thu|thurs|fri|sat|satur|sun)(?:day)?,?\s+"
PAGE_STAMP = re.compile(
    r"(?:this\s+)?(?:page|content)?\s*(?:was\s+)?(?:last\s+)?"
    r"(?P<verb>updated|modified|reviewed|edited|changed)(?:\s+on)?\s*[:\-\u2013]?\s*"
    rf"(?:{_WEEKDAY})?{_DATE}\.?",
    re.IGNORECASE,
)
"""A stamp that dates the page: "Page last modified: Tuesday 4 March 2025", "Last reviewed on
12/02/2025", "This page was updated 3 June 2024." An update, not a publication date."""

CHAPTER_UPDATED_RIBBON = re.compile(
    r"[\s*_]*(?:this\s+)?(?:chapter|procedure|policy|guidance)\s+was\s+(?:last\s+)?"
    r"(?:updated|amended|revised|reviewed)\s*(?:on|in)?\s*[:\-\u2013]?\s*"
    rf"(?:{_WEEKDAY})?{_DATE}\.?[\s*_]*",
    re.IGNORECASE,
)
"""A ribbon under a title saying when the chapter was changed, and nothing more ("This chapter
was updated on 14 March 2025."): the chapter's amendment note, kept, but no prose of its own."""

FOOTERS = 'footer, [role=contentinfo], [class*="footer" i], [id*="footer" i]'
"""A site's footer: the landmark, or an element its class or id calls one ("manual-footer",
"site-footer"), as sites built from divs mark it."""
STAMP_ELEMENTS = "p, div, span, small, li, dd, time"
MAX_FOOTERS = 5
MAX_ELEMENTS = 200
STAMP_LENGTH = 80


def is_page_stamp(line: str) -> bool:
    """Whether `line` (markup and spacing aside) is a stamp dating the page, and nothing else."""
    return _page_stamp(line) is not None


def is_edit_stamp(line: str) -> bool:
    """Whether `line` is a page stamp saying when the page was last changed ("Page last
    modified: …", "Page updated …"), not only when someone last reviewed it: the stamp a site
    prints outside the chapter is kept only then. A site's "Page last reviewed" is its content
    team's check, made on a schedule whether or not a word changed, and stays site chrome
    (decision 0094, as the blind26 and blind31 annotations read it)."""
    match = _page_stamp(line)
    return match is not None and match["verb"].lower() != "reviewed"


def _page_stamp(line: str) -> re.Match[str] | None:
    words = " ".join(line.replace("*", " ").replace("_", " ").split())
    return PAGE_STAMP.fullmatch(words) if len(words) <= STAMP_LENGTH else None


def footer_stamp(body: LexborNode, root: LexborNode) -> str | None:
    """The first edit stamp in a footer of the page outside `root` (the chapter), else one
    standing on its own right after the chapter's element, or None."""
    for footer in body.css(FOOTERS)[:MAX_FOOTERS]:
        if _within(footer, root, body) or _within(root, footer, body):
            continue
        for element in footer.css(STAMP_ELEMENTS)[:MAX_ELEMENTS]:
            words = " ".join(element.text(deep=True).split())
            if is_edit_stamp(words):
                return words
    return _stamp_after(body, root)


MAX_FOLLOWING_BLOCKS = 3
"""How many of the blocks after the chapter's element are looked at for its stamp."""


def _stamp_after(body: LexborNode, root: LexborNode) -> str | None:
    """A page stamp among the first few blocks after the chapter's element, outside it ("Page
    updated 2 August 2024" under the article's `<div>`): the main-content region ends where the
    chapter's prose does, and the line dating it sits just below."""
    if root.mem_id == body.mem_id:
        return None
    following = root.next
    looked = 0
    while following is not None and looked < MAX_FOLLOWING_BLOCKS:
        if following.tag != "-text":
            looked += 1
            words = " ".join(following.text(deep=True).split())
            if is_edit_stamp(words):
                return words
        following = following.next
    return None


_AMENDMENT_LABEL = (
    r"(?:(?:date[ ]+(?:of[ ]+)?)?(?:(?:last|latest)[ ]+)?(?:amended|amendment)(?:[ ]+date)?)"
)
SIDE_COLUMN_AMENDMENT = re.compile(
    rf"{_AMENDMENT_LABEL}[ ]*(?:on|in)?[ ]*[:\-\u2013]?[ ]*(?:{_WEEKDAY})?{_DATE}\.?"
    rf"|(?:{_AMENDMENT_LABEL}[ ]*:?[ ]*)?{CHAPTER_UPDATED_RIBBON.pattern}",
    re.IGNORECASE,
)
"""A side column's note of when the chapter was amended, and nothing more: a label and a date
("Amended" over "November 2025", "Last amended: 3 November 2025") or the sentence under a label
("Latest amendment", then "This chapter was amended in December 2025.")."""
SIDE_COLUMNS = 'aside, [role="complementary" i]'
MAX_SIDE_COLUMNS = 8
SIDE_NOTE_ELEMENTS = f"{STAMP_ELEMENTS}, dl, section"


def side_column_amendment(body: LexborNode) -> str | None:
    """The amendment note a page prints in a side column, which is dropped as chrome: a manual
    product sets "Amended" and the month beside the chapter, not in its text, and it dates the
    chapter as a note above the title does (decisions 0110, 0525). Only a column holding one
    such note and no more: a column listing other chapters' amendments (each entry a link
    and its date) dates none of them for this page."""
    found: list[tuple[str, LexborNode]] = []
    for column in body.css(SIDE_COLUMNS)[:MAX_SIDE_COLUMNS]:
        for element in column.css(SIDE_NOTE_ELEMENTS)[:MAX_ELEMENTS]:
            words = " ".join(element.text(deep=True, separator=" ").split())
            if len(words) > STAMP_LENGTH or SIDE_COLUMN_AMENDMENT.fullmatch(words) is None:
                continue
            if _in_an_entry(element, column) or any(
                _within(element, outer, body) for _, outer in found
            ):
                continue  # a list's entry, or the words of a note already found
            found.append((words, element))
    return found[0][0] if len(found) == 1 else None


def _in_an_entry(element: LexborNode, column: LexborNode) -> bool:
    """Whether `element` sits in a list's item or a link: an entry of a list of pages."""
    current: LexborNode | None = element
    while current is not None and current.mem_id != column.mem_id:
        if current.tag in ("li", "a"):
            return True
        current = current.parent
    return False


def with_side_column_amendment(text: str, stamp: str | None) -> str:
    """`text` with `stamp` as its first paragraph, where the side column stood before the
    chapter in a copy of the page (sections are listed from the title, and a note above it
    still dates the chapter)."""
    if stamp is None or not text.strip():
        return text
    return f"{stamp}\n\n{text}"


def with_footer_stamp(text: str, stamp: str | None) -> str:
    """`text` with `stamp` as its last paragraph, unless `text` already has a page stamp."""
    if stamp is None or any(is_page_stamp(line) for line in text.splitlines()):
        return text
    return f"{text.rstrip()}\n\n{stamp}\n" if text.strip() else text


def without_closing_stamps(text: str) -> str:
    """`text` without the page stamps that close it (and the blank lines around them), and
    without trailing blanks: what a watched page says, whatever day its end matter dates it.

    Only the stamps after the chapter's last other line go, since that is where the footer's
    stamp is put and where a chapter's own end matter dates the page; a stamp under the title
    may be the chapter's amendment date, so it stays and a change of it is a change.
    """
    lines = text.rstrip().split("\n")
    end = len(lines)
    while end > 0 and (not lines[end - 1].strip() or is_page_stamp(lines[end - 1])):
        end -= 1
    return "\n".join(lines[:end]).rstrip()


def _within(node: LexborNode, ancestor: LexborNode, body: LexborNode) -> bool:
    current: LexborNode | None = node
    while current is not None and current.mem_id != body.mem_id:
        if current.mem_id == ancestor.mem_id:
            return True
        current = current.parent
    return False
