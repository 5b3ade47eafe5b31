"""The family's extractors on wordings met in blind round 135 (decision 0221): Acts said to give
the council (or councils, or the local authority) its duties, with a word between the possessive
and the duties ("give the council its main duties"), are the legislation list.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    "sentence",
    [
        "The Children Act 1989, the Children Act 2004 and the Children and Families Act 2014 "
        "give the council its main duties to children and their families.",
        "The Children Act 1989, the Adoption and Children Act 2002 and the Children and Social "
        "Work Act 2017 place on local authorities their statutory duties.",
        "The Children Act 1989, the Children Act 2004 and the Children and Families Act 2014 "
        "set out our main duties.",
    ],
)
def test_acts_giving_the_council_its_duties_are_the_legislation(sentence: str) -> None:
    text = "Our policy.\n\nThe law sets out what we must do. " + sentence + "\n"
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_giving_something_else_are_no_list() -> None:
    text = (
        "Our policy.\n\nThe Children Act 1989, the Children Act 2004 and the Children and "
        "Families Act 2014 give the council its busiest training days each spring.\n"
    )
    assert facts_of(text)["legislation_count"].value in (0, None)


def test_a_later_age_s_condition_stops_before_a_new_clause_of_the_care_leavers() -> None:
    text = (
        "Our policy.\n\nYoung people who leave our care keep a personal adviser until their "
        "twenty-first birthday, and to twenty-five for those who ask for one, and they have a "
        "pathway plan that they help to write.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [(item["age"], item["condition"]) for item in value["extended"]] == [
        (25, "who ask for one")
    ]


def test_a_condition_s_own_alternatives_after_a_comma_are_kept() -> None:
    text = (
        "Our policy.\n\nCare leavers keep a personal adviser until they are 21, or 25 if they "
        "are in education, and they want the help.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert [(item["age"], item["condition"]) for item in value["extended"]] == [
        (25, "in education, and they want the help")
    ]
