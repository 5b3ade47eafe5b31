"""Facts as Word chapters kept by council policy teams set them out in blind set 138 showed the
reader missing (decision 0230): an approval date taken over the amendment a version history
states beside it, and an "Approved on" field read as no date at all.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_text

# --- amendment date: an approval field dates the chapter only where nothing else does ----------


@pytest.mark.parametrize(
    "field",
    [
        "Date approved | 9 July 2024",
        "Approved on | 9 July 2024",
        "Approval date: 9 July 2024",
        "Date of approval | 9 July 2024",
    ],
)
def test_an_approval_field_alone_dates_the_chapter(field: str) -> None:
    text = (
        "Our Children's Services Principles\n\n"
        f"Owner | Head of Fostering\nVersion | 2.4\n{field}\nReview date | July 2026\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n"
    )
    assert fact_text(text, "amendment_date") == "2024-07-09"


def test_a_history_entry_newest_first_dates_the_chapter_over_a_later_approval() -> None:
    text = (
        "Our Children's Services Principles\n\n"
        "Owner | Head of Fostering\nVersion | 2.4\nDate approved | 9 July 2024\n"
        "Review date | July 2026\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n\n"
        "Version history\n\n"
        "Version | Date | What changed\n"
        "2.4 | 17 June 2024 | Leaving care section updated\n"
        "2.3 | 2 February 2022 | Links to guidance updated\n"
        "1.0 | 5 May 2019 | First issue\n"
    )
    assert fact_text(text, "amendment_date") == "2024-06-17"


def test_an_approval_does_not_outrank_an_amendment_row_beside_it() -> None:
    text = (
        "Our Children's Services Principles\n\n"
        "Date last amended | 30 May 2024\nApproved on | 9 July 2024\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n"
    )
    assert fact_text(text, "amendment_date") == "2024-05-30"


def test_a_review_date_alone_is_still_no_amendment() -> None:
    text = (
        "Our Children's Services Principles\n\n"
        "Owner | Head of Fostering\nReview date | 9 July 2026\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n"
    )
    assert fact_text(text, "amendment_date") is None


def test_an_approval_in_the_month_of_a_history_entry_gives_it_its_day() -> None:
    text = (
        "Our Children's Services Principles\n\n"
        "Version | 2.4\nDate approved | 9 July 2024\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n\n"
        "Version history\n\n"
        "Version | Date | What changed\n"
        "1.0 | May 2019 | First issue\n"
        "2.4 | July 2024 | Leaving care section updated\n"
    )
    assert fact_text(text, "amendment_date") == "2024-07-09"


def test_an_approval_later_in_the_month_does_not_move_an_entry_dated_to_the_day() -> None:
    text = (
        "Our Children's Services Principles\n\n"
        "Version | 2.4\nDate approved | 29 July 2024\n\n"
        "Our values\n\nWe listen to children and act on what they tell us.\n\n"
        "Version history\n\n"
        "Version | Date | What changed\n"
        "2.4 | 3 July 2024 | Leaving care section updated\n"
        "1.0 | 8 May 2019 | First issue\n"
    )
    assert fact_text(text, "amendment_date") == "2024-07-03"
