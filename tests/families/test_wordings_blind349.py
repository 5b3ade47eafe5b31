"""Wordings blind set 349 showed the reader missing (decision 0514).

- A name the service uses, set in apposition to "its model" or "their framework" ("The
  Virtual School uses the Harbour Compass, its model for …"): the possessive says whose model it
  is, as "our" and "the" did already, wherever the section it stands in was read.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from __future__ import annotations

import pytest

from tests.reading import facts_of

_CHAPTER = (
    "Children's Services Policies, Values and Principles\n\n"
    "Who this is for\n\n"
    "This chapter is for everyone who helps children in care with their schooling.\n\n"
    "Our duties\n\n"
    "The council applies the corporate parenting principles to every decision.\n\n"
    "{paragraph}\n"
)


@pytest.mark.parametrize(
    ("paragraph", "model"),
    [
        (
            "The Virtual School keeps close to every pupil. The Virtual School uses the Harbour "
            "Compass, its model for planning each pupil's learning around four points.",
            "Harbour Compass",
        ),
        (
            "Our residential homes follow Quiet Waters, their framework for calming a child "
            "after a hard day.",
            "Quiet Waters",
        ),
    ],
)
def test_a_name_used_in_apposition_to_its_own_model_is_the_model(
    paragraph: str, model: str
) -> None:
    text = _CHAPTER.format(paragraph=paragraph)
    assert facts_of(text)["named_models"].value == [model]


def test_a_law_used_in_apposition_to_no_model_is_no_model() -> None:
    text = _CHAPTER.format(
        paragraph="The education team uses the Education Act 1996, its guide to what every "
        "school must offer."
    )
    assert facts_of(text)["named_models"].value == []
