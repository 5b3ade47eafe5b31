"""A page's "last updated" line printed in the site footer is kept as the chapter's last line;
the rest of the footer stays out (decision 0057)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest import read_source
from app.ingest.footer_stamp import is_page_stamp, with_footer_stamp

CHAPTER = (
    "<main><h1>Fostering: Values and Principles</h1>"
    "<p>We listen to children and keep the promises we make to them.</p>{inside}</main>"
)


def _page(footer: str, inside: str = "") -> str:
    html = (
        "<!doctype html><html><body><header><a href='/'>Home</a></header>"
        + CHAPTER.format(inside=inside)
        + f"<footer>{footer}</footer></body></html>"
    )
    return read_source(html.encode()).text


def test_a_footer_stamp_becomes_the_last_line_and_the_rest_of_the_footer_goes():
    text = _page(
        "<p>Page last updated: Monday 2 June 2025</p>"
        "<p><a href='/privacy'>Privacy</a> | <a href='/cookies'>Cookies</a></p>"
        "<p>&copy; Ashby Vale Borough Council</p>"
    )
    assert text.rstrip().endswith(
        "We listen to children and keep the promises we make to them."
        "\n\nPage last updated: Monday 2 June 2025"
    )
    assert "Privacy" not in text
    assert "Ashby Vale" not in text


def test_a_chapter_with_its_own_stamp_gets_no_second_one():
    text = _page("<p>Last reviewed 12/05/2025</p>", inside="<p>Last reviewed: 3 January 2025</p>")
    assert "12/05/2025" not in text
    assert "Last reviewed: 3 January 2025" in text


@pytest.mark.parametrize(
    "footer",
    [
        "<p>&copy; 2025 Ashby Vale Borough Council</p>",
        "<p>Published 4 April 2024</p>",
        "<p>Our offices were last updated with new opening hours on 3 May 2025, call us.</p>",
    ],
)
def test_a_footer_without_a_page_stamp_adds_nothing(footer):
    text = _page(footer)
    assert text.rstrip().endswith("keep the promises we make to them.")


@pytest.mark.parametrize(
    "line",
    [
        "Page last modified: Tuesday 4 March 2025",
        "This page was last updated on 21st November 2024.",
        "Last edited 2025-01-09",
        "Reviewed: March 2025",
        "**Last updated:** 02/06/2025",
    ],
)
def test_stamps_that_date_the_page(line):
    assert is_page_stamp(line)


@pytest.mark.parametrize(
    "line", ["Published: 3 May 2023", "Updated guidance is on the way", "Copyright 2025"]
)
def test_lines_that_do_not_date_the_page(line):
    assert not is_page_stamp(line)


@given(st.text(max_size=200))
def test_adding_a_stamp_keeps_the_chapter_text_as_it_was(chapter):
    result = with_footer_stamp(chapter, "Last updated: 1 May 2025")
    assert result.startswith(chapter.rstrip())
