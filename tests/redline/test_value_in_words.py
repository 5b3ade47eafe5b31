"""Fact values in a sign-off redline read as words, as the version page shows them."""

from __future__ import annotations

from app.redline.model import value_in_words


def test_structured_values_read_without_field_names_in_code_form() -> None:
    assert value_in_words({"working_days": 10, "extended_to": 20}) == (
        "working days: 10, extended to: 20"
    )
    assert value_in_words({"working_days": 25, "extended_to": None}) == (
        "working days: 25, extended to: not stated"
    )
    assert value_in_words({"age": 21, "extended": [{"age": 25, "condition": "on request"}]}) == (
        "21 (extended: 25 on request)"
    )
