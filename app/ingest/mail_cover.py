"""A chapter sent on in an e-mail: the mail's own lines around the chapter are not the chapter.

A mail saved or copied as text opens with its header ("From: …", "Sent: …", "To: …",
"Subject: …"), then the sender's note ("Hi all, forwarding the agreed text …", a name), perhaps
a forwarded message's own header under it, then the chapter; after the chapter come a sign-off,
a signature and the organisation's confidentiality footer. A reply that quotes a forward sets
the chapter under its quote marks ("> > 1 Introduction") and the mails' notes, attribution
("On 4 Feb 2026, Sam Lee wrote:") and signatures at shallower depths around it.

Like a web page's chrome these lines are left out of the extracted text (the original bytes keep
them): they are who sent the chapter and how, never the council's words (decision 0516). Only a
text that shows it is a mail is touched: it opens with a header block of two lines or more, one
of them "From:"; or a reply's attribution ("On …, Sam wrote:") stands in its first lines over the
chapter quoted below it, or a forward's separator over a header block holding "From:" (a reply
posted above or below the quote, a forward with a note over it, decision 0594); or its last lines
hold a phone's sign line ("Sent from my iPhone"). A chapter that quotes a mail, or a letter, is
read as written.
"""

from __future__ import annotations

import re

from app.text.letters import SALUTATION_RE, VALEDICTION_RE

_HEADER_LINE = re.compile(r"[ \t>]*(?:From|Sent|Date|To|Cc|Subject)[ \t]*:[ \t]*\S[^\n]*")
_FROM_LINE = re.compile(r"[ \t>]*From[ \t]*:")
_MAIL_SEPARATOR = re.compile(
    r"[ \t>]*(?:-{3,}[ \t]*(?:Original Message|Forwarded message)[ \t]*-{3,}"
    r"|Begin forwarded message:|On [^\n]{5,160}\bwrote:)[ \t]*",
    re.IGNORECASE,
)
"""A line that says a mail quoted or forwarded follows: Outlook's "-----Original
Message-----", a web client's "---------- Forwarded message ---------", Apple Mail's "Begin
forwarded message:", a reply's attribution "On …, Sam Lee wrote:"."""
_SIGNATURE_SEPARATOR = re.compile(r"[ \t>]*--[ \t]*")
"""The line "-- " a mail client sets over the sender's signature."""
_SENT_FROM_A_DEVICE = re.compile(
    r"[ \t>]*(?:Sent from (?:my|Outlook|Mail for|Yahoo Mail)\b[^\n]{0,40}"
    r"|Get Outlook for (?:iOS|Android)[^\n]{0,20})",
    re.IGNORECASE,
)
"""The line a phone's or an app's mail client adds under what was typed: "Sent from my
iPhone", "Sent from my phone", "Sent from Outlook for Android", "Get Outlook for iOS"."""
_SENDER = re.compile(r'[ \t>]*From[ \t]*:[ \t]*"?([^"<\n@]*?)"?[ \t]*<[^\n]*')
"""A "From:" field with a display name before the address: the name is the sender's, and the
same name on a line of its own at the foot opens their signature."""
_GREETING_OPENING = re.compile(r"[ \t*_>]*(?:Dear|Hi|Hello)[ \t]+\w+[ \t]*[,!]")
"""A greeting opening a mail's first line, with the note running on after it ("Hi everyone,
the agreed text is below.")."""

OPENING_LINES = 2
"""The header block starts within this many written lines (a markdown subject heading may
stand over it)."""
MIN_HEADER_LINES = 2
HEAD_ZONE_LINES = 40
"""Mail markers (header blocks, separators) are looked for in this many written lines."""
MAX_NOTE_PARAGRAPHS = 3
MAX_NOTE_WORDS = 30
"""A note under the last marker ("Final version attached and pasted below.") is a few short
paragraphs at most; a longer paragraph is the chapter's own opening."""
FOOT_ZONE_LINES = 15
"""A sign-off or signature separator is looked for in this many last written lines."""
MIN_QUOTED_CHAPTER_LINES = 10
SEPARATOR_OPENING_LINES = 8
"""A reply's attribution or a forward's separator shows a mail when it stands within this
many written lines of the top: under a short note and its sender's name at most."""


