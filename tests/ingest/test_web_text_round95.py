"""Page chrome of round 95 (decision 0160), copied as text: a procedures manual's name opening
the copy, with its tools under it, down to the chapter's title; a short trail over a title
whose dated stamp ("Published <day>") marks it as the page's own. Each rule has a negative:
the chapter's own words that look like it. Every case is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values, Standards and Principles"
BODY = (
    "Scope of this chapter\n"
    "This chapter applies to every fostering team and to the carers who work with them.\n"
)


def test_a_manual_name_and_its_tools_over_a_numbered_title_are_chrome() -> None:
    text = (
        "Wrenfield Children's Services Procedures Manual\n"
        "Contents\n"
        "What's new\n"
        "Local keywords\n"
        f"2.3.1 {TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"2.3.1 {TITLE}")
    assert "Procedures Manual" not in kept and "Local keywords" not in kept


def test_a_handbook_name_right_over_a_numbered_title_is_chrome() -> None:
    text = f"Wrenfield Foster Carers Handbook\n4.2 {TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith(f"4.2 {TITLE}")


def test_a_manual_name_right_over_an_unnumbered_title_stays() -> None:
    text = f"Wrenfield Foster Carers Handbook\n{TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith("Wrenfield Foster Carers Handbook")


def test_a_chapter_number_line_over_the_title_stays_with_it() -> None:
    text = f"Wrenfield Council Children's Services Manual\nChapter 2.3.1\n{TITLE}\n" + BODY
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"Chapter 2.3.1\n{TITLE}")


def test_a_chapter_about_the_manual_is_no_manual_name() -> None:
    text = f"About this Manual\nHow to use it\n{TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith("About this Manual")


def test_a_manual_name_over_prose_is_left_alone() -> None:
    text = (
        "Wrenfield Children's Services Manual\n"
        "Children and families\n"
        "This manual holds every procedure our social workers follow, one chapter a page.\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith("Wrenfield Children's Services Manual")


def test_a_manual_name_over_a_numbered_chapter_menu_is_left_to_the_menu_rules() -> None:
    text = (
        "Wrenfield Children's Services Manual\n"
        "Chapters\n"
        "1. About the manual\n"
        "1.1 Fostering Values, Standards and Principles\n"
        "1.2 Glossary\n"
        "2. Referrals\n"
        f"{TITLE}\n"
        "Version 4 - May 2025\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert not kept.startswith("1.1 Fostering")


def test_a_trail_over_a_title_with_a_published_stamp_is_chrome() -> None:
    text = (
        "Accept all cookies\n"
        "Wrenfield Borough Council\n"
        "Home\n"
        "Help for children and families\n"
        f"{TITLE}\n"
        "Published 3 March 2025\n"
        "Last reviewed 9 June 2025\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)
    assert "Help for children and families" not in kept


def test_a_label_over_a_title_with_prose_under_it_stays() -> None:
    text = (
        "Accept all cookies\n"
        "Wrenfield Borough Council\n"
        "Home\n"
        "Help for children and families\n"
        f"{TITLE}\n"
        "We published this chapter so that carers know what to expect of us.\n" + BODY
    )
    assert "Help for children and families" in strip_edge_chrome(text, CUES)
