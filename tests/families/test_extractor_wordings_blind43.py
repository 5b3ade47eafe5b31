"""Facts in wordings blind set 43 showed the reader missing (decision 0089).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date --------------------------------------------------------------------------


def test_a_label_with_a_year_first_month_is_an_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "Revised 2024 November: the allowances table is new.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-11"


def test_a_change_table_with_year_first_months_takes_its_newest_row():
    text = (
        "# Fostering Policy\n\n## Changes\n\n"
        "| When | What changed |\n|---|---|\n"
        "| 2022 May | First issue |\n"
        "| 2024 September | Allowances section rewritten |\n"
        "| 2023 July | Links corrected |\n\n"
        "Next review: 2026 September.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-09"


def test_a_chapter_updated_in_a_week_named_by_its_first_day_is_amended_that_month():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "This policy sets out how we support foster carers. "
        "It was revised w/c 14 April 2025 to add the new allowances.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-04"


def test_a_lettered_revision_and_its_one_digit_dotted_date():
    text = (
        "Fostering Policy\n\nRev. D - last amended 7.4.25\n\nAbout this policy\nIt covers carers.\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2025-04-07"
    assert facts["version_label"].value == "Rev. D"


def test_a_revision_table_lettered_takes_the_newest_rows_letter_and_date():
    text = (
        "Fostering Policy\n\nDocument history\n\n"
        "| Revision | Date | Changes |\n|---|---|---|\n"
        "| Rev. A | Mar 2022 | First issue |\n"
        "| Rev. C | Feb 2025 | Allowances updated |\n"
        "| Rev. B | Jun 2023 | Contacts corrected |\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2025-02"
    assert facts["version_label"].value == "Rev. C"


def test_a_closing_review_line_is_the_stamp_not_the_amendment_where_one_is_stated():
    text = (
        "Fostering Policy\n\n_Updated February-2025: the allowances section is new._\n\n"
        "Allowances\nCarers are paid weekly.\n\nReviewed on 9 May 2025\n"
    )
    facts = facts_of(text)
    assert facts["amendment_date"].value == "2025-02"
    assert facts["last_updated"].value == "2025-05-09"


def test_a_closing_review_line_alone_still_dates_the_chapter():
    text = "Fostering Policy\n\nAllowances\nCarers are paid weekly.\n\nReviewed on 9 May 2025\n"
    assert facts_of(text)["amendment_date"].value == "2025-05-09"


# --- version label -----------------------------------------------------------------------------


def test_a_version_numbered_by_its_year_is_printed_whole():
    text = "Fostering Policy\n\nVersion: 2024/3\n\nAbout this policy\nIt covers carers.\n"
    assert facts_of(text)["version_label"].value == "2024/3"


def test_a_history_tables_year_serial_versions():
    text = (
        "Fostering Policy\n\nAmendment record\n\n"
        "| Date | Version | Change |\n|---|---|---|\n"
        "| 02.03.23 | 2023/1 | First issue |\n"
        "| 9.1.25 | 2025/1 | Allowances updated |\n"
    )
    facts = facts_of(text)
    assert facts["version_label"].value == "2025/1"
    assert facts["amendment_date"].value == "2025-01-09"


def test_a_reverend_named_in_the_text_is_no_version():
    text = "Fostering Policy\n\nOur chaplain, the Rev. Ann Jones, chairs the carers' forum.\n"
    assert facts_of(text)["version_label"].value is None


# --- leaving care ------------------------------------------------------------------------------


def test_a_later_age_in_brackets_without_or():
    text = (
        "Leaving care\n"
        "Our leaving care team works with care leavers aged 18-21 (25 in higher education).\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": [{"age": 25, "condition": "in higher education"}]}


def test_a_later_age_up_to_in_brackets_after_a_range():
    text = "Care leavers are supported 18\u201321 (up to 25 while at college).\n"
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": [{"age": 25, "condition": "at college"}]}


def test_a_bracketed_age_in_words_after_a_youth_range_is_no_later_age():
    text = "Our youth club is open to young people aged 11-19 (25 with a disability).\n"
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_young_people_supported_under_a_leaving_care_heading():
    text = (
        "# Fostering Policy\n\n## Permanence and leaving care\n\n"
        "Every child has a plan for permanence. "
        "Young people are supported up to the age of 21 (or 25 for those in training).\n"
    )
    value = facts_of(text)["leaving_care_support_age"].value
    assert value == {"age": 21, "extended": [{"age": 25, "condition": "in training"}]}


def test_young_people_supported_under_another_heading_are_not_care_leavers():
    text = (
        "# Youth Policy\n\n## Youth justice\n\n"
        "Young people are supported up to the age of 21 by the youth offending team.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- legislation count -------------------------------------------------------------------------


def test_an_act_listed_twice_in_the_same_words_counts_once():
    text = (
        "Legislation\nThis policy rests on the following legislation:\n"
        "- Children Act 1989\n"
        "- Children and Families Act 2014\n"
        "- Children Act 1989.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 2
    assert len(facts["legislation"].value) == 3


def test_two_parts_of_one_act_cited_apart_are_two_items():
    text = (
        "Legislation\nThis policy rests on the following legislation:\n"
        "- Children Act 1989 (Part 3: services for families)\n"
        "- Children Act 1989 (section 20: accommodation)\n"
        "- Children and Families Act 2014\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert [item["instrument"] for item in facts["legislation"].value] == [
        "Children Act",
        "Children Act",
        "Children and Families Act",
    ]


def test_numbered_reference_notes_of_acts_are_the_legislation_list():
    text = (
        "Fostering Policy\n\nThe law\n\n"
        "Our duties come from the 1989 Act [1] and the 2011 Regulations [2], and from the "
        "2014 Act [3].\n\n"
        "Notes\n\n"
        "[1] Children Act 1989\n"
        "[2] Fostering Services (England) Regulations 2011\n"
        "[3] Children and Families Act 2014\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert facts["legislation"].value[0]["instrument"] == "Children Act"


def test_numbered_notes_that_cite_no_act_are_no_legislation_list():
    text = (
        "Fostering Policy\n\nNotes\n\n"
        "[1] Ask the fostering team for the latest allowances.\n"
        "[2] The forum meets in the town hall.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
