"""A markdown file's fenced divs: the `<div>`s of the page pandoc converted it from.

Pandoc's HTML-to-markdown keeps each `<div>` of the page as a fence, `::: {#id .class}` … `:::`,
with the div's classes and id. The fence lines are the converter's markup, not the council's
words: left in, a `:::` line opens the title's section and is read as the chapter's first line.
And the div's classes say what an HTML page's classes say (decision 0013): a div whose class,
id or role names site chrome (`.cookie-banner`, `.site-header`, `.breadcrumbs`,
`role="navigation"`) holds the cookie banner, the menu or the trail. So, as an HTML page's tags
are, the fence lines are left out of the extracted text, and a chrome div goes with everything
inside it, by the same `chrome.toml` cues the HTML reader applies. The original bytes keep all.
A div whose role marks a site-wide notice (`role="alert"`, `chrome.toml`'s `landmark_roles`) is
chrome, as the HTML reader drops it, unless it stands inside a div of the page's main content
or article (`{#main}`, `{.main-content}`, `{role="main"}`), where it is the chapter's own.

A text is read so only when its fences pair up (every opening fence is closed); otherwise, and
inside code blocks, it is unchanged.
"""

from __future__ import annotations

import re

from app.ingest.html_render import attribute_words
from app.ingest.model import ChromeCues

_OPENING = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*(\{[^}\n]*\}|[A-Za-z][\w-]*)[ \t]*+:*[ \t]*$")
_CLOSING = re.compile(r"^[ \t]{0,3}:{3,}[ \t]*$")
_CODE_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})")
_ATTRIBUTE = re.compile(r"""([#.])([^\s#.}]+)|(?<![\w-])([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))""")
# The trailing spaces are taken once (`[ \t]*+`) and a name only from its first character
# (`(?<![\w-])`): otherwise a line of spaces, or a long word without "=", is scanned again from
# every position (quadratic in the line).


def unfence_divs(text: str, cues: ChromeCues) -> str:
    """`text` without pandoc's fenced-div lines, and without the divs whose attributes name site
    chrome; unchanged when it has no fenced div or its fences do not pair up."""
    if ":::" not in text:
        return text
    lines = text.split("\n")
    kept: list[str] = []
    open_divs: list[bool] = []  # per open div: whether it is chrome
    open_chrome = 0  # how many of them are: a count, not a scan of the stack each line
    open_content: list[bool] = []  # per open div: whether it holds the page's main content
    open_content_count = 0  # how many of them do: a count, as `open_chrome`
    in_code = False
    fenced = False
    after_fence = False
    for line in lines:
        if _CODE_FENCE.match(line):
            in_code = not in_code
        if not in_code and (opening := _OPENING.match(line)) is not None:
            attributes = opening[1]
            open_divs.append(
                _names_chrome(attributes, cues)
                or (not open_content_count and _names_a_notice(attributes, cues))
            )
            open_content.append(_names_main_content(attributes))
            open_content_count += open_content[-1]
            open_chrome += open_divs[-1]
            fenced = after_fence = True
            continue
        if not in_code and _CLOSING.match(line):
            if not open_divs:
                return text
            open_chrome -= open_divs.pop()
            open_content_count -= open_content.pop()
            after_fence = True
            continue
        if open_chrome:
            continue
        if after_fence and not line.strip() and (not kept or not kept[-1].strip()):
            continue  # the blank line that set the fence off, when one is kept already
        after_fence = False
        kept.append(line)
    if not fenced or open_divs:
        return text
    return "\n".join(kept)


def _names_chrome(attributes: str, cues: ChromeCues) -> bool:
    """True when a fence's class, id, role or aria-label is a chrome cue (`{.site-footer}`,
    `{#cookie-notice}`, `{role="navigation"}`, a bare class name `breadcrumbs`)."""
    values: list[str] = []
    if not attributes.startswith("{"):
        values.append(attributes)
    else:
        for found in _ATTRIBUTE.finditer(attributes[1:-1]):
            if found[1]:
                values.append(found[2])
                continue
            value = found[4] or found[5] or found[6] or ""
            name = found[3].lower()
            if name == "role" and any(role in cues.drop_roles for role in value.lower().split()):
                return True
            if name in ("class", "id", "aria-label"):
                values.append(value)
    return any(_has_cue(attribute_words(value), cues) for value in values)


_MAIN_CONTENT_WORDS = frozenset({"main", "article"})


def _attribute_values(attributes: str) -> list[tuple[str, str]]:
    """A fence's attributes as (name, value) pairs: `.x` a class, `#x` an id, `k="v"` as
    written, a bare word (`::: alert`) a class."""
    if not attributes.startswith("{"):
        return [("class", attributes)]
    pairs: list[tuple[str, str]] = []
    for found in _ATTRIBUTE.finditer(attributes[1:-1]):
        if found[1]:
            pairs.append(("class" if found[1] == "." else "id", found[2]))
        else:
            pairs.append((found[3].lower(), found[4] or found[5] or found[6] or ""))
    return pairs


def _names_a_notice(attributes: str, cues: ChromeCues) -> bool:
    """True when a fence's role marks a site-wide notice (`{role="alert"}`)."""
    return any(
        name == "role" and any(role in cues.landmark_roles for role in value.lower().split())
        for name, value in _attribute_values(attributes)
    )


def _names_main_content(attributes: str) -> bool:
    """True when a fence is the page's main content or article (`{#main}`, `{.main-content}`,
    `{role="main"}`, `{.article-body}`)."""
    for name, value in _attribute_values(attributes):
        if name == "role" and "main" in value.lower().split():
            return True
        if name in ("class", "id") and _MAIN_CONTENT_WORDS & set(attribute_words(value)):
            return True
    return False


def _has_cue(words: list[str], cues: ChromeCues) -> bool:
    return any(
        tuple(words[position : position + len(cue)]) == cue
        for cue in cues.class_cues
        if cue
        for position in range(len(words) - len(cue) + 1)
    )
