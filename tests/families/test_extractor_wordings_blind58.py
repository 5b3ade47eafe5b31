"""Facts in wordings blind set 58 showed the reader missing (decision 0112).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- version labels whose number stands apart from the word ----------------------------------


def test_an_edition_number_on_its_own_line_is_the_version_label():
    text = "Fostering Policy\n\nEdition 4\n\nAbout this policy\nIt covers all carers.\n"
    assert facts_of(text)["version_label"].value == "Edition 4"


def test_an_edition_named_in_prose_is_no_version_label():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "Carers were given edition 2 of the handbook at their last training day.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_version_or_issue_number_with_its_abbreviation_is_printed_as_it_stands():
    version = "Fostering Policy\n\nVersion no. 11\n\nAbout this policy\nIt covers all carers.\n"
    issue = "Fostering Policy\n\nAbout this policy\n\nIssue no. 2\n\nIt covers all carers.\n"
    assert facts_of(version)["version_label"].value == "Version no. 11"
    assert facts_of(issue)["version_label"].value == "Issue no. 2"


def test_a_version_number_asked_for_in_prose_is_no_version_label():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "Please quote the version no. 3 form when you write to the panel.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_dotted_version_after_v_and_a_space_is_the_version_label():
    text = "Fostering Policy\n\nv 2.3\n\nAbout this policy\nIt covers all carers.\n"
    assert facts_of(text)["version_label"].value == "v 2.3"


def test_a_case_name_with_v_and_a_number_is_no_version_label():
    text = (
        "Fostering Policy\n\nAbout this policy\n"
        "The court in Smith v 2.1 Holdings said carers must be paid on time.\n"
    )
    assert facts_of(text)["version_label"].value is None


def test_a_document_version_after_a_dash_gives_its_number():
    for dash in ("\u2014", "\u2013", "-"):
        text = (
            f"Fostering Policy\n\nDocument version {dash} 9\n\nAbout this policy\n"
            "It covers all carers.\n"
        )
        assert facts_of(text)["version_label"].value == "9", dash


# --- amendment date: a month "of" its year ------------------------------------------------------


def test_changes_made_in_a_month_of_its_year_date_the_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\n\n"
        "We made changes to this policy in October of 2024 to add the new allowances.\n\n"
        "Introduction\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10"


def test_a_handbook_changed_in_a_month_of_its_year_is_no_amendment_of_the_chapter():
    text = (
        "Fostering Policy\n\nAbout this policy\n\n"
        "The carers' handbook was changed in October of 2024 and is published separately.\n\n"
        "Introduction\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- looked-after term: the council named as the carer ------------------------------------------


def test_children_in_the_councils_care_are_children_in_care():
    for apostrophe in ("'", "\u2019"):
        text = (
            "Fostering Policy\n\nIntroduction\n"
            f"It covers carers of children in the council{apostrophe}s care, and of young "
            f"people in the authority{apostrophe}s care who are placed out of area.\n"
        )
        assert facts_of(text)["looked_after_term"].value == "Children in Care", apostrophe


def test_a_child_coming_into_the_councils_care_names_no_term():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "When a child comes into the council's care, the council becomes a corporate parent.\n"
    )
    assert facts_of(text)["looked_after_term"].value is None


def test_a_term_the_chapter_names_outweighs_the_councils_care():
    text = (
        "Fostering Policy\n\nIntroduction\n"
        "It covers Children Looked After and the carers of children in the council's care.\n"
    )
    assert facts_of(text)["looked_after_term"].value == "Children Looked After"


# --- a permanence timescale of half a year -----------------------------------------------------


def test_half_a_year_is_a_six_month_permanence_timescale():
    text = (
        "Care Planning\n\nPermanence\n"
        "A plan for permanence is agreed within half a year of a child starting to live with us.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value == 6


def test_half_a_year_as_how_often_is_no_timescale():
    text = (
        "Care Planning\n\nPermanence\n"
        "Each child's permanence plan is looked at again every half a year by their reviewer.\n"
    )
    assert facts_of(text)["permanence_plan_months"].value is None
