"""Leaving-care ages in a table of support whose column says until when the help is to be had
("Available until", "Offered up to"), and a later row for care leavers in education or training
that extends the first row's age (decision 0544, blind369).

Each case is written for this test in our own words about an invented council, not copied from
the set's documents; each negative case is a wording a careless reader would take for the fact.
"""

from typing import Any

import pytest

from tests.reading import facts_of

_OPENING = (
    "# Values and Principles of the Service\n\n"
    "## Who this applies to\n\nEvery worker in Copplestone's children's services.\n\n"
    "## After care\n\nThe help open to young people who have left our care is set out here.\n\n"
)


def _fact(table: str) -> Any:
    return facts_of(_OPENING + table, "chapter.md")["leaving_care_support_age"]


@pytest.mark.parametrize("head", ["Available until", "Offered up to", "Provided until"])
def test_a_column_saying_until_when_help_is_had_gives_the_cells_birthday(head: str) -> None:
    fact = _fact(
        f"| Help | {head} |\n|---|---|\n"
        "| A personal adviser for every care leaver | Their 22nd birthday |\n"
    )
    assert fact.value == {"age": 22, "extended": []}


def test_the_until_column_is_read_and_not_the_column_it_starts_from() -> None:
    fact = _fact(
        "| Help | Available from | Available until |\n|---|---|---|\n"
        "| A personal adviser for each care leaver | 18th birthday | 21st birthday |\n"
    )
    assert fact.value == {"age": 21, "extended": []}


def test_a_column_saying_whom_help_is_available_to_is_no_age() -> None:
    fact = _fact(
        "| Help | Available to |\n|---|---|\n"
        "| A personal adviser | Every care leaver, whatever their 21st birthday plans |\n"
    )
    assert fact.value is None


def test_a_later_row_for_those_in_education_or_training_extends_the_first() -> None:
    fact = _fact(
        "| What is offered | Available until |\n|---|---|\n"
        "| A personal adviser for every care leaver | Their 21st birthday |\n"
        "| A personal adviser for a young person in education or training | Their 24th birthday |\n"
    )
    assert not fact.conflict
    assert fact.value["age"] == 21
    assert [item["age"] for item in fact.value["extended"]] == [24]
    assert "education or training" in fact.value["extended"][0]["condition"]


def test_a_row_for_those_in_education_training_or_work_is_no_condition() -> None:
    fact = _fact(
        "| What is offered | Available until |\n|---|---|\n"
        "| A personal adviser for every care leaver | Their 21st birthday |\n"
        "| An adviser for care leavers in education, training or work | Their 24th birthday |\n"
    )
    assert fact.value is None or not fact.value["extended"]
