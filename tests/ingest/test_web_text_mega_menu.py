"""A select-all copy of a page with a mega-menu (decision 0146): the menu's columns and the trail,
one entry a line, down to a title the page's stamp and tools mark, are the site's. Our words."""

from __future__ import annotations

from app.ingest import read_source

MENU = "\n".join(
    [
        "Skip to main content",
        "Search this site",
        "Menu",
        "Residents",
        "Roads and parking",
        "Libraries",
        "Family services",
        "Early help",
        "Short breaks",
        "Jobs",
        "Home",
        "Family services",
    ]
)
PAGE = (
    MENU
    + "\nShort Breaks, Respite and Day Care\nUpdated 4 May 2025\nPrint\nShare\n"
    + "Who this is for\nFamilies of disabled children can ask us for a short break.\n"
)


def test_the_menu_and_trail_above_a_tooled_title_go():
    text = read_source(PAGE.encode(), "page.txt").text
    assert text.startswith("Short Breaks, Respite and Day Care\n")
    assert "Roads and parking" not in text and "Early help" not in text


def test_without_tools_or_stamp_under_the_title_the_lines_stay():
    page = PAGE.replace("Updated 4 May 2025\nPrint\nShare\n", "")
    assert "Early help" in read_source(page.encode(), "page.txt").text


def test_a_sentence_among_the_lines_keeps_them():
    page = PAGE.replace("Early help\n", "We help families early.\n")
    assert "Short breaks\n" in read_source(page.encode(), "page.txt").text
