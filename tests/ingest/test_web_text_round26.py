"""Site chrome met in the twenty-sixth blind round: pages copied from a browser as text, whose
menus arrive as one row (bars, wide spaces or single spaces between the links), whose trail's
first step is a section of the site rather than its name, whose cookie banner explains itself
at length, and whose sidebar boxes sit among the chapter's lines.

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


@pytest.mark.parametrize(
    "line",
    [
        "Start | Manual chapters | Latest changes | Team contacts | Log in",
        "Residents  Businesses  Visitors  Your council  Search",
        "Jobs  News  Consultations  Sign in",
        "Menu Waste and recycling Roads and travel Libraries Fostering Contact us",
        "Home Procedures Local Resources Amendments Register for Updates Search",
        "Search the manual Go",
        "Search this website",
        "Print this chapter",
        "Email a link",
        "Download this procedure (PDF)",
    ],
)
def test_menus_copied_as_one_row_and_page_tools_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Date of change    Version    Summary",
        "Respect  Honesty  Curiosity  Kindness",
        "Home Education Policy and Procedures",
        "Home visits, menus and meals in residential care",
        "Search for a relative carer before considering strangers",
        "Accessibility | Our values | Privacy",
    ],
)
def test_rows_of_the_chapters_own_words_stay(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_long_cookie_explanation_at_the_top_goes_with_the_banner() -> None:
    page = (
        "Skip to main content\n"
        "About cookies on this site\n"
        "Some cookies are needed to make this site work at all. We would also like to set "
        "optional cookies that measure how pages are used and remember your settings, so that "
        "we can keep improving the site.\n"
        "Accept optional cookies\n"
        "Fostering Panels\n"
        "This procedure explains how our fostering panel is made up and how it makes its "
        "recommendations.\n"
    )
    assert _text(page).startswith("Fostering Panels\n")


def test_a_sentence_about_cookies_inside_the_chapter_stays() -> None:
    page = (
        "Fostering Panels\n"
        "This procedure explains how our fostering panel is made up.\n"
        "Panel members may not bring cookies, cakes or other food into the meeting room, "
        "because some children who attend have serious allergies and we cannot check them.\n"
        "The panel adviser keeps the minutes.\n"
    )
    assert "may not bring cookies" in _text(page)


@pytest.mark.parametrize(
    ("trail", "title"),
    [
        ("Fostering procedures > Panels > Fostering Panels", "Fostering Panels"),
        ("Manual contents > 2. Fostering > 2.4 Fostering Panels", "2.4 Fostering Panels"),
    ],
)
def test_a_trail_ending_with_the_title_under_it_is_chrome_whatever_its_first_step(
    trail: str, title: str
) -> None:
    page = (
        "Skip to content\n"
        "Westmarsh Council\n"
        f"{trail}\n"
        f"{title}\n"
        "This procedure explains how our fostering panel is made up and how it makes its "
        "recommendations.\n"
    )
    assert _text(page).startswith(f"{title}\n")


def test_a_line_of_arrows_not_ending_with_the_line_under_it_stays() -> None:
    page = (
        "Fostering Panels\n"
        "Referral > Assessment > Panel\n"
        "Each application moves through these stages in turn, and none may be skipped.\n"
    )
    assert "Referral > Assessment > Panel" in _text(page)


def test_a_chapter_menu_naming_the_title_under_it_is_chrome() -> None:
    page = (
        "Westmarsh Council\n"
        "Skip to chapter content\n"
        "Part 2: Fostering  Fostering Panels  Approval Reviews  Allowances  Part 3: Adoption\n"
        "Fostering Panels\n"
        "This procedure explains how our fostering panel is made up and how it makes its "
        "recommendations.\n"
    )
    assert _text(page).startswith("Fostering Panels\n")


def test_a_related_pages_box_copied_as_text_goes_from_among_the_chapters_lines() -> None:
    page = (
        "Fostering Panels\n"
        "This procedure explains how our fostering panel is made up.\n"
        "Related pages\n"
        "Become a foster carer  Fostering allowances  Panel dates for this year\n"
        "Was this page useful?  Yes  No\n"
    )
    text = _text(page)
    assert "Related pages" not in text
    assert "Fostering allowances" not in text
    assert text.rstrip().endswith("is made up.")


def test_edge_chrome_leaves_a_page_without_chrome_alone() -> None:
    page = "Fostering Panels\n\nThe panel meets monthly.\n"
    assert strip_edge_chrome(page, CUES) == page
