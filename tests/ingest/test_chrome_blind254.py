"""Page chrome of blind round 254 (decision 0381): a learning platform's activity tools, a
wiki's page tools, a web editor's commands and status bar, and a site builder's footer, each a
line of its own when a page is copied as text.

Each line is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest.web_text import is_chrome_line
from tests.ingest.test_web_text import CUES


@pytest.mark.parametrize(
    "line",
    [
        "Mark as done",
        "Completion requirements",
        "Toggle search input",
        "Save for later",
        "Space tools",
        "Open in Desktop App",
        "Saved to SharePoint",
        "Give feedback to Microsoft",
        "Report abuse",
        "Google Sites",
        "Search this library",
        "Edit in grid view",
        "MARK AS DONE",
        "Report abuse »",
    ],
)
def test_platform_tools_on_lines_of_their_own_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


@pytest.mark.parametrize(
    "line",
    [
        "Staff must report abuse or neglect to the duty team the same day.",
        "Mark as done any action on the plan that the family has completed.",
        "Keep the assessment saved to the child's record before the review.",
        "Completion requirements for the pathway plan are set out in section 4.",
    ],
)
def test_sentences_using_the_same_words_are_not_chrome(line: str) -> None:
    assert not is_chrome_line(line, CUES)
