"""Pages whose headings are bold paragraphs ending with a colon (decision 0075).

Written for this test in our own words; not copied from any case document.
"""

from app.ingest.html_render import render_html


def _page(body: str) -> str:
    return f"<html><body><main><h1>Our family help policy</h1>{body}</main></body></html>"


def test_a_colon_label_above_a_list_heads_its_section_when_the_page_styles_headings_so():
    html = _page(
        "<p><strong>Who this is for:</strong></p><p>Every worker in the family help service.</p>"
        "<p><strong>What families can expect:</strong></p>"
        "<p>&bull; a named worker<br>&bull; a plan within a month<br>&bull; a review</p>"
        "<p><strong>Keeping records:</strong></p><p>Notes are kept for six years.</p>"
    )
    text = render_html(html)
    assert "## What families can expect:" in text
    assert "## Who this is for:" in text
    assert "## Keeping records:" in text


def test_one_bold_lead_in_ending_with_a_colon_stays_a_line_of_its_paragraph():
    html = _page(
        "<h2>Laws</h2><p><strong>The statutes we follow are:</strong></p>"
        "<ul><li>Children Act 1989</li><li>Children Act 2004</li></ul>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    text = render_html(html)
    assert "The statutes we follow are:" in text
    assert "# The statutes we follow are:" not in text


def test_two_bold_colon_lines_are_not_yet_a_heading_style():
    html = _page(
        "<p><strong>Please note:</strong></p><p>This page is under review.</p>"
        "<p><strong>The teams involved are:</strong></p>"
        "<ul><li>Front door</li><li>Family help</li></ul>"
    )
    text = render_html(html)
    assert "# Please note:" not in text
    assert "# The teams involved are:" not in text
