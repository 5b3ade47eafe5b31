"""An outliner's block properties: settings the tool keeps under a block and never shows.

Outliners that store pages as markdown (Logseq, and the tools that export their format) write
every paragraph as a `- ` block and keep a block's settings as indented `key:: value` lines
right under its first line: its identifier (`id:: 65c0…`, the target of a block reference),
whether it is folded (`collapsed:: true`), a heading flag. The tool shows none of them; left in,
each would read as a line of the block's own words, and a heading block's line would run on
into them. They are left out of the extracted text as a viewer leaves them out; the page's own
properties at its top are cut off with the front matter (`front_matter.split_front_matter`).
"""

from __future__ import annotations

import re

_BLOCK_PROPERTY = re.compile(r"[ \t]+[A-Za-z_][\w\-]*::(?:[ \t][^\n]*)?")
_LIST_LINE = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])[ \t]+\S")


def leave_out_block_properties(text: str) -> str:
    """`text` without the indented `key:: value` lines that follow a list item's line (or
    another such line); unchanged when there are none."""
    if "::" not in text:
        return text
    out: list[str] = []
    after_item = False
    for line in text.split("\n"):
        if after_item and _BLOCK_PROPERTY.fullmatch(line):
            continue
        after_item = _LIST_LINE.match(line) is not None
        out.append(line)
    return "\n".join(out)
