"""Site chrome met in the twelfth blind round (issue 12, item 3): accessibility and language
toolbars, a council's top tasks, a manual's pager, a cookie banner under the title, a repeated
title line, rows of links, and chrome between a chapter's last words and the page's stamp.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


@pytest.mark.parametrize(
    "line",
    [
        "Text size: A A A",
        "High contrast",
        "Powered by Google Translate",
        "Previous: Safeguarding Procedures",
        "Next chapter - Case Recording",
        "5 minute read",
        "Pay it",
        "[Print](#p) | Email | [Feedback](#f)",
        "**Marshgate Council** | [Home](/) | [Social care](/sc) | [Manuals](/m)",
        "**You are here:** [Home](/) > [Children](/c) > Procedures",
    ],
)
def test_toolbars_pagers_and_link_rows_are_chrome_lines(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Next, we describe how we plan for permanence.",
        "Contents",
        "Our Values",
        "Policies, Values and Principles",
    ],
)
def test_the_chapters_own_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_top_tasks_menu_above_the_title_goes_with_the_rest_of_the_head() -> None:
    page = (
        "Birchmoor Council logo\nReport it\nPay it\nBook it\nHome\n"
        "Corporate Parenting Duties, Values and Principles\n"
        "This chapter explains what the council owes the children it looks after.\n"
    )
    assert strip_edge_chrome(page, CUES).startswith("Corporate Parenting Duties")


def test_a_contents_link_above_the_pager_goes_but_a_contents_list_stays() -> None:
    pager = (
        "Policies, Values and Principles\nContents\nPrevious chapter\nNext chapter\n"
        "About this chapter\nThis chapter sets the scene for our procedures.\n"
    )
    assert "Contents" not in strip_edge_chrome(pager, CUES)
    listing = (
        "Policies, Values and Principles\nShare\nContents\nWho we are\nWhat we value\n"
        "Who we are\nThis chapter sets the scene for our procedures.\n"
    )
    assert "Contents\nWho we are" in strip_edge_chrome(listing, CUES)


def test_a_cookie_banner_under_the_title_goes() -> None:
    page = (
        "Policies, Values and Principles\n"
        "We would like to use optional cookies to learn how the site is used.\n"
        "Accept all\nReject all\nManage preferences\n"
        "Scope\nThis chapter sets the scene for our procedures.\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert "cookies" not in text and "Reject all" not in text
    assert "Scope\nThis chapter" in text


def test_chrome_above_a_closing_stamp_goes_and_the_stamp_stays() -> None:
    page = (
        "Policies, Values and Principles\n\nThis chapter sets the scene for our procedures.\n\n"
        "[Print](#) | [Feedback](#)\n\nPage last reviewed on 2 October 2024\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert "Feedback" not in text
    assert text.rstrip().endswith("Page last reviewed on 2 October 2024")


def test_related_pages_at_the_bottom_go_with_all_their_entries() -> None:
    page = (
        "Policies, Values and Principles\nThis chapter sets the scene for our procedures.\n"
        "Related pages\nFostering\nAdoption\nPrivate fostering\nCookies\n"
    )
    assert strip_edge_chrome(page, CUES).rstrip().endswith("for our procedures.")


def test_a_site_wide_alert_outside_the_chapter_is_dropped_but_one_inside_is_kept() -> None:
    page = (
        "<html><body><div role='alert'>Phone lines are closed on Friday afternoon.</div>"
        "<main><h1>Policies, Values and Principles</h1>"
        "<div role='alert'><p>This chapter is being reviewed.</p></div>"
        "<p>This chapter sets the scene for our procedures.</p></main></body></html>"
    )
    text = render_html(page)
    assert "Phone lines" not in text
    assert "This chapter is being reviewed." in text


def test_a_page_named_only_in_its_title_element_gets_that_name_as_its_title() -> None:
    page = (
        "<html><head><title>Corporate Parenting | Birchmoor Borough Council</title></head>"
        "<body><div class='content'><p>This chapter explains what the council owes the "
        "children it looks after, and how every department plays its part.</p></div>"
        "</body></html>"
    )
    source = read_source(page.encode(), "page.html")
    assert source.text.startswith("# Corporate Parenting\n\n")


def test_a_page_with_a_visible_title_line_does_not_repeat_its_title_element() -> None:
    page = (
        "<html><head><title>Birchmoor Procedures</title></head><body><div class='page'>"
        "<div><b>Corporate Parenting</b></div><p>This chapter explains what the council owes.</p>"
        "</div></body></html>"
    )
    assert "Birchmoor Procedures" not in read_source(page.encode(), "page.html").text
