"""A site's menu that a browser renders as text flattens onto one line and may close on an
ordinary label ("… Council tax"), not a chrome phrase; the trail under it, its separators lost,
shows it a menu: its first step after "Home" is one of the menu's entries (decision 0399).
Written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.web_text import strip_edge_chrome
from tests.ingest.test_web_text import CUES

_HEAD = "Skip to main content\n\nAccept all cookies Reject optional cookies\n\nSearch this site\n"
_BODY = (
    "\n\nWhy we have this policy\n\n"
    "These pages explain how Corvham's children's services work with families.\n\n"
    "Our partners\n\nWe work alongside schools, health services and the police.\n"
)


def test_a_flattened_menu_closing_on_a_plain_label_goes_with_the_trail_under_it() -> None:
    menu = "Home Libraries Schools and learning Housing Planning and building\n"
    trail = "Home Schools and learning Fostering and adoption policies\n"
    text = strip_edge_chrome(
        _HEAD + menu + trail + "Fostering Policies and Standards" + _BODY, CUES
    )
    assert text.startswith("Fostering Policies and Standards\n")


def test_a_title_opening_with_home_and_no_trail_under_it_stays() -> None:
    title = "Home Visits and Family Time Arrangements For Children\n"
    text = strip_edge_chrome(_HEAD + title + "Why we visit families at home" + _BODY, CUES)
    assert text.startswith("Home Visits and Family Time Arrangements For Children\n")
