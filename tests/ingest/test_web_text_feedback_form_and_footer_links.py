"""A page copied from a browser as text ends with a feedback form (its heading, its questions a
line each, its button) and a council footer whose links stand a line each, more of them than the
few unknown labels the trailing chrome run lets pass (decision 0246).

Each page is written for this test in our own words; each negative case is a line of the same
words that is the chapter's own.
"""

from __future__ import annotations

from app.ingest import read_source

CHAPTER = (
    "Fostering Allowances Policy\n"
    "Every approved carer is paid a weekly allowance for each child.\n"
    "Allowances rise each April in line with the national minimum.\n"
)


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_feedback_form_and_a_long_footer_of_links_go() -> None:
    page = (
        CHAPTER + "Share this page\n"
        "Facebook\n"
        "Help us improve this page\n"
        "What were you trying to do?\n"
        "What went wrong?\n"
        "Submit\n"
        "About the council\n"
        "Complaints\n"
        "Freedom of information\n"
        "Jobs and careers\n"
        "Modern slavery statement\n"
        "Site map\n"
        "Copyright 2025 Dunholt Council\n"
    )

    assert _text(page).rstrip() == CHAPTER.rstrip()


def test_a_cookie_banner_at_the_foot_goes_with_its_buttons() -> None:
    page = (
        CHAPTER + "This website uses cookies\n"
        "We use essential cookies to run the site and optional ones to improve it.\n"
        "Accept optional cookies\n"
        "Reject optional cookies\n"
        "View cookie policy\n"
        "Contact the council\n"
        "Jobs\n"
    )

    assert _text(page).rstrip() == CHAPTER.rstrip()


def test_a_complaints_heading_over_the_chapters_prose_stays() -> None:
    page = (
        CHAPTER + "\nComplaints\n"
        "A carer who disagrees with an allowance decision may ask for it to be looked at again.\n"
        "Back to top\n"
        "Jobs and careers\n"
    )

    text = _text(page)
    assert "Complaints\nA carer who disagrees" in text
    assert "Jobs and careers" not in text
