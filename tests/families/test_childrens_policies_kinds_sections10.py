"""End matter met in decision 0153: a line of its own giving the chapter's approval status
("Status of this chapter: Approved", a drop-down's value closing a Word chapter). A sentence
about someone's status, or a status label over other words, is no such line.

Each line is written for this test in our own words.
"""

import pytest


@pytest.mark.parametrize(
    "line",
    [
        "Status of this chapter: Approved",
        "Document status: Final",
        "Status - Draft",
        "Chapter status: approved.",
    ],
)
def test_a_closing_status_line_is_end_matter(cues, line: str) -> None:
    assert cues.content_kind(line) == "end_matter"


@pytest.mark.parametrize(
    "line",
    [
        "The status of children in care is reviewed every six months.",
        "Status: a child's legal position",
        "Immigration status: unknown",
    ],
)
def test_other_status_lines_are_no_end_matter(cues, line: str) -> None:
    assert cues.content_kind(line) != "end_matter"
