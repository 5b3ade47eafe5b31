"""A shared procedures manual marks a page a council added to it with a badge of its own ("Local
resource", "This page is local content written by … Council"), set above or under the title:
the host's words about where the page sits in the manual, never the chapter's (decision 0444).
It goes, with a label line over it, as a printed-copy notice does; a chapter's own sentence about
local resources stays. Pages in our own words."""

from __future__ import annotations

import pytest

from app.ingest import read_source

_PAGE = """\
Brockhurst Children's Social Care Procedures Manual
Home
Contents
What's New
Local Resources
Search
{badge}
Keeping Children Safe at Night
Amended April 2026 to add the out-of-hours number.

1. Introduction
Foster carers call the out-of-hours team when a child is missing after ten at night.

2. Local resources
Local resources added by the out-of-hours team are listed in the carers' handbook.
"""


def _text(badge: str) -> str:
    return read_source(_PAGE.format(badge=badge).encode("utf-8"), "page.txt").text


@pytest.mark.parametrize(
    "badge",
    [
        "LOCAL RESOURCE\nThis is a local resource added by Brockhurst Council.",
        "Local content\nThis page is local content written by Brockhurst City Council.",
        "Local resource - written by Brockhurst Council, not part of the national manual",
        "Local resource: provided by Brockhurst Borough Council and not part of the regional "
        "procedures",
        "This chapter is not part of the national procedures manual.",
    ],
)
def test_the_hosts_local_page_badge_goes(badge: str) -> None:
    text = _text(badge)
    assert "Brockhurst Council" not in text
    assert "Brockhurst City Council" not in text
    assert "Brockhurst Borough Council" not in text
    assert "not part of the" not in text
    assert "Keeping Children Safe at Night" in text


def test_the_chapters_own_local_resources_stay() -> None:
    text = _text("")
    assert "2. Local resources" in text
    assert "Local resources added by the out-of-hours team are listed" in text


def test_a_badge_under_a_page_read_as_html_goes() -> None:
    page = (
        "<html><body><main>"
        '<div class="badge-local"><strong>Local resource</strong> &ndash; produced by '
        "Brockhurst Council, not part of the national manual</div>"
        "<h1>Keeping Children Safe at Night</h1>"
        "<p>Foster carers call the out-of-hours team when a child is missing after ten at "
        "night.</p>"
        "</main></body></html>"
    )
    text = read_source(page.encode("utf-8"), "page.html").text
    assert "not part of the national manual" not in text
    assert "Local resource" not in text
    assert "Foster carers call the out-of-hours team" in text