def without_mail_cover(text: str) -> str:
    """`text` without the mail's header, notes, attribution lines and signatures around the
    chapter it carries; unchanged when it does not open as a mail, or when nothing would be
    left."""
    lines = text.split("\n")
    written = [index for index, line in enumerate(lines) if line.strip(" \t>")]
    if _opens_as_a_mail(lines, written) or _opens_with_a_reply_or_a_forward(lines, written):
        quoted = _deepest_quoted_run(lines)
        if quoted is not None:
            return _joined(_without_a_quoted_forwards_head(lines[quoted[0] : quoted[1] + 1]), text)
        first = _after_the_head(lines, written)
    elif _signed_from_a_device(lines, written):
        first = _after_a_greeting(lines, written)
    else:
        return text
    if first is None:
        return text
    last = _before_the_foot(lines, written, first)
    if last is None or last < first:
        return text
    return _joined(lines[first : last + 1], text)


def _joined(kept: list[str], text: str) -> str:
    chapter = "\n".join(kept).strip("\n")
    if not chapter.strip(" \t>"):
        return text
    return chapter + "\n" if text.endswith("\n") else chapter


def _opens_as_a_mail(lines: list[str], written: list[int]) -> bool:
    for opening in written[:OPENING_LINES]:
        block = _header_block_at(lines, opening)
        if len(block) >= MIN_HEADER_LINES and any(
            _FROM_LINE.match(lines[index]) for index in block
        ):
            return True
    return False


def _opens_with_a_reply_or_a_forward(lines: list[str], written: list[int]) -> bool:
    """A separator in the first lines over the quoted chapter (a reply posted above or below
    the quote) or over a header block holding "From:" (a forward, a note perhaps above it)."""
    for index in written[:SEPARATOR_OPENING_LINES]:
        if _MAIL_SEPARATOR.fullmatch(lines[index]) is None:
            continue
        below = [line for line in written if line > index]
        block = _header_block_at(lines, below[0]) if below else []
        if any(_FROM_LINE.match(lines[line]) for line in block):
            return True
        if _deepest_quoted_run(lines) is not None:
            return True
    return False


def _signed_from_a_device(lines: list[str], written: list[int]) -> bool:
    return any(
        _SENT_FROM_A_DEVICE.fullmatch(lines[index]) is not None
        for index in written[-FOOT_ZONE_LINES:]
    )


def _after_a_greeting(lines: list[str], written: list[int]) -> int | None:
    """The first line of the chapter in a mail with no header: past a greeting that opens the
    text and the few short note paragraphs it starts; the first written line without one."""
    if not written:
        return None
    if _GREETING_OPENING.match(lines[written[0]]) is None and (
        SALUTATION_RE.fullmatch(lines[written[0]]) is None
    ):
        return written[0]
    for notes, index in enumerate(written):
        if notes >= MAX_NOTE_PARAGRAPHS or not _is_note_line(lines[index].strip(" \t>")):
            return index
    return None


def _header_block_at(lines: list[str], start: int) -> list[int]:
    block: list[int] = []
    index = start
    while index < len(lines) and _HEADER_LINE.fullmatch(lines[index]) is not None:
        block.append(index)
        index += 1
    return block


def _depth(line: str) -> int:
    return line[: len(line) - len(line.lstrip(" \t>"))].count(">")


def _deepest_quoted_run(lines: list[str]) -> tuple[int, int] | None:
    """The first and last line of the run at the deepest quote depth, where that run is the
    chapter: at least `MIN_QUOTED_CHAPTER_LINES` written lines and most of the text's written
    lines. None where the chapter is not quoted."""
    depths = [_depth(line) for line in lines]
    deepest = max(depths, default=0)
    if deepest == 0:
        return None
    runs: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if depths[index] < deepest:
            index += 1
            continue
        start = index
        while index < len(lines) and depths[index] >= deepest:
            index += 1
        runs.append((start, index - 1))
    if len(runs) != 1:
        return None
    first, last = runs[0]
    in_run = sum(1 for line in lines[first : last + 1] if line.strip(" \t>"))
    all_written = sum(1 for line in lines if line.strip(" \t>"))
    if in_run < MIN_QUOTED_CHAPTER_LINES or 2 * in_run < all_written:
        return None
    return first, last


