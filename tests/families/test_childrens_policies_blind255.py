"""Facts met in blind255 (decision 0382): a framework named as the Acts themselves ("The legal
framework for our work is the Children Act 1989 … and the …") states what the chapter stands on,
so its two Acts are the legislation list; a framework that is no Act names none.

Every text is written for these tests in our own words.
"""

from __future__ import annotations

from tests.reading import facts_of


def test_two_acts_named_as_the_framework_are_the_legislation() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "The legal framework of our service is the Adoption and Children Act 2002, which governs "
        "adoption from care, and the Children Act 2004, which set up local safeguarding "
        "arrangements.\n\n"
        "We are honest and kind in everything we do.\n"
    )
    assert facts_of(text)["legislation_count"].value == 2


def test_a_framework_that_is_no_act_names_no_legislation() -> None:
    text = (
        "Policies, Values and Principles\n\n"
        "Our practice framework is the one the Children Act 1989 describes, and the Children and "
        "Families Act 2014 added to it.\n\n"
        "We are honest and kind in everything we do.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
