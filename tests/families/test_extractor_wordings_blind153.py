"""Facts in wordings blind set 153 showed the reader missing (decision 0249).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of


def test_the_adviser_named_short_after_the_personal_adviser_carries_the_age():
    text = (
        "Fostering Policy\n\nAfter care\n\nYour personal adviser helps you plan for the future "
        "and is there when you need advice. Your adviser stays with you until you are 21, and "
        "until you are 25 if you want them to.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"].value
    assert fact is not None
    assert (fact["age"], [item["age"] for item in fact["extended"]]) == (21, [25])


def test_their_adviser_after_a_sentence_about_care_leavers_carries_it_too():
    text = (
        "Fostering Policy\n\nAfter care\n\nCare leavers are offered a personal adviser. Their "
        "adviser keeps in touch until they turn 21.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"].value
    assert fact is not None
    assert fact["age"] == 21


def test_an_adviser_in_a_paragraph_about_something_else_gives_no_age():
    text = (
        "Fostering Policy\n\nSchooling\n\nEach school has a designated teacher for children in "
        "its classes. The adviser from the virtual school visits until they are 16.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None
