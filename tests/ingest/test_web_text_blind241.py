"""Chrome of pages copied as text that blind241 met (decision 0365): a manual's chapter menu
that lists the page by a shorter name than its title, a related-chapters box whose entries carry
chapter numbers, a search box naming the site on the line above it, and a footer row opening
with the site's copyright. Pages in our own words about invented councils, worded unlike the
case documents, with near misses that stay."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


_MENU = (
    "Skip to main content\nOakhurst Fostering Procedures\nSearch the procedures\n"
    "Sections\n1. About Fostering\n1.1 Fostering Panel Terms\n1.2 Allowances and Fees Policy\n"
    "2. Assessments\n2.1 Form F Assessments\n2.2 Connected Persons\n"
)


def test_a_menu_naming_the_page_shorter_than_its_title_ends_at_the_title() -> None:
    page = (
        _MENU + "Foster Carers' Allowances and Fees Policy\n"
        "Amended in April 2026: the weekly rates were raised for carers of teenagers.\n"
        "1. Who this covers\nEvery approved foster carer in Oakhurst.\n"
    )
    text = _strip(page)
    assert text.startswith("Foster Carers' Allowances and Fees Policy\n")
    assert "1.1 Fostering Panel Terms" not in text


def test_a_line_ending_with_an_entry_but_followed_by_more_entries_is_no_title() -> None:
    page = (
        _MENU + "Carers' Allowances and Fees Policy\n2.3 Reviews of Carers\n"
        "Amended in April 2026: the weekly rates were raised for carers of teenagers.\n"
    )
    assert "Carers' Allowances and Fees Policy\n2.3 Reviews of Carers" in _strip(page)


def test_a_two_word_entry_at_a_titles_end_is_no_sign_of_the_menu() -> None:
    page = (
        _MENU.replace("1.2 Allowances and Fees Policy", "1.2 Fees Policy")
        + "Carers' Allowances and Fees Policy\n"
        "Amended in April 2026: the weekly rates were raised for carers of teenagers.\n"
    )
    assert "1.1 Fostering Panel Terms" in _strip(page)


def test_a_related_box_of_chapters_numbered_like_the_title_goes_whole() -> None:
    page = (
        "Skip to content\n3.4 Family Time and Contact\nRelated chapters\n3.3 Placement Plans\n"
        "3.5 Delegated Authority\nIn March 2026 the section on overnight stays was rewritten.\n"
        "1. Introduction\nChildren in care keep in touch with the people who matter to them.\n"
    )
    text = _strip(page)
    assert "Related chapters" not in text
    assert "3.5 Delegated Authority" not in text
    assert text.startswith("3.4 Family Time and Contact\nIn March 2026")


def test_under_an_unnumbered_title_a_numbered_last_line_is_still_the_chapters() -> None:
    page = (
        "Skip to content\nFamily Time and Contact\nSee also\nPlacement Plans\n"
        "Delegated Authority\n1. Introduction\n"
        "Children in care keep in touch with the people who matter to them.\n"
    )
    assert "1. Introduction\nChildren in care" in _strip(page)


def test_a_search_box_naming_the_site_above_it_is_the_sites_head() -> None:
    page = (
        "The Hollow\nSearch The Hollow\nSafeguarding Adults Policy\n"
        "Updated in May 2026: the contacts were checked.\n"
        "Purpose\nThis policy tells staff what to do when they are worried about an adult.\n"
    )
    assert _strip(page).startswith("Safeguarding Adults Policy\n")


def test_a_search_line_naming_something_else_is_left() -> None:
    page = (
        "Marlow Fen Council\nSearch and Rescue Volunteers Policy\n"
        "Updated in May 2026: the contacts were checked.\n"
        "Purpose\nThis policy tells staff how volunteers are supported.\n"
    )
    assert "Search and Rescue Volunteers Policy" in _strip(page)


def test_a_footer_row_opening_with_the_copyright_goes() -> None:
    page = (
        "Safeguarding Adults Policy\nUpdated in May 2026: the contacts were checked.\n"
        "Purpose\nThis policy tells staff what to do when they are worried about an adult.\n"
        "(c) Marlow Fen Council 2026 | Staff help | Site map\n"
    )
    text = _strip(page)
    assert "Staff help" not in text
    assert text.rstrip().endswith("worried about an adult.")


def test_a_lettered_act_or_a_row_of_acts_is_the_chapters() -> None:
    for last in ("(c) Care Act 2014", "(c) Care Act 2014 | Mental Capacity Act 2005"):
        page = (
            "Safeguarding Adults Policy\nUpdated in May 2026: the contacts were checked.\n"
            "The law\nOur duties come from:\n(a) Mental Health Act 1983\n(b) Equality Act 2010\n"
            + last
            + "\n"
        )
        assert last in _strip(page)
