"""Decision 0519: a heading hidden from sight only by a screen-reader class ("visually-hidden",
"sr-only") heads the part it names for a reader who hears the page, when the chapter's own
paragraph follows it; over a share list or a menu, or with a chrome word in its id, it is still
the site's and goes. Every page here is written for these tests."""

from __future__ import annotations

from app.ingest.html_render import render_html


def _page(hidden: str, after: str) -> str:
    return (
        "<html><body><main>"
        "<h1>Our Practice Principles</h1>"
        "<h2>Who this is for</h2><p>Every worker who supports a family in the district.</p>"
        f"{hidden}{after}"
        "</main></body></html>"
    )


def test_a_hidden_heading_over_the_chapters_paragraph_is_kept() -> None:
    text = render_html(
        _page(
            '<h2 class="app-visually-hidden">Page history</h2>',
            "<p>First issued 4 February 2026</p><p>Revised 1 May 2026</p>",
        )
    )
    assert "Page history" in text
    assert text.index("Page history") < text.index("First issued 4 February 2026")


def test_a_hidden_heading_over_a_list_of_share_links_goes() -> None:
    text = render_html(
        _page(
            '<h2 class="sr-only">Pass this on</h2>',
            '<ul><li><a href="https://social.example/a">Social one</a></li>'
            '<li><a href="https://social.example/b">Social two</a></li></ul>',
        )
    )
    assert "Pass this on" not in text


def test_a_hidden_heading_over_a_paragraph_of_links_away_goes() -> None:
    text = render_html(
        _page(
            '<h2 class="visually-hidden">More from the council</h2>',
            '<p><a href="/bins">Bins and recycling</a> <a href="/tax">Council Tax</a></p>',
        )
    )
    assert "More from the council" not in text


def test_a_hidden_heading_whose_id_names_chrome_goes() -> None:
    text = render_html(
        _page(
            '<h2 class="visually-hidden" id="site-breadcrumb">Where you are</h2>',
            "<p>Guidance for staff working with children and their families.</p>",
        )
    )
    assert "Where you are" not in text


def test_a_hidden_site_title_in_h1_is_not_kept_by_this_rule() -> None:
    html = (
        "<html><body><main>"
        '<h1 class="sr-only">District Council Online Manual</h1>'
        "<p>Guidance for staff working with children and their families.</p>"
        "</main></body></html>"
    )
    assert "District Council Online Manual" not in render_html(html)
