"""A page copied from a browser's reader view (decision 0146): the site's address and the
reading-time range under the title are the browser's, not the chapter's. Our own words."""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_chrome_line

READER_VIEW = """\
Supporting Young Carers
brambleford.gov.uk
4\u20135 minutes

This chapter explains how we find and support young carers.

Assessment

Every young carer can ask for an assessment of their needs.
"""


def test_the_address_and_reading_time_under_the_title_go():
    text = read_source(READER_VIEW.encode(), "page.txt").text
    assert "brambleford.gov.uk" not in text and "minutes" not in text
    assert text.startswith("Supporting Young Carers\n")
    assert "This chapter explains how we find" in text


def test_bare_addresses_and_minute_ranges_are_chrome_lines():
    cues = load_chrome_cues()
    for line in ("www.brambleford.gov.uk", "https://brambleford.gov.uk/", "3 to 5 minutes"):
        assert is_chrome_line(line, cues)


def test_an_address_or_a_time_in_a_sentence_is_not():
    cues = load_chrome_cues()
    for line in (
        "See brambleford.gov.uk for our offices.",
        "A visit lasts 30 to 40 minutes.",
        "Visits last 30 minutes",
    ):
        assert not is_chrome_line(line, cues)
