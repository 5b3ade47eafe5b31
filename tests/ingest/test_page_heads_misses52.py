"""Page heads and feet copied as text from platforms and council sites (decision 0390): a stamp
that the page's tools follow is no title, an application's command with its keyboard shortcut,
skip links to any part of the page, a learning platform's or wiki's long head down to a title
its tools mark, a menu's entries with commas, the site's lines over a trail to the title said
twice, a printed-copy notice wrapped with the manual's name, a theme's widget rail at the foot.

Every page is written for this test in our own words about invented councils.
"""

from __future__ import annotations

import pytest

from app.ingest.html_render import render_html
from app.ingest.web_text import is_chrome_line, strip_edge_chrome
from tests.ingest.test_web_text import CUES

PROSE = (
    "Every child in Quarrendon's care has a social worker who visits at least every six weeks "
    "and listens to what the child wants."
)


def test_a_stamp_over_a_links_box_is_no_title_and_the_lines_above_it_stay() -> None:
    page = (
        "Intranet\n"
        "Search this site\n"
        "Home\n"
        "Not following\n"
        "Share\n"
        "Fostering Standards\n"
        "Amal Reddy\n"
        "Quality Lead\n"
        "Updated: 4 February 2026\n"
        "Quick links\n"
        "Supervision policy\n"
        "Recording guidance\n"
        "Our standards\n"
        f"{PROSE}\n"
    )
    stripped = strip_edge_chrome(page, CUES)
    assert stripped.startswith("Fostering Standards\nAmal Reddy\nQuality Lead\nUpdated: 4 Feb")
    assert "Quick links" not in stripped
    assert "Supervision policy" not in stripped
    assert "Our standards\n" in stripped


@pytest.mark.parametrize(
    "line",
    ["Search (Alt + Q)", "Find (Ctrl+F)", "Print (Ctrl + Shift + P)", "Undo (Cmd + Z)"],
)
def test_a_command_with_its_keyboard_shortcut_is_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Section 20 (Children Act)",
        "Staying Put (age 21)",
        "Help (F1)",
        "Press Ctrl + Q to leave this site quickly.",
    ],
)
def test_brackets_without_a_keyboard_shortcut_are_no_command(line: str) -> None:
    assert not is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    ["Skip to breadcrumbs", "Skip to action menu", "Jump to quick search", "Skip to footer links"],
)
def test_skip_links_to_any_part_of_the_page_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_opening_with_skip_to_is_no_skip_link() -> None:
    assert not is_chrome_line("Skip to the next part if the child is not yet in care.", CUES)
    assert not is_chrome_line("Skip to the part on respite care for disabled children", CUES)


def test_a_long_head_ends_at_the_title_its_tools_mark_past_a_step_with_a_comma() -> None:
    page = (
        "Skip to main content\n"
        "Search\n"
        "Calendar\n"
        "Inbox\n"
        "Modules\n"
        "Members\n"
        "Badges\n"
        "Module SW-204\n"
        "Unit 3: Practice standards\n"
        "Resource: fostering, kinship and adoption\n"
        "Fostering, Kinship and Adoption Standards\n"
        "Mark as done\n"
        f"{PROSE}\n"
    )
    stripped = strip_edge_chrome(page, CUES)
    assert stripped.startswith("Fostering, Kinship and Adoption Standards\n")
    assert "Resource:" not in stripped


def test_a_short_head_keeps_a_line_with_a_comma_over_the_tooled_line() -> None:
    page = (
        "Print\n"
        "Fostering, Kinship and Adoption\n"
        "Standards for staff, carers and partners\n"
        "Share this page\n"
        f"{PROSE}\n"
    )
    assert "Fostering, Kinship and Adoption\n" in strip_edge_chrome(page, CUES)


def test_a_page_tree_naming_the_page_goes_with_the_head_down_to_the_tooled_title() -> None:
    page = (
        "Skip to quick search\n"
        "Spaces\n"
        "Search\n"
        "Help\n"
        "Quarrendon Practice Wiki\n"
        "Pages\n"
        "Blog\n"
        "Guides\n"
        "2. Standards\n"
        "Fostering, Kinship and Adoption Standards\n"
        "Short breaks\n"
        "Space tools\n"
        "Edit\n"
        "Watch\n"
        "Share\n"
        "Fostering, Kinship and Adoption Standards\n"
        f"{PROSE}\n"
    )
    stripped = strip_edge_chrome(page, CUES)
    assert stripped.startswith(f"Fostering, Kinship and Adoption Standards\n{PROSE}")
    assert "Short breaks" not in stripped


