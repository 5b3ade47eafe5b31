"""Chrome of pages copied as text that blind198 met (decision 0311): an emergency strip whose
heading is asked as a question over its call, above the site's name and trail, and feedback
prompts in other words at the foot. Pages in our own words, worded unlike the case documents."""

from __future__ import annotations

from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome


def _strip(page: str) -> str:
    return strip_edge_chrome(page, load_chrome_cues())


def test_an_emergency_question_over_its_call_goes_with_the_sites_head():
    page = (
        "Concerned about a young person?\n"
        "If you think a young person is at risk of harm, ring 01632 960881 at any time.\n"
        "Brackwater Council\nMenu\nHome > Social care > Fostering\nFostering Panel Procedure\n"
        "Amended in May 2025 to add the panel's new quorum.\n\n"
        "The panel\nThe panel meets every month.\n"
    )
    text = _strip(page)
    assert text.startswith("Fostering Panel Procedure\nAmended in May 2025")
    assert "ring 01632" not in text


def test_an_emergency_question_without_a_call_under_it_stays():
    page = (
        "Worried about what happens next?\n"
        "This chapter explains each step of the panel's work.\n\n"
        "The panel\nThe panel meets every month.\n"
    )
    assert _strip(page).startswith("Worried about what happens next?")


def test_feedback_prompts_in_other_words_at_the_foot_are_chrome():
    page = (
        "Home > Children > Adoption\nAdoption Support Policy\n\nSupport\n"
        "Every adoptive family can ask for an assessment of need.\n\n"
        "Did this page answer your question?\nYes\nPartly\nNo\n"
        "Tell us how we can improve this page\n"
    )
    text = _strip(page)
    assert text.rstrip().endswith("assessment of need.")
