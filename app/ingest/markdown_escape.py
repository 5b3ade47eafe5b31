"""Keep text read from Word and PDF files from being mis-read as markdown markup.

A Word paragraph that begins "1." without being a list item, a line "- 2024 -", or "# of
referrals" would otherwise become a list item, a rule or a heading when the markdown block
scanner reads the rendered text. Only block-level markup is escaped, at the start of a line: the
scanner does not parse inline markup, and every backslash added is text the reader then sees.
"""

from __future__ import annotations

import re

_BLOCK_MARKUP = re.compile(
    r"(?:#{1,6}(?=[ \t]|$)"  # ATX heading
    r"|>"  # block quote
    r"|[-+*](?=[ \t]|$)"  # bullet
    r"|(?:[-*_][ \t]*){3,}$"  # thematic break or setext underline
    r"|=+[ \t]*$"  # setext underline
    r"|```|~~~"  # code fence
    r"|\[[^\]\n]*\]:"  # link reference definition
    r")"
    r"|(?P<number>\d{1,9})(?=[.)](?:[ \t]|$))"  # ordered list item: escape its delimiter
)
_CLOSING_HASHES = re.compile(r"([ \t])(#+[ \t]*)$")


def escape_line_start(line: str) -> str:
    """`line` (already stripped) with a backslash before markup that would open a block."""
    match = _BLOCK_MARKUP.match(line)
    if match is None:
        return line
    if match.group("number") is not None:
        cut = match.end()
        return line[:cut] + "\\" + line[cut:]
    return "\\" + line


def escape_lines(text: str) -> str:
    """Every line of `text` escaped at its start (see `escape_line_start`)."""
    return "\n".join(escape_line_start(line) for line in text.split("\n"))


def escape_heading_text(text: str) -> str:
    """Heading words for an ATX line: only a closing run of `#` would be taken as markup."""
    return _CLOSING_HASHES.sub(lambda match: match.group(1) + "\\" + match.group(2), text)
