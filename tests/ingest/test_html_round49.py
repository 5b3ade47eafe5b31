"""Saved pages of blind round 49: a site's `<h1>` in its header, outside the content, over a
content block that opens with the chapter's own `<h2>` title above its `<h3>` sections."""

from __future__ import annotations

from app.ingest.read import read_source

_SECTIONS = (
    "<h3>Amendment</h3><p>This chapter was revised in May 2025 to add the new respite offer.</p>"
    "<h3>Introduction</h3><p>Our short breaks service gives disabled children time away from "
    "home with people they know, and gives their families a rest.</p>"
)


def _page(header_h1: str, content: str) -> bytes:
    return (
        "<html><head><title>Holmbury Short Breaks Manual</title></head><body>"
        "<div id='top'><img src='/logo.png' alt=''><h1>" + header_h1 + "</h1>"
        "<div class='links'><a href='/'>Manual home</a> <a href='/a'>Contents</a></div></div>"
        "<div id='content'>" + content + "</div></body></html>"
    ).encode()


def test_a_header_h1_over_content_titled_by_its_own_h2_is_the_sites_name() -> None:
    page = _page("Holmbury Short Breaks Manual", "<h2>Short Breaks Policy</h2>" + _SECTIONS)
    text = read_source(page, "page.html").text
    assert text.startswith("## Short Breaks Policy\n\n")
    assert "Holmbury Short Breaks Manual" not in text


def test_a_banner_h1_over_content_of_sibling_sections_is_the_title() -> None:
    sections = _SECTIONS.replace("h3>", "h2>")
    page = _page("Short Breaks Policy", sections)
    text = read_source(page, "page.html").text
    assert text.startswith("# Short Breaks Policy\n\n")
    assert "## Amendment" in text


def test_a_banner_h1_over_content_with_one_heading_is_the_title() -> None:
    page = _page("Short Breaks Policy", "<h2>Introduction</h2><p>Our short breaks help.</p>")
    assert read_source(page, "page.html").text.startswith("# Short Breaks Policy\n\n")
