"""Legislation wordings met in blind round 182 (decision 0290): the council's duties said to come
from the Acts after a long naming of whom they are owed to, and the Acts said to underpin the
work. Each case is written for this test in our own words; the negative cases are Acts named in
passing or something else said to underpin the work."""

import pytest

from tests.families.fact_helpers import fact_value


def _chapter(sentence: str) -> str:
    return (
        "Children's Services Policies, Values and Principles\n\n"
        "This chapter is for everyone who works in our children's services.\n\n"
        f"{sentence}\n\n"
        "Children should live with their own families wherever that is safe.\n"
    )


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Our duties towards disabled children, children in need and Children in Care come "
            "largely from the Children Act 1989, the Children Act 2004 and the Children and "
            "Families Act 2014.",
            3,
        ),
        (
            "Two Acts together underpin this chapter: the Children Act 1989 and the Children "
            "and Young Persons Act 2008.",
            2,
        ),
        (
            "The Children Act 1989 and the Children and Social Work Act 2017 underpin everything "
            "our social workers do.",
            2,
        ),
        (
            "Several Acts underpin our service, chiefly the Children Act 2004 and the Adoption "
            "and Children Act 2002.",
            2,
        ),
    ],
)
def test_acts_said_to_underpin_the_work_or_to_give_long_named_duties_are_the_list(
    sentence: str, count: int
) -> None:
    assert fact_value(_chapter(sentence), "legislation_count") == count


@pytest.mark.parametrize(
    "sentence",
    [
        # Two Acts in passing, with nothing said to stand on them.
        "Since the Children Act 1989 and the Children Act 2004 our teams have grown a great deal.",
        # Values, not Acts, underpin the work.
        "Honesty and kindness underpin our work under the Children Act 1989 and the Children "
        "Act 2004.",
    ],
)
def test_two_acts_in_passing_are_no_list(sentence: str) -> None:
    assert fact_value(_chapter(sentence), "legislation_count") in (0, None)
