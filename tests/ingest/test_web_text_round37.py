"""Page openings met in the thirty-seventh blind round, copied from a browser as text: a trail
labelled "You are here:" whose steps include a numbered part of the manual, and two page tools
copied side by side on one line above the title.

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


@pytest.mark.parametrize(
    "trail",
    [
        "You are here: Handbook home / 2. Fostering / Carers' allowances",
        "Home > 3.1 Assessments > Single Assessment",
    ],
)
def test_a_trail_may_hold_a_numbered_part_of_the_manual(trail: str) -> None:
    assert is_breadcrumb(trail)


@pytest.mark.parametrize(
    "line",
    [
        "You are here: we meet at 10 / 2 to talk",
        "Home / 12 months / later",
    ],
)
def test_a_number_that_opens_no_capitalised_name_is_no_step(line: str) -> None:
    assert not is_breadcrumb(line)


def test_a_site_head_down_to_a_trail_with_a_numbered_step_goes() -> None:
    page = (
        "Jump to navigation\n"
        "Dunsby Council Adult Care Procedures\n"
        "Search this site\n"
        "All chapters\n"
        "Updates\n"
        "You are here: Manual home / 4. Safeguarding / Self-neglect\n"
        "Self-neglect\n\n"
        "1. What this chapter covers\n"
        "This chapter explains how we respond when an adult neglects their own care.\n"
    )
    assert _text(page).startswith("Self-neglect\n")


def test_two_page_tools_side_by_side_are_chrome() -> None:
    assert is_chrome_line("Download as PDF   Share this page", CUES)
    assert is_chrome_line("Print this page    Email this page", CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Share this page   with your team",
        "Our values   Our promises",
    ],
)
def test_two_parts_not_both_page_tools_stay(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_stamp_under_the_feedback_prompt_at_the_foot_stays() -> None:
    page = (
        "Skip to main content\n"
        "Dunsby Council\n"
        "Menu\n"
        "Self-neglect\n\n"
        "We respond when an adult neglects their own care.\n\n"
        "Was this page helpful?\n"
        "Yes\n"
        "No\n"
        "Page last updated: 3 March 2025\n"
        "Report a problem with this page\n"
        "Accessibility statement\n"
        "© Dunsby Council 2025\n"
    )
    text = _text(page)
    assert text.rstrip().endswith("Page last updated: 3 March 2025")
    assert "Was this page helpful?" not in text


def test_a_feedback_box_with_undated_lines_under_it_still_goes_whole() -> None:
    page = (
        "Skip to main content\n"
        "Menu\n"
        "Self-neglect\n\n"
        "We respond when an adult neglects their own care.\n\n"
        "Was this page helpful?\n"
        "Tell us more\n"
        "Accessibility statement\n"
        "© Dunsby Council 2025\n"
    )
    text = _text(page)
    assert text.rstrip().endswith("own care.")


def test_a_box_among_the_lines_ends_at_a_dated_stamp() -> None:
    page = (
        "Self-neglect\n\n"
        "We respond when an adult neglects their own care.\n\n"
        "Related pages\n"
        "Hoarding\n"
        "Last reviewed 12/05/2025\n\n"
        "We visit within five working days.\n"
    )
    text = _text(page)
    assert "Related pages" not in text and "Hoarding" not in text
    assert "Last reviewed 12/05/2025" in text


@pytest.mark.parametrize("line", ["Print   Download PDF", "Download the PDF"])
def test_a_download_link_without_a_size_is_a_page_tool(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_about_a_pdf_download_stays() -> None:
    assert not is_chrome_line("Download the PDF form and send it to your social worker.", CUES)
