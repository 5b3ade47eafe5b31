"""A list of Acts run into a sentence and carried on by the next one, which says it adds to it
("We also …", "In addition, …"), is one list (blind round 330, decision 0481). In our own words;
each negative case is a sentence a careless reader would add."""

from __future__ import annotations

import pytest

from tests.reading import facts_of

HEAD = (
    "Policies, Values and Principles\n\n"
    "Where our work starts\n\n"
    "The legislation behind our work is the Children Act 1989, the Children Act 2004 and the "
    "Children and Families Act 2014."
)


@pytest.mark.parametrize(
    "carried_on",
    [
        " We also follow the Adoption and Children Act 2002 and the Children and Social Work "
        "Act 2017.",
        " In addition, the Adoption and Children Act 2002 and the Children and Social Work Act "
        "2017 apply to our work.",
        " The council further relies on the Adoption and Children Act 2002 and the Children and "
        "Social Work Act 2017.",
    ],
)
def test_acts_a_next_sentence_adds_join_the_list(carried_on: str) -> None:
    facts = facts_of(HEAD + carried_on + "\n")

    assert facts["legislation_count"].value == 5


def test_a_next_sentence_that_only_names_an_act_adds_nothing() -> None:
    text = HEAD + " The Adoption and Children Act 2002 changed how adoption panels work.\n"

    assert facts_of(text)["legislation_count"].value == 3


def test_an_also_sentence_in_the_next_paragraph_adds_nothing() -> None:
    text = HEAD + "\n\nWe also follow the Adoption and Children Act 2002 when a child is placed.\n"

    assert facts_of(text)["legislation_count"].value == 3
