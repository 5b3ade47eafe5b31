"""The page's "last updated" stamp, where a site prints it in the footer it drops as chrome.

Many council sites print "Page last modified: 4 March 2025" in the site-wide `<footer>`, not in
the chapter's `<main>`. The footer's links and copyright are chrome, but that one line dates this
page: SPEC keeps it as the chapter's end matter and reads it as the page's last update. So the
line is kept, alone, after the chapter's text, unless the chapter already carries a stamp of its
own (decision 0057).
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
    r"(?:updated|modified|reviewed|edited|changed)(?:\s+on)?\s*[:\-\u2013]?\s*"
    rf"(?:{_WEEKDAY})?{_DATE}\.?",
    re.IGNORECASE,
)
"""A stamp that dates the page: "Page last modified: Tuesday 4 March 2025", "Last reviewed on
12/02/2025", "This page was updated 3 June 2024." An update, not a publication date."""

FOOTERS = "footer, [role=contentinfo]"
STAMP_ELEMENTS = "p, div, span, small, li, dd, time"
MAX_FOOTERS = 5
MAX_ELEMENTS = 200
STAMP_LENGTH = 80


def is_page_stamp(line: str) -> bool:
    """Whether `line` (markup and spacing aside) is a stamp dating the page, and nothing else."""
    words = " ".join(line.replace("*", " ").replace("_", " ").split())
    return len(words) <= STAMP_LENGTH and PAGE_STAMP.fullmatch(words) is not None


def footer_stamp(body: LexborNode, root: LexborNode) -> str | None:
    """The first page stamp in a footer of the page outside `root` (the chapter), else one
    standing on its own right after the chapter's element, or None."""
    for footer in body.css(FOOTERS)[:MAX_FOOTERS]:
        if _within(footer, root, body) or _within(root, footer, body):
            continue
        for element in footer.css(STAMP_ELEMENTS)[:MAX_ELEMENTS]:
            words = " ".join(element.text(deep=True).split())
            if is_page_stamp(words):
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
            if is_page_stamp(words):
                return words
        following = following.next
    return None


def with_footer_stamp(text: str, stamp: str | None) -> str:
    """`text` with `stamp` as its last paragraph, unless `text` already has a page stamp."""
    if stamp is None or any(is_page_stamp(line) for line in text.splitlines()):
        return text
    return f"{text.rstrip()}\n\n{stamp}\n" if text.strip() else text


def _within(node: LexborNode, ancestor: LexborNode, body: LexborNode) -> bool:
    current: LexborNode | None = node
    while current is not None and current.mem_id != body.mem_id:
        if current.mem_id == ancestor.mem_id:
            return True
        current = current.parent
    return False
