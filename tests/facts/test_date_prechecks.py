"""The quick test `_short_year_dates` runs first never hides a date the full pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.facts.readers import _SHORT_YEAR_DATE, _SHORT_YEAR_SHAPE, _short_year_dates

_DATE_LIKE = st.text(alphabet="0123456789./- \nab", max_size=40)


@given(_DATE_LIKE)
def test_every_short_year_date_has_the_shape_the_quick_test_looks_for(text: str) -> None:
    if _SHORT_YEAR_DATE.search(text) is not None:
        assert _SHORT_YEAR_SHAPE.search(text) is not None


def test_a_short_year_date_is_still_found_and_a_paragraph_number_is_not() -> None:
    assert [found.date.isoformat() for found in _short_year_dates("Agreed 02.12.24.", 0, 16)] == [
        "2024-12-02"
    ]
    assert _short_year_dates("See 3.4.12 below.", 0, 17) == []
