"""Pages that style some section headings `<h2>` and others as bold paragraphs (decision 0090).

Written for this test in our own words; not copied from any case document.
"""

from app.ingest.html_render import render_html


def _page(body: str) -> str:
    return f"<html><body><main><h1>Our family help policy</h1>{body}</main></body></html>"


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def test_bold_headings_one_to_a_section_after_its_text_are_peers_of_the_h2s():
    html = _page(
        "<h2>The rules we follow</h2><ul><li>Children Act 1989</li><li>Children Act 2004</li></ul>"
        "<p><strong>What we hold dear</strong></p><p>We are kind and we are honest.</p>"
        "<h2>Leaving our care</h2><p>Advisers stay in touch with every young adult.</p>"
        "<p><strong>The years ahead</strong></p><p>We want the town to be a good place to grow.</p>"
    )
    assert _headings(render_html(html)) == [
        "# Our family help policy",
        "## The rules we follow",
        "## What we hold dear",
        "## Leaving our care",
        "## The years ahead",
    ]


def test_a_bold_heading_right_under_an_h2_stays_its_sub_heading():
    html = _page(
        "<h2>What we want for children</h2><p><strong>Being healthy</strong></p>"
        "<p>Every child has a health check each year.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert "### Being healthy" in _headings(render_html(html))


def test_several_bold_headings_under_one_h2_stay_its_sub_headings():
    html = _page(
        "<h2>What we want for children</h2><p>We measure ourselves against these.</p>"
        "<p><strong>Being healthy</strong></p><p>Every child has a health check each year.</p>"
        "<p><strong>Being safe</strong></p><p>Every child knows whom to tell.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    headings = _headings(render_html(html))
    assert "### Being healthy" in headings
    assert "### Being safe" in headings


def test_bold_headings_stay_below_when_the_page_has_two_levels_of_real_headings():
    html = _page(
        "<h2>Our approach</h2><p>We work with families.</p><h3>Early help</h3>"
        "<p>Help comes early.</p><p><strong>What we hold dear</strong></p>"
        "<p>We are kind and we are honest.</p>"
    )
    assert "#### What we hold dear" in _headings(render_html(html))


def test_a_bold_heading_before_the_first_h2_makes_the_later_bold_headings_peers():
    html = _page(
        "<p><strong>Changes made</strong></p><p>We rewrote the part on advisers this spring.</p>"
        "<h2>Where we start</h2><p>The law is the floor, not the ceiling.</p>"
        "<p><strong>Friends of the service</strong></p><p>Schools and doctors help us.</p>"
        "<p><strong>What we hold dear</strong></p><p>We are kind and we are honest.</p>"
        "<h2>Leaving our care</h2><p>Advisers stay in touch with every young adult.</p>"
    )
    assert _headings(render_html(html)) == [
        "# Our family help policy",
        "## Changes made",
        "## Where we start",
        "## Friends of the service",
        "## What we hold dear",
        "## Leaving our care",
    ]


def test_with_a_bold_opening_a_bold_heading_right_under_an_h2_still_stays_below():
    html = _page(
        "<p><strong>Changes made</strong></p><p>We rewrote the part on advisers this spring.</p>"
        "<h2>What we want for children</h2><p><strong>Being healthy</strong></p>"
        "<p>Every child has a health check each year.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert "### Being healthy" in _headings(render_html(html))
