"""The family's extractors on wordings met in blind round 253 (decision 0380): a count of the
corporate parenting principles given in brackets after them, and an "It was revised in …" after
a sentence that names the chapter as one of the manual's ("This is the opening chapter of …").

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("aside", "count"),
    [
        ("(there are seven of them)", 7),
        ("(there are 7 in all)", 7),
        ("(there are seven)", 7),
    ],
)
def test_a_count_in_brackets_after_the_principles(aside: str, count: int) -> None:
    text = (
        "Our policy\n\nCorporate parenting\n\nCouncillors and officers keep to the corporate "
        "parenting principles " + aside + " whenever they decide something for a child in care.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == count


def test_a_bracketed_count_of_something_else_is_no_count_of_principles() -> None:
    text = (
        "Our policy\n\nCorporate parenting\n\nWe follow the corporate parenting principles in "
        "all of our teams (there are seven teams) and report to the panel.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


@pytest.mark.parametrize(
    "naming",
    [
        "This is the first chapter of the Brockwell children's procedures manual.",
        "This is our introductory chapter, and every other procedure rests on it.",
        "This is the main chapter on how our children's services work.",
    ],
)
def test_it_after_a_sentence_saying_which_chapter_this_is(naming: str) -> None:
    text = (
        "Our policy\n\nWe look after children well.\n\n"
        + naming
        + " It sets out what we believe, and the chapters after it build on it. It was revised "
        "in March 2024, when the parts on care leavers were brought up to date.\n\n"
        "We believe in families.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-03"


def test_it_after_a_sentence_naming_another_chapter_dates_nothing() -> None:
    text = (
        "Our policy\n\nWe look after children well.\n\n"
        "The leaving care procedure is the longest document in the manual. It was revised in "
        "March 2024 by the leaving care team.\n\nWe believe in families.\n"
    )
    assert facts_of(text)["amendment_date"].value is None
