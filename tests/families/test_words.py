"""Fact keys and values read in a family's own words, on every surface that shows them."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.families import installed_families
from app.families.base import Family
from app.families.words import (
    fact_items_in_words,
    fact_label,
    fact_value_in_words,
    partial_date_in_words,
)


def _hours_in_words(value: Mapping[str, Any]) -> str | None:
    return f"{value['hours']} hours" if set(value) == {"hours"} else None


_VISITS = Family(
    slug="visits",
    title="Visits to Children in Care",
    kinds=(),
    extractors={},
    fact_labels={"visit_interval": "Time between visits"},
    value_in_words=_hours_in_words,
)


def test_a_family_names_its_own_keys_and_shapes() -> None:
    assert fact_label("visit_interval", [_VISITS]) == "Time between visits"
    assert fact_value_in_words({"hours": 72}, [_VISITS]) == "72 hours"
    assert fact_value_in_words([{"hours": 24}, {"hours": 48}], [_VISITS]) == "24 hours; 48 hours"


def test_keys_and_objects_no_family_knows_read_as_their_own_words() -> None:
    assert fact_label("visit_interval", []) == "Visit interval"
    assert fact_value_in_words({"hours": 72, "by": None}, [_VISITS]) == "hours: 72, by: not stated"
    assert fact_value_in_words({"cited": "Children Act 1989", "year": 1989}, []) == (
        "Children Act 1989"
    )


def test_the_installed_families_label_the_specs_facts() -> None:
    families = installed_families().all()
    assert fact_label("leaving_care_support_age", families) == "Leaving-care support age"
    assert fact_label("stage_2_timescale", families) == "Stage 2 timescale"
    assert fact_value_in_words(
        {"age": 21, "extended": [{"age": 25, "condition": "if in education"}]}, families
    ) == ("21 (extended: 25 if in education)")
    assert fact_value_in_words({"working_days": 20, "extended_to": 65}, families) == (
        "20 working days, up to 65"
    )


def test_plain_values_read_the_same_whatever_the_family() -> None:
    assert fact_value_in_words(None, []) == "not stated"
    assert fact_value_in_words(True, []) == "yes"
    assert fact_value_in_words([], []) == "none"
    assert fact_value_in_words("2023-11", []) == "November 2023"
    assert fact_value_in_words("looked after children", []) == "looked after children"
    assert fact_items_in_words(["a", "2020"], []) == ["a", "2020"]
    assert fact_items_in_words("a", []) == []
    assert partial_date_in_words("2023-11-04") == "4 November 2023"
    assert partial_date_in_words("2023-13") == "2023-13"
    assert partial_date_in_words("") == "not stated"
