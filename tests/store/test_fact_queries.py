"""Matrix rows ordered by a fact's values as a reader expects, whatever shape the family gives."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from app.store.fact_queries import sort_key, value_matches


def _ordered(values: list[Any]) -> list[Any]:
    return sorted(values, key=sort_key)


def test_objects_order_by_the_numbers_they_hold() -> None:
    plain = {"age": 21, "extended": []}
    extended = {"age": 21, "extended": [{"age": 25, "condition": "in education"}]}
    older = {"age": 25, "extended": []}
    assert _ordered([older, extended, plain]) == [plain, extended, older]

    five = {"working_days": 5, "extended_to": None}
    ten = {"working_days": 10, "extended_to": 20}
    ten_more = {"working_days": 10, "extended_to": 65}
    assert _ordered([ten_more, ten, five]) == [five, ten, ten_more]


def test_numbers_lists_and_text_keep_their_natural_orders() -> None:
    assert _ordered([12, 4.5, 6]) == [4.5, 6, 12]
    assert _ordered([["a", "b"], [], ["c"]]) == [[], ["c"], ["a", "b"]]
    assert _ordered(["children in care", "Cared for children"]) == [
        "Cared for children",
        "children in care",
    ]
    assert _ordered([None, "text", 3]) == [3, "text", None]


_json = st.recursive(
    st.none() | st.booleans() | st.integers(-100, 100) | st.floats(-1e6, 1e6) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(st.lists(_json, max_size=8))
def test_any_json_values_can_be_ordered(values: list[Any]) -> None:
    ordered = _ordered(values)
    assert sorted(map(repr, ordered)) == sorted(map(repr, values))
    keys = [sort_key(value) for value in ordered]
    assert keys == sorted(keys)


def test_a_value_matches_any_number_inside_it() -> None:
    assert value_matches({"age": 21, "extended": [{"age": 25, "condition": "x"}]}, "25")
    assert value_matches({"working_days": 10, "extended_to": 20}, "20")
    assert not value_matches({"working_days": 10, "extended_to": 20}, "15")
