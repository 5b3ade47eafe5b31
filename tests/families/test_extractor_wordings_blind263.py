"""The family's extractors on an amendment label dated "as of" or "as at" a month (blind round
263, decision 0392): "Amended as of November 2025" names the chapter's amendment as "Amended in
November 2025" does.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Amended as of March 2024", "2024-03"),
        ("Revised as at 14 October 2025", "2025-10-14"),
        ("Last amended as of July 2023: the list of Acts was checked.", "2023-07"),
    ],
)
def test_an_amendment_label_dated_as_of_or_as_at_dates_the_chapter(line: str, date: str) -> None:
    text = "Our policy\n\n" + line + "\n\nWho this is for\n\nThis chapter covers our work.\n"
    assert facts_of(text)["amendment_date"].value == date


def test_a_figure_as_of_a_month_is_no_amendment() -> None:
    text = (
        "Our policy\n\nIntroduction\n\nAs of March 2025 the council looked after 212 children, "
        "and the figures are amended each quarter.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
