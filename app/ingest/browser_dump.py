"""A web page dumped as text by a text-mode browser (`lynx -dump`, `links -dump`, `w3m`), or
saved as text by a graphical one.

Such a dump numbers every link in the text ("[17]Children Act 1989"), draws a form's text box as a
run of underscores ("Search this site ____________________"), writes the page's `<link>` relations
as a line opening "#[1]", and ends with a "References" list that gives each number's address. The
numbers and boxes are the browser's, not the council's words: left in, a heading reads "[23]The
Children's Social Care National Framework", a menu entry "[5]Home" is not recognised as chrome, and
the trailing address list becomes a section of the chapter. So, for a text that is such a dump,
they are taken out before the chrome lines are, as an HTML page's tags are.

A text is taken for a dump only when it ends with the list of addresses and its link numbers
name entries of that list: a "[1]" in a chapter of another kind (a footnote mark) is its own.

A graphical browser's "Save Page As… Text" (Firefox's) writes no numbers: it puts each link's
address in angle brackets after the link's words ("Home <https://…>", "Skip to main content
<#main>", "Print this page <javascript:window.print()>"), on the next line where the line is
full. Those addresses are the browser's too, and go the same way.
"""

from __future__ import annotations

import re

_REFERENCES_HEADING = re.compile(r"^[ \t]*(?:references|visible links|hidden links):?[ \t]*$")
_LINK_GROUP_HEADING = re.compile(r"^[ \t]*(?:visible|hidden) links:?[ \t]*$")
_REFERENCE_LINE = re.compile(
    r"^[ \t]*(?:(\d{1,9})\.|\[(\d{1,9})\])[ \t]+[a-z][a-z0-9+.\-]*:\S*[ \t]*$"
)
"""An entry of the closing list: "17. https://…" (lynx, links) or "[17] https://…" (w3m)."""
_LINK_NUMBER = re.compile(r"\[(\d{1,9})\]")
_CONTROL_NUMBER = re.compile(r"\[(\d{1,9})\](?=\([ *]\)|\[[ Xx]\]|\[[^\]\d][^\]]*\])")
"""A form control's number, which w3m gives but leaves out of the closing list: a radio button
("[12]( )Yes"), a tick box ("[4][ ]Remember me") or a button ("[14][Send feedback]")."""
_RELATIONS_LINE = re.compile(r"^[ \t]*#\[\d+\][^\n]*\n?", re.MULTILINE)
_FORM_FIELD = re.compile(r"(?<![ \t])[ \t]*(?:_{4,}|\[[ \t_]{4,}\])")
"""A form's text box: underscores (lynx) or spaces in brackets (w3m: "[            ]")."""
_BUTTON = re.compile(r"\(BUTTON\)[ \t]*")
"""A form's button as lynx draws it ("(BUTTON) Go"): its label follows, as a link's does, and
the marker, the browser's and not the page's, goes with the link numbers ("Was this page
helpful? (BUTTON) Yes (BUTTON) No" is then the page's "Was this page helpful? Yes No")."""
MIN_REFERENCES = 2
"""Fewer addresses than this at the end make a short reading list, not a browser's link list."""


def undo_link_numbers(text: str) -> str:
    """`text` without a text-mode browser's link numbers, form boxes, `<link>` relations line and
    closing list of addresses, when it is such a dump; unchanged otherwise."""
    references_start, numbers = _references_list(text)
    if references_start is None:
        return text
    body = text[:references_start].rstrip() + "\n"
    controls = {int(found) for found in _CONTROL_NUMBER.findall(body)}
    used = {int(found) for found in _LINK_NUMBER.findall(body)} - controls
    if not used or not used <= numbers:
        return text
    body = _without_numbered_trail(_without_head_links(_RELATIONS_LINE.sub("", body)))
    numbers = numbers | controls
    body = _LINK_NUMBER.sub(lambda found: "" if int(found[1]) in numbers else found[0], body)
    return _BUTTON.sub("", _FORM_FIELD.sub("", body))


