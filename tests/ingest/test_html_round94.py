"""Web pages of blind round 94 (decision 0159): a page-wide `<form>` (ASP.NET Web Forms) is
unwrapped, its fields and a feedback widget still dropped; a page wrapper the extractor chooses
when the chapter is split across two sibling blocks leaves out the site's `<header>` and
`<footer>`; an `<aside>` inside `<main>` opening with a box heading ("Related pages") is
dropped whole; a branding block (the site's name linking home) is chrome. The near misses: a
small form beside the chapter, a `<footer>` inside the chapter's `<article>`, an aside holding
an amendment note. Pages in our own words."""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser, LexborNode

from app.ingest import read_source
from app.ingest.html_render import _wraps_the_page


def _render(body: str) -> str:
    page = f"<!doctype html><html><head><title>Manual</title></head><body>{body}</body></html>"
    return read_source(page.encode(), "page.html").text


_CHAPTER = (
    "<h1>Caring for Children in Lowmarsh</h1>"
    "<p>This chapter is for everyone who works with children for Lowmarsh Council, and it was "
    "amended in March 2025 when the values were rewritten.</p>"
    "<p>We are fair, open and we keep our promises to the families we work with.</p>"
    "<p>The council is the corporate parent of every child in its care.</p>"
)


def test_a_page_wide_form_is_unwrapped():
    text = _render(
        '<form method="post" action="./page.aspx" id="aspnetForm">'
        '<input type="hidden" name="__VIEWSTATE" value="abc">'
        '<div class="header"><label for="q">Search the site</label><input id="q">'
        '<input type="submit" value="Go"></div>'
        f'<div id="pageBody">{_CHAPTER}</div>'
        '<div class="feedback"><fieldset><legend>Was this page useful?</legend>'
        '<input type="radio" name="u" value="Yes"><label>Yes</label></fieldset></div>'
        "</form>"
    )
    assert "# Caring for Children in Lowmarsh" in text
    assert "The council is the corporate parent" in text
    assert "Search the site" not in text
    assert "Was this page useful" not in text


def test_a_small_form_beside_the_chapter_is_still_dropped():
    text = _render(
        f"<main>{_CHAPTER}"
        '<form action="/feedback"><p>Tell us what you think of the council tax pages and the '
        "bin collection calendar.</p><button>Send</button></form></main>"
    )
    assert "The council is the corporate parent" in text
    assert "bin collection calendar" not in text


def _element(markup: str) -> LexborNode:
    node = LexborHTMLParser(f"<html><body>{markup}</body></html>").body
    assert node is not None and node.child is not None
    return node.child


def test_a_page_wrapper_holding_the_sites_header_and_footer_wraps_the_page():
    """The extractor chooses such a wrapper when the chapter is split across sibling blocks;
    its landmarks are then the site's and are dropped as outside a chapter."""
    wrapper = _element(
        '<div class="canvas"><header><a href="/">Lowmarsh Council</a></header>'
        '<div class="summary"><p>This chapter is for everyone.</p></div>'
        '<div class="body"><p>We are fair.</p></div>'
        "<footer><p>The Moot Hall, Lowmarsh</p></footer></div>"
    )
    assert _wraps_the_page(wrapper)


def test_a_landmark_or_a_wrapper_whose_footer_is_the_articles_does_not_wrap_the_page():
    assert not _wraps_the_page(
        _element('<div id="content"><p>We are fair.</p><footer><p>Updated</p></footer></div>')
    )
    assert not _wraps_the_page(
        _element(
            '<div class="canvas"><article><p>We are fair.</p><footer><p>Last updated: 3 March '
            "2025</p></footer></article></div>"
        )
    )


def test_a_footer_inside_the_chapters_article_stays():
    text = _render(
        f"<main><article>{_CHAPTER}<footer><p>Last updated: 3 March 2025</p></footer>"
        "</article></main>"
    )
    assert "Last updated: 3 March 2025" in text


def test_an_aside_in_main_opening_with_a_box_heading_is_dropped_whole():
    text = _render(
        f"<main><article>{_CHAPTER}</article>"
        '<aside><h2>Related pages</h2><ul><li><a href="/l">Leaving care</a></li></ul>'
        "<h2>Need to report a concern?</h2><p>If you think a child is at risk, call the "
        "front door team on 01632 960 000 at any time of day.</p></aside></main>"
    )
    assert "The council is the corporate parent" in text
    assert "Need to report a concern" not in text
    assert "01632 960 000" not in text


def test_an_aside_in_main_holding_a_note_stays():
    text = _render(
        "<main><h1>Caring for Children in Lowmarsh</h1><aside><p>What changed: in March 2025 "
        "we rewrote the values with the children in care council.</p></aside>"
        "<p>We are fair, open and we keep our promises.</p></main>"
    )
    assert "What changed: in March 2025" in text


def test_a_branding_block_is_chrome():
    text = _render(
        '<div class="wrap"><div class="site-branding"><a href="/" rel="home">Lowmarsh '
        f'Council</a></div><div class="page">{_CHAPTER}</div></div>'
    )
    assert text.startswith("# Caring for Children in Lowmarsh")
