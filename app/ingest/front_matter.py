"""A markdown file's front matter: the static-site generator's settings, not the chapter.

Councils that publish their manual with a static-site generator (Jekyll, Hugo, Eleventy) keep
each chapter as a markdown file that opens with a block of `key: value` settings between two
`---` lines (its layout, permalink, title). The site never shows that block; left in the text it
would be read as the chapter's first lines, its `title:` line taken for the title. Like site
chrome, it is left out of the extracted text, and the original bytes keep it.
"""

from __future__ import annotations

import re

MAX_FRONT_MATTER_LINES = 60

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\n"
    rf"(?P<body>(?:[^\n]*\n){{1,{MAX_FRONT_MATTER_LINES}}}?)"
    r"(?:---|\.\.\.)[ \t]*(?:\n+|\Z)"
)
_SETTING = re.compile(r"[A-Za-z_][\w\-]*[ \t]*:(?:[ \t].*)?")
_CONTINUATION = re.compile(r"(?:[ \t]+\S.*|[ \t]*-[ \t].*|[ \t]*#.*|[ \t]*)")


def strip_front_matter(text: str) -> str:
    """`text` without a leading front matter block: `---`, lines of settings (`key: value`, their
    indented or listed continuations, comments), then `---` or `...`. Unchanged when the text
    opens otherwise, or when the block holds no setting (a thematic break above prose)."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return text
    lines = found.group("body").splitlines()
    settings = 0
    for line in lines:
        if _SETTING.fullmatch(line):
            settings += 1
        elif not _CONTINUATION.fullmatch(line):
            return text
    if not settings or found.end() >= len(text):
        return text
    return text[found.end() :]
