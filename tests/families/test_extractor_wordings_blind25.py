"""The family's extractors on a wording met in the twenty-fifth blind round: "It" dating a change
a few sentences after the sentence that names the chapter, every sentence between also opening
with "It" ("This chapter sets out … It covers … It was revised in …").

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

TITLE = "Policies, Values and Principles for Children's Services\n\n"


def test_it_reaches_back_through_another_it_sentence_to_the_chapter():
    text = TITLE + (
        "This chapter sets out what the service believes in. It covers every worker who "
        "visits a family. It was revised in August 2024, when the youth offer and the fostering"
        " standards were brought up to date.\n"
    )
    assert fact_value(text, "amendment_date") == "2024-08"


def test_it_reaches_back_through_two_it_sentences():
    text = TITLE + (
        "This document explains how the service works. It is for staff and carers. It is "
        "short. It was updated in March 2025 to add the new youth offer.\n"
    )
    assert fact_value(text, "amendment_date") == "2025-03"


def test_it_standing_for_a_plan_does_not_date_the_chapter():
    text = TITLE + (
        "Our partnership keeps a joint safeguarding plan. It covers every agency in the area. "
        "It was revised in August 2024 after an inspection.\n"
    )
    assert fact_value(text, "amendment_date") is None


def test_a_sentence_between_that_is_not_about_it_breaks_the_chain():
    text = TITLE + (
        "This chapter sets out what the service believes in. Families deserve honesty. "
        "It was revised in August 2024 by the panel.\n"
    )
    assert fact_value(text, "amendment_date") is None
