"""Page chrome of round 86 (decision 0148), copied as text: an emergency banner telling the
reader whom to phone, a "This page is part of" box naming the manual and its part, a page's
tabs as one row under its title, a labelled share row with bars. Each rule has a negative: the
chapter's own words that look like it. Every case is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line, strip_edge_chrome

CUES = load_chrome_cues()
TITLE = "Fostering Values and Principles"
BODY = (
    "Introduction\n"
    "This chapter sets out what our fostering service believes and how it works with carers.\n"
)


def test_an_emergency_banner_at_the_top_is_chrome() -> None:
    text = (
        "If a young person is at risk of harm call 999\n"
        "If you are worried about a child, ring our duty team on 01632 960 123 (any time)\n"
        "Close\n"
        "Marlow Fen Council\n"
        f"{TITLE}\n"
        "Updated 4 May 2025\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert TITLE in kept
    assert "999" not in kept and "duty team" not in kept and "Close" not in kept


def test_a_markdown_emergency_quote_at_the_top_is_chrome() -> None:
    text = (
        "> **If a child is in immediate danger, dial 999.** To report a worry, phone "
        "01632 960 555.\n\n"
        f"# {TITLE}\n\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith(f"# {TITLE}")


def test_the_chapters_own_advice_to_phone_under_its_title_stays() -> None:
    text = f"{TITLE}\nIf a child is in danger, call 999 and then tell your manager.\n\n" + BODY
    assert "call 999" in strip_edge_chrome(text, CUES)


def test_a_this_page_is_part_of_box_under_the_title_goes_up_to_the_version_line() -> None:
    text = (
        f"{TITLE}\n"
        "This page is part of\n"
        "Fostering Procedures Manual\n"
        "Part 2: Carers and Placements\n"
        "Version 3.4\n"
        "Scope of this Chapter\n"
        "This chapter applies to every member of the fostering team and to our foster carers.\n"
    )
    kept = strip_edge_chrome(text, CUES)
    assert "This page is part of" not in kept
    assert "Fostering Procedures Manual" not in kept and "Part 2:" not in kept
    assert "Version 3.4\nScope of this Chapter\n" in kept


def test_a_this_page_is_part_of_line_of_links_is_chrome() -> None:
    line = "**This page is part of:** [Fostering Manual](/m) \u203a [Part 2: Carers](/m/2)"
    assert is_chrome_line(line, CUES)
    assert is_chrome_line("This page is part of: Fostering Manual > Part 2", CUES)


def test_a_sentence_about_what_the_chapter_is_part_of_is_no_chrome() -> None:
    line = "This chapter is part of: our promise to every child that we will listen to them."
    assert not is_chrome_line(line, CUES)


def test_a_labelled_share_row_with_bars_is_chrome() -> None:
    assert is_chrome_line("Share this page: Facebook | X | LinkedIn | Email", CUES)
    line = "Share this page: [Facebook](https://f.example) | [X](https://x.example) | [Email](m)"
    assert is_chrome_line(line, CUES)


def test_a_labelled_row_of_the_chapters_words_with_bars_is_no_chrome() -> None:
    assert not is_chrome_line("Share this page: Values | Principles | Practice", CUES)


def test_a_row_of_tabs_under_the_title_goes() -> None:
    for tabs in ("Overview | Procedures | Forms", "[Summary](#s) | [Detail](/d) | [Contacts](/c)"):
        text = f"{TITLE}\n{tabs}\nUpdated: 4 May 2025\n" + BODY
        kept = strip_edge_chrome(text, CUES)
        assert tabs not in kept
        assert "Updated: 4 May 2025" in kept


def test_a_stamp_row_under_the_title_is_no_tab_strip() -> None:
    for row in ("Amended: May 2025 | Version 12 | Current", "Version 4 | Published | Live 2025"):
        text = f"{TITLE}\n{row}\n" + BODY
        assert row in strip_edge_chrome(text, CUES)


def test_a_table_header_row_under_the_title_is_no_tab_strip() -> None:
    text = f"{TITLE}\nVersion | Date | What changed\n3.0 | 04/05/2025 | Respite care added\n" + BODY
    assert "Version | Date | What changed" in strip_edge_chrome(text, CUES)
