"""Leaving-care conditions in wordings blind set 151 showed the reader misreading (decision 0247).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a later age offered "for any who …" / "for all who …" ---------------------------------------


def test_a_later_age_for_any_who_ask_takes_that_as_its_condition():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers have a personal adviser until they are 21, and this can be stretched to 25 "
        "for any who want it.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": [{"age": 25, "condition": "for any who want it"}]}


def test_a_later_age_for_all_who_are_studying_takes_that_as_its_condition():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Our personal advisers stay with care leavers to 21, or to 25 for all who are studying.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "for all who are studying"}],
    }


def test_any_without_who_is_no_condition_word():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers have a personal adviser until they are 21 for any reason.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": []}


# --- a condition stated before the age, then the clause that keeps the help ----------------------


def test_the_clause_keeping_the_help_is_no_part_of_the_condition():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers keep their personal adviser up to their 21st birthday, and anyone who "
        "wants more help can keep it until they turn 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "anyone who wants more help"}],
    }


def test_only_the_closing_keeping_clause_is_left_out():
    text = (
        "Leaving Care\n\nPrinciples\n\n"
        "Care leavers keep their personal adviser up to their 21st birthday, and anyone who "
        "can keep up with a course may have one until they turn 25.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {
        "age": 21,
        "extended": [{"age": 25, "condition": "anyone who can keep up with a course"}],
    }
