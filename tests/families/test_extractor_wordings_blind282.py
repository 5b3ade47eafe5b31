"""A permanence plan named by where a child will grow up, the child named by the term for children
in care ("a plan for where a looked after child will grow up"; blind round 282, decision 0416).
Each case is written for this test in our own words about invented councils; each near miss keeps
what was read before."""

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"


def _chapter(*paragraphs: str) -> str:
    return _TITLE + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("sentence", "months"),
    [
        ("A plan for where a looked after child will grow up is agreed within seven months.", 7),
        ("Each looked-after child has a plan for where the cared for child will grow up.", None),
        ("We make a plan for where every child in care will grow up within three months.", 3),
        ("The panel decides where a child in our care will grow up within eight months.", None),
        ("Within five months we will have agreed where the looked after child will grow up.", 5),
        ("A plan for where a young person looked after will grow up is set within two months.", 2),
    ],
)
def test_the_child_named_by_the_term_for_children_in_care(
    sentence: str, months: int | None
) -> None:
    text = _chapter("Families come first in Brackwater.", sentence)
    assert facts_of(text)["permanence_plan_months"].value == months


def test_a_plan_for_where_a_looked_after_child_goes_next_names_no_permanence() -> None:
    text = _chapter(
        "We agree a plan for where a looked after child will go to school within two months."
    )
    assert facts_of(text)["permanence_plan_months"].value is None