def test_a_menus_entries_with_commas_go_down_to_a_title_marked_by_a_collection_line() -> None:
    page = (
        "Skip to main content\n"
        "Search\n"
        "Services\n"
        "Libraries\n"
        "Roads and transport\n"
        "Births, deaths and marriages\n"
        "Schools and learning\n"
        "Jobs, careers and volunteering\n"
        "All services\n"
        "Home\n"
        "Schools and learning\n"
        "Fostering, Kinship and Adoption Standards\n"
        "This page is part of: Children's social care\n"
        f"{PROSE}\n"
    )
    stripped = strip_edge_chrome(page, CUES)
    assert stripped.startswith(f"Fostering, Kinship and Adoption Standards\n{PROSE}")


def test_a_menus_entries_with_commas_stay_when_no_tools_mark_a_title() -> None:
    page = (
        "Search\n"
        "Services\n"
        "Libraries\n"
        "Roads and transport\n"
        "Births, deaths and marriages\n"
        "Fostering Standards\n"
        f"{PROSE}\n"
    )
    assert "Births, deaths and marriages" in strip_edge_chrome(page, CUES)


def test_a_promotion_above_a_trail_to_the_title_said_twice_goes_with_the_site() -> None:
    page = (
        "Quarrendon District Council\n"
        "Renew your bus pass online\n"
        "It takes five minutes.\n"
        "Renew now\n"
        "Home\n"
        "Children and families\n"
        "Fostering Standards\n"
        "Fostering Standards\n"
        f"{PROSE}\n"
    )
    assert strip_edge_chrome(page, CUES) == f"Fostering Standards\n{PROSE}\n"


def test_lines_above_a_home_line_stay_when_no_title_is_said_twice_under_it() -> None:
    page = (
        "Quarrendon District Council\n"
        "Renew your bus pass online\n"
        "It takes five minutes.\n"
        "Home\n"
        "Children and families\n"
        "Fostering Standards\n"
        f"{PROSE}\n"
    )
    assert "It takes five minutes." in strip_edge_chrome(page, CUES)


@pytest.mark.parametrize(
    "foot",
    [
        "   Quarrendon District Council Fostering Handbook. Paper\n   copies may be out of date.\n",
        "   Printed copies of this\n   handbook are uncontrolled.\n",
    ],
)
def test_a_printed_copy_notice_wrapped_at_the_foot_goes(foot: str) -> None:
    page = f"Fostering Standards\n\n   {PROSE}\n\n{foot}"
    assert strip_edge_chrome(page, CUES) == f"Fostering Standards\n\n   {PROSE}\n"


def test_a_chapters_sentence_before_the_notice_keeps_the_paragraph() -> None:
    foot = "   Staff keep their own notes safely. Printed\n   copies are uncontrolled.\n"
    page = f"Fostering Standards\n\n   {PROSE}\n\n{foot}"
    assert "Staff keep their own notes safely." in strip_edge_chrome(page, CUES)


def test_a_themes_events_rail_after_the_chapter_goes_to_the_foot() -> None:
    page = (
        "Fostering Standards\n"
        f"{PROSE}\n\n"
        "What's on\n"
        "3 Apr\n"
        "Adoption support group\n"
        "Riverside Hall, 7pm\n"
        "10 Apr\n"
        "Young carers' games night\n"
        "Categories\n"
        "Fostering\n"
        "Search for:\n"
    )
    assert strip_edge_chrome(page, CUES) == f"Fostering Standards\n{PROSE}\n"


def test_an_events_heading_over_the_chapters_prose_stays() -> None:
    page = (
        f"Fostering Standards\n{PROSE}\n\n"
        "Events\n"
        "We hold a celebration for our foster carers every summer, and children choose the "
        "theme.\n"
    )
    assert "Events\n" in strip_edge_chrome(page, CUES)


def test_a_side_column_of_contacts_beside_the_chapter_is_dropped() -> None:
    html = (
        "<html><body><div role='main'>"
        "<h1>Fostering Standards</h1>"
        "<div class='layout-column main-column'><h2>Our standards</h2>"
        f"<p>{PROSE}</p></div>"
        "<div class='layout-column side-column'><h2>Who to call</h2>"
        "<ul><li>Duty desk: 01632 960 771</li><li>Page owner: Lena Brook</li></ul></div>"
        "</div></body></html>"
    )
    rendered = render_html(html)
    assert "Our standards" in rendered
    assert "Duty desk" not in rendered
    assert "Who to call" not in rendered