_LINK_ADDRESS = re.compile(
    r"(?<=\S)(?:[ \t]*\n)?[ \t]*<(?:[a-z][a-z0-9+.\-]*:|#)[^\s<>]*>(?=[ \t]|\n|$)",
    re.IGNORECASE,
)
"""A link's address in angle brackets after its words, on their line or alone on the next: an
absolute address ("https:", "mailto:", "javascript:") or a fragment ("#main")."""
MIN_LINK_ADDRESSES = 3
"""Fewer bracketed addresses than this are the chapter's own (an address it quotes), not a
browser's rendering of every link on the page."""


def undo_link_addresses(text: str) -> str:
    """`text` without the bracketed addresses a graphical browser writes after each link's
    words when it saves a page as text, when the text has at least `MIN_LINK_ADDRESSES` of
    them; unchanged otherwise. The link's words stay: they are the page's.

    Every address opens with "<", so a text with fewer of those than `MIN_LINK_ADDRESSES` is
    left as it is without a scan: the pattern opens with a look-behind, which the engine tries
    at every character of the text (about 3 % of a plain-text chapter's analysis), and most
    texts have no angle bracket at all."""
    if text.count("<") < MIN_LINK_ADDRESSES:
        return text
    if len(_LINK_ADDRESS.findall(text)) < MIN_LINK_ADDRESSES:
        return text
    return _LINK_ADDRESS.sub("", text)


MAX_LINK_WORDS = 6
_LIST_MARK = re.compile(r"^[ \t]*(?:[*+#o\u2022-]|\d+\.)?[ \t]*")


def _without_head_links(body: str) -> str:
    """`body` without the lines above the page's title that are nothing but links and form
    boxes: the site's skip link, logo, menu, search box and breadcrumb trail, which the dump
    draws as lists of numbered links. The first line with words of its own (the title) ends
    them; the chapter's own lists of links come after it."""
    lines = body.split("\n")
    index = 0
    last_item = 0
    while index < len(lines):
        line = lines[index]
        if (
            line.strip()
            and not _is_links_only(line)
            and not _is_form_label(line)
            and not _is_trail_end(line, last_item)
            and not (index > 0 and _ends_a_wrapped_trail(lines[index - 1], line))
        ):
            break
        item = _NUMBERED_ITEM.match(line)
        if line.strip():
            last_item = int(item[1]) if item is not None and _is_links_only(line) else 0
        index += 1
    if index == 0 or index == len(lines):
        return body
    return "\n".join(lines[index:])


_NUMBERED_ITEM = re.compile(r"^[ \t]*(\d{1,9})\.[ \t]+\S")
_FORM_LABEL = re.compile(r"^[ \t]*[^\[\]\s][^\[\]]*?(?<![ \t])[ \t]*(?:_{4,}|\[[ \t_]{4,}\])")


_TRAIL_HOME = re.compile(r"home(?: ?page)?", re.IGNORECASE)
MAX_TRAIL_STEPS = 8
"""A breadcrumb trail is a few steps; a longer numbered list of links is the page's own."""


def _without_numbered_trail(body: str) -> str:
    """`body` without a breadcrumb trail that the dump draws as a numbered list of links, one
    step a line from "Home" (" 1. [9]Home", " 2. [10]Children's services", …), wherever in the
    page's head it stands (under a cookie banner the head's other lines leave). Without its
    link numbers the trail would read as a numbered list of the chapter's. A list that does not
    start at a link to "Home", or has a step that is not one short link, stays."""
    lines = body.split("\n")
    for index, line in enumerate(lines):
        item = _NUMBERED_ITEM.match(line)
        if item is None or int(item[1]) != 1 or not _is_links_only(line):
            continue
        if _TRAIL_HOME.fullmatch(_LINK_NUMBER.sub("", line[item.end() - 1 :]).strip()) is None:
            continue
        end = index + 1
        while end < len(lines) and end - index < MAX_TRAIL_STEPS:
            step = _NUMBERED_ITEM.match(lines[end])
            if step is None or int(step[1]) != end - index + 1 or not _is_links_only(lines[end]):
                break
            end += 1
        if end < len(lines) and _is_trail_end(lines[end], end - index):
            end += 1  # the page's own step, unlinked
        if end - index >= 2 and (end == len(lines) or not _NUMBERED_ITEM.match(lines[end])):
            return "\n".join([*lines[:index], *lines[end:]])
    return body


