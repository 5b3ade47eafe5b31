"""Blind round 238 (decision 0362): a row of a table of entitlements whose first cell names the
entitlement and then its condition ("Personal adviser if still in education or training |
Up to 25") gives the condition from its "if", not the entitlement's name. Texts are our own."""

from __future__ import annotations

from tests.families.fact_helpers import fact_value


def _support(rows: str) -> object:
    text = (
        "# Policies, values and principles\n\n"
        "## How we support care leavers\n\n"
        "Young people leaving Brindle Cross's care can expect:\n\n"
        "| Support | Age |\n| --- | --- |\n" + rows
    )
    return fact_value(text, "leaving_care_support_age", "chapter.md")


def test_the_condition_starts_at_if_after_the_entitlement_s_name() -> None:
    rows = (
        "| Help from a personal adviser | Up to 21 |\n"
        "| Help from a personal adviser if they are at university | Up to 25 |\n"
    )
    assert _support(rows) == {
        "age": 21,
        "extended": [{"age": 25, "condition": "at university"}],
    }


def test_a_condition_cell_of_its_own_is_read_as_before() -> None:
    rows = (
        "| Personal adviser | Up to 21 |\n"
        "| Personal adviser, where the young person asks for one | Up to 25 |\n"
    )
    value = _support(rows)
    assert isinstance(value, dict)
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]
