"""A page's "last updated" line printed in the site footer is kept as the chapter's last line;
the rest of the footer, and a stamp saying only when the page was reviewed, stay out (decisions
0057, 0094). The watcher's comparison leaves the page stamps closing a text out
(`without_closing_stamps`), judged by the same `is_page_stamp`. Pages in our own words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source, without_closing_stamps
from app.ingest.footer_stamp import is_edit_stamp, is_page_stamp, with_footer_stamp

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
    text = _page("<p>Last updated 12/05/2025</p>", inside="<p>Last reviewed: 3 January 2025</p>")
    assert "12/05/2025" not in text
    assert "Last reviewed: 3 January 2025" in text


@pytest.mark.parametrize(
    "footer",
    [
        "<p>&copy; 2025 Ashby Vale Borough Council</p>",
        "<p>Published 4 April 2024</p>",
        "<p>Our offices were last updated with new opening hours on 3 May 2025, call us.</p>",
        "<p>Page last reviewed: 9 May 2025</p>",
        "<p>Reviewed 2 Dec 2026</p>",
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


def test_a_stamp_in_a_contentinfo_division_is_kept_too():
    html = (
        "<!doctype html><html><body>" + CHAPTER.format(inside="") + "<div role='contentinfo'>"
        "<div>Contact us</div><div>Content last changed: 7 April 2025</div></div></body></html>"
    )
    text = read_source(html.encode()).text
    assert text.rstrip().endswith("\n\nContent last changed: 7 April 2025")
    assert "Contact us" not in text


@pytest.mark.parametrize(
    ("line", "edit"),
    [
        ("Page last modified: Tuesday 4 March 2025", True),
        ("Page updated 2 August 2024", True),
        ("Last edited 2025-01-09", True),
        ("Page last reviewed: 9 May 2025", False),
        ("Reviewed: March 2025", False),
        ("Published: 3 May 2023", False),
    ],
)
def test_an_edit_stamp_says_the_page_changed_not_that_it_was_checked(line, edit):
    assert is_edit_stamp(line) is edit


def test_the_footer_stamp_is_read_as_end_matter_and_the_last_update():
    analyzed = analyze(
        read_source(_page("<p>Page last modified: Tuesday 4 March 2025</p>").encode(), "p.html"),
        get_family(),
    )
    assert analyzed.outline.sections[-1].kind == "end_matter"
    facts = {fact.key: fact.value for fact in analyzed.facts}
    assert facts["last_updated"] == "2025-03-04"


CLOSED = "# Fostering values\n\nWe listen to children.\n\n{stamps}"


@pytest.mark.parametrize(
    "stamps",
    [
        "",
        "Page last modified: 4 March 2025\n",
        "Page last modified: Friday 9 May 2025\n",
        "Last reviewed: 3 January 2025\n\nPage updated 2 June 2025\n\n",
        "**Last updated:** 02/06/2025",
    ],
)
def test_the_stamps_closing_a_text_are_left_out_of_the_words(stamps):
    assert without_closing_stamps(CLOSED.format(stamps=stamps)) == (
        "# Fostering values\n\nWe listen to children."
    )


def test_a_stamp_before_the_last_words_stays_in_them():
    text = "# Fostering values\n\nUpdated: June 2024\n\nWe listen to children.\n"
    assert without_closing_stamps(text) == text.rstrip()


def test_a_change_of_words_before_a_stamp_still_shows():
    before = CLOSED.format(stamps="Page updated 2 June 2025\n")
    after = before.replace("listen to", "hear")
    assert without_closing_stamps(before) != without_closing_stamps(after)


@given(st.text(max_size=200))
def test_the_words_are_the_text_up_to_its_closing_stamps(text):
    words = without_closing_stamps(text)
    assert text.startswith(words)
    rest = text[len(words) :].split("\n")
    assert not rest[0].strip()
    assert all(not line.strip() or is_page_stamp(line) for line in rest[1:])


@given(st.text(max_size=200))
def test_a_stamp_added_after_a_text_leaves_its_words_as_they_were(chapter):
    stamped = with_footer_stamp(chapter + "\nwords", "Page last modified: 4 March 2025")
    assert without_closing_stamps(stamped) == without_closing_stamps(chapter + "\nwords")


def test_a_stamp_in_a_div_named_as_the_footer_is_kept():
    html = (
        "<!doctype html><html><body><div class='manual-layout'>"
        + CHAPTER.format(inside="")
        + "</div><div class='manual-footer'><p>Last updated: 3 June 2025</p>"
        "<p>&copy; Ashby Vale Council | <a href='/terms'>Terms</a></p></div></body></html>"
    )
    text = read_source(html.encode()).text
    assert text.rstrip().endswith("Last updated: 3 June 2025")
    assert "Terms" not in text


def test_a_div_named_as_a_footer_inside_the_chapter_gives_no_stamp_of_its_own():
    html = (
        "<!doctype html><html><body>"
        + CHAPTER.format(
            inside="<div class='chapter-footer'><p>We review these values every year.</p></div>"
        )
        + "</body></html>"
    )
    text = read_source(html.encode()).text
    assert "We review these values every year." in text
    assert "Last updated" not in text
