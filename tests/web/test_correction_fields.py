"""The correction form's fields in an editor's words: a support age as its age and one line per
longer support, a legislation list one item per line, a complaints stage's timescale as its
working days and extension; never JSON for the facts a family defines."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidParameter
from app.families import get_family
from app.web.pages.correction_view import field_text, value_from_field

CHILDREN = get_family("childrens-services-policies-values-and-principles").value_fields
COMPLAINTS = get_family("complaints-and-representations").value_fields

_conditions = (
    st.text(
        alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")),
        min_size=1,
        max_size=40,
    )
    .map(str.strip)
    .filter(bool)
)

_support_ages = st.fixed_dictionaries(
    {
        "age": st.integers(min_value=16, max_value=30),
        "extended": st.lists(
            st.fixed_dictionaries(
                {"age": st.integers(min_value=16, max_value=30), "condition": _conditions}
            ),
            max_size=3,
        ),
    }
)


@given(_support_ages)
def test_a_support_age_shown_in_the_form_reads_back_as_itself(value: dict[str, Any]) -> None:
    text, multiline = field_text(value, CHILDREN)

    assert multiline and "{" not in text.splitlines()[0]
    assert value_from_field(text, value, CHILDREN) == value


def test_a_support_age_reads_as_an_editor_writes_it() -> None:
    current = {"age": 21, "extended": [{"age": 24, "condition": "in full-time education"}]}

    assert field_text(current, CHILDREN) == ("21\n24: in full-time education", True)
    typed = "25\n\n25 if in education or training\n 23 \u2013 while at university "
    assert value_from_field(typed, current, CHILDREN) == {
        "age": 25,
        "extended": [
            {"age": 25, "condition": "in education or training"},
            {"age": 23, "condition": "while at university"},
        ],
    }


@pytest.mark.parametrize(
    ("typed", "says"),
    [("twenty-one", "first line"), ("21\nwhen they ask", "is not an extension")],
)
def test_a_support_age_that_cannot_be_read_says_how_to_write_it(typed: str, says: str) -> None:
    with pytest.raises(InvalidParameter, match=says):
        value_from_field(typed, {"age": 21, "extended": []}, CHILDREN)


def test_a_legislation_list_is_one_item_per_line_as_cited() -> None:
    current = [
        {"cited": "Children Act 1989", "instrument": "Children Act", "year": 1989, "years": [1989]}
    ]

    assert field_text(current, CHILDREN) == ("Children Act 1989", True)
    read = value_from_field(
        "Children Act 1989\n\nChildren and Social Work Act 2017\n", current, CHILDREN
    )
    assert read == [
        current[0],
        {
            "cited": "Children and Social Work Act 2017",
            "instrument": "Children and Social Work Act",
            "year": 2017,
            "years": [2017],
        },
    ]


@given(
    st.integers(min_value=1, max_value=90),
    st.one_of(st.none(), st.integers(min_value=1, max_value=90)),
)
def test_a_timescale_shown_in_the_form_reads_back_as_itself(days: int, more: int | None) -> None:
    value = {"working_days": days, "extended_to": None if more is None else days + more}
    text, multiline = field_text(value, COMPLAINTS)

    assert multiline and "{" not in text
    assert value_from_field(text, value, COMPLAINTS) == value


def test_a_timescale_reads_as_an_editor_writes_it() -> None:
    current = {"working_days": 10, "extended_to": 20}

    assert field_text(current, COMPLAINTS) == ("10\n20", True)
    assert value_from_field("25 working days\n\n65", current, COMPLAINTS) == {
        "working_days": 25,
        "extended_to": 65,
    }
    assert value_from_field("15", current, COMPLAINTS) == {"working_days": 15, "extended_to": None}


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("ten", "not a number of working days"),
        ("20\n10", "must be longer"),
        ("10\n20\n30", "at most two lines"),
    ],
)
def test_a_timescale_that_cannot_be_read_says_how_to_write_it(typed: str, says: str) -> None:
    with pytest.raises(InvalidParameter, match=says):
        value_from_field(typed, {"working_days": 10, "extended_to": None}, COMPLAINTS)


def test_a_family_without_a_field_for_a_shape_shows_and_reads_it_as_json() -> None:
    value = {"working_days": 10, "extended_to": 20}

    text, multiline = field_text(value, CHILDREN)
    assert multiline and text.startswith("{")
    assert value_from_field(text, value, CHILDREN) == value
