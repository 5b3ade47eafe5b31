"""Wordings from blind round 53 (decision 0105), each in our own words: the Acts a service is
said to work within, run into one sentence, are its legislation list."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of


def test_three_acts_a_service_works_within_are_the_legislation_list() -> None:
    text = (
        "Short Breaks Policy\n\n"
        "Introduction\n"
        "Our short breaks service works within the Children Act 1989, the Children and Families "
        "Act 2014 and the Equality Act 2010.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_named_beside_work_within_a_budget_need_a_fourth() -> None:
    text = (
        "Short Breaks Policy\n\n"
        "Introduction\n"
        "We work within the budget the council sets, as the Children Act 1989, the Children and "
        "Families Act 2014 and the Equality Act 2010 expect of us.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_two_acts_a_service_works_within_are_no_list() -> None:
    text = (
        "Short Breaks Policy\n\n"
        "Introduction\n"
        "We work within the Children Act 1989 and the Equality Act 2010.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_a_second_name_the_same_verb_takes_under_the_model_heading_is_a_model_too() -> None:
    text = (
        "Short Breaks Policy\n\n"
        "Our practice model\n"
        "We use Signs of Safety with parents and Safe Steps with the children we support.\n"
    )
    assert sorted(fact_value(text, "named_models")) == ["Safe Steps", "Signs of Safety"]


def test_people_a_model_is_used_with_are_no_second_model() -> None:
    text = (
        "Short Breaks Policy\n\n"
        "Our practice model\n"
        "We use Signs of Safety with Children in Care and Care Leavers.\n"
    )
    assert fact_value(text, "named_models") == ["Signs of Safety"]
