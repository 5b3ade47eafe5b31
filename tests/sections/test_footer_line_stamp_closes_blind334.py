"""A page's closing footer line that names the site or the manual before its stamp, the parts
set apart by middle dots or bars and the stamp last with its day ("Council · Manual · page last
edited <day>"), closes the chapter as end matter (blind334, decision 0488). Wordings are our
own, unlike the case documents'."""

from __future__ import annotations

import pytest

from tests.reading import read_kinds_and_headings

PAGE = "# Short Breaks\n\n## What we offer\n\nFamilies may ask for a weekend break.\n\n{line}\n"


@pytest.mark.parametrize(
    "line",
    [
        "*Brisworth Council · Short breaks handbook · page last edited 9 March 2026*",
        "Brisworth Council | Family services | last updated 14 May 2025",
        "Short breaks handbook \u00b7 last reviewed on 1st June 2026",
    ],
)
def test_a_footer_line_ending_in_a_stamp_is_end_matter(line: str) -> None:
    kinds = read_kinds_and_headings(PAGE.format(line=line), "breaks.md")
    assert kinds[-1] == ("end_matter", None)


@pytest.mark.parametrize(
    "line",
    [
        "Families told us · breaks matter · we listened on 9 March 2026.",
        "We stay in touch with every family while they wait for a break.",
    ],
)
def test_a_sentence_is_no_footer_stamp(line: str) -> None:
    kinds = read_kinds_and_headings(PAGE.format(line=line), "breaks.md")
    assert kinds[-1][0] != "end_matter"
