"""Facts in a tenth round of wordings (issue 12, blind round 10): dates written with two-digit
years, "Nov-2024" and "17th of June 2024"; a document control block's fields (a table row, a
definition list with the value on the line below, a bold label); "amendments made throughout";
a note dated after a dash; a version issued with its next review; a page stamp after "|" or in
a label above. Leaving-care ages "up to and including", "before their twenty-fifth birthday",
conditions after a dash; a review interval that is no permanence timescale; corporate parenting
principles as bold run-in lines or ordinal prose; a legislation table headed "Act | Year"; and a
sentence naming its legal framework.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from app.facts import PartialDate, find_dates
from tests.reading import facts_of


def _value(text: str, key: str, filename: str = "chapter.txt") -> object:
    return facts_of(text, filename)[key].value


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "date"),
    [
        ("Reissued 07.03.25 after review", PartialDate(2025, 3, 7)),
        ("signed off on 9/4/23.", PartialDate(2023, 4, 9)),
        ("Checked: Feb-2022", PartialDate(2022, 2)),
        ("on the 3rd of May 2021", PartialDate(2021, 5, 3)),
    ],
)
def test_short_years_hyphenated_months_and_of_are_dates(written: str, date: PartialDate) -> None:
    assert [found.date for found in find_dates(written)] == [date]


@pytest.mark.parametrize("written", ["see paragraph 3.4.12", "rules 12.10.15.2", "pages 10-11-12"])
def test_paragraph_numbers_are_not_short_dates(written: str) -> None:
    assert find_dates(written) == []


# --- amendment fields and notes ----------------------------------------------------------------

_CHAPTER_BODY = "\n\n## About this chapter\n\nThis chapter opens our procedures manual.\n"


@pytest.mark.parametrize(
    ("head", "amendment"),
    [
        ("| Field | Value |\n|---|---|\n| Date of last amendment | 02.10.2024 |\n", "2024-10-02"),
        ("**Date of change:** 11/07/2023\n**Changed by:** the practice lead\n", "2023-07-11"),
        ("Amendments made throughout, 4th Sept 2024.\n", "2024-09-04"),
        ("Revised: Mar-2025\n", "2025-03"),
        ("Amended to add the kinship care offer - October 2024.\n", "2024-10"),
        ("_Version 2.4 - issued May 2023 - next review May 2025_\n", "2023-05"),
    ],
)
def test_document_control_fields_and_labels_date_the_amendment(head: str, amendment: str) -> None:
    text = "# Policies, Values and Principles\n\n" + head + _CHAPTER_BODY
    assert _value(text, "amendment_date", "chapter.md") == amendment


def test_a_definition_list_field_dates_the_amendment_and_stamps_the_page() -> None:
    html = (
        "<h1>Policies, Values and Principles</h1><dl><dt>Version</dt><dd>3.1</dd>"
        "<dt>This revision</dt><dd>6 May 2024</dd><dt>Page reviewed</dt><dd>2 June 2025</dd>"
        "</dl><h2>About this chapter</h2><p>This chapter opens our procedures manual.</p>"
    )
    facts = facts_of(html, "chapter.html")
    assert facts["amendment_date"].value == "2024-05-06"
    assert facts["last_updated"].value == "2025-06-02"
    assert facts["version_label"].value == "3.1"


def test_a_next_review_and_an_owner_are_not_amendments() -> None:
    text = (
        "# Policies, Values and Principles\n\n| Field | Value |\n|---|---|\n"
        "| Next review due | June 2026 |\n| Owner | Head of Service |\n" + _CHAPTER_BODY
    )
    assert _value(text, "amendment_date", "chapter.md") is None


def test_a_version_row_of_a_control_table_is_the_version_label() -> None:
    text = "# Policies\n\n| Item | Detail |\n|---|---|\n| Version | 7.2 |\n" + _CHAPTER_BODY
    assert _value(text, "version_label", "chapter.md") == "7.2"


# --- page stamps -------------------------------------------------------------------------------


def test_an_updated_cell_after_a_published_cell_is_the_page_stamp() -> None:
    text = (
        "Policies\n\nPublished: 1 March 2022 | Updated: 9 October 2024\n\nThis chapter applies.\n"
    )
    assert _value(text, "last_updated") == "2024-10-09"


def test_last_edited_and_a_spelt_out_ordinal_stamp_the_page() -> None:
    assert (
        _value("Policies\n\nThis chapter applies.\n\nLast edited: 2024-11-30\n", "last_updated")
        == "2024-11-30"
    )
    assert (
        _value(
            "Policies\n\nThis page was last updated on 5th of August 2024\n\nIt applies.\n",
            "last_updated",
        )
        == "2024-08-05"
    )


# --- leaving care ------------------------------------------------------------------------------


def _support(text: str) -> tuple[int, list[int]] | None:
    value = _value(text, "leaving_care_support_age")
    if value is None:
        return None
    assert isinstance(value, dict)
    return value["age"], [item["age"] for item in value["extended"]]


@pytest.mark.parametrize(
    ("sentence", "support"),
    [
        (
            "Care leavers have a personal adviser up to and including the age of 21. Where a "
            "young person is at college, this continues up to and including the age of 25.",
            (21, [25]),
        ),
        (
            "Care leavers may ask us for help at any time before their twenty-fifth birthday.",
            (25, []),
        ),
        (
            "Our care leavers team helps until 21 - or 25 for a young person on an apprenticeship.",
            (21, [25]),
        ),
        ("Care leavers are helped up to age 21 (25 for anyone still at university).", (21, [25])),
        (
            "Advisers stay with care leavers until they reach 21, and longer - up to 25 - for any "
            "care leaver who wants them.",
            (21, [25]),
        ),
        (
            "Care leavers are supported up to the age of 21. Those who are still in training at 21 "
            "can keep their adviser until they turn 25.",
            (21, [25]),
        ),
    ],
)
def test_leaving_care_ages_in_new_shapes(sentence: str, support: tuple[int, list[int]]) -> None:
    assert _support("Policies\n\n" + sentence + "\n") == support


def test_a_pathway_plan_before_the_eighteenth_birthday_is_no_support_age() -> None:
    text = "Policies\n\nCare leavers have a pathway plan made before their 18th birthday.\n"
    assert _support(text) is None


# --- permanence --------------------------------------------------------------------------------


def test_a_plan_reviewed_every_six_months_states_no_timescale() -> None:
    text = "Policies\n\nThe permanence plan for each child is reviewed every six months.\n"
    assert _value(text, "permanence_plan_months") is None


def test_a_timescale_beside_an_interval_is_still_read() -> None:
    text = (
        "Policies\n\nA permanence plan is made within three months and reviewed every six "
        "months after that.\n"
    )
    assert _value(text, "permanence_plan_months") == 3


# --- corporate parenting principles ----------------------------------------------------------

_RUN_IN = (
    "# Policies\n\n## Corporate parenting\n\nAs corporate parent we follow these principles:\n\n"
    "**Interests.** We act in their best interests and look after their health.\n"
    "**Views.** We help them express their views, wishes and feelings.\n"
    "**Listening.** We take what they say into account.\n"
    "**Services.** We help them make the best use of services.\n"
    "**Hopes.** We have high aspirations for them.\n"
    "**Safety.** We keep them safe and give them stability.\n"
    "**Growing up.** We prepare them for adulthood.\n"
)


def test_principles_as_bold_run_in_lines_are_counted() -> None:
    assert _value(_RUN_IN, "corporate_parenting_principles", "chapter.md") == 7


def test_principles_as_ordinal_prose_are_counted() -> None:
    text = (
        "Policies\n\nAs corporate parent the Council has principles to follow. The first is to "
        "act in their best interests. The second is to hear their views. The third is to take "
        "those views into account. The fourth is to help them use services. The fifth is to "
        "aim high for them. The sixth is to keep them safe.\n"
    )
    assert _value(text, "corporate_parenting_principles") == 6


def test_ordinals_out_of_order_are_not_a_list_of_principles() -> None:
    text = (
        "Policies\n\nAs corporate parent the Council has principles to follow. The first is to "
        "act in their best interests. The third is to take their views into account.\n"
    )
    assert _value(text, "corporate_parenting_principles") == 0


# --- legislation -------------------------------------------------------------------------------


def test_an_act_and_year_table_after_an_introduction_is_counted_without_its_header() -> None:
    html = (
        "<h1>Policies</h1><p>We work under these Acts of Parliament:</p><table>"
        "<tr><th>Act</th><th>Year</th></tr><tr><td>Children Act</td><td>1989</td></tr>"
        "<tr><td>Children and Families Act</td><td>2014</td></tr>"
        "<tr><td>Equality Act</td><td>2010</td></tr></table><p>We work with partners.</p>"
    )
    items = _value(html, "legislation", "chapter.html")
    assert isinstance(items, list)
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Children and Families Act", 2014),
        ("Equality Act", 2010),
    ]


def test_a_sentence_naming_its_legal_framework_is_the_legislation_list() -> None:
    text = (
        "Policies\n\nOur legal framework consists mainly of the Children Act 1989, the Adoption "
        "and Children Act 2002 and the Children and Families Act 2014.\n"
    )
    assert _value(text, "legislation_count") == 3
