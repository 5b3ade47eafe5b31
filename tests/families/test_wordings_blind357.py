"""Wordings blind set 357 showed the reader missing (decision 0526).

- Corporate parenting principles set out one a sentence inside one paragraph, every sentence
  opening with the same words ("We promise to …").
- Principles boxed in a table several to a row, the last row's empty box leaving its one
  principle on a line of its own.
- "The seven-point checklist in section 1 of the 2017 Act": a count of the principles.
- Statutory guidance dated in a bracket, run into the sentence that lists the law.
- An age span that opens in childhood ("aged 12 to 19") and a home a young person may stay in
  are no support age and no later age of the support.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_count, support_ages
from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Introduction\n\n"
    "This chapter is for everyone who works in the county's services for children.\n\n"
    "{heading}\n\n"
    "{paragraph}\n"
)


def _chapter(paragraph: str, heading: str = "Our role as corporate parent") -> str:
    return _CHAPTER.format(heading=heading, paragraph=paragraph)


_PROMISES = (
    "Every member of the council shares in being a corporate parent. "
    "We promise to do what is in your best interests and to look after your health. "
    "We promise to find out what you think about the plans we make. "
    "We promise to take account of what you tell us. "
    "We promise to make sure you can reach our services. "
    "We promise to aim high for you. "
    "We promise to keep you safe and your home stable. "
    "We promise to help you get ready for adulthood."
)


def test_principles_one_a_sentence_with_one_opening_are_counted() -> None:
    assert fact_count(_chapter(_PROMISES), "corporate_parenting_principles") == 7


def test_sentences_with_different_openings_are_no_run_of_principles() -> None:
    paragraph = (
        "Councillors visit our homes twice a year. "
        "Their best interests guide every decision the panel makes about a child. "
        "Social workers ask children what they think before each review. "
        "Independent reviewing officers take account of those views. "
        "Managers check that families know about our services. "
        "Ambitious targets for school results are set each spring. "
        "Children say they feel safe in most of our homes. "
        "Leaving care workers prepare young people for adulthood."
    )
    assert fact_count(_chapter(paragraph), "corporate_parenting_principles") == 0


_GRID = (
    "The duties we hold ourselves to are shown in the boxes below.\n\n"
    "We act in your best interests. | We ask you what you think.\n"
    "We take your views into account. | We help you use our services.\n"
    "We aim high for you. | We keep you safe.\n"
    "We prepare you for adulthood.\n"
)


def test_principles_boxed_two_to_a_row_count_one_a_box() -> None:
    assert fact_count(_chapter(_GRID), "corporate_parenting_principles") == 7


def test_a_table_explaining_each_principle_in_its_second_box_is_no_grid() -> None:
    table = (
        "What we keep in mind is set out below.\n\n"
        "Your best interests | We act in your best interests in every decision.\n"
        "Your views | We ask what you think and take it into account.\n"
        "Being safe | We keep you safe and your home stable.\n"
    )
    assert fact_count(_chapter(table), "corporate_parenting_principles") != 6


@pytest.mark.parametrize(
    "paragraph",
    [
        "Councillors apply the seven-point checklist in section 1 of the 2017 Act to every "
        "decision about a child in care.",
        "Before each decision the panel runs through the 7-point test of the Children and "
        "Social Work Act.",
    ],
)
def test_a_numbered_checklist_of_the_act_counts_the_principles(paragraph: str) -> None:
    assert fact_count(_chapter(paragraph), "corporate_parenting_principles") == 7


def test_a_numbered_plan_that_is_no_list_of_the_act_counts_nothing() -> None:
    paragraph = "The corporate parenting board agreed a five-point plan for care leavers' housing."
    assert fact_count(_chapter(paragraph), "corporate_parenting_principles") == 0


def _legal(paragraph: str) -> str:
    return _chapter(paragraph, heading="The law we work under")


def test_guidance_dated_in_a_bracket_within_the_list_sentence_is_an_item() -> None:
    paragraph = (
        "The law we work under is the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014, read with Keeping Children Safe in Education "
        "(statutory guidance, 2024)."
    )
    assert fact_count(_legal(paragraph), "legislation_count") == 4


def test_guidance_named_without_its_bracket_is_no_item() -> None:
    paragraph = (
        "The law we work under is the Children Act 1989, the Children Act 2004 and the "
        "Children and Families Act 2014, read with the guidance that goes with them."
    )
    assert fact_count(_legal(paragraph), "legislation_count") == 3


def _leaving(paragraph: str) -> str:
    return _chapter(paragraph, heading="Leaving care")


def test_a_group_for_ages_from_childhood_states_no_support_age() -> None:
    text = _leaving(
        "A personal adviser supports every care leaver until they are 21, and until 25 if "
        "they ask. Care leavers are welcome at the county youth forum, open to young people "
        "aged 12 to 19."
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert (fact.value["age"], [item["age"] for item in fact.value["extended"]]) == (21, [25])
    assert not fact.alternatives


def test_a_home_a_young_person_may_stay_in_offers_no_later_support_age() -> None:
    text = _leaving(
        "A personal adviser supports every care leaver until they are 21, and until 25 for "
        "those in education. Young people in our semi-independent flats can remain there "
        "until they are 22."
    )
    assert support_ages(text) == (21, [25])


def test_support_offered_to_those_living_somewhere_is_still_a_later_age() -> None:
    text = _leaving(
        "A personal adviser supports every care leaver until they are 21. The adviser keeps "
        "in touch until they are 24 if they are living in supported housing."
    )
    assert support_ages(text) == (21, [24])
