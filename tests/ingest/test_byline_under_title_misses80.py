"""A byline under a page's title is never the title (decision 0529).

A page copied as text or markdown may open with the site's name and "Home", then the chapter's
title, then whom the page is by (a person's name, "By …", "Written by …", a name and a job
role, or a name over a role on its own line), then the page's stamp. The stamp marks the line
above it as the page's own, but when that line is a byline, the title is the line above the
byline: the title stays and the byline is not read as it. Cases written for this test.
"""

from __future__ import annotations

import pytest

from app.ingest.read import load_chrome_cues
from app.ingest.web_text import strip_edge_chrome
from app.text import normalize_text
from tests.reading import read_kinds_and_headings

_TITLE = "Fostering Support, Standards and Values"
_BODY = (
    "Why this chapter matters\n"
    "This chapter explains what foster carers can expect from the council and what the "
    "council expects of the people who look after its children.\n\n"
    "How we work\n"
    "We visit every household at least once a month and we answer calls the same day.\n"
)
_SITES = ["Ashwick District Council", "Fellbridge Borough Council", "Northmoor Family Services"]
_BYLINES = [
    "Nadia Okafor",
    "By Gareth Pryce",
    "Written by Nadia Okafor",
    "Author: Gareth Pryce",
    "Gareth Pryce, Service Manager",
    "Nadia Okafor\nHead of Quality Assurance",
    "Written by the Fostering Recruitment Team",
]
_STAMPS = ["Updated 9 January 2026", "Last reviewed: 21 November 2025", "Page updated 02/03/2026"]


def _page(site: str, byline: str, stamp: str, heading_mark: str = "") -> str:
    return f"{site}\nHome\n{heading_mark}{_TITLE}\n{byline}\n{stamp}\n\n{_BODY}"


@pytest.mark.parametrize("site", _SITES)
@pytest.mark.parametrize("byline", _BYLINES)
@pytest.mark.parametrize("stamp", _STAMPS)
def test_the_title_above_a_byline_and_stamp_stays_as_text(
    site: str, byline: str, stamp: str
) -> None:
    kept = strip_edge_chrome(normalize_text(_page(site, byline, stamp)), load_chrome_cues())
    assert kept.startswith(_TITLE + "\n")
    assert site not in kept


@pytest.mark.parametrize("byline", _BYLINES)
@pytest.mark.parametrize(("filename", "mark"), [("page.txt", ""), ("page.md", "# ")])
def test_the_byline_is_never_read_as_the_title(byline: str, filename: str, mark: str) -> None:
    kinds = read_kinds_and_headings(_page(_SITES[0], byline, _STAMPS[0], mark), filename)
    assert kinds[0] == ("title", _TITLE)
    assert all(heading is None or heading not in byline for _kind, heading in kinds)


@pytest.mark.parametrize("byline", _BYLINES)
def test_without_a_stamp_the_title_stays_too(byline: str) -> None:
    page = f"{_SITES[1]}\nHome\n{_TITLE}\n{byline}\n\n{_BODY}"
    assert read_kinds_and_headings(page, "page.txt")[0] == ("title", _TITLE)


@pytest.mark.parametrize("topic", ["Fostering Allowances", "Family Support", "Leaving Care"])
def test_a_topic_under_a_comma_step_is_still_the_title_its_stamp_marks(topic: str) -> None:
    page = f"{_SITES[2]}\nHome\nHealth, care and family services\n{topic}\n{_STAMPS[0]}\n\n" + _BODY
    kept = strip_edge_chrome(normalize_text(page), load_chrome_cues())
    assert kept.startswith(topic + "\n")
