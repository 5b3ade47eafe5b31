"""Leaving-care ages stated in an unusual order, or only in a table's rows (blind round 7).

Written for these tests in our own words; each negative case is a wording a careless reader
would take the wrong way.
"""

import pytest

from tests.families.fact_helpers import one_section_value


def _ages(value: object) -> tuple[int, tuple[int, ...]] | None:
    if not isinstance(value, dict):
        return None
    return value["age"], tuple(item["age"] for item in value["extended"])


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        (
            "Young people leaving care can keep a personal adviser until they are 25 if they "
            "ask for one, and until 21 in all cases.",
            (21, (25,)),
        ),
        (
            "Care leavers have a personal adviser to the age of 24 where they are studying, "
            "and to 21 otherwise.",
            (21, (24,)),
        ),
        # the usual order still reads as before
        (
            "Care leavers have a personal adviser until 21, or until 25 if they are in training.",
            (21, (25,)),
        ),
    ],
)
def test_the_age_stated_without_a_condition_is_the_support_age(text, ages):
    assert _ages(one_section_value(text, "leaving_care_support_age")) == ages


def test_the_condition_of_an_age_stated_first_ends_before_the_other_age():
    value = one_section_value(
        "Care leavers keep a personal adviser until 25 if they want one, and until 21 always.",
        "leaving_care_support_age",
    )
    assert isinstance(value, dict)
    assert value["extended"][0]["condition"] == "they want one"


def test_a_table_row_opening_with_a_later_range_offers_its_age():
    text = (
        "Age | What care leavers receive\n"
        "18 to 21 | A personal adviser and a pathway plan for every care leaver\n"
        "21 to 25 | A personal adviser when they ask, and for those still studying\n"
    )
    assert _ages(one_section_value(text, "leaving_care_support_age")) == (21, (25,))


def test_a_row_whose_range_starts_before_the_support_age_offers_nothing_later():
    text = (
        "Age | What care leavers receive\n"
        "18 to 21 | A personal adviser and a pathway plan for every care leaver\n"
        "16 to 18 | A social worker while they prepare to leave care\n"
    )
    assert _ages(one_section_value(text, "leaving_care_support_age")) == (21, ())
