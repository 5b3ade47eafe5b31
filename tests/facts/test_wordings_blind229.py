"""The legislation list in a sentence that names the Acts as the ones governing, shaping or
guiding the work, met in blind round 229 (decision 0350): "The Acts that govern it are …",
"Our work is governed by …". Three titles in such a sentence are the list, as after "The main
Acts are …".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the list.
"""

import pytest

from tests.reading import facts_of

_TITLE = "Children's Services Policies, Values and Principles\n\n"
_LATER = "\n\nWe believe that children do best with people who do not give up on them.\n"


def _count(text: str) -> object:
    return facts_of(_TITLE + text + _LATER, "chapter.txt")["legislation_count"].value


@pytest.mark.parametrize(
    "sentence",
    [
        "The statutes which govern our practice are the Children Act 1989, the Children Act "
        "2004 and the Children and Families Act 2014.",
        "Our work with families is governed by the Children Act 1989, the Children and Young "
        "Persons Act 2008 and the Children and Social Work Act 2017.",
        "The laws that most shape this service are the Children Act 1989, the Adoption and "
        "Children Act 2002 and the Children Act 2004.",
        "Acts which apply to children in care include the Children Act 1989, the Children "
        "(Leaving Care) Act 2000 and the Children and Families Act 2014.",
    ],
)
def test_three_acts_said_to_govern_the_work_are_the_list(sentence: str) -> None:
    text = "This chapter is the framework for our work with children and families. " + sentence
    assert _count(text) == 3


def test_two_acts_said_to_govern_one_topic_are_no_list() -> None:
    text = (
        "Adoption decisions are governed by the Adoption and Children Act 2002 and the Children "
        "Act 1989, and the panel reads both."
    )
    assert _count(text) in (0, None)


def test_a_plan_governed_by_a_board_names_no_legislation() -> None:
    text = (
        "Our plan is governed by the Children's Partnership Board, which meets every quarter "
        "and reports to the Cabinet."
    )
    assert _count(text) in (0, None)
