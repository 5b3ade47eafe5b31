"""A list whose every item is one link, above the page's `<h1>`, is a site's menu or breadcrumb
written without `<nav>` and is left out (decision 0263). Written for this test in our own words;
not copied from any case document.
"""

from app.ingest.html_render import render_html

MENU = (
    '<ul><li><a href="#content">Skip to content</a></li>'
    '<li><a href="/">Tarnmouth Council</a></li><li><a href="/tax">Council tax</a></li>'
    '<li><a href="/login">Sign in</a></li></ul>'
)
CRUMBS = (
    '<ol><li><a href="/">Home</a></li><li><a href="/families">Families</a></li>'
    '<li><a href="/families/manual">Procedures manual</a></li></ol>'
)
CHAPTER = "<h1>Our family help policy</h1><p>Every worker keeps to this chapter.</p>"


def test_menus_and_breadcrumbs_above_the_title_are_left_out():
    rendered = render_html(f"<html><body>{MENU}{CRUMBS}{CHAPTER}</body></html>")
    assert rendered.startswith("# Our family help policy")
    assert "Council tax" not in rendered and "Procedures manual" not in rendered


def test_a_list_of_links_under_the_title_is_the_chapters_own():
    rendered = render_html(f"<html><body>{CHAPTER}<p>Read with:</p>{CRUMBS}</body></html>")
    assert "3. Procedures manual" in rendered


def test_lists_above_the_title_that_are_not_only_links_are_kept():
    # near-misses: an item with words beside its link; two links only; no <h1> on the page
    with_words = (
        '<ul><li><a href="/a">Home</a> and more</li><li><a href="/b">Families</a></li>'
        '<li><a href="/c">Manual</a></li></ul>'
    )
    two = '<ul><li><a href="/a">Home</a></li><li><a href="/b">Families</a></li></ul>'
    assert "and more" in render_html(f"<html><body>{with_words}{CHAPTER}</body></html>")
    assert "- Families" in render_html(f"<html><body>{two}{CHAPTER}</body></html>")
    no_title = CRUMBS + "<h2>Who this is for</h2><p>Every worker.</p>"
    assert "3. Procedures manual" in render_html(f"<html><body>{no_title}</body></html>")


def test_contents_above_the_title_whose_links_stay_on_the_page_are_kept():
    # near-miss: "On this page" links (#…) are the chapter's own contents (decision 0244)
    contents = (
        '<ul><li><a href="#who">Who this is for</a></li><li><a href="#law">The law</a></li>'
        '<li><a href="#records">Records</a></li></ul>'
    )
    assert "- The law" in render_html(f"<html><body>{contents}{CHAPTER}</body></html>")
