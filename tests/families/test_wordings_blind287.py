"""Wordings the blind287 round measured (decision 0421): a range of an Act's sections or
regulations ("sections 22 to 23") cites the law and is no support age, and "children the council
looks after" is the council's third-person wording of "children who are looked after", counted
a quarter, so that with "children we look after" it does not outweigh one use of a term. Written
for this test in our own words."""

from __future__ import annotations

import pytest

from tests.families.fact_helpers import fact_values


def _facts(body: str, heading: str = "Leaving care") -> dict[str, object]:
    text = f"# Policy\n\n## {heading}\n\n{body}\n\n## Our values\n\nWe listen.\n"
    return fact_values(text, "chapter.md")


@pytest.mark.parametrize(
    "body",
    [
        "Our duties to care leavers come from the Children Act 1989 (sections 22 to 23) and the "
        "Children (Leaving Care) Act 2000.",
        "Care leavers are supported under regulations 19 to 21 of the Care Leavers (England) "
        "Regulations 2010.",
        "The leaving care duties are in Part 3, ss. 23 to 24, of the Children Act 1989.",
    ],
)
def test_a_range_of_provisions_is_no_support_age(body: str) -> None:
    assert _facts(body)["leaving_care_support_age"] is None


@pytest.mark.parametrize(
    ("body", "age"),
    [
        ("Under section 23 of the Act, care leavers have an adviser until they are 25.", 25),
        ("Care leavers keep a personal adviser up to 21, as section 23C of the Act says.", 21),
    ],
)
def test_an_age_beside_a_cited_section_is_still_read(body: str, age: int) -> None:
    assert _facts(body)["leaving_care_support_age"] == {"age": age, "extended": []}


@pytest.mark.parametrize(
    "phrase",
    [
        "the children the council looks after",
        "children and young people the local authority looks after",
        "young people that the council looks after",
    ],
)
def test_children_the_council_looks_after(phrase: str) -> None:
    body = f"This chapter is for everyone who works with {phrase}."
    assert _facts(body, "Introduction")["looked_after_term"] == "children who are looked after"


def test_the_council_looking_after_something_else_is_no_term() -> None:
    body = "The council looks after its parks, and we work with children in care."
    assert _facts(body, "Introduction")["looked_after_term"] == "Children in Care"


def test_the_councils_voice_does_not_outweigh_one_named_use() -> None:
    body = (
        "The duty is owed to the children the council looks after. Most children we look after "
        "go home in the end. Looked after children tell us they want fewer changes of worker."
    )
    assert _facts(body, "Introduction")["looked_after_term"] == "Looked After Children"
