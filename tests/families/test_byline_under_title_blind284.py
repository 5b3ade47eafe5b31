"""A byline under a page's title ("Ruth Collier Published 4 May 2026") dates the page however
many lines of the site's own bars stand above the title: its first lines are counted from the
top-level title (blind284's 28405, decision 0418). A page written for this test in our own
words."""

from __future__ import annotations

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def test_a_byline_under_the_title_counts_from_the_title_not_from_the_site_bars() -> None:
    bars = "## Family Hub\n\nThe staff site of family services\n\nGuidance for every team\n\n"
    page = (
        bars + "# Short Breaks\n\n**Ruth Collier Published 4 May 2026**\n\n"
        "## Who can have one\n\nAny family caring for a disabled child.\n"
    )
    analyzed = analyze(read_source(page.encode(), "page.md"), get_family())
    assert analyzed.fact("last_updated").value == "2026-05-04"
