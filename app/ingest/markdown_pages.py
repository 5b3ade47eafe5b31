"""Markdown that a PDF-to-markdown tool made: printed pages and printed lines again.

Some councils' chapters reach us as the markdown a PDF-to-markdown converter wrote from the
council's PDF. Such a tool guesses headings from the type size, but keeps the page's furniture
and its lines: each page closes with its page number as a paragraph of its own ("2"), the next
opens with the running header ("Anyshire Council Children's Services Procedures"), and every
printed line becomes a paragraph, so a sentence the page wrapped is cut in two ("... agreed at
their second review, four" / "months after ...").

So a markdown text whose bare-number paragraphs count its pages up one by one (at least two) is
read as printed pages, as `printed_text` reads `pdftotext`'s: the page numbers go, lines at a
page's top or bottom that read the same on most pages go, and a paragraph that filled its
printed line and stops mid-sentence is joined to the next when that one goes on in lower case.
A text without such page numbers is left alone: typed markdown has none, and its short
paragraphs are its author's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.ingest.printed_text import FULL_LINE, MIN_COUNTED_PAGES, WIDTH_RANK, without_running_lines

_BARE_NUMBER = re.compile(r"[ \t]*(\d{1,3})[ \t]*")
_WORDED_NUMBER = re.compile(
    r"[ \t]*Page[ \t]+(\d{1,3})(?:[ \t]+of[ \t]+\d{1,3})?[ \t]*", re.IGNORECASE
)
"""A page number in words ("Page 2 of 3"): a converter that keeps a page's footer lines together
ends the footer's paragraph with it, so unlike a bare number it may close a paragraph."""
_PAGE_OF_PAGES = re.compile(
    r"[ \t]*Page[ \t]+(\d{1,3})[ \t]+of[ \t]+(\d{1,3})[ \t]*", re.IGNORECASE
)
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_STOPPED = re.compile(r"[.!?:;][\"'\u201d\u2019)*_]*$")
"""A paragraph ending a sentence (or introducing a list) ends there."""
_NOT_PROSE = re.compile(r"[ \t]*(?:#|>|\||```|~~~|[-+*][ \t]|\d{1,3}[.)][ \t]*$)")
"""A heading, a quote, a table row or a fence: no printed line of prose."""
_GOES_ON = re.compile(r"[ \t]*(?:\*\*|__|\*|_)?[a-z(]")
"""A paragraph going on with a sentence's words in lower case (perhaps in bold: the tool marks
each bold run, "**respect**")."""
MIN_FULL_LINE = 50
"""A printed line shorter than this never counts as full, whatever the page's width."""


def unprint_markdown_pages(text: str) -> str:
    """`text` with its printed pages' numbers and running lines left out and its printed lines
    joined into paragraphs; unchanged unless its bare-number paragraphs count its pages."""
    lines = text.split("\n")
    numbers = _page_numbers(lines)
    if len(numbers) < MIN_COUNTED_PAGES and not (
        numbers and all(_is_page_of_pages(lines, index) for index in numbers)
    ):
        return text
    pages: list[list[str]] = []
    start = 0
    for index in numbers:
        pages.append(lines[start:index])
        start = index + 1
    pages.append(lines[start:])
    joined: list[str] = []
    for body in without_running_lines(pages):
        if not body:
            continue
        if joined:
            joined.append("")
        joined.extend(body)
    return "\n".join(_printed_lines_joined(joined)) + "\n"


def _page_numbers(lines: Sequence[str]) -> list[int]:
    """The indexes of the paragraphs that are only a number (or of the lines "Page 2 of 3" closing
    a paragraph), when those numbers go up one by one from the first; none otherwise."""
    found: list[tuple[int, int]] = []
    in_code = False
    for index, line in enumerate(lines):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if in_code:
            continue
        before = lines[index - 1] if index > 0 else ""
        after = lines[index + 1] if index + 1 < len(lines) else ""
        if after.strip():
            continue
        if (number := _BARE_NUMBER.fullmatch(line)) is not None and not before.strip():
            found.append((index, int(number[1])))
        elif (worded := _WORDED_NUMBER.fullmatch(line)) is not None:
            found.append((index, int(worded[1])))
    values = [value for _, value in found]
    if not values or values != list(range(values[0], values[0] + len(values))):
        return []
    return [index for index, _ in found]


def _is_page_of_pages(lines: Sequence[str], index: int) -> bool:
    """Whether `lines[index]` is a paragraph of its own that counts a page of the whole ("Page 2
    of 3", its total stated and no smaller than it): a printed page's footer even where it is the
    only one a converter kept, as it is no sentence of the chapter (decision 0418)."""
    worded = _PAGE_OF_PAGES.fullmatch(lines[index])
    before = lines[index - 1] if index > 0 else ""
    return worded is not None and int(worded[1]) <= int(worded[2]) and not before.strip()


def _printed_lines_joined(lines: list[str]) -> list[str]:
    """The lines with each paragraph that filled its printed line and stops mid-sentence joined
    to the next paragraph, when that one goes on in lower case."""
    single = [
        len(line.strip())
        for index, line in enumerate(lines)
        if line.strip()
        and (index == 0 or not lines[index - 1].strip())
        and (index + 1 == len(lines) or not lines[index + 1].strip())
    ]
    if not single:
        return lines
    width = sorted(single)[min(len(single) - 1, int(WIDTH_RANK * len(single)))]
    full = max(MIN_FULL_LINE, FULL_LINE * width)
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        out.append(line)
        index += 1
        while (
            index + 1 < len(lines)
            and not lines[index].strip()
            and _fills_its_line(out[-1].split("\n")[-1], full)
            and _GOES_ON.match(lines[index + 1]) is not None
        ):
            out[-1] = out[-1].rstrip() + " " + lines[index + 1].strip()
            index += 2
    return out


def _fills_its_line(line: str, full: float) -> bool:
    """A printed line of prose that ran to the page's width and stops mid-sentence."""
    stripped = line.strip()
    return (
        len(stripped) >= full
        and _NOT_PROSE.match(line) is None
        and _STOPPED.search(stripped) is None
    )
