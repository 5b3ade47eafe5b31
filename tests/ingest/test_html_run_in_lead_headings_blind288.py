"""Pages that head their sections only with bold run-in leads, the sentence running on in the
same paragraph: "<p><strong>Our promise.</strong> We will …</p>" (blind288, decision 0422).

Written for this test in our own words about invented councils; not copied from any case
document.
"""

from app.ingest.html_render import render_html


def _page(body: str) -> str:
    return f"<html><body><main><h1>Family support in Nettleby</h1>{body}</main></body></html>"


LEADS = (
    "<p><strong>Who we help.</strong> Families with children under eighteen who live in the"
    " district and ask us for support.</p>"
    "<p><b>Working with schools:</b> Every school has a named family worker who visits each"
    " term and takes referrals.</p>"
    "<p><strong>Short breaks</strong> Disabled children can have short breaks in a residential"
    " home or with a foster family.</p>"
)


def test_run_in_leads_head_their_sections_where_the_page_has_no_other_headings() -> None:
    text = render_html(_page(LEADS))
    assert "## Who we help.\n\nFamilies with children under eighteen" in text
    assert "## Working with schools:\n\nEvery school has a named family worker" in text
    assert "## Short breaks\n\nDisabled children can have short breaks" in text


def test_two_leads_are_not_yet_a_heading_style() -> None:
    two = LEADS.split("<p><strong>Short breaks</strong>")[0]
    text = render_html(_page(two + "<p>Ring the family line for advice.</p>"))
    assert "# Who we help." not in text
    assert "Who we help. Families with children" in text


def test_leads_beside_heading_elements_stay_in_their_paragraphs() -> None:
    text = render_html(_page("<h2>Our services</h2>" + LEADS))
    assert "## Our services" in text
    assert "# Who we help." not in text
    assert "Working with schools: Every school" in text


def test_leads_beside_whole_bold_heading_lines_stay_in_their_paragraphs() -> None:
    text = render_html(_page("<p><strong>Our services</strong></p>" + LEADS))
    assert "# Who we help." not in text
    assert "Short breaks Disabled children" in text


def test_a_lead_before_a_few_words_is_a_field_not_a_heading() -> None:
    text = render_html(_page(LEADS + "<p><b>Reviewed:</b> May 2025</p>"))
    assert "# Reviewed:" not in text
    assert "Reviewed: May 2025" in text


def test_a_lead_over_a_line_break_keeps_its_own_rule() -> None:
    html = _page(
        LEADS
        + "<p><b>Contact us</b><br>Call the family line on weekdays between nine and five.</p>"
    )
    assert "## Contact us\n\nCall the family line" in render_html(html)
