"""Page openings of the sixty-sixth blind round (decision 0120), as copied from a browser: a
site's service notice labelled other than "Alert:" above its "Find out more" link, a download
link "as PDF" with its size, a review banner written as sentences above the title, a manual's
"Contents" panel that lists the page further down, and the manual's name over a title that the
page's tools mark.

Each page and line is written for this test in our own words; each negative case is a line or a
page a careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import _is_stamp_banner, is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_service_update_with_its_more_link_above_the_sites_tools_goes() -> None:
    page = (
        "Service update: the fostering team's phone line moves to a new number on 3 March 2025.\n"
        "Find out more\n"
        "Close\n"
        "Accessibility\n"
        "Text size\n"
        "Pellingham Council\n"
        "Menu\n"
        "Home\n"
        "Fostering\n"
        "Fostering procedures\n"
        "Short Breaks for Foster Carers\n"
        "Short Breaks for Foster Carers\n"
        "Last updated: 4 March 2025\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("Short Breaks for Foster Carers\nLast updated: 4 March 2025\n")
    assert "Service update" not in text
    assert "Find out more" not in text


def test_a_notice_label_at_the_top_needs_chrome_under_it() -> None:
    page = (
        "Important notice: carers must tell the team before a break begins.\n"
        "Short breaks are planned at the carer's review.\n"
        "The team keeps a record of each break.\n"
    )
    assert _text(page).startswith("Important notice: carers must tell the team")


def test_a_chapters_own_update_note_under_its_title_stays() -> None:
    for label in ("Update", "Chapter update", "Policy change"):
        page = (
            "Skip to main content\n"
            "Short Breaks for Foster Carers\n"
            f"{label}: this chapter was amended in April 2025 to allow online booking.\n"
            "Print this page\n"
            "Carers book breaks through their supervising social worker.\n"
        )
        text = _text(page)
        assert text.startswith("Short Breaks for Foster Carers\n"), label
        assert f"{label}: this chapter was amended in April 2025" in text, label


def test_a_download_as_pdf_link_with_its_size_is_chrome() -> None:
    assert is_chrome_line("Download as PDF (212KB)", CUES)
    assert is_chrome_line("Download as a PDF (1.2 MB)", CUES)
    assert not is_chrome_line("Download as PDF the carer's agreement and send it back.", CUES)


def test_a_review_banner_above_the_title_leaves_the_tools_under_the_title_to_go() -> None:
    page = (
        "Last reviewed: 6 January 2025. Next review due: January 2026.\n"
        "Short Breaks for Foster Carers\n"
        "Print this chapter\n"
        "Download as PDF (96KB)\n"
        "Amendment\n"
        "This chapter was amended in December 2024 to raise the number of nights.\n"
    )
    text = _text(page)
    assert "Download as PDF" not in text
    assert "Print this chapter" not in text
    assert "Amendment\nThis chapter was amended" in text


def test_only_a_short_line_opening_with_a_stamp_is_a_banner() -> None:
    assert _is_stamp_banner("Page last updated: 6 January 2025. Next review: 2026.")
    assert not _is_stamp_banner("Carers were last reviewed on 6 January 2025 by the panel.")
    assert not _is_stamp_banner("Foster carers may ask for a planned break each year.")


def test_a_manual_contents_panel_listing_the_page_further_down_goes() -> None:
    page = (
        "Pellingham Fostering Procedures Manual\n"
        "Search the manual\n"
        "Search\n"
        "Contents\n"
        "4. Fostering Services\n"
        "4.1 Approval of Foster Carers\n"
        "4.2 Short Breaks for Foster Carers\n"
        "4.3 Allegations against Carers\n"
        "5. Adoption\n"
        "Register for updates\n"
        "4.2 Short Breaks for Foster Carers\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("4.2 Short Breaks for Foster Carers\nIntroduction\n")
    assert "4.1 Approval of Foster Carers" not in text


def test_a_chapters_own_contents_list_followed_by_its_first_heading_stays() -> None:
    page = (
        "Skip to content\n"
        "Search\n"
        "Contents\n"
        "4.1 Planning a Break\n"
        "4.2 Paying for a Break\n"
        "4.3 Recording a Break\n"
        "4.1 Planning a Break\n"
        "Breaks are planned at the carer's annual review.\n"
    )
    assert _text(page).startswith("Contents\n4.1 Planning a Break\n4.2 Paying for a Break\n")


def test_the_manuals_name_above_a_title_marked_by_the_page_tools_goes() -> None:
    page = (
        "Skip to main content\n"
        "Pellingham Fostering Procedures Manual\n"
        "Short Breaks, Respite and Holidays\n"
        "Print    Email    Share\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("Short Breaks, Respite and Holidays\n")
    assert "Pellingham Fostering Procedures Manual" not in text


def test_a_line_above_a_title_with_no_tools_under_it_stays() -> None:
    page = (
        "Skip to main content\n"
        "Pellingham Fostering Procedures Manual\n"
        "Short Breaks, Respite and Holidays\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Pellingham Fostering Procedures Manual\n")


def test_a_manual_menu_closing_the_page_and_naming_it_goes() -> None:
    page = (
        "4.2 Short Breaks for Foster Carers\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
        "\n"
        "Contents\n"
        "4. Fostering Services\n"
        "4.1 Approval of Foster Carers\n"
        "4.2 Short Breaks for Foster Carers\n"
        "4.3 Allegations against Carers\n"
        "Back to top\n"
        "Cookies\n"
    )
    text = _text(page)
    assert text.endswith("fourteen nights a year.\n")
    assert "4.3 Allegations against Carers" not in text


def test_a_closing_list_of_other_chapters_stays() -> None:
    page = (
        "4.2 Short Breaks for Foster Carers\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
        "\n"
        "Related chapters\n"
        "4.1 Approval of Foster Carers\n"
        "4.3 Allegations against Carers\n"
        "4.4 Carers' Allowances\n"
    )
    assert _text(page).endswith("4.4 Carers' Allowances\n")


def test_an_unlabelled_notice_above_its_close_button_goes() -> None:
    page = (
        "Our fostering offices will be closed on 24 and 25 December.\n"
        "Close\n"
        "Pellingham Fostering Procedures Manual\n"
        "Search\n"
        "Print\n"
        "Short Breaks, Respite and Holidays\n"
        "Last updated: 10 January 2025\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("Short Breaks, Respite and Holidays\nLast updated: 10 January 2025\n")


def test_a_title_above_a_close_link_is_no_notice() -> None:
    page = (
        "Short Breaks, Respite and Holidays\n"
        "Close\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks, Respite and Holidays\n")


def test_a_chapters_first_sentence_with_no_close_button_under_it_stays() -> None:
    page = (
        "Our fostering offices will be closed on 24 and 25 December.\n"
        "Carers who need help on those days should ring the out-of-hours team.\n"
    )
    assert _text(page).startswith("Our fostering offices will be closed")


def test_a_banner_noting_the_chapters_own_update_above_its_close_button_stays() -> None:
    page = (
        "Skip to content\n"
        "This chapter was updated in May 2025 to raise the number of nights.\n"
        "Dismiss\n"
        "Short Breaks, Respite and Holidays\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert "This chapter was updated in May 2025" in _text(page)


def test_cookie_buttons_one_a_line_at_the_top_are_chrome() -> None:
    page = (
        "We use cookies to make this website work.\n"
        "Accept\n"
        "Reject\n"
        "Skip to content\n"
        "Short Breaks for Foster Carers\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks for Foster Carers\n")


def test_a_sidebar_box_listing_the_page_by_number_above_its_unnumbered_title_goes() -> None:
    page = (
        "Skip to content\n"
        "Search\n"
        "In this section\n"
        "4. Fostering Services\n"
        "4.2 Short Breaks for Foster Carers\n"
        "4.3 Allegations against Carers\n"
        "Short Breaks for Foster Carers\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    text = _text(page)
    assert text.startswith("Short Breaks for Foster Carers\nIntroduction\n")
    assert "4.3 Allegations against Carers" not in text


def test_accept_inside_the_chapter_stays() -> None:
    page = (
        "Short Breaks for Foster Carers\n"
        "The panel considers each request for a longer break at its next meeting.\n"
        "The panel may:\n"
        "Accept\n"
        "Reject\n"
        "Defer\n"
        "the request, and it tells the carer why in writing.\n"
    )
    assert "Accept\nReject\nDefer\n" in _text(page)


def test_a_link_back_to_the_manual_is_chrome() -> None:
    assert is_chrome_line("Back to Fostering procedures", CUES)
    assert is_chrome_line("Back to the social care manual", CUES)
    assert not is_chrome_line("Back to school: planning a child's return after a break.", CUES)


def test_a_trail_ending_with_the_page_right_after_a_back_link_goes() -> None:
    page = (
        "Pellingham Council\n"
        "Search\n"
        "Fostering\n"
        "Fostering procedures\n"
        "Back to Fostering procedures\n"
        "Short Breaks, Respite and Holidays\n"
        "Short Breaks, Respite and Holidays\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("Short Breaks, Respite and Holidays\nIntroduction\n")


def test_trail_steps_above_a_title_over_a_page_control_go() -> None:
    page = (
        "Home\n"
        "Fostering\n"
        "Fostering procedures\n"
        "4.2 Short Breaks, Respite and Holidays\n"
        "Show all sections\n"
        "Introduction\n"
        "Foster carers may ask for a planned break of up to fourteen nights a year.\n"
    )
    assert _text(page).startswith("4.2 Short Breaks, Respite and Holidays\n")
