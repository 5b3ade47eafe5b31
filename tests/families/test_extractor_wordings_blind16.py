"""The family's extractors on wordings met in the sixteenth blind round (issue 12, item 4): a
version history written as lines ("Version 2.0 - May 2024 - …"), a legislation list whose items
cite a provision before the Act ("section 20 of the Children Act 1989 (…)"), and a model the
council says it calls by a name ("We call our practice model …").

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.families.fact_helpers import fact_value
from tests.reading import facts_of

HISTORY = (
    "Our policy.\n\n"
    "The policy explains how our service works with families.\n\n"
    "Version history\n"
    "Version 1 - March 2020 - first issue\n"
    "Version 1.2 - May 2022 - contacts refreshed\n"
    "Version 3 - January 2025 - kinship care paragraph extended to cover friends\n"
)


def test_a_version_history_of_lines_dates_the_chapter_by_its_newest_line():
    assert facts_of(HISTORY)["amendment_date"].value == "2025-01"


def test_a_version_history_of_lines_gives_the_newest_version():
    assert facts_of(HISTORY)["version_label"].value == "Version 3"


def test_a_version_history_written_newest_first_gives_the_newest_version():
    text = (
        "Our policy.\n\nThe policy explains how our service works.\n\n"
        "Version 4.0 - June 2024 - wording updated\n"
        "Version 3.1 - April 2021 - new section added\n"
    )
    facts = facts_of(text)
    assert facts["version_label"].value == "Version 4.0"
    assert facts["amendment_date"].value == "2024-06"


def test_a_hard_wrapped_sentence_that_mentions_a_version_still_runs_on():
    text = (
        "Our policy.\n\n"
        "The guidance we follow was first issued in 2018 and has since been replaced by\n"
        "version 2 of the same document, which the government published.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_provisions_cited_before_their_acts_are_a_legislation_list():
    text = (
        "Our policy.\n\nOur duties come from these provisions:\n\n"
        "- section 17 of the Children Act 1989 (support for families)\n"
        "- section 31 of the Children Act 1989 (care orders)\n"
        "- Part 3 of the Children and Families Act 2014\n"
        "- the Equality Act 2010\n"
    )
    items = facts_of(text)["legislation"].value
    assert [item["instrument"] for item in items] == [
        "Children Act",
        "Children Act",
        "Children and Families Act",
        "Equality Act",
    ]
    assert [item["year"] for item in items] == [1989, 1989, 2014, 2010]
    assert items[0]["cited"] == "section 17 of the Children Act 1989 (support for families)"


def test_a_list_of_duties_in_sentences_is_no_legislation_list():
    text = (
        "Our policy.\n\nWe make sure that:\n\n"
        "- families are supported under section 17 of the children act where they ask\n"
        "- children in care are visited often by their social worker\n"
    )
    assert facts_of(text)["legislation"].value == []


def test_a_model_the_council_says_it_calls_by_a_name():
    text = "Our policy.\n\nWe call our practice model Open Doors. It guides every visit.\n"
    assert facts_of(text)["named_models"].value == ["Open Doors"]


def test_calling_something_else_by_a_name_names_no_model():
    text = "Our policy.\n\nWe call our young people's forum Open Doors. It meets monthly.\n"
    assert facts_of(text)["named_models"].value == []


def _dated(note: str) -> str | None:
    text = "Our policy.\n\n" + note + "\n\nThe policy explains how we work with families.\n"
    value: str | None = fact_value(text, "amendment_date")
    return value


def test_a_change_dated_in_brackets_after_what_was_added():
    assert _dated("The chapter now covers kinship care (added June 2023).") == "2023-06"


def test_a_date_in_brackets_after_a_cited_title_is_no_amendment():
    assert _dated("The chapter follows the Care Planning Guidance (June 2015).") is None


def test_the_date_of_the_last_review_dates_the_chapter():
    assert _dated("Date of last review: June 2023") == "2023-06"


def test_a_whats_new_box_title_with_its_date():
    assert _dated("What's new in this edition (June 2023)\n\n- A paragraph on kinship.") == (
        "2023-06"
    )


def test_a_changes_label_closed_by_a_colon_over_its_list():
    assert _dated("Main changes, June 2023:\n\n- the kinship section was rewritten") == "2023-06"


def test_a_label_on_the_line_above_its_month():
    assert _dated("Last amended\nJune 2023") == "2023-06"


def test_a_review_label_above_a_full_date_stays_the_pages_stamp():
    facts = facts_of(
        "Our policy.\n\nThe policy explains how we work with families.\n\nLast reviewed\n"
        "4 June 2023\n"
    )
    assert facts["amendment_date"].value is None


def test_a_version_line_with_its_status_in_brackets():
    text = "Our policy.\n\nThe policy explains how we work with families.\n\nVersion 5 (approved)\n"
    assert facts_of(text)["version_label"].value == "Version 5"


def test_a_date_opening_its_named_update():
    assert _dated("June 2023 update: a paragraph on kinship care.") == "2023-06"


def test_a_date_opening_a_sentence_about_an_event_is_no_amendment():
    assert _dated("June 2023 saw the opening of our new family hub.") is None


def test_the_current_versions_date_dates_the_chapter():
    assert _dated("This version: June 2023. Previous version: May 2020.") == "2023-06"
    assert _dated("Version date: 12/06/2023") == "2023-06-12"


def test_content_reviewed_with_its_month():
    assert _dated("Content reviewed June 2023.") == "2023-06"


def test_content_updated_with_a_day_is_the_pages_stamp():
    facts = facts_of(
        "Our policy.\n\nThe policy explains how we work with families.\n\n"
        "Content updated 4 June 2023\n"
    )
    assert facts["amendment_date"].value is None
    assert facts["last_updated"].value == "2023-06-04"


def test_the_date_of_the_last_review_with_a_day_is_the_pages_stamp():
    facts = facts_of(
        "Our policy.\n\nThe policy explains how we work with families.\n\n"
        "Date of last review: 14/03/2025\n"
    )
    assert facts["amendment_date"].value is None
    assert facts["last_updated"].value == "2025-03-14"


def test_a_model_named_by_the_sentence_that_uses_it():
    text = "Our policy.\n\nOur teams work with a model called Open Doors in every visit.\n"
    assert facts_of(text)["named_models"].value == ["Open Doors"]


def test_a_framework_of_another_kind_called_by_a_name_is_no_model():
    text = "Our policy.\n\nSchools use an assessment framework called Early Help Review.\n"
    assert facts_of(text)["named_models"].value == []
