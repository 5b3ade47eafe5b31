"""The family's extractors on date wordings met in blind round 214 (decision 0334): a week after
an amendment label, a count of the principles in the sentence after the one naming them, and a
version label whose date has an apostrophe year.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("line", "month"),
    [
        ("Revised week commencing 12 May 2025: the leaving care offer was rewritten.", "2025-05"),
        ("Updated w/c 9 June 2025 - the contacts list was checked.", "2025-06"),
        ("Amended in the week beginning 7 April 2025.", "2025-04"),
    ],
)
def test_a_week_after_an_amendment_label_gives_its_month_not_a_day(line: str, month: str) -> None:
    text = "Our policy\n\n" + line + "\n\nIntroduction\n\nThis chapter covers our work.\n"
    assert facts_of(text)["amendment_date"].value == month


def test_a_week_named_for_training_is_no_amendment() -> None:
    text = (
        "Our policy\n\nIntroduction\n\nStaff will be trained in the week commencing 3 November "
        "2025 on the new model.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("following", "count"),
    [
        ("There are seven of them, and we report on each to the panel.", 7),
        ("They are seven in number.", 7),
        ("They number seven, and every councillor is trained in them.", 7),
    ],
)
def test_a_count_in_the_sentence_after_the_principles(following: str, count: int) -> None:
    text = (
        "Our policy\n\nCorporate parenting\n\nThe corporate parenting principles were set by "
        "Parliament in 2017. " + following + "\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == count


def test_a_count_of_something_else_after_the_principles_is_none() -> None:
    text = (
        "Our policy\n\nCorporate parenting\n\nWe follow the corporate parenting principles. "
        "There are seven teams in the service, and each has a lead.\n"
    )
    assert facts_of(text)["corporate_parenting_principles"].value == 0


@pytest.mark.parametrize(
    ("sentence", "label"),
    [
        ("Version 4, revised Nov '24. This chapter covers all our work.", "Version 4"),
        ("Issue 6 - updated June \u201925.", "Issue 6"),
    ],
)
def test_a_label_dated_with_an_apostrophe_year(sentence: str, label: str) -> None:
    text = "Our policy\n\nScope\n\n" + sentence + "\n"
    assert facts_of(text)["version_label"].value == label
