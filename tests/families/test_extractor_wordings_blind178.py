"""Amendment dates in wordings blind set 178 showed the reader near to missing (decision 0283):
the chapter's last amendment as the sentence's subject, dated by its verb.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("line", "date"),
    [
        (
            "The most recent amendment to this policy came into force on 4 August 2025.",
            "2025-08-04",
        ),
        ("This procedure's latest revision dates from February 2026.", "2026-02"),
        ("The chapter's last changes were agreed in November 2024.", "2024-11"),
        ("Our latest amendments to the guidance took effect from 1 April 2026.", "2026-04-01"),
    ],
)
def test_the_last_amendment_of_the_chapter_dated_by_its_verb(line: str, date: str) -> None:
    text = f"Fostering Policy\n\nAbout this policy\n\n{line} It applies to all carers.\n"
    assert facts_of(text)["amendment_date"].value == date


def test_the_last_amendment_to_an_act_is_still_the_laws_date() -> None:
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "The most recent amendment to the Children Act came into force on 3 May 2021.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- amendment date: updated and reissued, with a day ---------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Updated and reissued: 9 June 2025", "Updated & republished 9 June 2025"],
)
def test_updated_and_reissued_with_a_day_dates_the_amendment(line: str) -> None:
    text = f"Fostering Policy\n\n{line}\n\nAbout this policy\n\nIt applies to all carers.\n"
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2025-06-09"
    assert facts["last_updated"].value is None


def test_updated_alone_with_a_day_is_still_the_pages_stamp() -> None:
    text = (
        "Fostering Policy\n\nUpdated: 9 June 2025\n\n"
        "About this policy\n\nIt applies to all carers.\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value is None
    assert facts["last_updated"].value == "2025-06-09"
