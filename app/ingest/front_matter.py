"""A markdown file's front matter: the static-site generator's settings, not the chapter.

Councils that publish their manual with a static-site generator (Jekyll, Hugo, Eleventy) keep
each chapter as a markdown file that opens with a block of `key: value` settings between two
`---` lines (its layout, permalink, title). The site never shows that block; left in the text it
would be read as the chapter's first lines, its `title:` line taken for the title. Like site
chrome, it is left out of the extracted text, and the original bytes keep it.

Some of its settings are the page's own stamps, which the site shows on the page ("Last
updated 11 November 2024" from Hugo's `lastmod`): `front_matter_settings` reads them, with their
offsets in the block, so a fact can quote the block (evidence of origin `front_matter`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_FRONT_MATTER_LINES = 60

_FRONT_MATTER = re.compile(
    r"\A\ufeff?---[ \t]*\n"
    rf"(?P<body>(?:[^\n]*\n){{1,{MAX_FRONT_MATTER_LINES}}}?)"
    r"(?:---|\.\.\.)[ \t]*(?:\n+|\Z)"
)
_SETTING = re.compile(r"[A-Za-z_][\w\-]*[ \t]*:(?:[ \t].*)?")
_CONTINUATION = re.compile(r"(?:[ \t]+\S.*|[ \t]*-[ \t].*|[ \t]*#.*|[ \t]*)")


_TOP_SETTING = re.compile(r"^(?P<key>[A-Za-z_][\w\-]*)[ \t]*:[ \t]*(?P<value>[^\n]*)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Setting:
    """One top-level `key: value` line of a front matter block."""

    key: str
    """The key in lower case, `-` read as `_` ("last-modified" is "last_modified")."""
    value: str
    """The value as written, without surrounding quotes."""
    start: int
    """Offset of `value` in the block."""
    end: int
    """Offset just past `value`."""


def split_front_matter(text: str) -> tuple[str, str]:
    """`text` cut into its leading front matter block (`---`, lines of settings: `key: value`,
    their indented or listed continuations, comments; then `---` or `...`) and the rest. The
    block is empty when the text opens otherwise, when it holds no setting (a thematic break
    above prose), or when nothing follows it."""
    found = _FRONT_MATTER.match(text)
    if found is None:
        return "", text
    lines = found.group("body").splitlines()
    settings = 0
    for line in lines:
        if _SETTING.fullmatch(line):
            settings += 1
        elif not _CONTINUATION.fullmatch(line):
            return "", text
    if not settings or found.end() >= len(text):
        return "", text
    return text[: found.end()], text[found.end() :]


def strip_front_matter(text: str) -> str:
    """`text` without a leading front matter block (see `split_front_matter`)."""
    return split_front_matter(text)[1]


def front_matter_settings(block: str) -> tuple[Setting, ...]:
    """The top-level settings of a front matter `block` (as `split_front_matter` cuts it), in
    order; nested and listed lines are left out."""
    settings: list[Setting] = []
    for found in _TOP_SETTING.finditer(block):
        start, end = found.span("value")
        value = block[start:end].rstrip()
        end = start + len(value)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            start, end, value = start + 1, end - 1, value[1:-1]
        key = found.group("key").lower().replace("-", "_")
        settings.append(Setting(key, value, start, end))
    return tuple(settings)
