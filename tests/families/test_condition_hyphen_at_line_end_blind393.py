"""A leaving-care condition whose compound word a printed line broke after its hyphen (blind
round 393, decision 0578): "full-" at one line's end and "time education" on the next is
"full-time education", as the page shows it; a hyphen left hanging before "or" belongs to the
word after it and stays. Each passage is in our own words."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value


@pytest.mark.parametrize(
    ("paragraph", "condition"),
    [
        (
            "Care leavers have a personal adviser until they reach 21, or until 25 if they stay "
            "in full-\ntime education.",
            "in full-time education",
        ),
        (
            "A personal adviser stays with each care leaver until the age of 21, and to 25 "
            "where the young person is in part-\ntime training.",
            "in part-time training",
        ),
        (
            "A personal adviser stays with each care leaver until the age of 21, and to 25 "
            "where the young person is in full- or part-time study.",
            "in full- or part-time study",
        ),
    ],
)
def test_a_compound_broken_at_a_line_end_is_one_word(paragraph: str, condition: str) -> None:
    value = fact_value(f"# Leaving care\n\n{paragraph}\n", "leaving_care_support_age", "c.md")

    assert value == {"age": 21, "extended": [{"age": 25, "condition": condition}]}
