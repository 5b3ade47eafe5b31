"""Page openings met in the thirty-ninth blind round, copied from a browser as text: a trail
ending at a numbered chapter, a menu of chapters with no blank line before the title, the
manual's part named on a line above the title, a record row of stamps beside page tools, and
a search box with its button.

Each page and line is written for this test in our own words; each negative case is a line or
a list a careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_trail_may_end_at_a_numbered_chapter() -> None:
    assert is_breadcrumb("You are here: Home \u00bb Fostering \u00bb 2.4 Carers' allowances")
    assert is_breadcrumb("Home > Handbook > 3.1.2 Short breaks")


def test_a_sentence_with_a_number_is_no_trail_step() -> None:
    assert not is_breadcrumb("Home > 2 of our carers said so")


def test_a_chapter_menu_with_no_blank_line_above_the_title_goes() -> None:
    page = (
        "Skip to content\n"
        "Search\n"
        "Chapters in this part\n"
        "2.1 Becoming a carer\n"
        "2.2 Carers' allowances\n"
        "2.3 Short breaks\n"
        "2.2 Carers' allowances\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("2.2 Carers' allowances\nEvery approved carer")


def test_a_contents_list_followed_by_its_first_heading_stays() -> None:
    page = (
        "Skip to content\n"
        "Search\n"
        "Carers' allowances\n"
        "Contents\n"
        "1.1 Weekly allowance\n"
        "1.2 Fees\n"
        "1.3 Holidays\n"
        "1.1 Weekly allowance\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Carers' allowances\nContents\n")


def test_the_manuals_part_above_the_title_goes() -> None:
    page = (
        "Skip navigation\n"
        "Menu   Contents   Keywords   Register for updates\n"
        "Part 2: Fostering\n"
        "Carers' allowances\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Carers' allowances\n")


def test_a_part_heading_under_the_title_stays() -> None:
    page = (
        "Skip navigation\n"
        "Carers' allowances\n"
        "Part 2: Fees\n"
        "Fees\n"
        "Every approved carer is paid a fee.\n"
    )
    assert "Part 2: Fees\n" in _text(page)


def test_a_part_line_above_a_sentence_stays() -> None:
    page = (
        "Skip navigation\n"
        "Menu   Contents   Keywords   Register for updates\n"
        "Part 2: Fostering\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Part 2: Fostering\n")


def test_a_row_of_stamps_beside_page_tools_is_no_menu() -> None:
    assert not is_chrome_line("Updated: 3 May 2025 | Version 2.1 | Print | Download as PDF", CUES)
    assert is_chrome_line("Home | Contents | Print | Download as PDF", CUES)


def test_a_search_box_and_its_button_are_chrome() -> None:
    assert is_chrome_line("Enter keywords    Search", CUES)
    assert not is_chrome_line("Weekly allowance    Fees", CUES)


def test_a_sites_tagline_and_manual_name_above_its_menu_go() -> None:
    page = (
        "Skip to main content\n"
        "Kellow Council\n"
        "Caring for every corner of Kellow\n"
        "Kellow Fostering Practice Handbook\n"
        "Home\n"
        "Local resources\n"
        "Search the manual\n"
        "Carers' Allowances and Fees\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Carers' Allowances and Fees\n")


def test_a_title_line_above_page_tools_stays() -> None:
    page = (
        "Skip to main content\n"
        "Search the manual\n"
        "Carers' Allowances and Fees\n"
        "Print\n"
        "Share\n"
        "Every approved carer is paid a weekly allowance for each child.\n"
    )
    assert _text(page).startswith("Carers' Allowances and Fees\n")


def test_footer_links_to_terms_and_a_disclaimer_are_chrome() -> None:
    assert is_chrome_line("Accessibility | Privacy | Terms and conditions", CUES)
    assert is_chrome_line("Terms of use | Disclaimer | Cookies", CUES)
    assert is_chrome_line("Page details", CUES)


def test_an_other_chapters_heading_whose_links_went_goes_with_them() -> None:
    page = (
        "# Carers' Allowances\n\n"
        "Every approved carer is paid a weekly allowance for each child.\n\n"
        "## Other chapters\n\n"
        "  * [Short Breaks](/manual/short-breaks)\n"
        "  * [Carer Reviews](/manual/reviews)\n\n"
        "Page last reviewed: 3 March 2025\n\n"
        "  * [Accessibility](/accessibility)\n"
    )
    text = read_source(page.encode(), "page.md").text
    assert "Other chapters" not in text
    assert "Page last reviewed: 3 March 2025" in text


def test_an_other_chapters_heading_over_the_chapters_own_words_stays() -> None:
    page = (
        "# Carers' Allowances\n\n"
        "Every approved carer is paid a weekly allowance for each child.\n\n"
        "## See also\n\n"
        "The Short Breaks chapter explains how respite is paid\n\n"
        "  * [Accessibility](/accessibility)\n"
    )
    text = read_source(page.encode(), "page.md").text
    assert "## See also" in text


def test_a_converted_script_link_is_read_as_its_words() -> None:
    assert is_chrome_line("[Print](javascript:window.print\\(\\)) [Share](#share)", CUES)


def test_a_footer_set_apart_by_a_rule_goes() -> None:
    page = (
        "# Carers' Allowances\n\n"
        "Every approved carer is paid a weekly allowance for each child.\n\n"
        "[Back to top](#top)\n\n"
        "------------------------------------------------------------------------\n\n"
        "Kellow Council, Guild Hall, Kellow KL1 1AA\n"
    )
    text = read_source(page.encode(), "page.md").text
    assert "Guild Hall" not in text
    assert text.rstrip().endswith("for each child.")


def test_a_rule_inside_the_chapter_stays() -> None:
    page = (
        "# Carers' Allowances\n\n"
        "Every approved carer is paid a weekly allowance for each child.\n\n"
        "---\n\n"
        "Fees are paid on top of the allowance, monthly in arrears.\n"
    )
    text = read_source(page.encode(), "page.md").text
    assert "Fees are paid on top of the allowance" in text
