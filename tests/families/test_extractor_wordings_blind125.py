"""Amendment wordings of the hundred-and-twenty-fifth blind round's chapters (decision 0204): the
text said to have been "changed" on a day, the chapter's "current text" agreed on a day, and a
closing "Reviewed in full" stamp that dates the page, not the amendment.

Each case is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from tests.reading import facts_of


def _chapter(note: str, closing: str = "") -> str:
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "Before you begin\n\n"
        f"This chapter explains what the service believes and how it works. {note}\n\n"
        "Growing up well\n\n"
        "We want children to be healthy, safe and happy at home and at school.\n"
        + (f"\n{closing}\n" if closing else "")
    )


@pytest.mark.parametrize(
    ("note", "date"),
    [
        ("The text was last changed on 12 November 2024.", "2024-11-12"),
        ("The wording was changed in May 2023 to reflect the new offer.", "2023-05"),
        ("The section on leaving care was altered in June 2025.", "2025-06"),
    ],
)
def test_the_text_said_to_have_changed_dates_the_amendment(note: str, date: str) -> None:
    assert facts_of(_chapter(note), "chapter.txt")["amendment_date"].value == date


def test_a_law_said_to_have_changed_is_no_amendment() -> None:
    note = "The Children Act was changed in 2017 by a later statute."
    assert facts_of(_chapter(note), "chapter.txt")["amendment_date"].value is None


def test_the_chapters_current_text_agreed_on_a_day_is_its_amendment() -> None:
    note = (
        "Its current text was agreed by the Director of Children's Services on 4 April 2025, "
        "with changes to the sections on permanence."
    )
    facts = facts_of(_chapter(note, "Reviewed in full: 16 April 2025"), "chapter.txt")
    assert facts["amendment_date"].value == "2025-04-04"
    assert facts["last_updated"].value == "2025-04-16"


def test_a_review_in_full_alone_still_dates_the_amendment() -> None:
    facts = facts_of(
        _chapter("It applies to every team.", "Reviewed in full: 16 April 2025"), "chapter.txt"
    )
    assert facts["amendment_date"].value == "2025-04-16"


def test_the_current_text_of_another_document_is_no_amendment() -> None:
    note = "The current text of the strategy was agreed by the board on 4 April 2025."
    assert facts_of(_chapter(note), "chapter.txt")["amendment_date"].value is None
