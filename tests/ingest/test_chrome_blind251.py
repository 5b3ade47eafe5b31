"""Page chrome of blind round 251 (decision 0378): a whole council page read as text by a
scraper (BeautifulSoup's `get_text` with blank lines dropped) sets its menu one link a line,
longer than the few label lines a site's head otherwise holds, and its breadcrumb trail one step
a line under it, "Home" first, right above the chapter's title.

Each page is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.web_text import strip_edge_chrome
from tests.ingest.test_web_text import CUES

_HEAD = "Skip to main content\nAccept all cookies\nSearch this site\nSearch\n"


def _page(menu: str, trail: str, title: str) -> str:
    return (
        _HEAD
        + menu
        + trail
        + title
        + "\nWhy we have this policy\n"
        + "These pages explain how Corvham's children's services work with families.\n"
        + "Our partners\nWe work alongside schools, health services and the police.\n"
    )


def test_a_long_menu_over_a_trail_one_step_a_line_goes_with_it() -> None:
    menu = "Parking permits\nLibraries\nChildren and families\nWork for Corvham\nAdult care\n"
    trail = "Home\nChildren and families\nSocial care manual\n"
    text = strip_edge_chrome(_page(menu, trail, "Fostering Policies, Values and Standards"), CUES)
    assert text.startswith("Fostering Policies, Values and Standards\n")
    for line in ("Work for Corvham", "Adult care", "Social care manual", "Home\n"):
        assert line not in text


def test_the_menu_goes_when_the_trail_has_three_steps() -> None:
    menu = "Planning\nCouncil tax\nBins\nJobs and careers\n"
    trail = "Home\nSocial care\nChildren's manual\nPart 1\n"
    text = strip_edge_chrome(
        _page(menu, trail, "Children's Services Policies, Values and Principles"), CUES
    )
    assert text.startswith("Children's Services Policies, Values and Principles\n")
    assert "Jobs and careers" not in text


def test_a_title_without_a_comma_leaves_the_lines_above_it() -> None:
    """A line with no comma may be a trail step as well as a title, so nothing marks where the
    trail ends: the lines stay for the reader rather than the title going (decision 0160)."""
    menu = "Planning\nCouncil tax\nBins\nJobs and careers\n"
    trail = "Home\nSocial care\nChildren's manual\n"
    text = strip_edge_chrome(_page(menu, trail, "Our Children's Services Policies"), CUES)
    assert "Our Children's Services Policies\n" in text


def test_short_lines_over_a_sentence_under_home_are_kept() -> None:
    """No title under the steps: the short lines after "Home" are the chapter's own headings."""
    page = (
        _HEAD
        + "Planning\nCouncil tax\nBins\nJobs and careers\nHome\n"
        + "Our values\nFamilies first\n"
        + "We keep children with their families wherever that is safe.\n"
    )
    text = strip_edge_chrome(page, CUES)
    assert "We keep children with their families wherever that is safe." in text
