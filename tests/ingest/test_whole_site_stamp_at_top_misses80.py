"""A manual host's or site's own stamp in its top bar is the site's chrome (decision 0529).

"Handbook last updated: <day>" under the manual's name dates every page the host serves, not
the chapter (no `last_updated` is read from it, decision 0525); with the host's menu under it,
it and the manual's name above it go as the top bar, and the chapter's title opens the text.
The page's own stamp under the title stays. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.ingest.read import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome
from app.text import normalize_text
from tests.reading import facts_of

_TITLE = "4.2 Supervision of Residential Staff"
_PAGE = (
    "Dunholt Council Residential Care Handbook\n"
    "{stamp}\n"
    "Menu\n"
    "Search the manual\n"
    "Contact us\n"
    f"{_TITLE}\n"
    "Print / Share\n"
    "Page last updated: 18 February 2026\n"
    "1. Purpose\n"
    "Every member of staff in our homes meets a supervisor at least once a month to talk "
    "about the children they care for.\n"
)


@pytest.mark.parametrize(
    "stamp",
    [
        "Handbook last updated: 2 April 2026",
        "Manual last reviewed 30/03/2026",
        "Website was last updated on 11 March 2026",
        "This site last amended: 5 January 2026",
    ],
)
def test_the_hosts_stamp_goes_with_its_top_bar(stamp: str) -> None:
    kept = strip_edge_chrome(normalize_text(_PAGE.format(stamp=stamp)), load_chrome_cues())
    assert kept.startswith(_TITLE + "\n")
    assert stamp not in kept


def test_the_pages_own_stamp_still_dates_the_page() -> None:
    facts = facts_of(_PAGE.format(stamp="Handbook last updated: 2 April 2026"))
    assert facts["last_updated"].value == "2026-02-18"


@pytest.mark.parametrize(
    "line", ["Last updated: 2 April 2026", "This page was last updated on 2 April 2026"]
)
def test_a_stamp_naming_no_whole_site_is_not_the_hosts(line: str) -> None:
    page = f"{_TITLE}\n{line}\n1. Purpose\nEvery member of staff meets a supervisor monthly.\n"
    kept = strip_edge_chrome(normalize_text(page), load_chrome_cues())
    assert line in kept
