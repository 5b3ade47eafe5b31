"""Page openings of the seventy-first blind round (decision 0128), as copied from a browser: a
reading-time line, a rating widget's stars, a council's A to Z strip (as a row or one letter a
line), a trail over a title marked by the page's stamp under it, share icons' alt texts above
the title, and a contents box's show/hide toggle.

Each page and line is written for this test in our own words; each negative case is a line or a
page a careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import _in_letter_column, _is_letter_strip, is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_reading_time_line_is_chrome() -> None:
    for line in (
        "Reading time: 6 minutes",
        "Estimated reading time: 4 mins",
        "Read time - 3 minutes",
        "Reading time 5 to 7 minutes",
        "6 min read",
    ):
        assert is_chrome_line(line, CUES), line
    for line in (
        "Reading time: the child's bedtime story is read by a carer.",
        "Allow time for reading the plan with the child: about 20 minutes.",
    ):
        assert not is_chrome_line(line, CUES), line


def test_a_rating_widgets_lines_are_chrome() -> None:
    for line in (
        "Rate this page",
        "1 star",
        "5 stars",
        "4 out of 5 stars",
        "\u2605\u2605\u2605\u2606\u2606",
        "Submit rating",
    ):
        assert is_chrome_line(line, CUES), line
    for line in ("5 stars were given by the inspectors", "Star ratings for children's homes"):
        assert not is_chrome_line(line, CUES), line


def test_an_a_to_z_strip_as_a_row_is_chrome() -> None:
    assert _is_letter_strip("A B C D E F G H I J K L M N O P R S T W")
    assert _is_letter_strip("A to Z of services: A B C D E F G H I J K L M N O P Q R S T U V W Y")
    assert _is_letter_strip("Services A-Z: A B C D E F G H I J K")
    assert not _is_letter_strip("A B C")  # too few to be a strip
    assert not _is_letter_strip("A B D C E F G H I J K")  # out of order
    assert not _is_letter_strip("Plan A B and C for the review meeting of D E F G H I J")


def test_an_a_to_z_strip_one_letter_a_line_is_chrome_but_a_short_lettered_run_is_not() -> None:
    column = "Menu\nA\nB\nC\nD\nE\nF\nHome\n"
    starts = [index for index, character in enumerate(column) if character in "ABCDEF"]
    assert all(_in_letter_column(column, start, start + 1) for start in starts)
    short = "Options\nA\nB\nC\nThe plan says which applies.\n"
    starts = [index for index, character in enumerate(short) if character in "ABC"]
    assert not any(_in_letter_column(short, start, start + 1) for start in starts)


def test_letters_and_trail_steps_above_a_title_marked_by_its_stamp_go() -> None:
    page = (
        "Skip to main content\n"
        "Accessibility tools\n"
        "Text size\n"
        "Branwell Council\n"
        "Menu\n"
        "A\nB\nC\nD\nE\nF\nG\n"
        "Home\n"
        "Children and families\n"
        "Social care manual\n"
        "Short Breaks, Respite and Family Help\n"
        "Updated: 4 March 2025\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("Short Breaks, Respite and Family Help\nUpdated: 4 March 2025\n")


def test_a_rating_block_under_the_title_goes_and_the_contents_list_stays() -> None:
    page = (
        "Skip to main content\n"
        "Short Breaks, Respite and Family Help\n"
        "Last reviewed: 27/01/2025\n"
        "Rate this page\n"
        "\u2605\u2605\u2605\u2605\u2605\n"
        "1 star\n2 stars\n3 stars\n4 stars\n5 stars\n"
        "Submit\n"
        "Contents\n"
        "Amendment\n"
        "Introduction\n"
        "Amendment\n"
        "This chapter was amended in January 2025.\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert "Rate this page" not in text and "star" not in text and "Submit" not in text
    assert "Contents\nAmendment\nIntroduction\nAmendment\n" in text


def test_share_icons_above_a_title_with_a_comma_take_the_menu_above_them() -> None:
    page = (
        "Branwell Council\n"
        "Skip to content\n"
        "Home\n"
        "Residents\n"
        "Social care\n"
        "Your council\n"
        "Share on Facebook\n"
        "Share on X\n"
        "Share by email\n"
        "4.1 Short Breaks, Respite and Family Help\n"
        "Amended: 3 March 2025\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("4.1 Short Breaks, Respite and Family Help\n")


def test_a_title_above_the_share_tools_still_stays() -> None:
    page = (
        "Branwell Council\n"
        "Skip to content\n"
        "Home\n"
        "Short Breaks Policy\n"
        "Share this page\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks Policy\n")


def test_a_contents_boxs_show_hide_toggle_goes() -> None:
    page = (
        "Short Breaks, Respite and Family Help\n"
        "Contents [hide]\n"
        "1 Introduction\n"
        "2 Eligibility\n"
        "1. Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert "Contents\n1 Introduction\n" in _text(page)
    words = "Short breaks\nWe [hide] nothing from families about the plan.\n"
    assert "[hide]" in _text(words)


def test_a_badge_copied_onto_the_title_under_chrome_goes() -> None:
    page = (
        "Skip to main content\n"
        "Search this site\n"
        "Short Breaks, Respite and Family Help New\n"
        "Last reviewed: 27/01/2025\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks, Respite and Family Help\nLast reviewed:")


def test_a_title_ending_in_the_word_without_a_stamp_under_it_or_chrome_above_stays() -> None:
    no_stamp = (
        "Skip to main content\n"
        "Starting Somewhere New\n"
        "Introduction\n"
        "Families may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(no_stamp).startswith("Starting Somewhere New\n")
    no_chrome = "Starting Somewhere New\nLast reviewed: 27/01/2025\nIntroduction\nWe plan.\n"
    assert _text(no_chrome).startswith("Starting Somewhere New\n")
    lower = "Skip to main content\nWhat is new\nLast reviewed: 27/01/2025\nWe plan.\n"
    assert _text(lower).startswith("What is new\n")
