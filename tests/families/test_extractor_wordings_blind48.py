"""Wordings blind set 48 showed the reader missing (decision 0097).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import textwrap

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Family Help Policy\n\n"
    "This chapter tells every worker in the Orrinwick family help service how it is run.\n\n"
    "{intro}\n\n"
    "When a child cannot live at home we ask relatives first. {support}\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "The service is for children from birth to eighteen and for care leavers after that.",
        "It covers children from before birth until they turn 18, and care leavers beyond.",
        "Our help reaches children from birth until the age of 18 and young people leaving care.",
    ],
)
def test_a_span_from_birth_is_no_support_age(intro: str) -> None:
    support = "Care leavers keep a personal adviser until they are 21, or 25 if they study."
    fact = facts_of(_CHAPTER.format(intro=intro, support=support))["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [25]


def test_a_span_from_birth_beside_a_later_age_for_care_leavers_is_no_conflict() -> None:
    intro = (
        "Our services are for children from birth to eighteen, for young people up to "
        "twenty-five who have left our care, and for their parents."
    )
    support = "Care leavers keep a personal adviser until they are 21, or 25 if they ask."
    fact = facts_of(_CHAPTER.format(intro=intro, support=support))["leaving_care_support_age"]
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [25]


def test_an_age_limit_of_eighteen_for_care_leavers_alone_is_still_read() -> None:
    support = "Care leavers have a personal adviser up to 18, or up to 25 if they are studying."
    fact = facts_of(_CHAPTER.format(intro="We work with families.", support=support))[
        "leaving_care_support_age"
    ]
    assert fact.value["age"] == 18


def test_statutes_each_a_paragraph_of_their_own_are_the_legislation_list() -> None:
    intro = (
        "Our duties are set by Parliament. The Acts that matter most are these:\n\n"
        "Children Act 1989\n\n"
        "Children Act 2004\n\n"
        "Children and Families Act 2014\n\n"
        "These Acts and the guidance under them apply to every child we work with."
    )
    facts = facts_of(_CHAPTER.format(intro=intro, support=""))
    assert facts["legislation_count"].value == 3


_WRAPPED_STATUTES = (
    "Orrinwick Council owes duties to children in need and to the children it looks after. "
    "The legislation behind them is chiefly the Children Act 1989, the Children (Leaving Care) "
    "Act 2000, the Adoption and Children Act 2002, the Children Act 2004 and the Children and "
    "Social Work Act 2017, with the guidance made under each of them by the Secretary of State."
)


@pytest.mark.parametrize("width", [62, 69, 71, 73])
def test_statutes_in_a_hard_wrapped_sentence_keep_names_broken_across_lines(width: int) -> None:
    intro = "\n".join(textwrap.wrap(_WRAPPED_STATUTES, width))
    facts = facts_of(_CHAPTER.format(intro=intro, support=""))
    cited = [item["cited"] for item in facts["legislation"].value]
    assert cited == [
        "Children Act 1989",
        "Children (Leaving Care) Act 2000",
        "Adoption and Children Act 2002",
        "Children Act 2004",
        "Children and Social Work Act 2017",
    ]


def test_a_title_does_not_reach_across_a_blank_line() -> None:
    intro = (
        "Our work rests on legislation, above all the Children Act 1989, the Children Act 2004 "
        "and the Children and Families Act 2014.\n\n"
        "Safer Orrinwick\n\n"
        "2015 was the year our partnership began."
    )
    facts = facts_of(_CHAPTER.format(intro=intro, support=""))
    cited = [item["cited"] for item in facts["legislation"].value]
    assert cited == ["Children Act 1989", "Children Act 2004", "Children and Families Act 2014"]
