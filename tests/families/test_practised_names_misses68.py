"""A council that practises a named practice names its model, under any heading (misses68).

Decision 0482. Under a heading no cue knows, made the practice model section only by the kind
model's reading, a name of descriptive words that the council merely *uses* stays a description;
a name it *practises* is what its practice is. Cases written for this test in our own words.
"""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Who we are\n\n"
    "Ashvale Borough Council runs services for children and families across the borough.\n\n"
    "Day to day\n\n"
    "{sentence} Our workers sit down with the whole family and look at the relationships "
    "around each child before they look at any one person's problems.\n\n"
    "Keeping records\n\n"
    "We share what we know about a child only when it helps to keep them safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Ashvale practises Systemic Practice.", "Systemic Practice"),
        ("Our family workers practise Relational Practice.", "Relational Practice"),
    ],
)
def test_a_named_practice_the_council_practises_is_its_model(sentence: str, model: str) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["named_models"].value == [model]


@pytest.mark.parametrize(
    "sentence",
    [
        "Our family workers use Trauma Informed Practice.",
        "We use Relational Practice.",
        "Our family workers practise within the law and the guidance.",
    ],
)
def test_a_descriptive_name_only_used_or_practising_in_general_names_none(sentence: str) -> None:
    assert facts_of(_CHAPTER.format(sentence=sentence))["named_models"].value == []


_DESCRIBED_THEN_NAMED = (
    "Children's Services Policies, Values and Principles\n\n"
    "Who we are\n\n"
    "Ashvale Borough Council runs services for children and families across the borough.\n\n"
    "How our social workers start\n\n"
    "Before anything else, a social worker sits with the family and maps every adult who "
    "matters to the child, from grandparents to football coaches, and asks who could step in. "
    "{sentence}\n\n"
    "Keeping records\n\n"
    "We share what we know about a child only when it helps to keep them safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("The borough calls this Wide Circle, and every new worker learns it.", "Wide Circle"),
        ("We call it Open Hands.", "Open Hands"),
    ],
)
def test_a_name_given_to_the_way_of_working_just_described_is_the_model(
    sentence: str, model: str
) -> None:
    facts = facts_of(_DESCRIBED_THEN_NAMED.format(sentence=sentence))
    assert facts["named_models"].value == [model]


@pytest.mark.parametrize(
    "sentence",
    [
        "We call this permanence planning.",
        "The borough calls this Early Help.",
        "We call them Cared for Children.",
    ],
)
def test_naming_something_else_after_the_description_names_no_model(sentence: str) -> None:
    facts = facts_of(_DESCRIBED_THEN_NAMED.format(sentence=sentence))
    assert facts["named_models"].value == []
