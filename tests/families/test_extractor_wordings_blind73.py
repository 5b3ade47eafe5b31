"""Wordings blind set 73 showed the reader missing (decision 0131): the current edition named
with its date and then what it does, and the edition agreed by a body on a date.

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
        ("This version, dated June 2025, brings in the National Framework.", "2025-06"),
        ("The current edition, dated 4 March 2025, replaces the text of 2022.", "2025-03-04"),
        ("This edition, of October 2024, adds a part on kinship care.", "2024-10"),
        (
            "Agreed by the children's services leadership team on 2 September 2024, this "
            "edition replaces the one from 2022.",
            "2024-09-02",
        ),
        ("Approved by Cabinet in May 2025, the chapter adds a kinship offer.", "2025-05"),
    ],
)
def test_an_edition_dated_or_agreed_then_what_it_does_dates_the_amendment(note, date) -> None:
    fact = facts_of(_CHAPTER.format(note=note))["amendment_date"]
    assert fact.value == date


@pytest.mark.parametrize(
    "note",
    [
        "This version of the plan, dated June 2025, was shared with the family.",
        "Agreed by the panel on 2 September 2024, the plan set out three goals.",
        "Approved by Cabinet in May 2025, the new family hubs opened in the autumn.",
    ],
)
def test_other_dated_versions_and_agreements_date_no_amendment(note) -> None:
    assert facts_of(_CHAPTER.format(note=note))["amendment_date"].value is None


@pytest.mark.parametrize(
    ("note", "date"),
    [
        (
            "This version of the chapter was agreed by the Leaving Care Service in May 2025 and "
            "replaces the version of October 2022.",
            "2025-05",
        ),
        ("This edition was approved by Cabinet on 3 June 2025.", "2025-06-03"),
        ("The current version was issued in January 2025.", "2025-01"),
    ],
)
def test_the_edition_as_subject_agreed_or_issued_on_a_date_dates_the_amendment(note, date) -> None:
    """Blind round 115 (decision 0189): the edition is the sentence's subject, its date after."""
    assert facts_of(_CHAPTER.format(note=note))["amendment_date"].value == date


@pytest.mark.parametrize(
    "note",
    [
        "This version of the plan was agreed by the family in May 2025.",
        "The pathway plan was agreed by the young person in May 2025.",
    ],
)
def test_another_documents_version_agreed_on_a_date_dates_no_amendment(note) -> None:
    assert facts_of(_CHAPTER.format(note=note))["amendment_date"].value is None
