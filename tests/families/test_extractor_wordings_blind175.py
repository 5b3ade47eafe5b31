"""Leaving-care ages in tables of entitlements, as Word chapters kept by council policy teams set
them out in blind set 175 (decision 0278): a column headed by how long the help runs ("Age it
runs to", "Lasts until") over a cell giving the birthday it ends on ("Their 21st birthday"),
a later cell's "to 25" offered on its condition, and a row that carries the help on for those
who ask for it folded into the first row's age.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from typing import Any

import pytest

from tests.families.fact_helpers import fact_value

_OPENING = (
    "# Our Principles for Children's Services\n\n"
    "## Who this is for\n\nEveryone in the council who works with children in care.\n\n"
    "## Help after care\n\nWhat young people who leave our care can have is set out below.\n\n"
)


def _age(table: str) -> Any:
    return fact_value(_OPENING + table, "leaving_care_support_age", "chapter.md")


@pytest.mark.parametrize("head", ["Until", "Lasts until", "Age it runs to", "Runs to"])
def test_an_until_column_gives_the_birthday_its_cell_names(head: str) -> None:
    table = (
        f"| Help | Who gets it | {head} |\n|---|---|---|\n"
        "| A personal adviser | Every care leaver | Their 22nd birthday |\n"
    )
    assert _age(table) == {"age": 22, "extended": []}


def test_a_later_cell_offers_more_than_the_columns_age() -> None:
    table = (
        "| Help | Age it runs to | Notes |\n|---|---|---|\n"
        "| A personal adviser for care leavers | 21 | Can go on to 24 for anyone at college |\n"
    )
    value = _age(table)
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [24]


def test_a_row_for_those_who_ask_extends_the_row_before() -> None:
    table = (
        "| Help | Who gets it | Until |\n|---|---|---|\n"
        "| Personal adviser | Every care leaver | Their 21st birthday |\n"
        "| Personal adviser, carried on | Care leavers who request it | Their 25th birthday |\n"
    )
    value = _age(table)
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_cell_opening_on_words_that_are_no_birthday_gives_no_age() -> None:
    table = (
        "| Help | Who gets it | Until |\n|---|---|---|\n"
        "| Personal adviser | Every care leaver | Their pathway plan ends |\n"
    )
    assert _age(table) is None
