"""A PDF viewer's copy of a chapter's opening that turns one page (blind round 241, decision
0365): one page counter, the page's footer under it and the running header again. Every case is
written for this test in our own words about invented councils."""

from __future__ import annotations

from app.ingest.printed_text import unprint_pages

_HEAD = "Marlow Fen Council - Adult Social Care Procedures\n"


def test_one_page_turn_under_a_repeated_header_loses_its_running_lines() -> None:
    text = (
        _HEAD + "Safeguarding Adults Policy\n"
        "1. Purpose\nThis policy tells staff what to do when they are worried about an adult\n"
        "Page 1 of 4\nNot controlled once printed\n" + _HEAD + "who may be at risk of abuse.\n"
        "2. The law\nThe Care Act 2014 sets out our duties.\n"
    )
    result = unprint_pages(text)
    for chrome in ("Page 1 of 4", "Not controlled once printed", "Adult Social Care Procedures"):
        assert chrome not in result
    assert result.startswith("Safeguarding Adults Policy\n")
    assert "worried about an adult who may be at risk" in result


def test_a_counter_with_no_header_again_under_it_is_left() -> None:
    text = (
        _HEAD + "Safeguarding Adults Policy\nSee page 1 of 4\n"
        "1. Purpose\nThis policy tells staff what to do when they are worried.\n"
    )
    assert unprint_pages(text) == text


def test_a_last_page_counter_turns_no_page() -> None:
    text = (
        _HEAD
        + "Safeguarding Adults Policy\n1. Purpose\nStaff act when worried.\nPage 4 of 4\n"
        + _HEAD
    )
    assert unprint_pages(text) == text
