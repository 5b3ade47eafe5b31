"""A page copied as text: the chapter's title survives the site's chrome around it (issue 12,
item 3; blind set 5)."""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


@pytest.mark.parametrize(
    "page",
    [
        "Skip to content\nGlenwick City Council\nMenu\nPolicies, Values and Principles\n"
        "Print this page\nThis chapter sets out our values.\n",
        "Skip to content\nMenu\nCorporate Parenting\nPrint this page\nShare\n"
        "This chapter sets out our duties.\n",
        "Policies, Values and Principles\nSkip to main content\nThis chapter sets out our aims.\n",
    ],
)
def test_the_title_above_page_tools_or_with_a_comma_is_not_taken_for_the_sites_name(page):
    text = strip_edge_chrome(page, CUES)
    assert text.split("\n")[0] in ("Policies, Values and Principles", "Corporate Parenting")


def test_the_sites_name_between_chrome_lines_still_goes():
    page = "Skip to content\nGlenwick Council\nMenu\nPolicies and Values of the Service\n\nText.\n"
    assert strip_edge_chrome(page, CUES).startswith("Policies and Values of the Service\n")


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to make this website work better.",
        "This site uses cookies. By continuing you agree to our use of cookies.",
        "[Share](#) [Print this page](#)",
        "[Share](#) | [Print](#)",
    ],
)
def test_cookie_notices_and_rows_of_chrome_links_are_chrome(line):
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "[Children Act 1989](#) [Print this page](#)",
        "Read our policy on [cookies](/cookies) and on data in the appendix to this chapter, "
        "which explains how we keep records about children and families safe for as long as "
        "the law says we must.",
    ],
)
def test_a_line_with_content_is_not_chrome(line):
    assert not is_chrome_line(line, CUES)


def test_a_cookie_banner_above_the_title_is_left_out_and_kept_in_the_bytes():
    page = (
        "We use cookies to make this website work better.\nAccept all cookies\n"
        "Skip to main content\nAshcombe Borough Council\nSearch\nHome > Children > Procedures\n"
        "Policies, Values and Principles\nPrint this page\nThis chapter sets out our values.\n"
    )
    source = read_source(page.encode(), "page.txt")
    assert source.text.startswith("Policies, Values and Principles\n")
    assert b"We use cookies" in source.data
