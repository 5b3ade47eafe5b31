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
