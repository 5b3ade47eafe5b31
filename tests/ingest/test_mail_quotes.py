"""A chapter pasted into an e-mail and quoted by the mail client: read without the quote marks.

Every case is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.mail_quotes import unquote_mail

_CHAPTER = [
    "Our Aims",
    "",
    "We help families early and we plan",
    "with them.",
    "",
    "1. Our Values",
    "",
    "We listen. We are fair.",
    "",
    "- Children Act 1989",
    "- Children Act 2004",
    "",
    "2. Our Vision",
    "",
    "Every child safe at home, every family",
    "heard, every young person ready for",
    "the adult world.",
    "",
    "End",
]


def _quoted(lines: list[str], mark: str = "> ") -> str:
    return "\n".join((mark + line) if line else mark.strip() for line in lines)


def test_a_quoted_chapter_under_a_covering_note_loses_its_quote_marks() -> None:
    text = "Hi all,\n\nThe chapter is below.\n\nSam\n\n" + _quoted(_CHAPTER) + "\n"
    assert (
        unquote_mail(text)
        == "Hi all,\n\nThe chapter is below.\n\nSam\n\n" + "\n".join(_CHAPTER) + "\n"
    )


def test_only_one_level_of_quotation_goes() -> None:
    text = _quoted(_CHAPTER, "> > ")
    assert unquote_mail(text) == _quoted(_CHAPTER)


def test_a_short_quotation_in_a_typed_text_stays() -> None:
    text = "Our Values\n\n> Children should be heard.\n> That is our promise.\n\nWe listen.\n"
    assert unquote_mail(text) == text


def test_a_long_quotation_in_a_longer_unquoted_text_stays() -> None:
    typed = [f"Line {n} of our own words." for n in range(30)]
    text = "\n".join(typed) + "\n" + _quoted(_CHAPTER) + "\n"
    assert unquote_mail(text) == text


def test_an_uploaded_quoted_chapter_reads_its_numbered_headings() -> None:
    source = read_source((_quoted(_CHAPTER) + "\n").encode(), "forwarded.txt")
    assert source.text.startswith("Our Aims\n")
    assert "\n1. Our Values\n" in source.text
    assert ">" not in source.text
