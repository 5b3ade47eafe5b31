"""Wordings blind set 63 showed the reader missing (decision 0117): a practice model section
saying the council "practises" a named model.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Family Help Policies and Principles\n\n"
    "Our way of working\n\n"
    "{sentence} Our workers look at the relationships round each child as well as at the "
    "child.\n\n"
    "Information sharing\n\n"
    "We share what we know about a child only when it helps to keep them safe.\n"
)


@pytest.mark.parametrize(
    ("sentence", "model"),
    [
        ("Harnwick practises Systemic Practice.", "Systemic Practice"),
        ("Our social workers practise Family Network Practice.", "Family Network Practice"),
    ],
)
def test_a_council_that_practises_a_named_model_names_it(sentence: str, model: str) -> None:
    fact = facts_of(_CHAPTER.format(sentence=sentence))["named_models"]
    assert model in fact.value


@pytest.mark.parametrize(
    "sentence",
    [
        "Harnwick practises social work with families, not to them.",
        "Our social workers practise within the law and the guidance.",
    ],
)
def test_practising_in_general_names_no_model(sentence: str) -> None:
    fact = facts_of(_CHAPTER.format(sentence=sentence))["named_models"]
    assert fact.value == []
