"""Pages that style some section headings `<h2>` and others as bold paragraphs (decision 0090).

A bold paragraph that is not the `<h2>`s' peer is written as markdown writes it, a `**…**` line,
and the section planner decides it as it decides a markdown bold line (decision 0254, which
supersedes the `###` output of 0090 and 0135); `tests/sections/test_bold_line_first_part.py`
checks that each such line still reads as the sub-heading it was.

Written for this test in our own words; not copied from any case document.
"""

from app.ingest.html_render import render_html


def _page(body: str) -> str:
    return f"<html><body><main><h1>Our family help policy</h1>{body}</main></body></html>"


def _headings(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("#")]


def _heading_lines(text: str) -> list[str]:
    """The heading lines and the bold lines, in order."""
    return [line for line in text.splitlines() if line.startswith(("#", "**"))]


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


def test_a_bold_heading_right_under_an_h2_stays_a_bold_line_under_it():
    html = _page(
        "<h2>What we want for children</h2><p><strong>Being healthy</strong></p>"
        "<p>Every child has a health check each year.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert render_html(html) == (
        "# Our family help policy\n\n## What we want for children\n\n**Being healthy**\n\n"
        "Every child has a health check each year.\n\n## Records\n\n"
        "Notes are kept for six years.\n"
    )


def test_several_bold_headings_under_one_h2_stay_bold_lines_under_it():
    html = _page(
        "<h2>What we want for children</h2><p>We measure ourselves against these.</p>"
        "<p><strong>Being healthy</strong></p><p>Every child has a health check each year.</p>"
        "<p><strong>Being safe</strong></p><p>Every child knows whom to tell.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "## What we want for children",
        "**Being healthy**",
        "**Being safe**",
        "## Records",
    ]


def test_bold_headings_stay_bold_lines_when_the_page_has_two_levels_of_real_headings():
    html = _page(
        "<h2>Our approach</h2><p>We work with families.</p><h3>Early help</h3>"
        "<p>Help comes early.</p><p><strong>What we hold dear</strong></p>"
        "<p>We are kind and we are honest.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "## Our approach",
        "### Early help",
        "**What we hold dear**",
    ]


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


def test_with_a_bold_opening_a_bold_heading_right_under_an_h2_still_stays_a_bold_line():
    html = _page(
        "<p><strong>Changes made</strong></p><p>We rewrote the part on advisers this spring.</p>"
        "<h2>What we want for children</h2><p><strong>Being healthy</strong></p>"
        "<p>Every child has a health check each year.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "**Changes made**",
        "## What we want for children",
        "**Being healthy**",
        "## Records",
    ]


def test_a_page_whose_only_headings_are_bold_paragraphs_keeps_them_as_section_headings():
    html = _page(
        "<p><strong>The rules we follow</strong></p><p>We follow the Children Act 1989.</p>"
        "<p><strong>What we hold dear</strong></p><p>We are kind and we are honest.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "## The rules we follow",
        "## What we hold dear",
    ]


def test_a_bold_lead_before_a_line_break_keeps_its_heading_markup():
    html = _page(
        "<h2>Working with others</h2>"
        "<p><b>Schools and doctors</b><br>They tell us early when a family needs help.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "## Working with others",
        "### Schools and doctors",
        "## Records",
    ]


def test_a_lone_bold_line_under_the_title_is_written_as_a_bold_line():
    # decision 0263: one bold paragraph before the first <h2> and none after it shows no peers;
    # it is the council's name as often as a heading, so the planner decides it as in markdown
    html = _page(
        "<p><strong>Tarnmouth Borough Council</strong></p><p>Last updated 4 March 2025</p>"
        "<h2>Who this is for</h2><p>Every worker in the family help teams.</p>"
        "<h2>Records</h2><p>Notes are kept for six years.</p>"
    )
    assert _heading_lines(render_html(html)) == [
        "# Our family help policy",
        "**Tarnmouth Borough Council**",
        "## Who this is for",
        "## Records",
    ]


def test_a_bold_opening_with_later_bold_headings_still_makes_them_peers():
    # near-miss of the one above: a later bold paragraph after its own text shows the peers
    html = _page(
        "<p><strong>Changes made</strong></p><p>We rewrote the part on advisers this spring.</p>"
        "<h2>Where we start</h2><p>The law is the floor, not the ceiling.</p>"
        "<p><strong>What we hold dear</strong></p><p>We are kind and we are honest.</p>"
    )
    assert _headings(render_html(html)) == [
        "# Our family help policy",
        "## Changes made",
        "## Where we start",
        "## What we hold dear",
    ]
