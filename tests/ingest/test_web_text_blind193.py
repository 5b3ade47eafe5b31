"""Chrome of pages copied as text that blind193 met (decision 0306): a site's promotion box in
its head above the trail (a heading, one sentence, a link), and a footer's app box with its
store badges. Pages in our own words, worded unlike the case documents."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_a_promotion_box_above_the_trail_goes_with_the_sites_head():
    page = (
        "Orrimouth Council\nMenu\nWarm spaces this winter\n"
        "Libraries and community centres are open to anyone who needs somewhere warm.\n"
        "See warm spaces near you\nHome > Social care > Fostering\nFostering Panel Procedure\n"
        "Print\nShare\nRevised in June 2025 to add the panel's new quorum.\n\n"
        "The panel\nThe panel meets every month.\n"
    )
    text = _strip(page)
    assert text.startswith("Fostering Panel Procedure\nRevised in June 2025")
    assert "warm" not in text.lower()


def test_two_sentences_above_a_trail_are_no_promotion_box():
    page = (
        "Orrimouth Council\nMenu\nAbout this chapter\n"
        "This chapter was written for staff.\nIt replaces the old one.\n"
        "Home > Social care > Fostering\nFostering Panel Procedure\n\nThe panel meets monthly.\n"
    )
    assert "This chapter was written for staff." in _strip(page)


def test_an_app_box_at_the_foot_is_chrome():
    page = (
        "Home > Children > Adoption\nAdoption Support Policy\n\nSupport\n"
        "Every adoptive family can ask for an assessment of need.\n\n"
        "Get the app\nReport, pay and apply on the go\nGoogle Play\nApp Store\n"
    )
    text = _strip(page)
    assert text.rstrip().endswith("assessment of need.")
