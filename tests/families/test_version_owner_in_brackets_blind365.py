"""A version line whose owner or approver stands in brackets after the number (blind round 365,
decision 0539): the bracket sets the part apart as a dash does, so the number is the version
label; a bracket that does not close the line, or holds no owner, leaves the line unread.

Each case is written for this test in our own words.
"""

import pytest

from tests.reading import facts_of

BODY = (
    "Looking after money\n\nIntroduction\n\nThis chapter covers allowances for children in care.\n"
)


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Version 3.2 (agreed by the Fostering Management Group)", "Version 3.2"),
        ("Version 7 (approved by the Assistant Director, Safeguarding).", "Version 7"),
        ("Issue 4 (document owner: Head of Looked After Services)", "Issue 4"),
        ("v2.0 (signed off by the Lead Member for Children)", "v2.0"),
    ],
)
def test_an_owner_in_brackets_closing_the_line_leaves_the_label(line: str, label: str) -> None:
    assert facts_of(BODY + "\n" + line + "\n")["version_label"].value == label


@pytest.mark.parametrize(
    "line",
    [
        "Version 3.2 (approved by the board) sets out new allowance rates for teenagers.",
        "Version 3.2 (see the allowance schedule) replaces the table in appendix B.",
    ],
)
def test_a_bracket_inside_a_sentence_that_goes_on_is_no_label(line: str) -> None:
    assert facts_of(BODY + "\n" + line + "\n")["version_label"].value is None
