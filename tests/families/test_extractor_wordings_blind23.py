"""The family's extractors on wordings met in the twenty-third blind round (issue 12, item 4):
the current edition dated in brackets before what the council did in it, and a model of
practice introduced by "which we call".

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value

OPENING = "Our values\n\nThe policy explains how the service works with families.\n\n"


def test_this_edition_dated_in_brackets_then_what_we_did_dates_the_amendment():
    text = OPENING + "For this version (August 2024), we have rewritten the fostering section.\n"
    assert fact_value(text, "amendment_date") == "2024-08"


def test_this_edition_dated_in_brackets_then_a_colon_dates_the_amendment():
    text = OPENING + "In this update (November 2023): the housing paragraph was replaced.\n"
    assert fact_value(text, "amendment_date") == "2023-11"


def test_an_edition_dated_in_brackets_with_nothing_done_in_it_is_no_amendment():
    text = OPENING + "Staff should read this edition (October 2024) alongside the local offer.\n"
    assert fact_value(text, "amendment_date") is None


def test_a_model_of_practice_which_we_call_a_name_names_it():
    text = OPENING + (
        "Every team follows a single model of practice, which we call Open Doors Together.\n"
    )
    assert fact_value(text, "named_models") == ["Open Doors Together"]


def test_a_model_that_we_have_called_a_name_names_it():
    text = OPENING + "The model that we have called Steady Steps guides every assessment.\n"
    assert fact_value(text, "named_models") == ["Steady Steps"]


def test_something_other_than_a_model_which_we_call_a_name_names_no_model():
    text = OPENING + "Our weekly panel, which we call Family Hub Review, agrees every plan.\n"
    assert fact_value(text, "named_models") == []
