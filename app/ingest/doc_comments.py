"""Reviewers' comments that an editor's plain-text download writes into the text.

An online editor's "Download as plain text" keeps the comments left on a document: a mark of
letters in square brackets glued to the word a comment is on ("our practice model[a]."), and at
the very end, after a rule, each comment's words behind the same mark ("[a]Has this been signed
off?"). The comments are the reviewers' notes on a draft, not the chapter's words: read as text,
a question about a model names a model the chapter does not use, and a timescale a reviewer
quotes reads as a second one. Word comments are no text (decisions 0012, 0035, 0143), nor are a
markdown file's HTML comments; so it is with these.

Only a closing run of lines that are all marked comments counts, and only when every comment's
mark is glued to a word in the text above it: a list of notes at the end that nothing in the
text points to, or a bracketed letter standing alone ("option [a] or [b]"), stays as written.
"""

from __future__ import annotations

import re

_COMMENT_LINE = re.compile(r"\[(?P<mark>[a-z]{1,3})\]\S[^\n]*")
"""A comment as the download lists it: its mark, then its words with no space between."""
_RULE_LINE = re.compile(r"[ \t]*_{4,}[ \t]*")
"""The rule the download draws between the document and its comments."""


def _glued_mark(mark: str) -> re.Pattern[str]:
    return re.compile(r"(?<=\S)\[" + re.escape(mark) + r"\]")


def without_doc_comments(text: str) -> str:
    """`text` without an editor's comment list at its end and the marks that point to it;
    unchanged where the text has no such list."""
    if "[" not in text:
        return text
    lines = text.split("\n")
    end = len(lines)
    while end > 0 and not lines[end - 1].strip(" \t\r"):
        end -= 1
    start = end
    marks: list[str] = []
    while start > 0:
        line = lines[start - 1].rstrip("\r")
        if not line.strip():
            start -= 1
            continue
        found = _COMMENT_LINE.fullmatch(line)
        if found is None:
            break
        marks.append(found["mark"])
        start -= 1
    if not marks or len(set(marks)) != len(marks):
        return text
    while start < end and not lines[start].strip(" \t\r"):
        start += 1
    cut = start
    while cut > 0 and not lines[cut - 1].strip(" \t\r"):
        cut -= 1
    if cut > 0 and _RULE_LINE.fullmatch(lines[cut - 1].rstrip("\r")):
        cut -= 1
        while cut > 0 and not lines[cut - 1].strip(" \t\r"):
            cut -= 1
    body = "\n".join(lines[:cut])
    patterns = [_glued_mark(mark) for mark in marks]
    if any(len(pattern.findall(body)) != 1 for pattern in patterns):
        return text
    for pattern in patterns:
        body = pattern.sub("", body)
    return body + ("\n" if text.endswith("\n") else "")
