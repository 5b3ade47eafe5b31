"""Saved pages of the seventy-first blind round (decision 0128): a badge beside a heading's
words, a reading time under the title, a contents box's toggle."""

from __future__ import annotations

from app.ingest.read import read_source


def _read(main: str) -> str:
    page = "<html><head><title>Branwell Council</title></head><body><main>" + main
    return read_source((page + "</main></body></html>").encode(), "page.html").text


_BODY = "<h2>Introduction</h2><p>Families may ask for a planned break of up to fourteen nights.</p>"


def test_a_badge_in_its_own_styled_element_beside_the_title_goes() -> None:
    for badge in ("<span class='badge'>New</span>", "<small class='tag-updated'>Updated</small>"):
        text = _read("<h1>Short Breaks Policy " + badge + "</h1>" + _BODY)
        assert text.startswith("# Short Breaks Policy\n"), text


def test_a_heading_saying_the_word_itself_keeps_it() -> None:
    text = _read("<h1>Short Breaks Policy</h1><h2>What is <em>new</em></h2>" + _BODY)
    assert "## What is new\n" in text
    text = _read("<h1>Short Breaks Policy</h1><h2><span class='x'>New</span></h2>" + _BODY)
    assert "## New\n" in text


def test_a_reading_time_under_the_title_and_a_contents_toggle_go() -> None:
    text = _read(
        "<h1>Short Breaks Policy</h1><p>Reading time: 6 minutes</p>"
        "<div class='toc'><h2>Contents</h2> <span>[<a href='#'>hide</a>]</span>"
        "<ul><li><a href='#i'>1 Introduction</a></li></ul></div>" + _BODY
    )
    assert "Reading time" not in text
    assert "[hide]" not in text
    assert "## Contents\n" in text
