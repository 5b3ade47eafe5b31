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


def test_a_banner_button_between_the_title_and_its_dated_stamp_is_chrome() -> None:
    text = (
        "Skip to content\n"
        f"{TITLE}\n"
        "Speak to us about fostering\n"
        "Published 4 June 2022 \u00b7 Updated 9 April 2025\n\n"
        "Scope of this chapter\n"
        "This chapter applies to every fostering team and to the carers who work with them.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"{TITLE}\nPublished 4 June 2022")
    assert "Speak to us" not in kept


def test_the_same_words_over_a_heading_or_prose_stay() -> None:
    over_prose = (
        f"{TITLE}\n"
        "Get in touch with the team\n"
        "Carers can ring the fostering team on any weekday, and we answer within a day.\n"
    )
    assert "Get in touch with the team" in strip_edge_chrome(over_prose, CUES)
    over_heading = (
        f"{TITLE}\n"
        "Talk to us first\n"
        "Scope of this chapter\n"
        "This chapter applies to every fostering team and to the carers who work with them.\n"
    )
    assert "Talk to us first" in strip_edge_chrome(over_heading, CUES)
