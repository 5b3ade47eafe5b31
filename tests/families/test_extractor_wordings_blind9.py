"""The family's extractors on wordings met in the ninth blind round (issue 12, item 4): change
labels that name the issue or edition before a bracketed date, two verbs before a date, support
ages said to the young person ("until you are 21"), and an extension whose condition comes
before its age across a semicolon.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.families.fact_helpers import support_ages
from tests.reading import facts_of


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        (
            "Reviewed and reissued November 2024: the practice model section was rewritten.",
            "2024-11",
        ),
        ("Changes since the last issue (May 2023): the outcomes became a table.", "2023-05"),
        ("Updated in this edition (March 2025): a new section on promises.", "2025-03"),
        ("Amendments made in this version (June 2022) - links were checked.", "2022-06"),
    ],
)
def test_change_labels_before_a_date(text, amendment):
    assert facts_of("Our values.\n\n" + text + "\n")["amendment_date"].value == amendment


@pytest.mark.parametrize(
    "text",
    [
        # A cited document's date in brackets after a word that is no label of change.
        "See the statutory guidance issued by the Department (February 2018) - it applies here.",
        # A review to come, in brackets.
        "This chapter will next be updated in the next edition (May 2026): see the plan.",
    ],
)
def test_bracketed_dates_that_are_no_amendment(text):
    assert facts_of("Our values.\n\n" + text + "\n")["amendment_date"].value is None


def test_support_said_to_the_young_person_with_an_extension_on_request():
    text = (
        "When you leave care, a personal adviser will support you until you are 21, and until "
        "you are 25 if you ask us to.\n"
    )
    assert support_ages(text) == (21, [25])


def test_an_extension_whose_condition_comes_first_after_a_semicolon():
    text = (
        "Our support for care leavers lasts until they are twenty-one; for those in higher "
        "education it continues until they are twenty-five.\n"
    )
    assert support_ages(text) == (21, [25])


def test_you_without_leaving_care_states_no_support_age():
    assert support_ages("We will listen to you until you are 21 and beyond.\n") is None
