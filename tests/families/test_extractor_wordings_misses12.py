"""Facts in wordings the known misses of blind sets 58 and 60 showed the reader missing
(decision 0121).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

import pytest

from tests.reading import facts_of

# --- amendment date: a part of a year -----------------------------------------------------------


@pytest.mark.parametrize(
    ("wording", "year"),
    [
        ("In early 2024 we changed this policy to add the new allowances.", "2024"),
        ("This policy was revised in mid-2023 to add the new allowances.", "2023"),
        ("We updated this policy in late 2022 to add the new allowances.", "2022"),
    ],
)
def test_a_change_in_a_part_of_a_year_dates_the_amendment_by_its_year(wording, year):
    text = f"Fostering Policy\n\nAbout this policy\n\n{wording}\n\nIntroduction\nIt covers all.\n"
    assert facts_of(text)["amendment_date"].value == year


def test_a_change_planned_for_a_part_of_a_year_is_no_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n\n"
        "We will next review this policy in early 2027.\n\nIntroduction\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- last updated: a stamp saying where ------------------------------------------------------


def test_a_stamp_updated_on_this_site_is_the_last_update():
    for label in ("Updated on this site:", "Last updated on the website:"):
        text = (
            f"Fostering Policy\n\nIntroduction\nIt covers all carers.\n\n{label} 14 January 2025\n"
        )
        assert facts_of(text)["last_updated"].value == "2025-01-14", label


def test_a_site_launched_on_a_day_is_no_update_stamp():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "Our carers' website was launched on the 14 January 2025 with new pages for carers.\n"
    )
    assert facts_of(text)["last_updated"].value is None


# --- leaving care: every care leaver aged under an age ------------------------------------------


def test_support_for_care_leavers_aged_under_an_age_lasts_to_that_age():
    text = (
        "Fostering Policy\n\nLeaving care\n"
        "Our after-care team helps each care leaver aged under 23.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 23, "extended": []}


def test_care_leavers_aged_under_an_age_given_one_thing_is_no_support_age():
    text = (
        "Fostering Policy\n\nLeaving care\n"
        "Every care leaver aged under 22 in an apprenticeship receives a travel pass.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value is None


# --- legislation: titles set out one a line with line breaks ---------------------------------


def test_acts_set_out_one_a_line_in_a_web_paragraph_are_the_legislation_list():
    html = (
        "<html><body><main><h1>Fostering Policy</h1><h2>About this policy</h2>"
        "<p>It covers all of our foster carers.</p><p><strong>Laws we follow</strong></p>"
        "<p>Children Act 1989<br>Care Standards Act 2000<br>Children and Families Act 2014</p>"
        "<h2>Our carers</h2><p>Carers are paid each month.</p></main></body></html>"
    )
    facts = facts_of(html, "chapter.html")
    assert facts["legislation_count"].value == 3
    assert [item["cited"] for item in facts["legislation"].value] == [
        "Children Act 1989",
        "Care Standards Act 2000",
        "Children and Families Act 2014",
    ]


def test_lines_of_a_stamp_block_ending_with_years_are_no_legislation_list():
    html = (
        "<html><body><main><h1>Fostering Policy</h1>"
        "<p>Owner: Head of Fostering<br>Approved: March 2025<br>Next review: March 2026</p>"
        "<h2>About this policy</h2><p>It covers all of our foster carers.</p></main></body></html>"
    )
    assert facts_of(html, "chapter.html")["legislation_count"].value == 0


def test_three_acts_a_council_acts_under_are_the_legislation_list():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "The council acts under the Care Standards Act 2000 as well as the Children Act 1989 "
        "and the Children and Families Act 2014 when it approves carers.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_three_acts_named_in_passing_are_no_legislation_list():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "Our carers' handbook was printed in the year of the Children Act 1989 and revised after "
        "the Care Standards Act 2000 and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- named models: named without quotes, or said to be how we work --------------------------


def test_a_model_which_we_named_without_quotes_is_named():
    text = (
        "Fostering Policy\n\nHow we work\n"
        "We built our own model, which we named Open Hearth, with carers and children.\n"
    )
    assert facts_of(text)["named_models"].value == ["Open Hearth"]


def test_a_model_named_after_someone_names_no_model():
    text = (
        "Fostering Policy\n\nHow we work\n"
        "We named the model after the carer who first tried it, and it is still evolving.\n"
    )
    assert facts_of(text)["named_models"].value == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Restorative practice is how we work in every team.", "Restorative practice"),
        ("Systemic practice is the way our social workers work.", "Systemic practice"),
    ],
)
def test_practice_said_to_be_how_we_work_under_a_model_heading_names_it(sentence, name):
    text = f"Fostering Policy\n\nOur practice model\n{sentence} We look at the whole family.\n"
    assert facts_of(text)["named_models"].value == [name]


@pytest.mark.parametrize(
    ("heading", "sentence"),
    [
        ("Our practice model", "Good practice is how we work in every team."),
        ("Introduction", "Restorative practice is how we work in every team."),
    ],
)
def test_good_practice_or_practice_outside_the_model_section_names_no_model(heading, sentence):
    text = f"Fostering Policy\n\n{heading}\n{sentence} We look at the whole family.\n"
    assert facts_of(text)["named_models"].value == []


def test_a_change_dated_with_a_short_month_name_and_a_full_stop_dates_the_amendment():
    text = (
        "Fostering Policy\n\nWhat changed\n\n"
        "On 2nd Oct. 2024 we amended section 3 to add the new allowances.\n\n"
        "Introduction\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10-02"


# --- leaving care: a later age for young people somewhere -----------------------------------


def test_a_later_age_for_young_people_at_college_is_an_extension():
    text = (
        "Fostering Policy\n\nLeaving care\n"
        "Our after-care offer runs until age twenty one, and up to twenty four for young people "
        "at college.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {
        "age": 21,
        "extended": [{"age": 24, "condition": "for young people at college"}],
    }


def test_young_people_somewhere_after_the_only_age_add_no_extension():
    text = (
        "Fostering Policy\n\nLeaving care\n"
        "Our after-care offer runs until age twenty one for young people in our area.\n"
    )
    assert facts_of(text)["leaving_care_support_age"].value == {"age": 21, "extended": []}


# --- version label beside a stamp after a space ----------------------------------------------


def test_a_version_label_beside_a_last_updated_stamp_is_read():
    text = (
        "Fostering Policy\n\nVersion 6 Last updated: 11 March 2025\n\n"
        "About this policy\nIt covers all carers.\n"
    )
    facts = facts_of(text)
    assert facts["version_label"].value == "Version 6"
    assert facts["last_updated"].value == "2025-03-11"


def test_a_version_named_in_a_sentence_about_forms_is_no_label():
    text = (
        "Fostering Policy\n\nAbout this policy\n\n"
        "Version 6 last updated the forms on 11 March 2025 and is kept by the panel.\n"
    )
    assert facts_of(text)["version_label"].value is None
