"""Page chrome that blind324 met (decision 0468), in pages written for these tests in our own
words: a site banner with a heading of its own (its label and the day it was issued, its
notice, its more link) above the site's name; a notice that the page is an archived copy, with
its link to the current page; a markdown menu of bare links side by side; a sections drop-down
copied shut under the title. Each goes; the chapter's own lines that look a little like them
stay."""

from __future__ import annotations

import pytest

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


_BODY = (
    "Fostering Panel Procedure\n"
    "Updated 2 February 2026\n"
    "Scope\n"
    "This procedure applies to every member of the fostering panel and to its adviser.\n"
)


@pytest.mark.parametrize(
    ("heading", "more"),
    [
        ("Storm warning - issued Tuesday 3 February 2026", "Find out more about the storm"),
        ("Road closure notice: updated 4 February at 6am", "More information on road closures"),
        ("Heatwave alert", "Read more"),
    ],
)
def test_a_headed_site_banner_at_the_top_goes_with_its_day(heading: str, more: str) -> None:
    page = (
        f"{heading}\n"
        "High winds are expected tonight. Libraries will open late tomorrow.\n"
        f"{more}\n"
        "Marlow Fen Council\nMenu\nSearch\n" + _BODY
    )
    text = _strip(page)
    assert text.startswith("Fostering Panel Procedure\n")
    assert "High winds" not in text
    assert "February 2026\nScope" in text


def test_a_chapter_heading_over_its_own_words_is_no_banner() -> None:
    page = (
        "Practice alert\n"
        "Social workers must record every visit within two working days.\n"
        "Why this matters\n"
        "Late records leave the next worker without what they need to know.\n"
    )
    assert _strip(page) == page


def test_an_archived_copy_notice_and_its_current_version_link_go() -> None:
    page = (
        "Skip to main content\nMarlow Fen Council\nMenu\n"
        "You are looking at an old version of this page\n"
        "This page was archived on 12 March 2026. The chapter may have changed since.\n"
        "View the current version of this page\n" + _BODY
    )
    text = _strip(page)
    assert text.startswith("Fostering Panel Procedure\n")
    assert "archived" not in text
    assert "current version" not in text


def test_a_chapter_that_says_it_replaces_an_archived_one_keeps_the_sentence() -> None:
    page = (
        "Fostering Panel Procedure\n"
        "This procedure replaces an archived version written in 2019.\n"
        "Scope\n"
        "It applies to every member of the panel.\n"
    )
    assert _strip(page) == page


def test_a_markdown_menu_of_bare_links_side_by_side_goes() -> None:
    page = (
        "[![Marlow Fen Council](/img/logo.png)](/) [Bins](/bins) [Roads and travel](/roads) "
        "[Contact us](/contact)\n\n"
        "# Fostering Panel Procedure\n\n"
        "## Scope\n\nThis procedure applies to every member of the panel.\n"
    )
    assert _strip(page).startswith("# Fostering Panel Procedure")


def test_the_acts_a_chapter_links_side_by_side_stay() -> None:
    page = (
        "# Fostering Panel Procedure\n\n"
        "[Children Act 1989](/ca1989) [Care Standards Act 2000](/csa2000) "
        "[Children Act 2004](/ca2004)\n\n"
        "## Scope\n\nThis procedure applies to every member of the panel.\n"
    )
    assert "[Children Act 1989]" in _strip(page)


@pytest.mark.parametrize(
    "control",
    [
        "Contents: [Choose a section \u25be]",
        "Jump to: Select a heading",
        "**On this page** Pick a section\u2026",
    ],
)
def test_a_sections_drop_down_copied_shut_goes_from_under_the_title(control: str) -> None:
    page = (
        "# Fostering Panel Procedure\n\n"
        f"{control}\n\n"
        "*Last updated 2 February 2026*\n\n"
        "## Scope\n\nThis procedure applies to every member of the panel.\n"
    )
    text = _strip(page)
    head = text.split("## Scope")[0]
    assert not any(word in head for word in ("Choose", "Select", "Pick"))
    assert "*Last updated 2 February 2026*" in text
