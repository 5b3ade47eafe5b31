"""A chapter forwarded and then quoted again in a reply (blind round 313, decision 0453): every
line of it stands under two quote marks, and both come off, so its headings read as headings.

Every case is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.mail_quotes import unquote_mail, unquote_mail_chain

_CHAPTER = [
    "Our Promise",
    "",
    "We tell families plainly what worries us",
    "and what would make things better.",
    "",
    "1 How We Decide",
    "",
    "Decisions are made with families, not",
    "about them, wherever that is safe.",
    "",
    "2 Growing Up in Care",
    "",
    "Each young person has a worker who stays",
    "with them until they are ready to move on,",
    "and keeps in touch after that.",
    "",
    "3 Sharing What We Know",
    "",
    "We share what we know about a family only",
    "when a child's safety depends on it, and",
    "we say so to the family unless that would",
    "put the child at risk.",
]


def _quoted(lines: list[str], mark: str) -> str:
    return "\n".join((mark + line) if line else mark.rstrip() for line in lines)


def _reply(chapter: str) -> str:
    return (
        "Hello both,\n\nThe wording below is final.\n\nJo\n\n"
        "> On 3 Mar 2026, at 10:02, Kit Marsh wrote:\n>\n> Pasted below.\n>\n"
        + chapter
        + "\n>\n> Kit\n"
    )


def test_both_marks_come_off_a_chapter_quoted_in_a_reply_to_a_forward() -> None:
    text = _reply(_quoted(_CHAPTER, "> > "))
    unquoted = unquote_mail_chain(text)
    assert "\n".join(_CHAPTER) in unquoted
    assert "> " not in unquoted.split("Pasted below.")[1]


def test_one_call_of_the_single_level_reader_still_takes_one_mark() -> None:
    text = _quoted(_CHAPTER, "> > ")
    assert unquote_mail(text) == _quoted(_CHAPTER, "> ")
    assert unquote_mail_chain(text) == "\n".join(_CHAPTER)


def test_a_short_quotation_inside_a_twice_quoted_chapter_keeps_its_own_mark() -> None:
    chapter = [*_CHAPTER[:5], "> Nothing about me without me.", "", *_CHAPTER[5:]]
    unquoted = unquote_mail_chain(_quoted(chapter, "> > "))
    assert "\n> Nothing about me without me.\n" in unquoted
    assert "\n1 How We Decide\n" in unquoted


def test_an_uploaded_reply_reads_without_any_quote_marks_in_the_chapter() -> None:
    source = read_source(_reply(_quoted(_CHAPTER, "> > ")).encode(), "reply.md")
    assert "\n2 Growing Up in Care\n" in source.text
