"""A blog theme's category line under the page's title, "Filed under <category>", in a span
classed "posted-in" (as WordPress themes class it beside "cat-links"), is the site's, not the
chapter's (decision 0351); the date line beside it ("posted-on") is left for the reader.

Each page is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest.html_render import render_html


def test_a_themes_filed_under_category_line_is_dropped() -> None:
    page = (
        "<main><article><header><h1>Policies, Values and Principles</h1>"
        '<div class="entry-meta"><span class="posted-on">Updated 4 May 2025</span> '
        '<span class="posted-in">Filed under <a href="/category/manual/">Practice manual</a>'
        "</span></div></header>"
        "<div><p>This chapter explains what the service stands on.</p></div>"
        "</article></main>"
    )
    text = render_html(page)
    assert "Filed under" not in text and "Practice manual" not in text
    assert "Updated 4 May 2025" in text
    assert "what the service stands on" in text
