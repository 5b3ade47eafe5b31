"""An amendment label set after the council's or the manual's name on the line under the title,
which the 232nd blind round showed (decision 0356), in wordings of our own and others than the
round's. Each case is written for this test in our own words about invented councils; the near
miss keeps what was read before."""

import pytest

from tests.reading import facts_of

_TITLED = (
    "Children's Services Policies, Values and Principles\n"
    "{line}\n\n"
    "Scope\n\n"
    "This chapter applies to all staff in children's services.\n"
)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Sallowmere District Council - Amended: 5 May 2026", "2026-05-05"),
        ("Ormsby Children's Services Manual | Amended: 12 January 2025", "2025-01-12"),
        ("Kelby Borough Council \u2013 Revised: March 2024", "2024-03"),
    ],
)
def test_an_amendment_label_after_the_councils_name_dates_the_chapter(line: str, date: str) -> None:
    assert facts_of(_TITLED.format(line=line))["amendment_date"].value == date


def test_a_sentence_before_a_dash_is_no_name_field() -> None:
    line = "We have changed nothing since. The board met - reviewed: 5 May 2026 was the plan"
    assert facts_of(_TITLED.format(line=line))["amendment_date"].value != "2026-05-05"
