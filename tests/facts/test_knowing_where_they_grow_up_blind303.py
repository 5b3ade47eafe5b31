"""The permanence timescale said as what the child is to know by then ("every child should know
where they are going to grow up within five months of coming into care"; blind303, decision
0440): a child can know where they will grow up only once it is decided, so the months are the
permanence plan's. A wish ("we would like each child to know …", decision 0116), knowing where a
child lives now, or a time for something else the child is
told, gives none. Written for this test in our own words."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _months(text: str) -> object:
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    return {fact.key: fact for fact in analyzed.facts}["permanence_plan_months"].value


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        (
            "Every child should know where they are going to grow up within five months of "
            "coming into care.",
            5,
        ),
        (
            "By the end of their fourth month in care a looked after child will know where he or "
            "she is to grow up.",
            4,
        ),
        (
            "No later than three months after they become looked after, each child is told "
            "where they will grow up.",
            3,
        ),
        (
            "Children must know where they will grow up no more than 9 months after entry to care.",
            9,
        ),
    ],
)
def test_knowing_where_they_will_grow_up_dates_the_plan(sentence: str, months: int | None) -> None:
    assert _months(f"Home for good\n\n{sentence} Their social worker explains it.") == months


@pytest.mark.parametrize(
    "sentence",
    [
        "Within two months every child in care should know where their brothers and sisters live.",
        "Children should know where they can go for help within one month of arriving.",
        "Each child is told where they will live within three days of coming into care.",
        "By the end of month five we would like each child to know where they will grow up.",
    ],
)
def test_other_things_a_child_knows_give_no_timescale(sentence: str) -> None:
    assert _months(f"Home for good\n\n{sentence} Their social worker explains it.") is None
