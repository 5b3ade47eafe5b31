"""A markdown file whose links are reference links with their addresses listed at the end.

html2text (`--reference-links`) and some CMS exports write each link of a page as `[text][N]` and
list the addresses last, one `[N]: address` a line. The list is the converter's, as a text-mode
browser's "References" list is (decision 0055), and the numbered form hides what a link is: the
chrome rules know a menu entry `* [Home](/)` or a skip link `[Skip to main content](#main)` by
its inline form. So, for a text that ends with such a list and whose every reference names an
entry of it, the references are written inline and the list is left out of the extracted text;
the original bytes keep it. A text with a short list (a single footnote) or a reference the
list does not give is unchanged.
"""

from __future__ import annotations

import re

_DEFINITION = re.compile(r"^[ \t]{0,3}\[([^\]\n]+)\]:[ \t]*(\S+)(?:[ \t]+\"[^\"\n]*\")?[ \t]*$")
_IMAGE_REFERENCE = re.compile(r"!\[([^\[\]\n]*)\]\[([^\[\]\n]+)\]")
_LINK_REFERENCE = re.compile(r"\[((?:[^\[\]\n]|!\[[^\[\]\n]*\]\([^()\s]*\))*)\]\[([^\[\]\n]+)\]")
MIN_DEFINITIONS = 2
"""Fewer addresses than this at the end make a footnote, not a converter's link list."""


def inline_reference_links(text: str) -> str:
    """`text` with its reference links written inline and its closing list of addresses left
    out, when it ends with such a list that gives every reference; unchanged otherwise."""
    lines = text.rstrip().split("\n")
    addresses: dict[str, str] = {}
    index = len(lines) - 1
    while index >= 0:
        found = _DEFINITION.match(lines[index])
        if found is not None:
            addresses.setdefault(found[1].lower(), found[2])
        elif lines[index].strip():
            break
        index -= 1
    if len(addresses) < MIN_DEFINITIONS:
        return text
    body = "\n".join(lines[: index + 1]) + "\n"
    labels = {found[2].lower() for found in _IMAGE_REFERENCE.finditer(body)}
    labels |= {found[2].lower() for found in _LINK_REFERENCE.finditer(body)}
    if not labels or not labels <= addresses.keys():
        return text
    inlined = _inlined(_IMAGE_REFERENCE, body, addresses, "!", len(text))
    if inlined is not None:
        inlined = _inlined(_LINK_REFERENCE, inlined, addresses, "", len(text))
    return text if inlined is None else inlined


def _inlined(
    pattern: re.Pattern[str], body: str, addresses: dict[str, str], mark: str, budget: int
) -> str | None:
    """`body` with `pattern`'s references written inline; None when that would write more than
    `budget` characters of addresses (one long address referenced thousands of times: the text
    would balloon, quadratic in the upload)."""
    written = sum(len(addresses.get(found[2].lower(), "")) for found in pattern.finditer(body))
    if written > budget:
        return None
    return pattern.sub(lambda found: _inline(found, addresses, mark), body)


def _inline(found: re.Match[str], addresses: dict[str, str], mark: str) -> str:
    """A reference written inline; one the list does not give is left as written (an address
    written in by the image pass may itself read as a reference, `[x][y]`)."""
    address = addresses.get(found[2].lower())
    return found[0] if address is None else f"{mark}[{found[1]}]({address})"
