"""Page openings met in the thirty-first blind round, copied from a browser as text: a trail
that stops at the manual's section holding the page, a trail copied one step a line ending
with the page's name, an intranet's greeting and menu above the title, and a box of links to
other chapters between the title and the chapter's first heading.

Each page and line is written for this test in our own words; each negative case is a line or
a list a careless reader would take for chrome.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_trail_stopping_at_the_section_numbered_above_the_title_goes() -> None:
    page = (
        "Skip to content\n"
        "Pelling Fostering Handbook\n"
        "Home | Chapters | Forms | Contact us\n"
        "Part 4: Carers > 4.2 Approvals\n"
        "4.2.1 Reviewing a carer's approval\n"
        "Every approved carer's approval is reviewed at least once a year.\n"
    )
    assert _text(page).startswith("4.2.1 Reviewing a carer's approval\n")


def test_a_trail_whose_last_step_numbers_something_else_stays_with_its_line() -> None:
    page = (
        "Skip to content\n"
        "Home | Chapters | Forms | Contact us\n"
        "Part 4: Carers > 4.2 Approvals\n"
        "5.1 Allowances\n"
        "Carers are paid a weekly allowance for each child.\n"
    )
    assert "Part 4: Carers > 4.2 Approvals" in _text(page)


def test_a_trail_copied_one_step_a_line_ends_where_its_last_step_is_said_again() -> None:
    page = (
        "Skip to content\n"
        "Search\n"
        "Home\n"
        "Adult care\n"
        "Safeguarding adults\n"
        "Reviews, Audits and Learning\n"
        "Reviews, Audits and Learning\n"
        "We review every case where an adult at risk came to serious harm.\n"
    )
    assert _text(page).startswith("Reviews, Audits and Learning\nWe review")


@pytest.mark.parametrize(
    "line",
    [
        "Welcome back, Priya | Edit profile | My profile | Sign out",
        "Hi Tom | My profile | Log out | Sign out",
        "News  Teams  People finder  Travel and expenses",
        "Search the intranet",
    ],
)
def test_an_intranets_greeting_row_menu_and_search_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Hello, we are the family support team",
        "News of a placement move | Placement reviews | Sign out",
        "Teams around the family meet every six weeks.",
    ],
)
def test_lines_that_only_start_like_intranet_chrome_stay(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_related_chapters_box_between_title_and_first_heading_goes() -> None:
    page = (
        "Fostering Allowances\n"
        "See also\n"
        "Short Breaks Policy\n"
        "Staying Put Guidance\n"
        "Purpose of this chapter\n"
        "This chapter explains what we pay foster carers and when the rates change.\n"
    )
    text = _text(page)
    assert "Short Breaks Policy" not in text and "See also" not in text
    assert "Purpose of this chapter\nThis chapter explains" in text


def test_a_see_also_list_inside_the_chapter_stays() -> None:
    page = (
        "Fostering Allowances\n"
        "This chapter explains what we pay foster carers and when the rates change.\n"
        "See also\n"
        "Short Breaks Policy\n"
        "Staying Put Guidance\n"
        "Rates\n"
        "Rates are set each April by the cabinet member for children.\n"
    )
    assert "Short Breaks Policy" in _text(page)


def test_a_contents_list_under_a_related_box_is_not_taken_with_it() -> None:
    page = (
        "Fostering Allowances\n"
        "Related chapters\n"
        "Short Breaks Policy\n"
        "Contents\n"
        "1. Rates\n"
        "2. Extra payments\n"
        "1. Rates\n"
        "Rates are set each April by the cabinet member for children.\n"
    )
    text = _text(page)
    assert "Short Breaks Policy" not in text
    assert "1. Rates\n2. Extra payments" in text


def test_a_list_of_the_same_item_is_not_a_trail() -> None:
    page = "Skip to content\nAllowances\n- weekly rate\n- weekly rate\n- weekly rate\nEnd\n"
    assert _text(page).count("- weekly rate") == 3


def test_a_line_said_three_times_is_not_a_trail_ending_in_a_title() -> None:
    page = "Skip to content\nSearch\nHome\nRates\nRates\nRates\nWe pay carers weekly.\n"
    assert _text(page).count("Rates") == 3