def _is_form_label(line: str) -> bool:
    """A search box's label and box, with the box's button after it ("Search the site ____
    [11]Go"): a short label, then the box, then nothing or numbered links."""
    found = _FORM_LABEL.match(line)
    if found is None or len(found[0].replace("_", " ").split()) > MAX_LINK_WORDS:
        return False
    rest = line[found.end() :].strip()
    return not rest or _is_links_only(rest)


def _is_trail_end(line: str, last_item: int) -> bool:
    """The current page's entry that ends a breadcrumb trail drawn as a numbered list: the
    item numbered next after a numbered link, with no link of its own ("4. Policies, Values
    and Principles" under "3. [14]Procedures")."""
    item = _NUMBERED_ITEM.match(line)
    return (
        last_item > 0
        and item is not None
        and int(item[1]) == last_item + 1
        and _LINK_NUMBER.search(line) is None
        and len(line.split()) <= 2 * MAX_LINK_WORDS
    )


def _ends_a_wrapped_trail(previous: str, line: str) -> bool:
    """The rest of a breadcrumb trail the dump wrapped: the line above is a trail of numbered
    links ending in the current page's own entry, unlinked after a ">" ("[15]Procedures manual
    > Policies,"), and this line is a few words in lower case ("values and principles")."""
    if not _is_links_only(previous):
        return False
    last = _LINK_NUMBER.split(previous)[-1]
    words = line.split()
    return (
        ">" in last
        and bool(last.rsplit(">", 1)[1].strip())
        and line[:1].isspace() is False
        and words[0][:1].islower()
        and len(words) <= MAX_LINK_WORDS
    )


def _is_links_only(line: str) -> bool:
    """A line whose every word is in a short numbered link or a form box ("* [5]Home",
    "[10]Search this site ____ [11]Search")."""
    rest = _FORM_FIELD.sub(" ", _LIST_MARK.sub("", line, count=1)).strip()
    rest = _BUTTON.sub("[0]", rest)
    if not rest.startswith("["):
        return False
    parts = [part.strip() for part in _LINK_NUMBER.split(rest)[1:]]
    texts = parts[1::2]
    return all(text and len(text.split()) <= MAX_LINK_WORDS for text in texts)


def _references_list(text: str) -> tuple[int | None, set[int]]:
    """Where the closing "References" heading starts and the numbers its entries give; (None,
    empty) when the text does not end with such a list. Lynx parts the list into "Visible
    links:" and "Hidden links:" (the page's `<link>` addresses, numbered apart from the text's):
    those sub-headings belong to the one list, and either may open it where no "References"
    line stands above."""
    lines = text.rstrip().split("\n")
    numbers: set[int] = set()
    index = len(lines) - 1
    topmost = index
    while index >= 0:
        line = lines[index]
        found = _REFERENCE_LINE.match(line)
        if found is not None:
            numbers.add(int(found[1] or found[2]))
        elif _LINK_GROUP_HEADING.match(line.lower()) is not None:
            pass
        elif line.strip():
            break
        if line.strip():
            topmost = index
        index -= 1
    if len(numbers) < MIN_REFERENCES:
        return None, set()
    if index >= 0 and _REFERENCES_HEADING.match(lines[index].lower()) is not None:
        start = index
    elif _LINK_GROUP_HEADING.match(lines[topmost].lower()) is not None:
        start = topmost
    else:
        return None, set()
    return sum(len(line) + 1 for line in lines[:start]), numbers
