"""A chapter pasted into a chat and the chat exported as text: the chat's own lines are not the
chapter.

A chat program's export sets a stamp before each message ("[04/03/2026, 10:02:48] Sam Lee: …"
or "04/03/2026, 10:02 - Sam Lee: …"): the date, the time and the sender, then the message,
whose later lines run on unmarked. A chapter pasted as one message is one long message among
short ones ("here it is", "thanks, got it"). The stamps and the other messages are the chat's,
who sent what and when, never the council's words; like a mail's cover (decision 0516) they are
left out of the extracted text and the original bytes keep them (decision 0594).

Only a text whose first written line is such a stamped message, with another stamped message
in it, and one message holding most of its lines, is touched: a chapter that quotes a line of
a chat is read as written.
"""

from __future__ import annotations

import re
from itertools import accumulate

_STAMP = re.compile(
    r"[ \t]*\[?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?[^:\n]{1,60}?:[ \t]"
)
"""A message's stamp: a day's date and a time, in square brackets or followed by " - ", then
the sender's name and a colon."""

MIN_CHAPTER_LINES = 10
"""The pasted chapter is a message of at least this many written lines."""


def without_chat_stamps(text: str) -> str:
    """The one long message of a chat export whose messages are stamped (its stamp taken off),
    without the chat's other messages; `text` unchanged when it is no such export."""
    lines = text.split("\n")
    written = [index for index, line in enumerate(lines) if line.strip()]
    if not written or _STAMP.match(lines[written[0]]) is None:
        return text
    starts = [index for index in written if _STAMP.match(lines[index]) is not None]
    if len(starts) < 2:
        return text
    ends = [*starts[1:], len(lines)]
    written_before = list(accumulate((bool(line.strip()) for line in lines), initial=0))
    sizes = [
        written_before[end] - written_before[start] for start, end in zip(starts, ends, strict=True)
    ]
    longest = max(range(len(starts)), key=lambda message: sizes[message])
    if sizes[longest] < MIN_CHAPTER_LINES or 2 * sizes[longest] < len(written):
        return text
    start, end = starts[longest], ends[longest]
    stamp = _STAMP.match(lines[start])
    if stamp is None:
        return text
    kept = [lines[start][stamp.end() :], *lines[start + 1 : end]]
    chapter = "\n".join(kept).strip("\n")
    return chapter + "\n" if text.endswith("\n") else chapter
