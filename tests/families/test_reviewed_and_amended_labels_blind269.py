"""Blind round 269 (decision 0400): a label that names a review and an amendment together ("Last
reviewed and amended: 11 November 2025") dates the amendment, to the day, as "Last amended"
does; a review and an update together stays the page's stamp. Each case is written for this
test in our own words, with near misses that must not be read so."""

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _dates(line: str) -> tuple[object, object]:
    text = TITLE + f"About this chapter\n\n{line}\n\nOur values\n\nWe put children first.\n"
    facts = facts_of(text)
    return facts["amendment_date"].value, facts["last_updated"].value


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Last reviewed and amended: 3 February 2026.", "2026-02-03"),
        ("Last checked and revised 14 October 2025", "2025-10-14"),
        ("Content last reviewed & amended on 9 June 2025.", "2025-06-09"),
    ],
)
def test_a_review_and_an_amendment_together_date_the_amendment(line: str, day: str) -> None:
    assert _dates(line) == (day, None)


def test_a_review_and_an_update_together_stay_the_pages_stamp() -> None:
    assert _dates("Last reviewed and updated: 3 February 2026") == (None, "2026-02-03")
