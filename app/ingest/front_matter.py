"""A markdown file's front matter: the static-site generator's settings, not the chapter.

Councils that publish their manual with a static-site generator (Jekyll, Hugo, Eleventy) keep
each chapter as a markdown file that opens with a block of `key: value` settings between two
`---` lines (its layout, permalink, title). The site never shows that block; left in the text it
would be read as the chapter's first lines, its `title:` line taken for the title. Like site
chrome, it is left out of the extracted text, and the original bytes keep it.

Hugo also writes the block in TOML, between two `+++` lines (`key = value`, `[params]` tables);
it is cut off the same way.

A page fetched through a reader service that turns web pages into markdown for other tools
arrives with the service's own header above the page: `Title: <the page's title element>`,
`URL Source: <address>`, sometimes `Published Time:` and `Warning:` lines, then `Markdown
Content:` over the page. Those lines are the service's record of the fetch, not the council's
words; left in, the `Title:` line (the `<title>`, with the site's name after a bar) is taken for
the chapter's title line and the page's own heading for a section under it. They are cut off as
front matter is.

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
_TOML_FRONT_MATTER = re.compile(
    r"\A\ufeff?\+\+\+[ \t]*\n"
    rf"(?P<body>(?:[^\n]*\n){{1,{MAX_FRONT_MATTER_LINES}}}?)"
    r"\+\+\+[ \t]*(?:\n+|\Z)"
)
_READER_EXPORT_HEADER = re.compile(
    r"\A\ufeff?Title:[^\n]*\n(?:[ \t]*\n)*"
    r"(?:(?:Published Time|Warning|Description):[^\n]*\n(?:[ \t]*\n)*){0,4}"
    r"URL Source:[ \t]*\S[^\n]*\n(?:[ \t]*\n)*"
    r"(?:(?:Published Time|Warning|Description):[^\n]*\n(?:[ \t]*\n)*){0,4}"
    r"Markdown Content:[ \t]*\n"
)
"""A reader service's header over the page it converted (`Title:`, `URL Source:`, optional
`Published Time:` / `Warning:` / `Description:` lines, `Markdown Content:`)."""
_SETTING = re.compile(r"[A-Za-z_][\w\-]*[ \t]*:(?:[ \t].*)?")
_CONTINUATION = re.compile(r"(?:[ \t]+\S.*|[ \t]*-[ \t].*|[ \t]*#.*|[ \t]*)")
_TOML_SETTING = re.compile(r"[A-Za-z_][\w\-]*[ \t]*=.*")
_TOML_TABLE = re.compile(r"[ \t]*\[(?P<array>\[)?[ \t]*(?P<name>[\w.\-]+)[ \t]*\]\]?[ \t]*(?:#.*)?")
_TOML_CONTINUATION = re.compile(r"(?:[ \t]+\S.*|[ \t]*\].*|[ \t]*#.*|[ \t]*)")

_YAML_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w\-]*)[ \t]*::?[ \t]*(?P<value>.*)")
_TOML_LINE = re.compile(r"(?P<indent>[ \t]*)(?P<key>[A-Za-z_][\w\-]*)[ \t]*=[ \t]*(?P<value>.*)")


@dataclass(frozen=True, slots=True)
class Setting:
    """One top-level `key: value` line of a front matter block."""

    key: str
    """The key in lower case, `-` read as `_` ("last-modified" is "last_modified"); a key one
    level inside a map (YAML `params:` and its indented `lastmod:`, TOML `[params]` and its
    `lastmod =`) is written with its map's name: "params.lastmod"."""
    value: str
    """The value as written, without surrounding quotes."""
    start: int
    """Offset of `value` in the block."""
    end: int
    """Offset just past `value`."""


_PAGE_PROPERTIES = re.compile(
    r"\A\ufeff?(?:[A-Za-z_][\w\-]*::(?:[ \t][^\n]*)?\n)"
    rf"{{1,{MAX_FRONT_MATTER_LINES}}}(?:[ \t]*\n)+(?=[^\n]*\S)"
)
"""An outliner's page properties (Logseq, Roam: `title:: …`, `tags:: [[…]]`, one `key:: value`
a line before the page's first block): the tool shows them as a box of settings, the page's
own words start after them, so they are cut off as front matter is."""


def split_front_matter(text: str) -> tuple[str, str]:
    """`text` cut into its leading front matter block (`---`, lines of settings: `key: value`,
    their indented or listed continuations, comments; then `---` or `...`; or Hugo's TOML:
    `+++`, `key = value` lines and `[table]` headers, `+++`; or an outliner's `key:: value`
    page properties over a blank line; or a reader service's `Title:` / `URL Source:` /
    `Markdown Content:` header) and the rest. The block is empty when the text opens
    otherwise, when it holds no setting (a thematic break above prose), or when nothing follows
    it."""
    if (properties := _PAGE_PROPERTIES.match(text)) is not None:
        return text[: properties.end()], text[properties.end() :]
    if (header := _READER_EXPORT_HEADER.match(text)) is not None and text[header.end() :].strip():
        return text[: header.end()], text[header.end() :]
    found = _FRONT_MATTER.match(text)
    setting, continuation = _SETTING, _CONTINUATION
    if found is None:
        found = _TOML_FRONT_MATTER.match(text)
        setting, continuation = _TOML_SETTING, _TOML_CONTINUATION
    if found is None:
        return "", text
    lines = found.group("body").splitlines()
    settings = 0
    for line in lines:
        if setting.fullmatch(line):
            settings += 1
        elif not (
            continuation.fullmatch(line)
            or (setting is _TOML_SETTING and _TOML_TABLE.fullmatch(line))
        ):
            return "", text
    if not settings or found.end() >= len(text):
        return "", text
    return text[: found.end()], text[found.end() :]


def strip_front_matter(text: str) -> str:
    """`text` without a leading front matter block (see `split_front_matter`)."""
    return split_front_matter(text)[1]


def front_matter_settings(block: str) -> tuple[Setting, ...]:
    """The settings of a front matter `block` (as `split_front_matter` cuts it), in order: the
    top-level ones, and those one level inside a map (`params:` over indented `key: value`
    lines, a TOML `[params]` table) under their dotted key. Listed lines, deeper levels and
    TOML arrays of tables are left out."""
    toml = block.lstrip("\ufeff").startswith("+++")
    line_pattern = _TOML_LINE if toml else _YAML_LINE
    settings: list[Setting] = []
    parent: str | None = "" if toml else None
    """The map whose settings the next lines may be ("" at the top level), None inside a list
    or an array of tables."""
    child_indent: str | None = None
    offset = 0
    for line in block.splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        content = line.rstrip("\r\n")
        if toml and (table := _TOML_TABLE.fullmatch(content)):
            parent = None if table["array"] or "." in table["name"] else table["name"].lower()
            continue
        found = line_pattern.fullmatch(content)
        if found is None:
            continue
        key = found["key"].lower().replace("-", "_")
        indent = found["indent"]
        if toml:
            if parent is None:
                continue
            name = f"{parent}.{key}" if parent else key
        elif not indent:
            parent, child_indent, name = key, None, key
        else:
            if parent is None or (child_indent is not None and indent != child_indent):
                continue
            child_indent, name = indent, f"{parent}.{key}"
        settings.append(_setting(name, line_start + found.start("value"), found["value"]))
        if not toml and not indent and found["value"].strip():
            parent = None
    return tuple(settings)


def _setting(key: str, start: int, value: str) -> Setting:
    value = value.rstrip()
    end = start + len(value)
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        start, end, value = start + 1, end - 1, value[1:-1]
    return Setting(key, value, start, end)
