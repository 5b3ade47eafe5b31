"""A markdown page's generator marks: a heading's attribute block and a contents directive.

Wikis and static-site generators let an author write two things that are markup, not the
council's words. A heading may end with an attribute block naming its anchor or class
(`## Who this is for {#who-this-is-for}`, kramdown's `{: #scope}`, Pandoc's `{#scope .box}`),
which the site renders as the heading's `id`; left in, the anchor is read as the heading's last
words. A line may hold only a directive asking the site to build a table of contents there
(`[[_TOC_]]` in GitLab and Azure DevOps wikis, `[TOC]` in Python-Markdown, `{{< toc >}}` in a
Hugo shortcode), which the site replaces with links to the page's headings; left in, the
directive is read as a line of the section it stands in. Both are left out of the text, outside
code blocks; the original bytes keep them.
"""

from __future__ import annotations

import re

_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_ATTRIBUTE = r"(?:[#.][A-Za-z][\w:.-]*|[A-Za-z][\w-]*=(?:\"[^\"\n]*\"|'[^'\n]*'|[^\s}]+))"
_HEADING_ATTRIBUTES = re.compile(
    r"^(?P<heading>[ \t]{0,3}#{1,6}[ \t]+\S.*?)[ \t]+\{:?[ \t]*"
    + _ATTRIBUTE
    + r"(?:[ \t]+"
    + _ATTRIBUTE
    + r")*[ \t]*\}[ \t]*$"
)
_CONTENTS_DIRECTIVE = re.compile(
    r"[ \t]*(?:\[\[_?toc_?\]\]|\[toc\]|\{\{[<%][ \t]*toc[ \t]*[>%]\}\}|\$\{toc\})[ \t]*",
    re.IGNORECASE,
)


def leave_out_site_marks(text: str) -> str:
    """`text` without its headings' attribute blocks and its lines holding only a contents
    directive; unchanged inside code blocks and where there are none."""
    if "{" not in text and "[" not in text and "$" not in text:
        return text
    kept: list[str] = []
    in_code = False
    for line in text.split("\n"):
        if _CODE_FENCE.match(line):
            in_code = not in_code
            kept.append(line)
            continue
        if in_code:
            kept.append(line)
            continue
        if _CONTENTS_DIRECTIVE.fullmatch(line):
            continue
        heading = _HEADING_ATTRIBUTES.match(line)
        kept.append(heading["heading"] if heading else line)
    return "\n".join(kept)