def _after_the_head(lines: list[str], written: list[int]) -> int | None:
    """The first line of the chapter: past the last mail marker in the head (a header block's
    last line, a separator), then past a few short note paragraphs (a greeting, a sentence or
    two) under it, to the first line that is no sentence, greeting or sign-off."""
    last_marker: int | None = None
    for index in written[:HEAD_ZONE_LINES]:
        if _MAIL_SEPARATOR.fullmatch(lines[index]) is not None or _in_a_header_block(lines, index):
            last_marker = index
    if last_marker is None:
        return None
    notes = 0
    for index in written:
        if index <= last_marker:
            continue
        line = lines[index].strip(" \t>")
        if _is_note_line(line) and notes < MAX_NOTE_PARAGRAPHS:
            notes += 1
            continue
        return index
    return None


def _without_a_quoted_forwards_head(quoted: list[str]) -> list[str]:
    """The quoted chapter without the head of the forward it came in: a reply quotes the whole
    forward, whose own "From:" block, greeting, note and sender's name stand over the chapter at
    the same depth (decision 0594). The note's paragraphs are wrapped as the quote was, so each
    is read whole; the name is a word or two of the forward's "From:" field."""
    written = [index for index, line in enumerate(quoted) if line.strip(" \t>")]
    if not _opens_as_a_mail(quoted, written):
        return quoted
    last_marker = max(
        (index for index in written[:HEAD_ZONE_LINES] if _in_a_header_block(quoted, index)),
        default=None,
    )
    if last_marker is None:
        return quoted
    sender_words = {
        word.lower()
        for line in quoted[: last_marker + 1]
        if _FROM_LINE.match(line)
        for word in re.findall(r"[A-Za-z'\-]+", line.split(":", 1)[1].split("<", 1)[0])
    }
    paragraphs: list[list[int]] = []
    for index in written:
        if index <= last_marker:
            continue
        if paragraphs and paragraphs[-1][-1] == index - 1:
            paragraphs[-1].append(index)
        else:
            paragraphs.append([index])
    for notes, paragraph in enumerate(paragraphs):
        said = " ".join(quoted[index].strip(" \t>") for index in paragraph)
        names = re.findall(r"[A-Za-z'\-]+", said)
        is_sign_off = (
            len(paragraph) == 1
            and bool(names)
            and len(names) <= 2
            and ({name.lower() for name in names} <= sender_words)
        )
        if notes >= MAX_NOTE_PARAGRAPHS + 1 or not (_is_note_line(said) or is_sign_off):
            return quoted[paragraph[0] :]
    return quoted


def _in_a_header_block(lines: list[str], index: int) -> bool:
    """A header line with another right above or below it: one "Date: March 2025" line alone
    is a chapter's stamp, not a mail's header."""
    if _HEADER_LINE.fullmatch(lines[index]) is None:
        return False
    neighbours = [lines[near] for near in (index - 1, index + 1) if 0 <= near < len(lines)]
    return any(_HEADER_LINE.fullmatch(line) is not None for line in neighbours)


def _is_note_line(line: str) -> bool:
    return (
        SALUTATION_RE.fullmatch(line) is not None
        or VALEDICTION_RE.fullmatch(line) is not None
        or (line.endswith((".", ",", "!", "?")) and len(line.split()) <= MAX_NOTE_WORDS)
    )


def _before_the_foot(lines: list[str], written: list[int], first: int) -> int | None:
    """The last line of the chapter: above the sign-off, the signature separator, a phone's
    sign line or the sender's name alone on a line (their signature) among the last written
    lines, and the blank lines over it; the last written line where there is none."""
    senders = _senders(lines, written)
    for index in written[-FOOT_ZONE_LINES:]:
        if index <= first:
            continue
        line = lines[index]
        if (
            VALEDICTION_RE.fullmatch(line) is not None
            or _SIGNATURE_SEPARATOR.fullmatch(line)
            or _SENT_FROM_A_DEVICE.fullmatch(line) is not None
            or line.strip(" \t>") in senders
        ):
            above = [kept for kept in written if first <= kept < index]
            return above[-1] if above else None
    return written[-1]


def _senders(lines: list[str], written: list[int]) -> set[str]:
    """The display names of the head's "From:" fields ("From: Sam Lee <sam@…>" gives "Sam
    Lee"); a name of one word is left out, as a chapter's last line could be one."""
    names: set[str] = set()
    for index in written[:HEAD_ZONE_LINES]:
        match = _SENDER.fullmatch(lines[index])
        if match is not None and " " in (name := match.group(1).strip()):
            names.add(name)
    return names
