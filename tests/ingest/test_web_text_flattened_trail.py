"""A breadcrumb trail copied with its separators lost ("Home" and the steps run together with
single spaces), under a site's menu copied as one row (decision 0087).

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source

HEAD = (
    "Skip to main content\n"
    "Brackenford Borough Council\n"
    "Menu Parking Libraries Schools and learning Children and families Housing Contact us\n"
)
TITLE = "Policies, values and principles\n"
BODY = (
    "Introduction\n"
    "This chapter sets out the values and principles of our services for children and their "
    "families.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_trail_whose_first_step_is_an_entry_of_the_menu_above_is_chrome() -> None:
    page = HEAD + "Home Children and families Social care procedures\n" + TITLE + BODY

    assert _text(page).startswith(TITLE)


def test_a_title_opening_with_home_under_the_menu_is_kept() -> None:
    page = HEAD + "Home Visits to Children in Care\n" + BODY

    assert _text(page).startswith("Home Visits to Children in Care\n")


def test_a_line_opening_with_home_without_a_menu_above_is_kept() -> None:
    page = "Home Children and families Social care procedures\n" + TITLE + BODY

    assert _text(page).startswith("Home Children and families")


def test_a_sentence_opening_with_home_under_the_menu_is_kept() -> None:
    page = HEAD + TITLE + "Home Children and families are visited every six weeks.\n" + BODY

    assert "Home Children and families are visited every six weeks." in _text(page)
