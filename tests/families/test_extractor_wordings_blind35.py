"""Wordings blind set 35 showed the reader missing (decision 0078).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

# --- amendment date under an "Amendment" sub-heading -----------------------------------------


def test_a_dated_change_to_a_part_named_by_its_own_words_under_an_amendment_heading():
    text = (
        "# Family Help Policy\n\n"
        "## Who this is for\n\n"
        "Everyone in the early help service should know this policy.\n\n"
        "### Amendment\n\n"
        "In October 2024 our Principles of Practice were rewritten to match the new guidance.\n\n"
        "## Our aims\n\n"
        "We help families early.\n"
    )
    assert facts_of(text, "policy.md")["amendment_date"].value == "2024-10"


def test_the_same_sentence_under_an_ordinary_heading_is_not_an_amendment():
    text = (
        "# Family Help Policy\n\n"
        "## How we work\n\n"
        "In October 2024 our Principles of Practice were rewritten to match the new guidance.\n"
    )
    assert facts_of(text, "policy.md")["amendment_date"].value is None


def test_a_dated_event_without_an_amendment_verb_under_an_amendment_heading_is_not_one():
    text = (
        "# Family Help Policy\n\n"
        "## Who this is for\n\n"
        "Everyone in the early help service should know this policy.\n\n"
        "### Amendment\n\n"
        "In May 2024 the Council opened its third family hub, in Eastgate.\n"
    )
    assert facts_of(text, "policy.md")["amendment_date"].value is None


# --- leaving care in the council's own voice ----------------------------------------------------


def test_young_people_who_have_been_in_our_care_are_care_leavers():
    text = (
        "Family Help Policy\n\n"
        "Growing up\n"
        "Anyone who has been in our care is helped up to the age of 23, whatever they are doing.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 23, "extended": []}


def test_a_length_of_time_in_our_care_is_no_support_age():
    text = (
        "Family Help Policy\n\n"
        "Reviews\n"
        "Children who have been in our care for more than 18 months have a permanence review.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- legislation run into the template's "is consistent with" sentence -------------------------


def test_three_acts_the_framework_is_consistent_with_are_the_legislation_list():
    text = (
        "Family Help Policy\n\n"
        "Background\n"
        "Our approach is consistent with the Children Act 1989, the Equality Act 2010 and the "
        "Children and Families Act 2014, and with the guidance made under them.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_two_acts_the_plan_is_consistent_with_are_no_list():
    text = (
        "Family Help Policy\n\n"
        "Background\n"
        "Our plans are consistent with the Children Act 1989 and the Equality Act 2010.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- a version footer saying when it was last changed ------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Version 2.2 - last reviewed March 2025", "Version 7, last updated 3 June 2024"],
)
def test_a_version_line_with_its_last_change_is_end_matter(cues, line):
    assert cues.content_kind(line, near_end=True) == "end_matter"


def test_a_sentence_about_a_version_of_something_else_is_not_end_matter(cues):
    sentence = "Version 3 of our local offer was last updated in May."
    assert cues.content_kind(sentence, near_end=True) != "end_matter"
