"""A print view's own lines (decision 0121): the line saying where and when the page was
printed, and the foot saying a printed page may be out of date.

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def test_a_print_views_printed_from_line_is_chrome() -> None:
    assert is_chrome_line(
        "Printed from the Ashby Vale Fostering Handbook on 12/03/2026 at 09:05", CUES
    )
    assert is_chrome_line("Printed from our online manual on 3 March 2026.", CUES)


def test_a_print_views_foot_is_chrome() -> None:
    assert is_chrome_line(
        "This page was printed from an online manual and may be out of date.", CUES
    )


def test_sentences_about_printing_are_not_chrome() -> None:
    assert not is_chrome_line(
        "Printed from 2019 onwards, the carers' handbook was sent to every carer.", CUES
    )
    assert not is_chrome_line(
        "Forms printed from the portal must be signed by the carer and the social worker.", CUES
    )


def test_the_printed_from_line_above_a_title_goes() -> None:
    page = (
        "Print this page\n"
        "Printed from the Ashby Vale Fostering Handbook on 12/03/2026 at 09:05\n"
        "Respite Care Procedure\n"
        "Short stays with approved carers give families a planned break.\n"
    )
    assert read_source(page.encode(), "page.txt").text.startswith("Respite Care Procedure\n")
