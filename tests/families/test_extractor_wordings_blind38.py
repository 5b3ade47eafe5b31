"""Facts in wordings blind set 38 showed the reader missing (decision 0081).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from app.facts import find_dates
from tests.reading import facts_of

# --- amendment date: seasons, a day with its article ---------------------------------------------


def test_a_chapter_refreshed_in_a_season_is_amended_in_that_year():
    text = (
        "Early Help Policy\n\n"
        "About this policy\n"
        "This policy was updated in Summer 2024, when the family hubs opened.\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024"


def test_we_revised_the_chapter_in_the_autumn_of_a_year_is_an_amendment():
    text = (
        "Early Help Policy\n\n"
        "About this policy\n"
        "We revised this policy in the autumn of 2023 after asking parents what they needed.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2023"


def test_a_review_due_in_a_season_is_no_amendment():
    text = (
        "Early Help Policy\n\n"
        "About this policy\n"
        "This policy covers all early help workers. Next review due: Winter 2026.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_service_that_began_in_a_season_is_no_amendment():
    text = (
        "Early Help Policy\n\n"
        "Family hubs\n"
        "Our family hubs, which opened in Spring 2023, are described below.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_a_winter_across_two_years_is_no_year():
    text = (
        "Early Help Policy\n\n"
        "About this policy\n"
        "This policy was updated in winter 2024/25 when the hubs opened.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


def test_amended_on_the_ordinal_day_of_a_month_closing_the_page_is_the_amendment():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "We help families before problems grow.\n\n"
        "This policy was revised on the 21st of October 2024.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10-21"


# --- ISO dates closed by emphasis ----------------------------------------------------------------


def test_an_iso_date_closed_by_an_underscore_is_a_date():
    found = find_dates("_Last updated: 2024-12-09_ and __2025-01-15__")
    assert [item.date.isoformat() for item in found] == ["2024-12-09", "2025-01-15"]


def test_an_iso_date_run_into_letters_is_no_day():
    assert [item.date.isoformat() for item in find_dates("ref 2024-12-09ab")] == []


def test_an_italic_last_updated_stamp_with_an_iso_date_stamps_the_page():
    text = (
        "# Early Help Policy\n\n"
        "## Our aims\n\n"
        "We help families before problems grow.\n\n"
        "---\n\n"
        "_Last updated: 2024-12-09_\n"
    )
    assert facts_of(text, "chapter.md")["last_updated"].value == "2024-12-09"


# --- version label: a history whose lines open with their date ------------------------------------


def test_a_history_with_dates_first_then_versions_gives_the_newest_dated_version():
    text = (
        "Early Help Policy\n\n"
        "Document history\n"
        "2021          Version 1.0   First issue\n"
        "2024-03-11    Version 1.3   Hubs added\n"
        "2023-05-02    Version 1.2   Links checked\n\n"
        "Our aims\n"
        "We help families before problems grow.\n"
    )
    assert facts_of(text)["version_label"].value == "Version 1.3"


def test_a_dated_sentence_naming_a_version_in_passing_is_no_label():
    text = (
        "Early Help Policy\n\n"
        "Our aims\n"
        "In 2023 version 2 of the hub leaflet was printed for families.\n"
    )
    assert facts_of(text)["version_label"].value is None


# --- leaving care: ages counted in years ----------------------------------------------------------


def test_a_later_age_in_years_with_its_condition_extends_the_support_age():
    text = (
        "Care leavers\n"
        "Care leavers have a personal adviser until they reach 21 years, or 24 years where "
        "they are at college.\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [24]


# --- named models ---------------------------------------------------------------------------------


def test_we_describe_our_way_of_working_as_a_quoted_name():
    text = (
        "How we practise\n"
        'We describe our way of working as "Hand in Hand". It starts from what families '
        "already do well.\n"
    )
    assert facts_of(text)["named_models"].value == ["Hand in Hand"]


def test_a_quoted_name_we_gave_our_practice_model():
    text = (
        "Our practice\n"
        "\u201cFirm Ground\u201d is the name we gave our practice model when it was launched. "
        "Every team is trained in it.\n"
    )
    assert facts_of(text)["named_models"].value == ["Firm Ground"]


def test_a_name_given_to_something_else_is_no_model():
    text = (
        "Our buildings\n"
        '"Harbour House" is the name we gave our new family hub. Families chose it.\n'
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_our_neighbours_use_is_not_ours():
    text = (
        "Working with others\n"
        "Our neighbours in Upper Dunmoor use Family Safeguarding, and our managers meet "
        "theirs each term.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_we_moved_away_from_is_not_ours():
    text = (
        "How our practice has changed\n"
        "We trialled Signs of Safety in 2020 but moved away from it two years later.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_we_stopped_using_is_set_aside_but_the_one_we_use_counts():
    text = (
        "Our practice model\n"
        "We used Signs of Safety for five years but stopped using it in 2022. "
        "Our practice model is now Family Safeguarding.\n"
    )
    assert facts_of(text)["named_models"].value == ["Family Safeguarding"]
