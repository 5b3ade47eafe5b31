"""Page chrome of round 127 (decision 0208), copied as text: a search box's placeholder left as
a line of its own under the box's "Search" button at the top of the page. Every case is written
for this test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values, Standards and Principles"
BODY = (
    "Scope of this chapter\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n"
)


def test_a_question_under_the_search_button_is_its_placeholder() -> None:
    text = "Skip to main content\nMenu\nSearch\nWhat are you looking for?\n" + f"{TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith(TITLE)


def test_a_prompt_trailing_off_under_search_this_site_is_its_placeholder() -> None:
    text = "Menu\nSearch this site\nType a word to search\u2026\n" + f"{TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith(TITLE)


def test_a_question_not_under_a_search_line_is_kept() -> None:
    text = "Menu\nHome\nWho is this chapter for?\n" + f"{TITLE}\n" + BODY
    assert "Who is this chapter for?" in strip_edge_chrome(text, CUES)
