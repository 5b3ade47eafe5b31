"""A chapter pasted into an e-mail and quoted by the mail client ("> " before every line).

A chapter often travels by e-mail: a colleague's covering note, then the chapter as the reply
or the forward quoted it, every line opened by the client's quote mark ("> Scope of this
chapter", ">" on the blank lines between paragraphs, ">> " where it was quoted twice). The marks
are the client's, not the council's: read as they stand, every heading and list item is one
line of a quotation, and a numbered heading ("> 1. Introduction") is taken for a list's item.

So when quoted lines make up most of a text, and a long run of them is there, one level of
quotation is taken off each line of such a run: the chapter reads as its author wrote it. The
covering note, unquoted, stays as written. A text that quotes a few lines (a pull quote, a
markdown blockquote of a warning) is unchanged.
"""

from __future__ import annotations

import re

MIN_QUOTED_LINES = 10
"""A run of quoted lines is a quoted chapter, not a quotation, from this many written lines."""
QUOTED_SHARE = 0.5
"""Quoted lines make up at least this share of the text's written lines."""
_QUOTE_MARK = re.compile(r"[ \t]{0,3}> ?")


def unquote_mail(text: str) -> str:
    """`text` with one level of "> " taken off every line of its long quoted runs, when quoted
    lines make up most of it; unchanged otherwise."""
    if ">" not in text:
        return text
    lines = text.split("\n")
    quoted = [_QUOTE_MARK.match(line) is not None for line in lines]
    written = [bool(line.strip()) for line in lines]
    quoted_written = sum(
        1 for is_quoted, line in zip(quoted, lines, strict=True) if is_quoted and line.strip(" >")
    )
    if quoted_written < MIN_QUOTED_LINES or quoted_written < QUOTED_SHARE * sum(written):
        return text
    out = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and quoted[end]:
            end += 1
        run = [line for line in lines[start:end] if line.strip(" >")]
        if len(run) >= MIN_QUOTED_LINES:
            for index in range(start, end):
                out[index] = _QUOTE_MARK.sub("", lines[index], count=1)
        start = max(end, start + 1)
    return "\n".join(out)


MAX_QUOTE_LEVELS = 4
"""A chapter forwarded and then answered is quoted twice ("> > "); past a few levels no mail
chain nests, and the loop is bounded whatever the text."""


def unquote_mail_chain(text: str) -> str:
    """`text` with as many levels of quotation taken off as a chain of mails put on: a chapter
    forwarded, then quoted again in a reply, sits under two marks ("> > 1 Introduction"), and
    taking one off leaves every heading still a line of a quotation. Each level comes off only
    while `unquote_mail` still finds the quoted chapter (most written lines, a long run), so a
    short quotation inside the chapter keeps its mark."""
    for _ in range(MAX_QUOTE_LEVELS):
        unquoted = unquote_mail(text)
        if unquoted == text:
            break
        text = unquoted
    return text
