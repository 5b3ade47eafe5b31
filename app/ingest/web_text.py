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

import re

from app.ingest.html_render import canonical_phrase
from app.ingest.model import ChromeCues

MAX_CHROME_LINE = 150
"""Longer lines are prose, whatever words they hold."""
MAX_CRUMB_LENGTH = 60
MAX_CRUMB_WORDS = 8
MAX_LOGO_LINE_WORDS = 6

_CRUMB_SEPARATORS = re.compile(r"\s*(?:[>\u203a\u00bb/|\u2192]|&gt;)\s*")
_CRUMB_START = re.compile(r"^(?:you are here:?\s*)?home\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"^(?:\u00a9|\(c\)\s*(?:19|20)\d\d|copyright\b)", re.IGNORECASE)
"""A copyright line: "©…", "Copyright…", or "(c) 2025…" (a bare "(c)" opens a lettered item)."""
_LOGO = re.compile(r"\blogo\b", re.IGNORECASE)
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
"""A line about the site's cookies (a consent banner's heading, its sentence, its buttons)."""
_FOLLOW_US = re.compile(r"^follow us\b", re.IGNORECASE)
_MARKUP_EDGES = " \t#*_>-[]()!"
"""Markdown a copied line may carry around its words (`## Menu`, `**Print**`, `[Share](#)`)."""


def strip_edge_chrome(text: str, cues: ChromeCues) -> str:
    """`text` without its leading and trailing runs of chrome lines (and the blank lines among
    them), and without the chrome lines among its first few lines before the chapter's prose
    begins ("Print", "Share this page" under the title); unchanged when it has none, or when
    nothing but chrome would be left."""
    start = _after_leading_chrome(text, cues)
    end = _before_trailing_chrome(text, cues, start)
    if start >= end or not text[start:end].strip():
        return text
    return _without_jump_lines(_without_chrome_under_title(text[start:end], cues), cues)


def _without_jump_lines(text: str, cues: ChromeCues) -> str:
    """`text` without its whole lines that are in-page jump links ("Back to top" after each
    section of a page copied as text), each with the blank line after it where one stands on
    both sides, so the section before ends where its own words do and the next opens at its
    heading; unchanged when it has none, or when nothing else would be left."""
    kept: list[str] = []
    position = 0
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end].strip()
        if not line or canonical_phrase(line.strip(_MARKUP_EDGES)) not in cues.jump_phrases:
            continue
        after = min(end + 1, len(text))
        blank_before = start >= 2 and text[start - 2 : start] == "\n\n"
        if blank_before and text[after : after + 1] == "\n":
            after += 1
        kept.append(text[position:start])
        position = after
    if not kept:
        return text
    kept.append(text[position:])
    result = "".join(kept)
    return result if result.strip() else text


TITLE_ZONE_LINES = 8
"""The lines of a page's head (its title, a share or print box, a contents list's opening) that
are looked at for chrome standing between the title and the chapter's first prose."""
MAX_HEAD_LINE = 80
"""A line longer than this, or ending like a sentence, is prose: the chapter has begun."""


def _without_chrome_under_title(text: str, cues: ChromeCues) -> str:
    """`text` without the chrome lines (and a blank line after each) among its first
    `TITLE_ZONE_LINES` lines that are not chrome, up to its first line of prose: a page's
    "Print" or "Share this page / Facebook / Email" box sits under its title, not at its edge.
    Chrome lines do not count towards the zone, so however long the box, it all goes and a
    second pass finds nothing more to take."""
    dropped: list[tuple[int, int]] = []
    seen = 0
    for start, end in _lines(text, 0, len(text)):
        line = text[start:end].strip()
        if not line:
            continue
        if len(line) > MAX_HEAD_LINE or line[-1] in ".;!?":
            break
        if seen and (is_chrome_line(line, cues) or _is_navigation_link(line)):
            after = end + 1
            blank_before = start >= 2 and text[start - 2] == "\n"
            while blank_before and after < len(text) and text[after] == "\n":
                after += 1
            dropped.append((start, min(after, len(text))))
            continue
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


