"""Site chrome met in blind round 139 (decision 0231): a site's service-status strip over a trail
kept as a numbered list of links, a "Popular on this site" rail and an "Is there anything wrong
with this page?" widget kept as boxes, and the site's office line (an address with its postcode
and opening hours) at a page's foot.

Each page and line is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source

TITLE = "# Fostering Services, Aims and Standards\n\n"
BODY = (
    "Everyone who fosters for the council should read this part of the handbook, and come back "
    "to it when it changes.\n\n"
    "## Keeping in touch\n\n"
    "We visit every household at least once every six weeks.\n"
)


def _markdown(page: str) -> str:
    return read_source(page.encode(), "page.md").text


def _html(body: str) -> str:
    return read_source(f"<html><body>{body}</body></html>".encode(), "page.html").text


def test_a_service_status_line_over_a_numbered_trail_is_chrome() -> None:
    page = (
        "* [Skip to main content](#main)\n"
        "* [Waste and recycling](https://example.org/waste)\n\n"
        "Service status: bin collections are running a day late.\n\n"
        "1. [Home](https://example.org/)\n"
        "2. [Children and families](https://example.org/children)\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith(TITLE)


def test_a_status_label_before_the_chapters_own_words_stays() -> None:
    page = (
        "Legal status: this handbook is guidance for carers, not a contract.\n\n"
        "Everyone who fosters for the council should read it.\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith("Legal status:")


def test_a_status_line_over_a_chapters_own_numbered_contents_stays() -> None:
    page = (
        "Service status: this chapter is under review.\n\n"
        "1. [Who this is for](#who)\n2. [Keeping in touch](#touch)\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith("Service status:")


def test_popular_pages_and_a_wrong_page_widget_at_a_markdown_foot_go() -> None:
    page = (
        TITLE + BODY + "\n## Popular on this site\n\n"
        "* [Check your bin day](https://example.org/bins)\n"
        "* [Pay council tax](https://example.org/tax)\n\n"
        "## Is there anything wrong with this page?\n\n"
        "[Tell us what is wrong](https://example.org/feedback)\n\n"
        "* [Accessibility](https://example.org/accessibility)\n"
        "* [Privacy notice](https://example.org/privacy)\n\n"
        "Council Offices, Mill Street, Wexham WX2 4PL. Open Monday to Friday, 9am to 5pm.\n\n"
        "© Wexham Council 2025\n"
    )
    text = _markdown(page)
    assert text.rstrip().endswith("once every six weeks.")


def test_an_address_without_opening_hours_at_the_foot_stays() -> None:
    page = TITLE + BODY + "\nWrite to the Fostering Team, Council Offices, Mill Street, WX2 4PL.\n"
    assert "WX2 4PL" in _markdown(page)


def test_opening_hours_without_an_address_at_the_foot_stay() -> None:
    page = TITLE + BODY + "\nThe fostering duty line is staffed from 9am to 5pm on weekdays.\n"
    assert "9am to 5pm" in _markdown(page)


def test_a_wrong_page_widget_inside_main_goes_in_html() -> None:
    text = _html(
        "<main><h1>Fostering Services, Aims and Standards</h1>"
        "<p>Everyone who fosters for the council should read this part of the handbook.</p>"
        "<div class='page-problem'><h2>Is there anything wrong with this page?</h2>"
        "<p>Your comments help us to improve the site.</p></div>"
        "<aside><h2>Popular on this site</h2><ul><li>Bin days</li></ul></aside></main>"
    )
    assert "anything wrong" not in text
    assert "Your comments help us" not in text
    assert "should read this part of the handbook" in text


def test_an_office_line_with_its_postcode_and_hours_at_the_foot_goes() -> None:
    page = (
        TITLE + BODY + "\nCivic Centre, 2 Quay Road, Wexham WX1 9AB. Reception open 8.45am to "
        "4.30pm, Monday to Friday.\n"
    )
    assert "Civic Centre" not in _markdown(page)


def test_a_numbered_trail_ending_on_the_page_unlinked_goes() -> None:
    page = (
        "[Skip to main content](#main)\n\n"
        "Search\n\n"
        "1. [Home](https://example.org/)\n"
        "2. [Fostering](https://example.org/fostering)\n"
        "3. Fostering Services, Aims and Standards\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith(TITLE)


def test_a_numbered_list_of_links_not_starting_at_home_stays() -> None:
    page = (
        "1. [Our fostering offer](https://example.org/offer)\n"
        "2. [Allowances](https://example.org/allowances)\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith("1. [Our fostering offer]")


def test_a_numbered_trail_of_links_under_the_menu_goes() -> None:
    page = (
        "[Skip to main content](#main)\n\n"
        "Search\n\n"
        "1. [Home](https://example.org/)\n"
        "2. [Fostering](https://example.org/fostering)\n\n" + TITLE + BODY
    )
    assert _markdown(page).startswith(TITLE)
