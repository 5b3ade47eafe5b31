"""Closing lines blind set 332 showed the sectioner leaving in the last section (decision 0486):
a numbered issue label ("Issue number: 4") and a page stamp with the day of the week before its
date ("Page updated on Monday, 2 March 2026") close the chapter as end matter, as "Issue 4" and
"Page updated 2 March 2026" already did. Wordings are our own."""

from __future__ import annotations

import pytest

from tests.reading import read_kinds_and_headings

PAGE = (
    "# Fostering Values\n\n## Our values\n\nWe tell children the truth.\n\n"
    "## Sharing records\n\nWe share records only when the law allows it.\n\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Issue number: 4",
        "Version no. 2.1",
        "Page updated on Monday, 2 March 2026",
        "Last updated: Thursday 12 February 2026",
    ],
)
def test_a_closing_label_or_stamp_is_end_matter(line: str) -> None:
    kinds = read_kinds_and_headings(PAGE.format(line=line), "chapter.md")
    assert kinds[-1] == ("end_matter", None)
    assert kinds[-2] == ("information_sharing", "Sharing records")


def test_an_issue_number_in_a_sentence_stays_in_its_section() -> None:
    text = PAGE.format(line="Issue number 4 of the newsletter explains how to ask for records.")
    kinds = read_kinds_and_headings(text, "chapter.md")
    assert kinds[-1] == ("information_sharing", "Sharing records")
