"""What blind round 296 (decision 0432) found in copied pages: links' screen-reader notes
("(opens in a new window)", "(external link)") copied with their words, a trail copied one step
a line whose first step has a comma, and a markdown page's alert markers ("> [!NOTE]").

Each page is written for this test in our own words, about councils of no set.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.markdown_alerts import leave_out_alert_markers
from app.ingest.web_text import without_link_notes


def _read(text: str, name: str = "copied.txt") -> str:
    return read_source(text.encode(), name).text


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ("Contact us (opens in a new window)", "Contact us"),
        ("Privacy (opens in new tab)", "Privacy"),
        ("Children Act 1989 (external link)", "Children Act 1989"),
        ("Adoption and Children Act 2002 (link is external)", "Adoption and Children Act 2002"),
        ("Feedback (this link opens in a new window)", "Feedback"),
        ("Give feedback (opens a short form in a new tab)", "Give feedback"),
    ],
)
def test_a_links_screen_reader_note_goes(line: str, words: str) -> None:
    assert without_link_notes(line) == words


@pytest.mark.parametrize(
    "line",
    [
        "Children in care (those looked after by the council) have a say.",
        "We review plans (at least every six months) with the young person.",
        "The new window of opportunity (see below) is short.",
    ],
)
def test_brackets_that_are_the_chapters_words_stay(line: str) -> None:
    assert without_link_notes(line) == line


NOTED_PAGE = """Skip to main content
Tarnley Borough Council (opens in a new window)
Sign in to your account (opens in a new window)
Home
Health, care and family services
Family support
Fostering Allowances and Fees
Download this page as a PDF (PDF, 120KB) (opens in a new window)
We reviewed the weekly rates in March 2026.
Weekly allowances
Every foster carer receives a weekly allowance under the Children Act 1989 (external link).
Back to top (opens in a new window)
Cookies (opens in a new window)
"""


def test_chrome_lines_with_link_notes_go_and_the_trail_with_them() -> None:
    text = _read(NOTED_PAGE)
    assert text.startswith("Fostering Allowances and Fees\n")
    for chrome in ("Sign in", "Health, care", "Family support", "Download this page", "Cookies"):
        assert chrome not in text
    assert "under the Children Act 1989.\n" in text


def test_a_comma_title_right_under_home_stays() -> None:
    text = _read(
        "Skip to main content\nMenu\nHome\nFostering, Adoption and Permanence\nPrint this page\n"
        "This chapter explains how we find families for children.\nOur approach\nWe plan early.\n"
    )
    assert text.startswith("Fostering, Adoption and Permanence\n")


def test_comma_steps_over_a_title_with_no_tools_under_it_are_left() -> None:
    page = (
        "Skip to main content\nMenu\nHome\nHealth, care and family services\nFamily support\n"
        "Fostering Allowances\nWe pay every carer weekly.\n"
    )
    assert "Health, care and family services" in _read(page)


@pytest.mark.parametrize(
    ("quote", "kept"),
    [
        (
            "> [!NOTE]\n> This chapter was amended in May 2026.",
            "> This chapter was amended in May 2026.",
        ),
        ("> [!WARNING]\n> Check the local offer.", "> Check the local offer."),
        ("> [!info] Amendment\n> We changed the rates.", "> Amendment\n> We changed the rates."),
        ("> [!tip]- Folded\n> Text.", "> Folded\n> Text."),
    ],
)
def test_an_alert_marker_goes_its_words_stay(quote: str, kept: str) -> None:
    assert leave_out_alert_markers(quote) == kept


def test_markers_in_code_and_links_stay() -> None:
    text = "```\n> [!NOTE]\n```\n\n> See [!this] page.\n"
    assert leave_out_alert_markers(text) == text


def test_a_markdown_alert_reads_as_its_note() -> None:
    page = (
        "# Fostering Allowances\n\n> [!NOTE]\n> We reviewed the weekly rates in March 2026.\n\n"
        "## Weekly allowances\n\nEvery carer is paid weekly.\n"
    )
    text = _read(page, "page.md")
    assert "[!NOTE]" not in text
    assert "> We reviewed the weekly rates in March 2026." in text