_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]*)\]\([^()\n]*\)")
_NAVIGATION_SEPARATOR = re.compile(r"\s+[|\u00b7\u2022]\s+")


def is_chrome_line(line: str, cues: ChromeCues) -> bool:
    """Whether one line, whole, is site chrome at a page's edge: a listed phrase (or a row of
    them, "Accessibility | Privacy | Contact us"), a breadcrumb, a copyright or logo line, a
    "Follow us on …" line, a line about cookies (a consent banner), or an edge-only phrase
    ("Yes", "Facebook"). Markdown links count as their text."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip()
    if not words or len(words) > MAX_CHROME_LINE:
        return False
    parts = _NAVIGATION_SEPARATOR.split(words)
    if len(parts) > 1:
        return all(_is_chrome_phrase(part, cues) for part in parts)
    if _is_chrome_phrase(words, cues):
        return True
    if _COPYRIGHT.match(words) or _FOLLOW_US.match(words) or _COOKIES.search(words):
        return True
    if canonical_phrase(words.strip(_MARKUP_EDGES)) in cues.edge_phrases:
        return True
    if _LOGO.search(words) and len(words.split()) <= MAX_LOGO_LINE_WORDS:
        return True
    if _COOKIES.search(words) and len(words.split()) <= MAX_COOKIE_NOTICE_WORDS:
        return True
    if _links_are_chrome(line, cues) or _is_labelled_tool_row(words, cues):
        return True
    return is_breadcrumb(words)


_LABELLED_ROW = re.compile(r"(?P<label>[^:]{1,40}):\s*(?P<targets>\S.*)")
_ROW_TARGET_SEPARATOR = re.compile(r"[\s,|/\u00b7\u2022]+")


def _is_labelled_tool_row(words: str, cues: ChromeCues) -> bool:
    """A page tool's label and its targets on one line ("Share this page: Facebook X Email"):
    the label is chrome and every target is an edge-only phrase, so the line says nothing of
    the chapter's own."""
    found = _LABELLED_ROW.fullmatch(words)
    if found is None or not _is_chrome_phrase(found.group("label"), cues):
        return False
    targets = [t for t in _ROW_TARGET_SEPARATOR.split(found.group("targets")) if t]
    return bool(targets) and all(
        canonical_phrase(target.strip(_MARKUP_EDGES)) in cues.edge_phrases for target in targets
    )


MAX_COOKIE_NOTICE_WORDS = 30
_COOKIES = re.compile(r"\bcookies?\b", re.IGNORECASE)
"""A cookie banner's sentence ("We use cookies to make this website work better.")."""


def _links_are_chrome(line: str, cues: ChromeCues) -> bool:
    """A row of links each of which is chrome ("[Share](#) [Print this page](#)")."""
    links = _MARKDOWN_LINK.findall(line)
    if len(links) < 2 or _MARKDOWN_LINK.sub("", line).strip(_MARKUP_EDGES + "|/"):
        return False
    return all(_is_chrome_phrase(link, cues) for link in links)


_PAGE_TOOL = re.compile(r"[\[*_ ]*(?:print|share|email|e-mail)\b", re.IGNORECASE)
"""Page tools ("Print this page", "Share", "Email this page") sit under a page's title: the
line above them is the title, not the site's name."""


def is_page_tool(line: str) -> bool:
    """Whether a chrome line is one of the page's tools (print, share, e-mail the page)."""
    return _PAGE_TOOL.match(line) is not None


def _is_chrome_phrase(words: str, cues: ChromeCues) -> bool:
    phrase = canonical_phrase(words.strip(_MARKUP_EDGES))
    return phrase in cues.phrases or phrase in cues.box_headings


