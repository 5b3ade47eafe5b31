"""Site widgets copied above a page's trail (decision 0332): a service's card grid (titles over
one-line descriptions), a directory's search fields and their questions. No chrome list
names their lines, but a breadcrumb trail under them closes the site's head, so the chapter's
title is the first line after it. Wordings are our own, unlike blind212's, with near misses
that must keep their lines."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, strip_edge_chrome

CUES = load_chrome_cues()

BODY = (
    "Fostering Values\nAmended in March 2025 to add kinship care.\n\n"
    "Our values\nWe listen to children first.\n"
)


def test_a_card_grid_above_a_trail_goes_with_the_site_head() -> None:
    page = (
        "Skip to main content\nBrackwater Council\nMenu\n"
        "Schools and learning\nTerm dates, admissions and transport\n"
        "Health and care\nSupport at home and in the community\n"
        "Home > Schools and learning > Fostering Values\n" + BODY
    )
    assert strip_edge_chrome(page, CUES) == BODY


def test_a_directory_search_with_its_questions_above_a_trail_goes_too() -> None:
    page = (
        "Skip to content\nBrackwater Council\nSearch\nLocal offer directory\n"
        "Which service do you need?\nPostcode or town\nFind services\n"
        "Home / Families / Fostering Values\n" + BODY
    )
    assert strip_edge_chrome(page, CUES) == BODY


def test_a_sentence_before_the_trail_keeps_the_lines_above_it() -> None:
    page = (
        "Skip to content\nBrackwater Council\nOur fostering service was rated good this year.\n"
        "Home > Families > Fostering Values\n" + BODY
    )
    assert "Our fostering service was rated good this year." in strip_edge_chrome(page, CUES)


def test_a_trail_joined_by_double_colons_is_a_trail() -> None:
    assert is_breadcrumb("Home :: Families :: Fostering")
    assert not is_breadcrumb("Fostering :: values")
