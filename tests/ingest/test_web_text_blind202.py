"""Site chrome met in the two-hundred-and-second blind round (decision 0319): a council's top
menu flattened onto one line when its page is printed or copied, ending on a link label such as
"Contact" that is chrome only there, never as a line of its own.

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


@pytest.mark.parametrize(
    "menu",
    [
        "Home Residents Schools and learning Social care Contact",
        "Home Bins Parking Housing Adult care Get in touch",
        "Menu Council tax Planning Libraries Events",
    ],
)
def test_a_flattened_menu_over_the_trail_ending_on_a_menu_label_goes(menu: str) -> None:
    page = (
        f"Marlow Fen Council\n\n{menu}\n\n"
        "Home > Children and families > Procedures > Family time\n\n"
        "Family Time Procedure\n\n"
        "This procedure explains how children in care keep in touch with their families.\n"
    )
    assert read_source(page.encode(), "page.txt").text.startswith("Family Time Procedure")


def test_a_title_ending_on_a_menu_label_stays() -> None:
    page = (
        "Home Visits and Keeping in Contact\n\n"
        "This procedure explains how children in care keep in touch with their families.\n"
    )
    assert read_source(page.encode(), "page.txt").text.startswith("Home Visits and Keeping")


@pytest.mark.parametrize(
    "line",
    [
        "Contact",
        "Events",
        "Home visits and family contact",
        "Home life for children in care and their contact",
        "Search for relatives before strangers and keep in contact",
    ],
)
def test_a_menu_label_alone_or_inside_the_chapters_words_stays(line: str) -> None:
    assert not is_chrome_line(line, CUES)


def test_a_site_head_above_a_trail_goes_when_its_menu_ends_on_contact() -> None:
    page = (
        "Marlow Fen Council\n\n"
        "Home Residents Children and families Adult care Contact\n\n"
        "Home / Children and families / Procedures / Family time\n\n"
        "Family Time Procedure\n\n"
        "This procedure explains how children in care keep in touch with their families.\n\n"
        "Contact\n\n"
        "Family time is arranged by the child's social worker and reviewed at every review.\n"
    )
    text = read_source(page.encode(), "page.txt").text
    assert text.startswith("Family Time Procedure")
    assert "\nContact\n" in text