def is_breadcrumb(line: str) -> bool:
    """ "Home > Children and families > Policies": two or more short items after "Home"."""
    if not _CRUMB_START.match(line):
        return False
    items = [item for item in _CRUMB_SEPARATORS.split(line) if item]
    return len(items) >= 2 and all(
        len(item) <= MAX_CRUMB_LENGTH and len(item.split()) <= MAX_CRUMB_WORDS for item in items
    )


MAX_LEADING_LABEL_WORDS = 4
"""A short line among the chrome lines that open a page ("Oakridge County Council" above "Menu")
is the site's (the chapter's title is longer)…"""
MAX_TRAILING_LABEL_WORDS = 10
"""…and among those that close it, a longer one too (an address: "Civic Centre, Calderfield")…"""
MAX_LABEL_LINES = 2
"""…when no more than this many such lines stand together, with chrome on their far side."""


def _is_label_line(line: str, max_words: int, leading: bool) -> bool:
    """A short line that is not a sentence: the site's name or an address between chrome lines
    (a markdown link counts as its text, a bullet as nothing). A site's name has no comma; a
    title may ("Policies, Values and Principles")."""
    words = _MARKDOWN_LINK.sub(r"\1", line).strip(_MARKUP_EDGES).split()
    if leading and "," in line:
        return False
    return 0 < len(words) <= max_words and line.rstrip()[-1:] not in ".:;!?"


MAX_LINK_WORDS = 6
_LINK_ONLY = re.compile(r"[-*+]?\s*\[([^\[\]\n]+)\]\([^()\n]*\)\s*")


def _is_navigation_link(line: str) -> bool:
    """A line that is one short link and nothing else ("* [Children and families](/children)"):
    at a page's edge, a menu's or a breadcrumb trail's entry."""
    found = _LINK_ONLY.fullmatch(line.strip())
    return found is not None and len(found.group(1).split()) <= MAX_LINK_WORDS


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line of `text[start:end]`, newline excluded."""
    spans = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline == -1 else newline
        spans.append((position, line_end))
        position = line_end + 1
    return spans


def _chrome_run(
    text: str, lines: list[tuple[int, int]], cues: ChromeCues, max_label_words: int, leading: bool
) -> int:
    """How many of `lines` (from the page's edge inwards) are chrome: chrome lines, blank
    lines, and a few short label lines with chrome further in. At the top, a label line right
    above the page's tools ("Print this page") is the page's title: the run ends before it."""
    taken = 0
    pending = 0
    labels = 0
    for count, (start, end) in enumerate(lines, 1):
        line = text[start:end]
        if not line.strip():
            pending += 1
            continue
        if is_chrome_line(line, cues) or _is_navigation_link(line):
            if leading and labels and is_page_tool(line):
                break
            taken = count
            pending = labels = 0
        elif _is_label_line(line, max_label_words, leading) and labels < MAX_LABEL_LINES:
            labels += 1
        else:
            break
    return taken


def _after_leading_chrome(text: str, cues: ChromeCues) -> int:
    """Where the first real line starts, when chrome lines come before it; else 0."""
    lines = _lines(text, 0, len(text))
    taken = _chrome_run(text, lines, cues, MAX_LEADING_LABEL_WORDS, leading=True)
    if not taken:
        return 0
    position = lines[taken - 1][1] + 1
    while position < len(text) and text[position] == "\n":
        position += 1
    return min(position, len(text))


def _before_trailing_chrome(text: str, cues: ChromeCues, floor: int) -> int:
    """Just past the last real line's newline, when chrome lines follow it; else the end."""
    lines = list(reversed(_lines(text, floor, len(text))))
    taken = _chrome_run(text, lines, cues, MAX_TRAILING_LABEL_WORDS, leading=False)
    if not taken:
        return len(text)
    end = lines[taken - 1][0]
    while end > floor and text[end - 1] == "\n" and end - 2 >= floor and text[end - 2] == "\n":
        end -= 1
    return end
