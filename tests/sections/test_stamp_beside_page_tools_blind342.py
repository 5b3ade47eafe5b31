"""A page stamp set on one line with the page's tools under the title (decision 0507): a
site-to-Markdown converter keeps "Reviewed: 4 June 2025 | [Print](...) | [Email](...)" as one
line, and the line is the title's, as the stamp alone would be, not a section of its own.
Wordings are our own."""

from __future__ import annotations

import pytest

from tests.reading import read_kinds_and_headings

PAGE = (
    "# Fostering Values in Hallowmere\n\n{line}\n\n"
    "## Why we wrote this\n\nThis chapter was revised in May 2025 after talking with carers.\n\n"
    "## What we believe\n\nEvery child deserves adults who stay.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed: 4 June 2025 | [Print](javascript:window.print\\(\\)) | [Email](mailto:?s=x)",
        "Page updated 11 January 2026 | Print | Share this page",
        "[Share](/share?id=12) | Last updated 3/2/2026",
    ],
)
def test_a_stamp_beside_page_tools_stays_with_the_title(line: str) -> None:
    kinds = read_kinds_and_headings(PAGE.format(line=line), "page.md")
    assert kinds[0] == ("title", "Fostering Values in Hallowmere")
    assert kinds[1] == ("scope", "Why we wrote this")
    assert len(kinds) == 3
