"""Facts and one kind in wordings blind round 379 found the reader missing (decision 0558): a
text "settled" on a date is its amendment; a model the staff were trained in, called the
council's "method" in apposition, is named; the 2017 Act's needs counted in brackets after them
are the principles' count; a plural title with "of" before each year is one item naming an Act
for each year; a deadline for moving the service's money opens the strategy. Each case is
written for this test in our own words, with a near miss that must stay unread."""

import pytest

from tests.families.fact_helpers import fact_count, fact_text, fact_value

_SCOPE = "Fostering Handbook: Policy, Values and Principles\n\n{sentence}\n\nMore follows below.\n"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This handbook's present text was settled in August 2025, after carers were asked.",
            "2025-08",
        ),
        (
            "The wording of this chapter was finalised on 4 May 2026 by the service manager.",
            "2026-05-04",
        ),
    ],
)
def test_a_text_settled_on_a_date_is_amended_then(sentence: str, expected: str) -> None:
    assert fact_text(_SCOPE.format(sentence=sentence), "amendment_date") == expected


def test_a_plan_settled_on_a_date_is_no_amendment() -> None:
    text = _SCOPE.format(
        sentence="Each child's care plan was settled in August 2025 with the family."
    )
    assert fact_text(text, "amendment_date") is None


def test_a_name_trained_in_and_called_the_councils_own_method_is_a_model() -> None:
    text = _SCOPE.format(
        sentence="Since 2022 every fostering team has been trained in Open Kitchen, the county's "
        "own method, which starts every visit at the family table."
    )
    assert fact_value(text, "named_models") == ["Open Kitchen"]


def test_a_name_trained_in_and_called_a_course_is_still_no_model() -> None:
    text = _SCOPE.format(
        sentence="Since 2022 every fostering team has been trained in First Aid, the course the "
        "county runs each spring."
    )
    assert fact_value(text, "named_models") == []


_PARENTING = (
    "Fostering Handbook: Policy, Values and Principles\n\n## As a corporate parent\n\n"
    "{sentence}\n\n## Records\n\nRecords are kept safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Every member must weigh the needs named in the Children and Social Work Act 2017 "
            "(there are seven in all) whenever a decision touches a child in care.",
            7,
        ),
        (
            "Officers keep to a handful of needs laid down by the 2017 Act (there are seven of "
            "them), from hearing a child out to readying them for adult life.",
            7,
        ),
    ],
)
def test_the_acts_needs_counted_in_brackets_are_the_principles(
    sentence: str, expected: int
) -> None:
    assert (
        fact_count(_PARENTING.format(sentence=sentence), "corporate_parenting_principles")
        == expected
    )


def test_a_bracketed_count_of_something_else_is_no_principles_count() -> None:
    text = _PARENTING.format(
        sentence="Officers visit the homes named in the 2017 plan (there are seven of them) "
        "every spring."
    )
    assert fact_count(text, "corporate_parenting_principles") != 7


def test_a_plural_title_with_of_before_its_years_is_one_item_naming_two_acts() -> None:
    text = (
        "Fostering Handbook: Policy, Values and Principles\n\n## Where our duties come from\n\n"
        "Our powers come from statute. The Children Acts, of 1989\nand of 2004, set most of "
        "what we owe, and the Adoption and Children Act 2002 sets the rest.\n\n"
        "## Records\n\nRecords are kept safe.\n"
    )
    assert fact_count(text, "legislation_count") == 2
    items = fact_value(text, "legislation")
    assert items[0]["instrument"] == "Children Act"
    assert items[0]["years"] == [1989, 2004]


@pytest.mark.parametrize(
    "opening",
    [
        "By March 2027 the county means to spend a third of its fostering budget on support "
        "for kinship carers.",
        "By 2029 we will move £1m of funding from agency placements into our own foster homes.",
    ],
)
def test_a_deadline_for_moving_money_opens_the_strategy(cues, opening: str) -> None:
    assert cues.content_kind(opening, near_end=False) == "strategy"


def test_a_hope_for_children_by_a_year_is_no_strategy_cue(cues) -> None:
    opening = "By 2030 we want every child in the county to have a home they feel proud of."
    assert cues.content_kind(opening, near_end=False) != "strategy"
