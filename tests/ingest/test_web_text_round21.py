"""Site chrome met in the twenty-first blind round (issue 12, item 3): a trail labelled "You are
here:" that does not start at "Home", a download link carrying its file's size, an intranet's
"Follow this page", and a page stamp set just below the element that holds the chapter.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest import read_source
from app.ingest.html_render import load_chrome_cues
from app.ingest.web_text import is_breadcrumb, is_chrome_line

CUES = load_chrome_cues()


@pytest.mark.parametrize(
    "line",
    [
        "You are here: Handbook start > Part 3 > Fostering Values",
        "You are here: Procedures / Children in need / Assessment",
    ],
)
def test_a_labelled_trail_is_a_breadcrumb_wherever_it_starts(line: str) -> None:
    assert is_breadcrumb(line)


def test_a_sentence_that_says_you_are_here_is_not_a_trail() -> None:
    assert not is_breadcrumb("You are here: this procedure explains what happens next.")


@pytest.mark.parametrize(
    "line",
    [
        "Download this procedure as a PDF (1.4 MB)",
        "Download (PDF, 96KB)",
        "Download as a Word document (40 kb)",
        "Follow this page",
    ],
)
def test_download_links_with_their_size_and_follow_buttons_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_about_downloading_stays() -> None:
    assert not is_chrome_line(
        "Carers can download the 12 page guide from the fostering team's website.", CUES
    )


PAGE = (
    "<!doctype html><html><body><p class='crumbs'><a href='/'>Start</a></p>"
    "<div class='article'><h2>Scope</h2>"
    "<p>This procedure applies to every fostering social worker in the borough and to the "
    "supervising social workers of independent agencies placing children with us.</p>"
    "<h2>Our duties</h2><p>We approve, train and support foster carers so that children who "
    "cannot live at home grow up in a family. We review each carer's approval every year, "
    "and sooner when something changes in the household.</p></div>"
    "{after}</body></html>"
)


def test_a_page_stamp_right_after_the_chapters_element_is_its_last_line() -> None:
    """Decision 0060's reading, withdrawn at its merge for the watcher and brought back by 0094:
    the watcher now leaves the page stamps closing a text out of its comparison
    (`tests/watch/test_footer_stamps.py`), so a page re-dated there makes no version."""
    text = read_source(PAGE.format(after="<p>Page updated 9 March 2025</p>").encode()).text
    assert text.rstrip().endswith("in the household.\n\nPage updated 9 March 2025")


def test_a_review_stamp_outside_the_chapters_element_stays_out() -> None:
    """A site's "reviewed" stamp dates its content team's check, not a change (decision 0094)."""
    text = read_source(PAGE.format(after="<p>Page last reviewed: 9 March 2025</p>").encode()).text
    assert "reviewed" not in text


def test_other_lines_after_the_chapters_element_stay_out() -> None:
    text = read_source(PAGE.format(after="<p>Talk to the duty desk on weekdays</p>").encode()).text
    assert "duty desk" not in text
