"""The family's extractors on wordings met in the twelfth blind round (issue 12, item 4):
change verbs ("reshaped", "reworked"), labels before a date ("Changes made …:", "Revision of
…:", "Most recent change - …:", "Date of this amendment:"), page stamps ("Last edited on",
"Updated on:", a weekday before the date), version fields in tables and lists, "Ver.", a bare
"Amended:" date, "until they reach the age of 21", and a model named in apposition.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of


@pytest.mark.parametrize(
    ("text", "amendment"),
    [
        ("The chapter was reworked in March 2023 to shorten it.", "2023-03"),
        ("This chapter was reshaped in July 2022 around the new framework.", "2022-07"),
        ("Changes made 02/09/2024: the outcomes section was rewritten.", "2024-09-02"),
        ("Revision of 5 May 2023: a new paragraph on kinship care.", "2023-05-05"),
        ("Most recent change - April 2025: the list of laws was updated.", "2025-04"),
        ("Date of this amendment: 8 August 2024. Links were checked.", "2024-08-08"),
        ("Amendments this time (June 2023): the contents list was added.", "2023-06"),
        ("Version 5 | Amended October 2022", "2022-10"),
    ],
)
def test_amendment_statements_in_new_wordings(text: str, amendment: str) -> None:
    assert facts_of(text)["amendment_date"].value == amendment


def test_a_date_to_come_after_a_change_label_is_still_no_amendment() -> None:
    text = "Changes made to the guidance will next be reviewed in May 2026."
    assert facts_of(text)["amendment_date"].value is None


@pytest.mark.parametrize(
    ("text", "stamp"),
    [
        ("Our values\n\n_Last edited on 4th June 2024_\n", "2024-06-04"),
        ("Our values\n\nUpdated on: 9 Sep 2024\n", "2024-09-09"),
        ("Our values\n\nPage reviewed: Monday 3 February 2025\n", "2025-02-03"),
        ("Our values\n\nContent last checked: 21/11/2024\n", "2024-11-21"),
        ("Our values\n\nFirst published 2 May 2022, last edited 6 January 2025\n", "2025-01-06"),
    ],
)
def test_page_stamps_in_new_wordings(text: str, stamp: str) -> None:
    assert facts_of(text)["last_updated"].value == stamp


def test_a_bare_amended_date_is_the_amendment_not_the_pages_stamp() -> None:
    facts = facts_of("Our values\n\nAmended: 12 March 2024 (the outcomes were rewritten)\n")
    assert facts["amendment_date"].value == "2024-03-12"
    assert facts["last_updated"].value is None


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Owner: | Head of Service\nDocument version: | 4.1\n", "4.1"),
        ("| | |\n|---|---|\n| **Version** | 3.2 |\n| **Owner** | Head of Service |\n", "3.2"),
        ("Our values\n\n- Version 8.0\n- Last modified 2 May 2024\n", "Version 8.0"),
        ("Our values\n\nVer. 6 (April 2024)\n", "Ver. 6"),
        ("Our values\n\nVersion 2 | Amended May 2024\n", "Version 2"),
    ],
)
def test_version_labels_in_fields_lists_and_rows(text: str, label: str) -> None:
    assert facts_of(text, "chapter.md")["version_label"].value == label


def test_a_version_history_header_row_is_not_a_version() -> None:
    text = "| Version | Date |\n|---|---|\n"
    assert facts_of(text, "chapter.md")["version_label"].value is None


def test_support_until_they_reach_the_age_of_with_an_extension() -> None:
    text = (
        "Care leavers have a personal adviser until they reach the age of 21, or until 25 if "
        "they are still studying."
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value["age"] == 21
    assert [item["age"] for item in value["extended"]] == [25]


def test_a_model_named_in_apposition_to_the_model_we_use() -> None:
    text = "We added a section on Family Network Practice, the model our teams use, in 2024."
    assert facts_of(text)["named_models"].value == ["Family Network Practice"]


def test_a_way_of_working_mentioned_in_passing_is_no_model() -> None:
    text = "Our teams use systemic practice, the approach many councils follow."
    assert facts_of(text)["named_models"].value == []
