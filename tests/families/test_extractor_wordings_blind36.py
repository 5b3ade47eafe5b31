"""Facts in wordings blind set 36 showed the reader missing (decision 0079).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from app.facts import find_dates
from tests.reading import facts_of

# --- amendment date: a part of the text changed, the date last ----------------------------------


def test_a_passive_note_about_some_sections_with_the_date_after_a_comma_is_an_amendment():
    text = (
        "Early Help Policy\n\n"
        "About this policy\n"
        "The parts on young carers and on short breaks were rewritten, October 2024.\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10"


def test_numbered_sections_amended_with_a_day_after_a_dash_is_an_amendment():
    text = (
        "Early Help Policy\n\n"
        "Changes\n"
        "Sections 3 and 7 were revised to describe the new family hubs \u2014 2nd June 2025\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-06-02"


def test_the_page_reviewed_on_a_day_is_no_passive_amendment_note():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "We help families before problems grow.\n\n"
        "This page was last reviewed on 9 May 2025\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_named_act_amended_with_a_date_after_a_comma_is_not_the_chapter():
    text = (
        "Early Help Policy\n\n"
        "The law\n"
        "The Housing Act sections on homelessness were amended, April 2018. We follow them.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- dates with an apostrophe year ---------------------------------------------------------------


def test_a_month_with_an_apostrophe_year_is_a_date_of_this_century():
    found = find_dates("Revised Sept \u201924; next look in May '26.")
    assert [item.date.isoformat() for item in found] == ["2024-09", "2026-05"]


def test_an_apostrophe_year_after_a_word_that_is_no_month_is_no_date():
    assert find_dates("the Children's '24 plan and our Youth '25 festival") == []


def test_an_amendment_box_dated_with_an_apostrophe_year_is_read():
    text = (
        "Early Help Policy\n\n"
        "Amendment\n"
        "The paragraph on family hubs was updated, Nov '24.\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


# --- a version history table with the version first ----------------------------------------------


def test_a_history_table_with_v_numbers_first_dates_the_amendment_by_its_newest_row():
    text = (
        "Early Help Policy\n\n"
        "Version history\n\n"
        "Version | Date | Change\n"
        "v1\u2013v2 | 2020\u20132021 | First issue and a review\n"
        "v3 | May 2023 | Family hubs section added\n"
        "v4 | January 2025 | Short breaks section revised\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-01"


# --- named models: another council's model is not ours --------------------------------------------


def test_a_model_other_councils_use_is_not_the_councils_model():
    text = (
        "Early Help Policy\n\n"
        "How we work\n"
        "Our leaders have spent time with councils that use the Signs of Safety approach, and we "
        "are still thinking about what suits us.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_a_neighbouring_authority_calls_by_name_is_not_the_councils_model():
    text = (
        "Early Help Policy\n\n"
        "How we work\n"
        "A neighbouring authority uses a model called Family Safeguarding. We will report on it "
        "to members next year.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_our_own_model_beside_a_neighbours_is_still_read():
    text = (
        "Early Help Policy\n\n"
        "Our practice model\n"
        "We are a Restorative Practice council. Other councils use the Signs of Safety model.\n"
    )
    assert facts_of(text)["named_models"].value == ["Restorative Practice"]
