"""Blind round 162 (decision 0264): a reader view's byline under the title, and a browser's
print-preview foot (the page's address beside its page counter). Our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

READER_VIEW_WITH_SITE_NAME = """\
Short Breaks for Disabled Children
Ellerby Marsh Council
4 min read

This chapter explains how families can ask for a short break.

Who can have a short break

Any disabled child living in the borough can be assessed for one.
"""

SUBTITLE_OVER_PROSE = """\
Short Breaks for Disabled Children
Our Local Offer

This chapter explains how families can ask for a short break.
"""


def test_a_site_name_between_the_title_and_the_reading_time_goes():
    text = read_source(READER_VIEW_WITH_SITE_NAME.encode(), "page.txt").text
    assert "Ellerby Marsh Council" not in text and "min read" not in text
    assert text.startswith("Short Breaks for Disabled Children\n")
    assert "Who can have a short break" in text


def test_a_subtitle_with_no_reading_time_under_it_stays():
    text = read_source(SUBTITLE_OVER_PROSE.encode(), "page.txt").text
    assert "Our Local Offer" in text


def test_a_sentence_over_a_reading_time_stays():
    page = READER_VIEW_WITH_SITE_NAME.replace(
        "Ellerby Marsh Council", "Families can ask us, at any time."
    )
    text = read_source(page.encode(), "page.txt").text
    assert "Families can ask us, at any time." in text


PRINTED_PAGE = """\
Short Breaks for Disabled Children

This chapter explains how families can ask for a short break.

Who can have a short break

Any disabled child living in the borough can be assessed for one.

https://www.ellerbymarsh.gov.uk/children/short-breaks 1/2
"""


def test_a_print_previews_address_and_page_counter_at_the_foot_go():
    text = read_source(PRINTED_PAGE.encode(), "page.txt").text
    assert "ellerbymarsh.gov.uk" not in text
    assert text.rstrip().endswith("can be assessed for one.")


def test_address_and_counter_lines_are_chrome_in_either_order():
    cues = load_chrome_cues()
    for line in (
        "https://www.ellerbymarsh.gov.uk/children/short-breaks 1/2",
        "www.ellerbymarsh.gov.uk/children/short-breaks   Page 2 of 3",
        "2/2 https://www.ellerbymarsh.gov.uk/children/short-breaks",
    ):
        assert is_chrome_line(line, cues)


def test_an_address_in_a_sentence_or_with_no_page_counter_is_not():
    cues = load_chrome_cues()
    for line in (
        "See https://www.ellerbymarsh.gov.uk/short-breaks 1/2 for the form.",
        "https://www.ellerbymarsh.gov.uk/children/short-breaks",
        "https://www.ellerbymarsh.gov.uk/children/short-breaks 3/2",
    ):
        assert not is_chrome_line(line, cues)


def test_a_browsers_translation_bar_above_the_page_goes():
    page = (
        "This page has been translated from English\n"
        "Show original\n"
        "Rate this translation\n"
        "Skip to content\n"
        "Menu\n"
        "Short Breaks for Disabled Children\n\n"
        "Who can have a short break\n"
        "Any disabled child living in the borough can be assessed for one.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert "translated" not in text and "Show original" not in text
    assert text.startswith("Short Breaks for Disabled Children\n")


def test_translation_banner_lines_are_chrome_but_sentences_about_translating_are_not():
    cues = load_chrome_cues()
    for line in (
        "Translated from English",
        "Translated to Polish from English by Google",
        "Machine translated from English",
    ):
        assert is_chrome_line(line, cues)
    for line in (
        "We translated from English every leaflet we give to families.",
        "Translated into Welsh on request",
        "translated from english",
    ):
        assert not is_chrome_line(line, cues)


def test_a_print_previews_day_and_time_head_is_chrome_with_or_without_the_page_title():
    cues = load_chrome_cues()
    for line in (
        "05/12/2026, 09:41",
        "05/12/2026, 09:41\tShort Breaks for Disabled Children | Ellerby Marsh Council",
        "5/12/26 9:41 am    Short Breaks",
    ):
        assert is_chrome_line(line, cues)
    assert not is_chrome_line("12/03/2025 10:00 The panel meets to agree the plan.", cues)


def test_a_trail_cut_by_the_selection_is_chrome():
    cues = load_chrome_cues()
    for line in (
        "ily help \u203a Procedures manual \u203a",
        "ily help \u203a Procedures manual",
        "Family help \u203a Procedures manual \u203a",
    ):
        assert is_chrome_line(line, cues)
    for line in ("Policies \u203a Values", "the child > the parent", "more than 3 >"):
        assert not is_chrome_line(line, cues)


def test_a_folded_contents_box_on_a_phone_goes_with_its_control():
    page = (
        "Skip to main content\n"
        "Menu\n"
        "Close menu\n"
        "Short Breaks for Disabled Children\n"
        "On this page\n"
        "Show all sections\n\n"
        "Who can have a short break\n"
        "Any disabled child living in the borough can be assessed for one.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert "On this page" not in text and "Show all sections" not in text
    assert "Who can have a short break\n" in text


def test_a_labelled_service_notice_ending_on_its_link_goes_with_its_close_button():
    page = (
        "Skip to content\n"
        "Service update: our Riverside offices are closed from 2 December. Find out where to go\n"
        "Close this message\n"
        "Short Breaks for Disabled Children\n\n"
        "Who can have a short break\n"
        "Any disabled child living in the borough can be assessed for one.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert "Riverside" not in text and "Close this message" not in text
    assert text.startswith("Short Breaks for Disabled Children\n")


def test_a_phones_bare_back_link_over_the_title_goes():
    page = (
        "Skip to main content\n"
        "Menu\n"
        "Close menu\n"
        "\u2039 Back\n"
        "Short Breaks for Disabled Children\n\n"
        "Who can have a short break\n"
        "Any disabled child living in the borough can be assessed for one.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert "Back" not in text
    assert text.startswith("Short Breaks for Disabled Children\n")
