"""A page's rating widget copied as one line with its stars and a hint in brackets at the foot
of a page copied as text (decision 0279): the prompt, the stars and the hint are the widget's;
a short site line under it goes with it. Every case is written for this test in our own words."""

from __future__ import annotations

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()
PAGE = (
    "Fostering Values and Principles\n\n"
    "Our values\n"
    "We listen to children and we keep the promises we make to them.\n\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Rate this page \u2606\u2606\u2606\u2606\u2606 (select a star to rate)",
        "Rate this chapter: \u2605\u2605\u2605\u2606\u2606 (click a star to give your rating)",
        "How useful was this page? (1 star = not useful, 5 stars = very useful)",
        "Rate this page (choose from 1 to 5 stars)",
    ],
)
def test_a_rating_prompt_with_stars_and_a_hint_is_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Rate this page (it helps our web team)",
        "Rate this page \u2606\u2606\u2606\u2606\u2606 (select a star to rate) and tell us why",
        "Children rate this service highly (four stars from the inspectors)",
    ],
)
def test_a_line_that_only_starts_like_a_rating_prompt_is_not(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_the_rating_line_and_a_site_notice_under_it_leave_the_foot() -> None:
    foot = (
        "Rate this page \u2605\u2605\u2605\u2605\u2606 (tap a star to rate)\n"
        "Garden waste collections restart in March\n"
    )
    read = strip_edge_chrome(PAGE + foot, CUES)
    assert read.rstrip().endswith("keep the promises we make to them.")


def test_a_closing_line_of_the_chapter_with_no_widget_below_stays() -> None:
    closing = "Contact the fostering team for advice\n"
    read = strip_edge_chrome(PAGE + closing, CUES)
    assert "Contact the fostering team for advice" in read
