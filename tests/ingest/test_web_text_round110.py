"""Page chrome of round 110 (decision 0181), copied as text: a council-wide notice that its
offices are closed, a manual's row of tools joined by bars, a language picker whose names lost
their accents, a chapter-number line over a title its ribbon marks, and the page's tools under
the chapter's "This chapter was updated on <day>" ribbon. Each rule has a negative: the
chapter's own words that look like it. Every case is written for this test in our own words.
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


def test_an_offices_closed_notice_at_the_top_is_chrome() -> None:
    text = (
        "Our offices are closed on Monday 6 April. For urgent help call 0300 555 0123.\n"
        "Skip to main content\n"
        "Wrenfield Council\n"
        "Menu\n"
        f"{TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)
    assert "offices are closed" not in kept


def test_a_contact_centre_closing_notice_is_chrome_too() -> None:
    text = (
        "The council's contact centre will close at 2pm on Wednesday 24 December.\n"
        "Skip to main content\n"
        f"{TITLE}\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith(TITLE)


def test_a_notice_speaking_of_the_chapter_is_not_a_closure_notice() -> None:
    text = (
        "Our offices are closed to visitors while this chapter is revised in May 2025.\n"
        "Skip to main content\n"
        f"{TITLE}\n" + BODY
    )
    assert "this chapter is revised" in strip_edge_chrome(text, CUES)


def test_the_chapters_words_about_closed_offices_stay() -> None:
    text = (
        f"{TITLE}\n"
        "Our offices are closed at weekends, so the emergency duty team answers for us.\n" + BODY
    )
    assert strip_edge_chrome(text, CUES) == text


def test_a_barred_row_of_a_manuals_tools_under_its_name_is_chrome() -> None:
    text = (
        "Wrenfield Children's Services Procedures Manual\n"
        "Edition 4\n"
        "Contents | What's new | Local resources\n"
        "You are here: Manual home > 3. Fostering > 3.2 Fostering Values\n"
        f"3.2 {TITLE}\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"3.2 {TITLE}")
    assert "What's new" not in kept


def test_a_barred_row_with_no_tool_in_it_is_no_tool_row() -> None:
    text = f"Fostering | Adoption | Leaving Care\n{TITLE}\n" + BODY
    assert strip_edge_chrome(text, CUES).startswith("Fostering | Adoption | Leaving Care")


def test_language_names_without_their_accents_are_a_language_picker() -> None:
    text = f"Select language\nEnglish\nPortugues\nFrancais\nEspanol\nRomana\n{TITLE}\n" + BODY
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(TITLE)
    assert "Portugues" not in kept and "Romana" not in kept


def test_a_chapter_number_over_a_title_its_ribbon_marks_stays_with_it() -> None:
    text = (
        "Wrenfield Council\n"
        "You are here: Home > Social care > Fostering manual\n"
        "4.1\n"
        f"{TITLE}\n"
        "This chapter was updated on 3 March 2025\n" + BODY
    )
    kept = strip_edge_chrome(text, CUES)
    assert kept.startswith(f"4.1\n{TITLE}")


def test_a_site_name_over_a_title_its_ribbon_marks_still_goes() -> None:
    text = (
        "Skip to main content\n"
        "Wrenfield Council\n"
        f"{TITLE}\n"
        "This chapter was updated on 3 March 2025\n" + BODY
    )
    assert strip_edge_chrome(text, CUES).startswith(TITLE)


def test_page_tools_under_the_chapters_updated_ribbon_are_chrome() -> None:
    for tools in ("Print / Email / Share", "Print  Email  Share", "Print | Email | Share"):
        text = f"{TITLE}\nThis chapter was updated on 9 September 2025.\n{tools}\n" + BODY
        kept = strip_edge_chrome(text, CUES)
        assert "This chapter was updated on 9 September 2025." in kept, tools
        assert tools not in kept, tools


def test_the_title_zone_still_ends_at_an_amendment_sentence_that_says_more() -> None:
    note = "This chapter was updated on 9 September 2025 to add our new kinship offer."
    text = f"{TITLE}\n{note}\nPrint / Email / Share\n" + BODY
    assert "Print / Email / Share" in strip_edge_chrome(text, CUES)


def test_a_closure_notice_with_no_chrome_around_it_is_the_chapters_first_line() -> None:
    text = (
        "Our carers' support offices will be closed on 1 and 2 January.\n"
        "Carers who need help on those days should ring the duty line.\n"
    )
    assert strip_edge_chrome(text, CUES) == text


def test_a_barred_row_with_figures_is_no_manuals_tool_row() -> None:
    row = "Contents | Issue 5 | Local resources"
    text = f"Wrenfield Fostering Handbook\n{row}\n{TITLE}\n" + BODY
    assert row in strip_edge_chrome(text, CUES)
