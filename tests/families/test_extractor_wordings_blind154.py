"""Amendment wordings blind set 154 showed the reader missing (decision 0253): a version label
with its changes said approved ("Version 6.2 \u00b7 changes approved <day>") and the text said
"last changed". Each case is written for this test in our own words; each negative case is a
wording a careless reader would take for the fact."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_PAGE = (
    "Fostering Panel Values and Principles\n"
    "{line}\n\n"
    "Our values\n\n"
    "We treat foster carers as colleagues and tell them the truth about the children we place.\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Version 3.4 \u00b7 changes approved 2 June 2025", "2025-06-02"),
        ("Issue 7 | amendments agreed 14 October 2024", "2024-10-14"),
        ("Issue 2 \u00b7 last changed April 2025", "2025-04"),
        ("Last changed: September 2024", "2024-09"),
        ("Last changed 3 February 2025", "2025-02-03"),
    ],
)
def test_changes_approved_or_last_changed_date_the_amendment(line: str, date: str) -> None:
    facts = facts_of(_PAGE.format(line=line))
    assert facts["amendment_date"].value == date


def test_the_version_beside_last_changed_is_still_read() -> None:
    facts = facts_of(_PAGE.format(line="Issue 2 \u00b7 last changed April 2025"))
    assert facts["version_label"].value == "Issue 2"


@pytest.mark.parametrize(
    "line",
    [
        "Version 3.4 \u00b7 approved by the fostering panel",
        "Changes to the fostering allowances were approved on 2 June 2025.",
        "The weekly allowance last changed in April 2025 and is paid every fortnight.",
    ],
)
def test_approvals_and_changes_of_something_else_date_no_amendment(line: str) -> None:
    assert facts_of(_PAGE.format(line=line))["amendment_date"].value is None
