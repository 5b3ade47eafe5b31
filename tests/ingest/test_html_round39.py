"""Saved pages of blind round 39: an old table layout whose side menu names the chapter, and an
`<h1>` holding the manual's name as a caption before the page's name."""

from __future__ import annotations

from app.ingest.read import read_source

_BODY = (
    "<p>Our adoption service finds families for children who cannot return home, and it "
    "supports those families for as long as they need it after the order is made.</p>"
    "<h3>1. Background</h3><p>The service works across the whole district with two partner "
    "agencies, and every adopter is prepared by a course of six sessions before approval.</p>"
    "<p>Adopters can ask for an assessment of support needs at any time after the order.</p>"
)


def _layout_page(site_h1: str, chapter_heading: str, trail: bool = True) -> bytes:
    crumbs = "<p><a href='/'>Home</a> &gt; <a href='/guides'>Guides</a></p>" if trail else ""
    return (
        "<html><head><title>Adoption Support :: Rooksby Practice Guides</title></head><body>"
        "<table><tr><td colspan='2'><h1>" + site_h1 + "</h1></td></tr>"
        "<tr><td class='menu'><b>Chapters</b><br>"
        "<a href='/a.html'>Adoption Support</a><br><a href='/b.html'>Fostering Panels</a><br>"
        "<a href='/c.html'>Special Guardianship</a><br><a href='/d.html'>Kinship Care</a></td>"
        "<td>" + crumbs + chapter_heading + _BODY + "</td></tr></table></body></html>"
    ).encode()


def test_a_layout_cell_holding_the_chapter_is_read_without_the_side_menu() -> None:
    page = _layout_page("Rooksby Practice Guides", "<h2>Adoption Support</h2>")
    text = read_source(page, "page.html").text
    assert text.startswith("## Adoption Support\n\n")
    assert "Fostering Panels" not in text
    assert "Rooksby Practice Guides" not in text
    assert "### 1. Background" in text


def test_the_title_elements_page_name_is_not_added_over_a_heading_saying_it() -> None:
    page = _layout_page("Rooksby Practice Guides", "<h2>Adoption Support</h2>")
    text = read_source(page, "page.html").text
    assert text.count("Adoption Support") == 1


def test_the_page_name_is_still_added_when_the_first_heading_says_something_else() -> None:
    page = _layout_page("Rooksby Practice Guides", "<h2>Before you start</h2>", trail=False)
    text = read_source(page, "page.html").text
    assert text.startswith("# Adoption Support\n\n")
    assert "## Before you start" in text


def _page(main: str) -> bytes:
    return (
        "<html><head><title>Fostering Allowances - Kellow Council</title></head><body>"
        "<header><a href='/'>Kellow Council</a></header><main>" + main + "</main></body></html>"
    ).encode()


_PROSE = (
    "<p>Every approved foster carer receives a weekly allowance for each child, paid in "
    "arrears, together with a fee that depends on the carer's skills level.</p>"
)


def test_a_caption_inside_the_heading_is_not_part_of_the_title() -> None:
    page = _page(
        "<h1><span class='govuk-caption-xl'>Fostering handbook</span> Fostering Allowances</h1>"
        + _PROSE
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Fostering Allowances\n\n")
    assert "Fostering handbook" not in text


def test_a_caption_outside_a_heading_stays_with_the_text() -> None:
    page = _page(
        "<h1>Fostering Allowances</h1>" + _PROSE + "<figure><img src='rates.png' alt=''>"
        "<figcaption class='caption'>Weekly rates for each age band</figcaption></figure>"
    )
    text = read_source(page, "page.html").text
    assert "Weekly rates for each age band" in text


def test_a_pages_record_list_is_read_as_its_field_lines() -> None:
    page = _page(
        "<h1>Fostering Allowances</h1><dl><dt>Published</dt><dd>2 May 2023</dd>"
        "<dt>Last updated:</dt><dd>14 January 2025</dd></dl>" + _PROSE
    )
    text = read_source(page, "page.html").text
    assert "Published: 2 May 2023\n\nLast updated: 14 January 2025\n" in text


def test_a_list_of_terms_and_meanings_stays_a_list() -> None:
    page = _page(
        "<h1>Fostering Allowances</h1>" + _PROSE + "<dl><dt>Fee</dt><dd>What a carer is paid for "
        "their skills, on top of the allowance</dd><dt>Allowance</dt><dd>What a carer is paid "
        "to meet the child's costs</dd></dl>"
    )
    text = read_source(page, "page.html").text
    assert "- Fee\n  What a carer is paid for their skills" in text


def test_short_terms_without_a_date_stay_a_list() -> None:
    page = _page(
        "<h1>Fostering Allowances</h1>" + _PROSE + "<dl><dt>Owner</dt><dd>Fostering team</dd>"
        "<dt>Audience</dt><dd>All carers</dd></dl>"
    )
    text = read_source(page, "page.html").text
    assert "- Owner\n  Fostering team" in text


def test_a_caption_right_above_the_page_heading_goes() -> None:
    page = _page(
        "<span class='govuk-caption-l'>Fostering handbook</span><h1>Fostering Allowances</h1>"
        + _PROSE
    )
    text = read_source(page, "page.html").text
    assert text.startswith("# Fostering Allowances\n\n")
    assert "Fostering handbook" not in text


def test_a_caption_above_a_section_heading_stays() -> None:
    page = _page(
        "<h1>Fostering Allowances</h1>"
        + _PROSE
        + "<p class='caption'>Rates agreed by the cabinet</p><h2>Fees</h2>"
        + _PROSE
    )
    text = read_source(page, "page.html").text
    assert "Rates agreed by the cabinet" in text
