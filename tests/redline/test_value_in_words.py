"""Fact values in a sign-off redline read as words, as the version page shows them."""

from __future__ import annotations

from app.redline.model import value_in_words


def test_structured_values_read_without_field_names_in_code_form() -> None:
    assert value_in_words({"working_days": 10, "extended_to": 20}) == "10 working days, up to 20"
    assert value_in_words({"working_days": 25, "extended_to": None}) == "25 working days"
    assert value_in_words({"review_weeks": 6, "panel": None}) == (
        "review weeks: 6, panel: not stated"
    )
    assert value_in_words({"age": 21, "extended": [{"age": 25, "condition": "on request"}]}) == (
        "21 (extended: 25 on request)"
    )
