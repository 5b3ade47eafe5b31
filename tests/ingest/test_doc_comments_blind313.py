"""An editor's plain-text download keeps the reviewers' comments: a bracketed mark glued to the
word commented on, and the comments listed at the end behind the same marks. They are no words
of the chapter (blind round 313, decision 0453). Written for this test in our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.doc_comments import without_doc_comments

_BODY = (
    "Our Approach\n"
    "We work with families using Family Group Conferencing[a].\n"
    "Plans are agreed within six weeks[b] of the first meeting.\n"
)
_COMMENTS = "\n________________\n[a]Is this still funded next year?\n[b]The handbook says eight.\n"


def test_marks_and_the_comment_list_go() -> None:
    assert without_doc_comments(_BODY + _COMMENTS) == (
        "Our Approach\n"
        "We work with families using Family Group Conferencing.\n"
        "Plans are agreed within six weeks of the first meeting.\n"
    )


def test_crlf_line_ends_stay_as_they_were() -> None:
    text = (_BODY + _COMMENTS).replace("\n", "\r\n")
    assert without_doc_comments(text) == _BODY.replace("[a]", "").replace("[b]", "").replace(
        "\n", "\r\n"
    )


def test_a_list_nothing_in_the_text_points_to_stays() -> None:
    text = "Our Approach\nWe listen.\n\n[a]A note to nobody.\n"
    assert without_doc_comments(text) == text


def test_a_mark_said_twice_in_the_text_is_no_comment_mark() -> None:
    text = "Choose option[a] or option[a] again.\n[a]Which one?\n"
    assert without_doc_comments(text) == text


def test_a_bracketed_letter_standing_alone_is_left() -> None:
    text = "Either route [a] or route [b] may be taken.\n[a]First.\n[b]Second.\n"
    assert without_doc_comments(text) == text


def test_an_uploaded_download_reads_without_the_comments() -> None:
    source = read_source((_BODY + _COMMENTS).encode(), "chapter.txt")
    assert "funded" not in source.text
    assert "[a]" not in source.text
    assert "Family Group Conferencing." in source.text
