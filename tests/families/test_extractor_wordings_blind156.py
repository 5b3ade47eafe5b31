"""A document-control field blind set 156 showed the reader missing (decision 0256): an
"Approved date" row, the label's words in the other order from "Date approved", read as no date
at all, so a chapter dated only by its sign-off had no amendment date.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import fact_text


def _chapter(field: str, after: str = "") -> str:
    return (
        "Children's Services Principles\n\n"
        f"Version | 1.7\nOwner | Head of Corporate Parenting\n{field}\nReview date | March 2027\n\n"
        "What we value\n\nWe keep our promises to children and young people.\n" + after
    )


@pytest.mark.parametrize(
    "field",
    ["Approved date | 3 March 2025", "Approved date: 3 March 2025", "Approved Date | 3 March 2025"],
)
def test_an_approved_date_field_alone_dates_the_chapter(field: str) -> None:
    assert fact_text(_chapter(field), "amendment_date") == "2025-03-03"


def test_an_approved_date_gives_its_day_to_an_amendment_of_its_month() -> None:
    text = _chapter(
        "Approved date | 3 March 2025",
        "\nThis chapter was amended in March 2025 to add the local offer.\n",
    )
    assert fact_text(text, "amendment_date") == "2025-03-03"


def test_an_approved_date_does_not_outrank_an_amendment_stated_to_the_day() -> None:
    text = _chapter("Approved date | 3 March 2025\nDate last amended | 14 February 2025")
    assert fact_text(text, "amendment_date") == "2025-02-14"


def test_a_sentence_about_an_approved_date_is_no_field() -> None:
    text = _chapter(
        "Owner's deputy | Service Manager",
        "\nThe approved date for the new allowance is set out in the local offer, "
        "published 3 March 2025 by the fostering team.\n",
    )
    assert fact_text(text, "amendment_date") is None
