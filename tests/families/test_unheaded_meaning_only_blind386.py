"""Facts and one kind in wordings blind round 386 found the reader missing (decision 0568): a
model the teams have "worked to"; the principles counted as the duties the law "names" or the
"matters" the Act sets out; an edition that "dates from" a month; a plan for a child's
long-term future timed from "them" coming into care; a deadline for spending more on one thing
than another opens the strategy; Regulations that "fill in the detail" of the Acts named just
before join their list. Each case is written for this test in our own words, with a near miss
that must stay unread."""

import pytest

from tests.families.fact_helpers import fact_count, fact_text, fact_value

_TITLE = "Fostering Handbook: Policy, Values and Principles\n\n"
_SCOPE = _TITLE + "{sentence}\n\nMore follows below.\n"
_MODEL = _TITLE + "## Our practice model\n\n{sentence}\n\n## Records\n\nRecords are kept safe.\n"


def test_a_name_the_teams_have_worked_to_is_the_model() -> None:
    text = _MODEL.format(
        sentence="Since 2023 each fostering team in the county has worked to Harbour Lights, "
        "which begins with the adults a child already trusts."
    )
    assert fact_value(text, "named_models") == ["Harbour Lights"]


def test_standards_worked_to_are_no_model() -> None:
    text = _MODEL.format(
        sentence="Since 2023 each fostering team in the county has worked to Ofsted Standards "
        "for every visit."
    )
    assert fact_value(text, "named_models") == []


_PARENTING = (
    _TITLE + "## As a corporate parent\n\n{sentence}\n\n## Records\n\nRecords are kept safe.\n"
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The law names seven duties that fall on every member towards a child in care.",
        "The Children and Social Work Act 2017 sets out seven matters each member must weigh "
        "before deciding anything about a fostered child.",
    ],
)
def test_duties_the_law_names_and_matters_the_act_sets_out_are_the_principles(
    sentence: str,
) -> None:
    assert fact_count(_PARENTING.format(sentence=sentence), "corporate_parenting_principles") == 7


def test_days_the_law_names_are_no_principles() -> None:
    text = _PARENTING.format(sentence="The law names seven days for a reply to a complaint.")
    assert fact_count(text, "corporate_parenting_principles") != 7


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "This edition of the policy dates from February 2026, after carers were asked.",
            "2026-02",
        ),
        ("The wording set out below dates from 9 June 2025.", "2025-06-09"),
    ],
)
def test_an_edition_that_dates_from_a_month_was_amended_then(sentence: str, expected: str) -> None:
    assert fact_text(_SCOPE.format(sentence=sentence), "amendment_date") == expected


def test_a_practice_that_dates_from_a_year_is_no_amendment() -> None:
    text = _SCOPE.format(sentence="The Children Act dates from 1989 and is still in force.")
    assert fact_text(text, "amendment_date") is None


_PRINCIPLES = _TITLE + "## How we work\n\n{sentence}\n\n## Records\n\nRecords are kept safe.\n"


def test_a_plan_for_the_long_term_future_timed_from_coming_into_care_is_permanence() -> None:
    text = _PRINCIPLES.format(
        sentence="The county agrees a plan for the child's long-term future within five months "
        "of them entering care."
    )
    assert fact_value(text, "permanence_plan_months") == 5


def test_a_care_leavers_plan_for_their_future_reviewed_on_a_cycle_is_no_permanence() -> None:
    text = _PRINCIPLES.format(
        sentence="Each care leaver has a plan for their long-term future, looked at again every "
        "six months with their adviser."
    )
    assert fact_value(text, "permanence_plan_months") is None


_ACTS = (
    _TITLE
    + "## Where our duties come from\n\n{paragraph}\n\n## Records\n\nRecords are kept safe.\n"
)


def test_regulations_that_fill_in_the_detail_join_the_acts_before_them() -> None:
    text = _ACTS.format(
        paragraph="Our duties come from the Children Act 1989, the Children Act 2004 and the "
        "Adoption and Children Act 2002. The Adoption Agencies Regulations 2005 spell out the "
        "detail."
    )
    assert fact_count(text, "legislation_count") == 4


def test_an_act_that_did_something_else_stays_prose() -> None:
    text = _ACTS.format(
        paragraph="Our duties come from the Children Act 1989, the Children Act 2004 and the "
        "Adoption and Children Act 2002. The Children Act 2004 created the post of director."
    )
    assert fact_count(text, "legislation_count") == 3


@pytest.mark.parametrize(
    "opening",
    [
        "By 2029 the borough means to spend more on help at home than on residential care.",
        "By April 2027 the service plans to invest more in fostering than in agency placements.",
    ],
)
def test_a_deadline_for_spending_more_on_one_thing_than_another_opens_the_strategy(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "strategy"


def test_a_hope_to_see_more_children_at_home_by_a_year_is_no_strategy_cue(cues) -> None:
    opening = "By 2030 we hope more children will live with their families than in care."
    assert cues.content_kind(opening, near_end=False) != "strategy"


@pytest.mark.parametrize(
    "opening",
    [
        "When a young person leaves our care, we want them to be able to tell us a few simple "
        "things: that they felt safe at home, that they kept well, and that school went well "
        "enough to give them choices.",
        "We would like every child we work with to look back and say: I was safe, I was heard "
        "and I learned things worth knowing.",
    ],
)
def test_what_a_child_can_say_of_growing_up_safe_and_learning_opens_the_outcomes(
    cues, opening: str
) -> None:
    assert cues.content_kind(opening, near_end=False) == "key_outcomes"


def test_what_a_parent_can_say_of_a_meeting_is_no_outcomes_cue(cues) -> None:
    opening = (
        "We want parents to be able to say one thing after a meeting: that they knew why we "
        "came and what happens next."
    )
    assert cues.content_kind(opening, near_end=False) != "key_outcomes"
