"""Chrome of pages copied as text that blind217 met (decision 0337): a "You are viewing:" line
naming the page above its title, an intranet's greeting on a line of its own, and a policy
library's bookmark tool at the foot. Pages in our own words, worded unlike the case documents."""

from __future__ import annotations

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


@pytest.mark.parametrize(
    "line",
    [
        "You are viewing: Fostering Panel Procedure",
        "You are viewing: Procedures > Adoption > Matching",
        "You are here: Short Breaks Policy",
    ],
)
def test_a_labelled_trail_of_one_step_is_a_breadcrumb(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize(
    "line",
    [
        "You are viewing the chapter as it stood in May 2024.",
        "Viewing: Fostering Panel Procedure",
        "You are welcome to ask for a copy in large print.",
    ],
)
def test_lines_that_only_begin_like_the_label_are_not_breadcrumbs(line: str) -> None:
    assert not is_breadcrumb(line)


def test_the_page_named_after_its_viewing_label_is_the_sites_line_not_the_title():
    page = (
        "Brackwater Handbook\nBrowse\nSign in\n"
        "You are viewing: Fostering Panel Procedure\n"
        "Fostering Panel Procedure\nAmended in May 2025 to add the panel's quorum.\n\n"
        "The panel\nThe panel meets every month.\n"
    )
    assert _strip(page).startswith("Fostering Panel Procedure\nAmended in May 2025")


def test_an_intranet_greeting_on_its_own_line_goes_with_the_head():
    page = (
        "Staff hub\nMy profile\nWelcome back, Tomasz\nSign out\n"
        "Home > Procedures > Adoption\nAdoption Support Policy\n\n"
        "Support\nEvery adoptive family can ask for an assessment of need.\n"
    )
    assert _strip(page).startswith("Adoption Support Policy\n")


def test_a_greeting_inside_the_chapter_stays():
    page = (
        "Adoption Support Policy\n\nSupport\nEvery family can ask for help.\n\n"
        "Welcome Home\nOur leaflet for new adopters explains the first weeks.\n"
    )
    assert "Welcome Home\nOur leaflet" in _strip(page)


def test_a_bookmark_tool_at_the_foot_is_chrome():
    page = (
        "Home > Children > Adoption\nAdoption Support Policy\n\nSupport\n"
        "Every adoptive family can ask for an assessment of need.\n\n"
        "Add to my favourites\nPrint\n"
    )
    assert _strip(page).rstrip().endswith("assessment of need.")
