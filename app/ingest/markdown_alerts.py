"""A markdown page's alert and callout markers: the type word a note box is written with.

GitHub's markdown writes a note box as a quote whose first line is its type in brackets
(`> [!NOTE]`, `> [!WARNING]`), Obsidian's as a callout whose marker may carry the box's own
title after it (`> [!info] Amendment`). The marker is the markup that picks the box's colour
and icon, as `<aside>` or a fenced div's class is, not the council's words: left in, "[!NOTE]"
opens the chapter's amendment note and is read as its first words. So the marker is left out;
a title after it stays, on the quote's first line, and so does every other line of the quote.
The original bytes keep all.
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"^(?P<quote>[ \t]{0,3}>[ \t]?)[ \t]*\[![A-Za-z]{2,12}\][+-]?[ \t]*")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")


def leave_out_alert_markers(text: str) -> str:
    """`text` without the `[!TYPE]` markers that open its quoted alert and callout boxes; a
    marker alone on its line goes with the line. Unchanged inside code blocks."""
    if "[!" not in text:
        return text
    kept: list[str] = []
    in_code = False
    for line in text.split("\n"):
        if _CODE_FENCE.match(line):
            in_code = not in_code
        marker = None if in_code else _MARKER.match(line)
        if marker is None:
            kept.append(line)
            continue
        title = line[marker.end() :]
        if title.strip():
            kept.append(marker["quote"] + title)
    return "\n".join(kept)
