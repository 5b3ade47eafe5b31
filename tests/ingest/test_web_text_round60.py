"""Page tools met in the sixtieth blind round (decision 0114): a print-friendly view's link
back to the page ("Close print view") and a manual frame's feedback link ("Give feedback").

Each page and line is written for this test in our own words; each negative case is a line a
careless reader would take for chrome.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

CUES = load_chrome_cues()


def _text(page: str) -> str:
    return read_source(page.encode(), "page.txt").text


def test_a_print_views_close_link_is_chrome() -> None:
    assert is_chrome_line("Close print view", CUES)
    assert is_chrome_line("Exit print view", CUES)
    assert is_chrome_line("Close print preview", CUES)


def test_a_feedback_link_in_a_tools_row_is_chrome() -> None:
    assert is_chrome_line("Give feedback", CUES)
    assert is_chrome_line("Print chapter | Download PDF | Give feedback", CUES)


def test_a_print_view_close_link_above_the_title_goes() -> None:
    page = (
        "Print this page\n"
        "Close print view\n"
        "Respite Care Procedure\n"
        "Short stays with approved carers give families a planned break.\n"
    )
    assert _text(page).startswith("Respite Care Procedure\nShort stays")


def test_sentences_about_feedback_and_printing_stay() -> None:
    assert not is_chrome_line("Give feedback to the child within five working days.", CUES)
    assert not is_chrome_line("Close the print view before you send the form.", CUES)
