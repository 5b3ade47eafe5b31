"""Page chrome of round 154 (decision 0253), copied as text: the account link in the council's
own words ("Your account") among the site's head lines. Its negative: the same words opening a
sentence of the chapter. Every case is written for this test in our own words."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values, Standards and Principles"


def test_your_account_in_the_site_head_is_chrome() -> None:
    text = (
        "Skip to content\n"
        "Wrenbury Council\n"
        "Menu\n"
        "Search\n"
        "Your account\n"
        "Last amendment: 05/11/2024\n"
        f"{TITLE}\n"
        "Scope of this chapter\n"
        "This chapter applies to every fostering team and to the carers who work with them.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"Last amendment: 05/11/2024\n{TITLE}")
    assert "Your account" not in kept


def test_your_account_opening_a_sentence_of_the_chapter_stays() -> None:
    body = (
        f"{TITLE}\n"
        "Listening to children\n"
        "Your account of what happened matters to us, and we write it down in your own words.\n"
    )
    assert "Your account of what happened" in strip_edge_chrome(body, CUES)
