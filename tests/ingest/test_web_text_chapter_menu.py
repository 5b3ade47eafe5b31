"""A manual's numbered chapter menu copied between the site's chrome and the chapter's title:
the menu lists the page itself among its entries, so it is navigation, not the chapter
(decision 0069). A cover's unnumbered lines, or a menu that does not name the page, stay."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
SITE = "Eastmoor County Council\nSkip to main content\nSearch this site\nRegister for updates\n\n"
BODY = (
    "Fostering: Standards of Care\n\nAbout this chapter\n\nThis chapter applies to every foster "
    "carer approved by the county.\n"
)


def test_a_numbered_menu_that_lists_this_page_is_dropped_with_the_site_chrome() -> None:
    menu = (
        "1. Fostering\n1.1 Fostering: Standards of Care\n1.2 Allowances and Expenses\n"
        "2. Adoption\n3. Short Breaks\n\n"
    )

    assert strip_edge_chrome(SITE + menu + BODY, CUES) == BODY


def test_a_menu_that_does_not_list_this_page_stays() -> None:
    menu = "1. Fostering\n1.2 Allowances and Expenses\n2. Adoption\n3. Short Breaks\n\n"

    assert strip_edge_chrome(SITE + menu + BODY, CUES).startswith("1. Fostering")


def test_unnumbered_cover_lines_that_repeat_the_title_stay() -> None:
    cover = "Eastmoor County Council\nFostering: Standards of Care\nVersion 4\nMay 2025\n\n"

    kept = strip_edge_chrome(SITE + cover + BODY, CUES)

    assert "Version 4" in kept
    assert "May 2025" in kept


def test_without_site_chrome_above_it_a_numbered_list_is_left_alone() -> None:
    menu = "1. Fostering\n1.1 Fostering: Standards of Care\n1.2 Allowances and Expenses\n\n"

    assert strip_edge_chrome(menu + BODY, CUES).startswith("1. Fostering")
