"""Wordings blind set 57 showed the reader missing (decision 0109): an amendment note that tells
what the chapter has said since a date, and a label of the newest edition's changes with its
month in brackets.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Family Help Policies, Values and Principles\n\n"
    "{note}\n\n"
    "Orrinwick Council works with children in need and their families, and this policy covers "
    "every worker in its family help service.\n"
)


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("Since April 2025 this chapter has included our offer to care leavers.", "2025-04"),
        ("Since 1 March 2025 this chapter has referred to the National Framework.", "2025-03-01"),
        ("Since September 2024, the chapter has named Family Safeguarding.", "2024-09"),
        ("Since June 2025 this policy has set out the kinship offer in full.", "2025-06"),
        # A season is its year (decision 0081).
        ("Since the spring of 2025 this chapter has set out our kinship offer.", "2025"),
        ("New in this version (May 2025): a paragraph on the National Framework.", "2025-05"),
        ("New in this edition (2 February 2025): the part on relatives.", "2025-02-02"),
    ],
)
def test_a_change_told_as_since_or_new_in_this_version_dates_the_amendment(note, date) -> None:
    fact = facts_of(_CHAPTER.format(note=note))["amendment_date"]
    assert fact.value == date


@pytest.mark.parametrize(
    "note",
    [
        "Since April 2025 the council has supported every care leaver until they are 25.",
        "Since April 2025 this chapter has been under review.",
        "Since 2023 our social workers have used Family Safeguarding.",
        "New in this borough (May 2025): a family hub in every town.",
    ],
)
def test_other_since_and_new_sentences_date_no_amendment(note) -> None:
    assert facts_of(_CHAPTER.format(note=note))["amendment_date"].value is None
