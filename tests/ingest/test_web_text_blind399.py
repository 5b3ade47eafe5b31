"""A trail joined by spaced slashes and opening on the site's name, not "Home", over the page's
title (blind399, decision 0589): an intranet's or a manual's trail, chrome. Pages in our own
words, worded unlike the case documents."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_a_slash_trail_from_the_sites_name_over_a_heading_is_chrome():
    page = (
        "Team Hub / Guidance library / Fostering service / Part 2\n\n"
        "# Allowances for Foster Carers\n\n"
        "## About this procedure\n\nThis procedure sets out the weekly allowances we pay.\n"
    )
    text = _strip(page)
    assert text.startswith("# Allowances for Foster Carers")
    assert "Guidance library" not in text


def test_a_slash_trail_over_a_plain_title_line_is_chrome():
    page = (
        "Practice Portal / Adult services / Safeguarding adults\n"
        "Making Safeguarding Personal\n"
        "We ask the adult what they want to happen before we act.\n"
    )
    assert _strip(page).startswith("Making Safeguarding Personal\n")


def test_a_line_of_roles_over_a_sentence_stays():
    page = (
        "Head of Service / Team Manager / Senior Practitioner\n"
        "Each of these roles can sign off a plan once the family has agreed it.\n"
    )
    assert _strip(page) == page


def test_a_slash_list_under_a_heading_in_the_chapter_stays():
    page = (
        "Allowances for Foster Carers\n\n"
        "Who may approve a payment\n"
        "Fostering Manager / Deputy Manager / Finance Officer\n"
        "Any of them may approve a one-off payment up to the limit.\n"
    )
    assert "Fostering Manager / Deputy Manager / Finance Officer" in _strip(page)


def test_an_intranet_pages_slash_trail_is_no_section():
    page = (
        "<html><body><div class='page'>"
        "<p>Workplace Hub / Procedures / Family help / Step 3</p>"
        "<h1>Early Help Assessment</h1>"
        "<h2>Purpose</h2><p>This procedure explains how an early help assessment is started.</p>"
        "</div></body></html>"
    )
    outline = analyze(read_source(page.encode(), "page.html"), get_family()).outline
    assert all("Workplace Hub" not in section.text for section in outline.sections)
    assert outline.title == "Early Help Assessment"
