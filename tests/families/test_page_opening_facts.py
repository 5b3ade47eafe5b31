"""Facts as page openings of councils' sites state them (issue 12, items 3 and 4; blind set 5).

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

# --- amendment date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Amended in line with Working Together to Safeguard Children 2023, February 2024.",
            "2024-02",
        ),
        ("Updated in line with the new national guidance, in December 2023.", "2023-12"),
        (
            "**Amendment:** Revised throughout, August 2024. Care leavers now get more help.",
            "2024-08",
        ),
        ("Changes: updated, May 2021", "2021-05"),
        (
            "Last updated 10 October 2024\n\n**October 2024:** we added a paragraph on the law.",
            "2024-10",
        ),
    ],
)
def test_amendment_statements_in_page_wordings(text, date):
    assert facts_of(text, "page.md")["amendment_date"].value == date


def test_a_version_history_table_gives_its_latest_dated_row_and_version():
    text = (
        "# Policies, Values and Principles\n\n"
        "| Version | Date | Changes |\n|---|---|---|\n"
        "| 1.0 | March 2019 | First issue |\n"
        "| 2.1 | 14 August 2023 | Section 4 updated for care leavers |\n"
        "| 2.0 | May 2022 | Revised throughout |\n\n"
        "This chapter sets out our values.\n"
    )
    facts = facts_of(text, "page.md")
    assert facts["amendment_date"].value == "2023-08-14"
    assert facts["version_label"].value == "2.1"
    assert facts["version_label"].evidence[0].quote == "2.1"


def test_a_table_without_a_version_column_gives_no_version_label():
    text = (
        "Law | Year\nChildren Act | 1989\nChildren Act | 2004\n\nThis chapter sets out our aims.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_sentence_citing_a_year_in_a_guidance_title_and_no_month_is_not_an_amendment():
    text = "Amended guidance: see Working Together to Safeguard Children 2023 for the detail."
    assert facts_of(text)["amendment_date"].value is None


# --- last updated --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "# Policies, Values and Principles\n\nUpdated 3 June 2024\n\nThis chapter sets out…",
            "2024-06-03",
        ),
        (
            "# Policies, Values and Principles\n\n_Last updated 2 September 2024_\n\nText.",
            "2024-09-02",
        ),
        (
            "Policies, Values and Principles\nLast reviewed: 12/02/2024\nThis chapter sets out…",
            "2024-02-12",
        ),
    ],
)
def test_a_stamp_under_the_title_is_the_last_updated_date(text, date):
    facts = facts_of(text, "page.md")
    assert facts["last_updated"].value == date
    assert facts["amendment_date"].value is None


def test_updated_with_a_date_inside_a_sentence_is_no_page_stamp():
    text = "Updated 3 June 2024 to add a paragraph on the national framework, and reviewed since."
    assert facts_of(text)["last_updated"].value is None


def test_two_dates_on_adjacent_lines_are_read_apart():
    """The year closing one line is not the day of the month opening the next."""
    text = "Last updated 10 October 2024\n\nOctober 2024: Section 2 was revised.\n"
    facts = facts_of(text)
    assert facts["last_updated"].value == "2024-10-10"
    assert facts["amendment_date"].value == "2024-10"


# --- leaving care --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "age"),
    [
        (
            "Section 3 now describes the support for care leavers aged 21 (or 25 if in education).",
            {"age": 21, "extended": [{"age": 25, "condition": "in education"}]},
        ),
        (
            "We support care leavers aged 21, or 25 where they are in training.",
            {"age": 21, "extended": [{"age": 25, "condition": "in training"}]},
        ),
    ],
)
def test_care_leavers_named_with_the_age_their_support_lasts_to(text, age):
    assert facts_of(text)["leaving_care_support_age"].value == age


@pytest.mark.parametrize(
    "text",
    [
        "Care leavers aged 18 or over can ask for a council tax exemption.",
        "Young people aged 16 or 17 who leave care are supported by a social worker.",
    ],
)
def test_an_age_opening_a_range_or_a_minimum_is_no_support_age(text):
    assert facts_of(text)["leaving_care_support_age"].value is None


def test_a_later_sentence_that_contradicts_the_amendment_note_is_an_alternative():
    text = (
        "Policies, Values and Principles\n"
        "In August 2023 this chapter was updated to say that care leavers can now receive support "
        "from a personal adviser up to their 25th birthday.\n"
        "Young people leaving care are supported by the Leaving Care Team until the age of 21.\n"
    )
    fact = facts_of(text)["leaving_care_support_age"]
    assert fact.value == {"age": 25, "extended": []}
    assert fact.conflict
    assert [alternative.value for alternative in fact.alternatives] == [{"age": 21, "extended": []}]
    assert "until the age of 21" in fact.alternatives[0].evidence[0].quote


# --- legislation ---------------------------------------------------------------------------------


def test_statutes_cited_one_after_another_in_a_sentence_about_legislation_are_the_list():
    text = (
        "Our services are underpinned by a range of legislation, in particular the Children Act "
        "1989, the Children Act 2004, the Children and Families Act 2014 and the Children and "
        "Social Work Act 2017, together with Working Together to Safeguard Children 2023.\n"
    )
    fact = facts_of(text)["legislation"]
    assert [item["instrument"] for item in fact.value] == [
        "Children Act",
        "Children Act",
        "Children and Families Act",
        "Children and Social Work Act",
        "Working Together to Safeguard Children",
    ]
    assert facts_of(text)["legislation_count"].value == 5


@pytest.mark.parametrize(
    "text",
    [
        "We follow the Children Act 1989 and the Children Act 2004 in all our work.",
        "Our legislation page was updated in May 2024, June 2024 and July 2024.",
    ],
)
def test_two_statutes_or_dates_in_a_sentence_are_no_legislation_list(text):
    assert facts_of(text)["legislation_count"].value == 0


# --- named models --------------------------------------------------------------------------------


def test_the_owner_named_before_an_operating_model_is_not_a_model():
    text = (
        "Our work is organised through the Fernleigh Children's Services Operating Model - "
        "Stronger Together, which brings teams together around schools."
    )
    assert facts_of(text)["named_models"].value == ["Stronger Together"]


def test_a_model_named_for_a_partnership_keeps_its_name():
    text = "We work to the Kestrel Family Partnership Model in every team."
    assert facts_of(text)["named_models"].value == ["Kestrel Family Partnership Model"]


@pytest.mark.parametrize(
    "text",
    [
        "Care leavers are entitled to support until the age of 25.",
        "Young people leaving care have access to support up to their 25th birthday.",
    ],
)
def test_a_limit_after_words_read_as_a_number_is_still_found(text):
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 25, "extended": []}


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Version 2.3 (June 2024)", "Version 2.3"),
        ("v4 - 3 March 2025", "v4"),
        ("Version 6, 12/01/2024", "Version 6"),
    ],
)
def test_a_version_label_dated_on_its_line_is_the_version_label(line, label):
    text = f"Policies, Values and Principles\n{line}\nThis chapter sets out our aims.\n"
    assert facts_of(text)["version_label"].value == label


def test_a_version_named_inside_a_sentence_is_no_label():
    text = "Policies, Values and Principles\nVersion 2 of the guidance is now out.\nText.\n"
    assert facts_of(text)["version_label"].value is None


def test_children_we_look_after_is_the_councils_own_wording():
    text = "We support the children we look after and our care leavers to do well."
    assert facts_of(text)["looked_after_term"].value == "children who are looked after"
