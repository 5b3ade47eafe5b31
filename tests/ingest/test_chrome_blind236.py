"""Page chrome of blind round 236 (decision 0360): a version selector's toggle, a manual's
"Local content" label, and a labelled trail whose last step is the chapter's number alone.

Each page is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.ingest.web_text import is_breadcrumb, is_chrome_line
from tests.ingest.test_web_text import CUES


@pytest.mark.parametrize(
    "line",
    ["Show previous versions", "View earlier versions", "Hide older versions", "Local content"],
)
def test_version_toggles_and_the_local_content_label_are_chrome(line: str) -> None:
    assert is_chrome_line(line, CUES)


def test_a_sentence_about_earlier_versions_is_not_chrome() -> None:
    assert not is_chrome_line("Earlier versions of this chapter are kept by the policy team.", CUES)


@pytest.mark.parametrize(
    "line", ["Home / 2. Procedures / 2.4", "Home > Fostering > 4.1.2", "You are here: 6.3"]
)
def test_a_trail_ending_in_the_chapters_number_is_a_trail(line: str) -> None:
    assert is_breadcrumb(line)


@pytest.mark.parametrize("line", ["Home / 3 / Fostering", "Home > 4.1 > Fostering", "Home / 3"])
def test_a_bare_number_before_another_step_or_undotted_is_no_crumb(line: str) -> None:
    assert not is_breadcrumb(line)
