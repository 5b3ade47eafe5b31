"""Facts in wordings blind set 132 showed the reader missing (decision 0218).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: "Brought up to date" as the label of a stamp --------------------------------


def test_a_brought_up_to_date_stamp_dates_the_amendment():
    text = (
        "Fostering Policy\n\nAnytown Council\n\nBrought up to date: June 2024\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-06"


def test_a_brought_up_to_date_stamp_with_a_day_dates_the_amendment():
    text = (
        "Fostering Policy\n\nBrought up to date on 2 May 2025\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-05-02"


def test_records_brought_up_to_date_are_no_amendment_of_the_chapter():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "It covers all carers. Carers' files were brought up to date in April 2011.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
