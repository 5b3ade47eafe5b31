"""Wordings the blind306 round measured (decision 0443), in chapters with no headings: a chapter
pointing at itself as what comes after ("What follows …", "… what is written below") before
"It was amended in …"; a personal adviser's words broken over two lines by a hard wrap; a model
a way of working the council calls by name, or one the council leans or relies on; children
"the borough looks after" and children "it cared for". Written for this test in our own words,
each with near misses."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_value

TITLE = "Children's Services Policies, Values and Principles"


def _fact(text: str, key: str) -> object:
    return fact_value(f"{TITLE}\n\n{text}\n", key)


@pytest.mark.parametrize(
    ("opening", "month"),
    [
        (
            "What follows applies to all our social care staff. It was amended in June 2025.",
            "2025-06",
        ),
        (
            "Every carer and worker is held to what is written below. It was last amended in "
            "October 2024, when the part on contact changed.",
            "2024-10",
        ),
        ("Everything set out here binds agency staff too. It was amended in May 2026.", "2026-05"),
    ],
)
def test_the_text_pointing_at_itself_is_what_it_dates(opening: str, month: str) -> None:
    assert _fact(opening, "amendment_date") == month


@pytest.mark.parametrize(
    "opening",
    [
        "Staff should read the fostering leaflet. It was amended in June 2025.",
        "What matters most is the child's safety. The Act was amended in June 2017.",
    ],
)
def test_an_it_that_stands_for_something_else_dates_nothing(opening: str) -> None:
    assert _fact(opening, "amendment_date") is None


def test_an_adviser_broken_over_two_lines_is_still_read() -> None:
    wrapped = (
        "Leaving the borough's care is not the end. Each young person has a personal\n"
        "adviser until they are 21, or until 25 if they want one."
    )
    assert _fact(wrapped, "leaving_care_support_age") == {
        "age": 21,
        "extended": [{"age": 25, "condition": "they want one"}],
    }


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "Our workers lean on the Quiet Harbour, a way of working we built with parents.",
            "Quiet Harbour",
        ),
        (
            "Social work in the county relies on Open Hands, an approach shaped by families.",
            "Open Hands",
        ),
        (
            "Teams follow a strengths-based way of working the borough calls Stepping Stones.",
            "Stepping Stones",
        ),
        ("We practise an approach that the council has named Fair Winds.", "Fair Winds"),
    ],
)
def test_a_way_of_working_the_council_calls_by_name_is_a_model(sentence: str, name: str) -> None:
    assert _fact(f"{sentence} It shapes every visit.", "named_models") == [name]


@pytest.mark.parametrize(
    "sentence",
    [
        "Foster carers lean on the Fostering Network, a charity that gives them advice.",
        "Parents rely on Family Hubs for advice about money and housing.",
        "The city calls the scheme its own and funds it every year.",
    ],
)
def test_other_things_leaned_on_or_called_are_no_model(sentence: str) -> None:
    assert _fact(sentence, "named_models") == []


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        (
            "Councillors want for every child the county looks after what a parent would want.",
            "children who are looked after",
        ),
        (
            "The city wants children it cared for to do as well as their friends.",
            "Cared for Children",
        ),
        ("Every child the borough cares for has a named councillor.", "Cared for Children"),
    ],
)
def test_the_council_in_the_third_person_names_the_children(sentence: str, term: str) -> None:
    assert _fact(sentence, "looked_after_term") == term


def test_what_else_the_city_cares_for_names_no_children() -> None:
    assert (
        _fact("The parks the city cares for are open to every family.", "looked_after_term") is None
    )
