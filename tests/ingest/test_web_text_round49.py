"""Page openings met in the forty-ninth blind round, copied from a browser as text or printed
to PDF: an alert banner's line above the menu, a language picker's choices one a line, a
sidebar box of links naming the page before its title, and chrome lines that a printed page
runs together ("Back to top Follow us: …", a menu's words then its "You are here:" trail).

Each page and line is written for this test in our own words; each negative case is a line or
a list a careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_an_alert_line_at_the_top_goes_with_its_close_button() -> None:
    page = (
        "Dunholt Council\n"
        "Service alert: Bin collections are a day late this week. Check your day online.\n"
        "Close alert\n"
        "Home    Services    Jobs    Contact\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\nEvery approved carer")


def test_a_warning_note_under_the_title_stays() -> None:
    page = (
        "Fostering Allowances Policy\n"
        "Warning: Allowances change every April, so check the current rates table.\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert "Warning: Allowances change" in _text(page)


def test_a_language_picker_one_choice_a_line_goes() -> None:
    page = (
        "Translate this page\n"
        "English\n"
        "Polski\n"
        "Rom\u00e2n\u0103\n"
        "Espa\u00f1ol\n"
        "Sign in\n"
        "Register\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\n")


def test_a_sidebar_box_naming_the_page_above_its_title_goes() -> None:
    page = (
        "Main menu\n"
        "You are here: Home > Fostering > Allowances\n"
        "In this section\n"
        "Fostering home\n"
        "Fostering Allowances Policy\n"
        "Becoming a carer\n"
        "Support groups\n"
        "\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\nEvery approved carer")


def test_a_run_of_short_lines_not_under_a_box_heading_stays() -> None:
    page = (
        "Main menu\n"
        "You are here: Home > Fostering > Allowances\n"
        "Fostering Allowances Policy\n"
        "Weekly allowance\n"
        "Birthday payments\n"
        "Holiday payments\n"
        "\n"
        "Weekly allowance\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\nWeekly allowance\n")


def test_a_listed_phrase_run_together_with_a_chrome_line_is_chrome() -> None:
    assert is_chrome_line("**Back to top Follow us: Facebook Instagram**", CUES)
    assert is_chrome_line("Print Share this page", CUES)


def test_a_listed_word_opening_the_chapters_words_is_no_chrome() -> None:
    assert not is_chrome_line("Home visits are made every six weeks by the carer's worker.", CUES)
    assert not is_chrome_line("Print copies of the plan are given to the child.", CUES)


def test_a_menu_run_into_its_trail_is_chrome() -> None:
    assert is_chrome_line(
        "**Home Housing Schools Social care You are here: Home / Social care / Fostering**", CUES
    )


def test_a_sentence_before_a_you_are_here_trail_is_no_menu() -> None:
    assert not is_chrome_line(
        "Home is where we start. You are here: Home / Social care / Fostering", CUES
    )
    assert not is_chrome_line("Fostering matters You are here: Home / Fostering", CUES)


def test_a_listen_link_and_top_tasks_in_other_words_are_chrome() -> None:
    for line in ("Listen to this page", "Pay for it", "A to Z of services", "Close alert"):
        assert is_chrome_line(line, CUES), line
    page = (
        "Skip to content\n"
        "Fostering Allowances Policy\n"
        "Listen to this page\n"
        "Amendment\n"
        "This chapter was revised in May 2025.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\nAmendment\n")


def test_a_slash_trail_ending_at_the_title_goes_even_with_a_stamp_between() -> None:
    page = (
        "Dunholt Council\n"
        "Menu\n"
        "Children and families / Fostering / Procedures / Fostering Allowances Policy\n"
        "Updated: 04/06/2025\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Updated: 04/06/2025\nFostering Allowances Policy\n")


def test_a_slash_trail_not_ending_at_the_next_line_stays() -> None:
    page = (
        "Dunholt Council\n"
        "Menu\n"
        "Children and families / Fostering / Procedures / Allowances\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert "Children and families / Fostering" in _text(page)


def test_a_share_box_heading_does_not_take_the_chapters_first_heading() -> None:
    page = (
        "Fostering Allowances Policy\n"
        "Summary of the allowances we pay to carers for each child, week by week, all year.\n"
        "Share this page\n"
        "Weekly allowance\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    text = _text(page)
    assert "Weekly allowance\nEvery approved carer" in text


def test_a_share_box_keeps_its_links_above_a_blank_line() -> None:
    page = (
        "Fostering Allowances Policy\n"
        "Summary of the allowances we pay to carers for each child, week by week, all year.\n"
        "Related pages\n"
        "Becoming a carer\n"
        "Support groups\n"
        "\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert "Support groups" not in _text(page)


def test_a_warning_banner_first_with_its_dismiss_button_goes() -> None:
    page = (
        "Severe weather warning: Some roads are closed. Check before you travel.\n"
        "Dismiss\n"
        "Dunholt Council\n"
        "Search\n"
        "Home > Fostering > Allowances\n"
        "Fostering Allowances Policy\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Fostering Allowances Policy\nEvery approved carer")
