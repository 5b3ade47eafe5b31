"""Blind round 272 (decision 0403): a count of the principles set beside them ("principles,
seven in number,"), a practice model said to be known by its initials, a birthday set against
another end of the support ("until the end of their course or their 25th birthday"), and the
personal adviser's row of a table whose columns are age bands. Each case is written for this
test in our own words, with near misses that must not be read so."""

from typing import Any

import pytest

from tests.reading import facts_of

TITLE = "Children's Services Policies, Values and Principles\n\n"


def _facts(body: str) -> dict[str, Any]:
    return facts_of(TITLE + body)


@pytest.mark.parametrize(
    "sentence",
    [
        "Section 1 of the 2017 Act lists the corporate parenting principles, seven in all, and we"
        " report on each of them.",
        "Our councillors know the corporate parenting principles (seven in total) by heart.",
        "The corporate parenting principles \u2013 seven in number \u2013 apply to every service.",
    ],
)
def test_a_count_set_beside_the_principles_counts(sentence: str) -> None:
    facts = _facts(f"Corporate Parenting\n\n{sentence}\n")
    assert facts["corporate_parenting_principles"].value == 7


def test_a_number_beside_the_principles_that_picks_some_out_is_no_count() -> None:
    facts = _facts(
        "Corporate Parenting\n\nWe follow the corporate parenting principles, two of which"
        " young people told us matter most.\n"
    )
    assert facts["corporate_parenting_principles"].value == 0


def test_a_practice_model_known_by_its_initials_is_named_by_them() -> None:
    facts = _facts(
        "Practice Model\n\nOur practice model is known by its initials, HOME: Honest, Open,"
        " Most-valued and Empowering. It guides every visit.\n"
    )
    assert facts["named_models"].value == ["HOME"]


def test_something_else_known_by_its_initials_is_no_model() -> None:
    facts = _facts(
        "Introduction\n\nThe Independent Reviewing Service is known by its initials, IRS, in"
        " every letter we send.\n"
    )
    assert facts["named_models"].value == []


def test_a_birthday_set_against_the_end_of_a_course_is_the_later_age() -> None:
    facts = _facts(
        "Leaving Care\n\nPersonal advisers support care leavers until they are 21. Care leavers"
        " at university keep their adviser until the end of their degree or their 25th"
        " birthday, whichever is sooner.\n"
    )
    value = facts["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_the_end_of_a_course_alone_gives_no_later_age() -> None:
    facts = _facts(
        "Leaving Care\n\nPersonal advisers support care leavers until they are 21. Students get"
        " a bursary until the end of their course.\n"
    )
    assert facts["leaving_care_support_age"].value == {"age": 21, "extended": []}


BANDS = (
    "Leaving Care\n\nWhat care leavers have:\n\n| Entitlement | 18-21 | 21-25 |\n|---|---|---|\n"
)


def test_the_advisers_row_under_age_bands_gives_the_age_and_its_extension() -> None:
    facts = _facts(
        BANDS + "| Personal adviser | \u2713 | On request |\n| Leaving care grant | \u2713 | - |\n"
    )
    value = facts["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_an_adviser_in_every_band_lasts_to_the_last() -> None:
    facts = _facts(BANDS + "| Personal adviser | Yes | Yes |\n| Leaving care grant | Yes | No |\n")
    assert facts["leaving_care_support_age"].value == {"age": 25, "extended": []}


def test_another_rows_bands_give_no_age() -> None:
    facts = _facts(BANDS + "| Leaving care grant | Yes | If still studying |\n")
    assert facts["leaving_care_support_age"].value is None
