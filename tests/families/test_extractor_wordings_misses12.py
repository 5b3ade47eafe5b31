"""Facts in wordings the known misses of blind sets 58 and 60 showed the reader missing
(decision 0121).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

# --- amendment date: a part of a year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("wording", "year"),
    [
        ("In early 2024 we changed this policy to add the new allowances.", "2024"),
        ("This policy was revised in mid-2023 to add the new allowances.", "2023"),
        ("We updated this policy in late 2022 to add the new allowances.", "2022"),
    ],
)
def test_a_change_in_a_part_of_a_year_dates_the_amendment_by_its_year(wording, year):
    text = f"Fostering Policy\n\nAbout this policy\n\n{wording}\n\nIntroduction\nIt covers all.\n"
    assert facts_of(text)["amendment_date"].value == year


def test_a_change_planned_for_a_part_of_a_year_is_no_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n\n"
        "We will next review this policy in early 2027.\n\nIntroduction\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- last updated: a stamp saying where ------------------------------------------------------


def test_a_stamp_updated_on_this_site_is_the_last_update():
    for label in ("Updated on this site:", "Last updated on the website:"):
        text = (
            "Fostering Policy\n\nIntroduction\nIt covers all carers.\n\n"
            f"{label} 14 January 2025\n"
        )
        assert facts_of(text)["last_updated"].value == "2025-01-14", label


def test_a_site_launched_on_a_day_is_no_update_stamp():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "Our carers' website was launched on the 14 January 2025 with new pages for carers.\n"
    )
    assert facts_of(text)["last_updated"].value is None
