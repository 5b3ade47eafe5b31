"""Facts in wordings blind set 64 showed the reader missing (decision 0118).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment dates and versions in change tables -------------------------------------------


def test_a_lettered_revision_table_dated_by_iso_months_gives_the_amendment_and_version():
    text = (
        "# Fostering Policy\n\n## Changes\n\n"
        "| Revision | Month | Summary |\n|---|---|---|\n"
        "| B | 2024-10 | Allowances section rewritten |\n"
        "| A | 2023-02 | First issue |\n\n"
        "## About this policy\n\nIt covers all carers.\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["amendment_date"].value == "2024-10"
    assert facts["version_label"].value == "B"


def test_the_newest_letter_wins_where_no_row_is_dated():
    text = (
        "# Fostering Policy\n\n"
        "| Revision | Summary |\n|---|---|\n"
        "| A | First issue |\n| C | Allowances rewritten |\n| B | Contacts corrected |\n\n"
        "## About this policy\n\nIt covers all carers.\n"
    )
    assert facts_of(text, "chapter.md")["version_label"].value == "C"


def test_letters_in_a_column_that_is_no_revision_column_are_no_version():
    text = (
        "# Fostering Policy\n\n## Inspections\n\n"
        "| Grade | Month | Service |\n|---|---|---|\n"
        "| A | 2023-05 | Ofsted rating for fostering |\n\n"
        "## About this policy\n\nIt covers all carers.\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["version_label"].value is None
    assert facts["amendment_date"].value is None


def test_a_text_column_history_with_versions_between_dates_and_changes_is_dated_by_its_latest_row():
    text = (
        "Fostering Policy\n\nChange record\n\n"
        "Date          Version   Change\n"
        "03/02/2025    2.1       Contacts updated\n"
        "19/08/2024    2.0       New section on allowances\n"
        "01/04/2023    1.0       Policy reissued\n\n"
        "About this policy\n\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-02-03"


def test_text_columns_of_meetings_with_numbers_are_no_history():
    text = (
        "Fostering Policy\n\nPanel dates\n\n"
        "Date          Panel     Place\n"
        "14/01/2025    12        Town Hall\n"
        "11/02/2025    13        Civic Centre\n\n"
        "About this policy\n\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- legislation --------------------------------------------------------------------------


def test_short_names_in_brackets_after_acts_are_not_acts_of_their_own():
    text = (
        "Fostering Policy\n\nLaw\n\n"
        "The main legislation is the Children Act 1989 (CA 1989), the Care Standards Act 2000 "
        "(CSA 2000) and the Children and Families Act 2014 (CFA 2014).\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert [item["cited"] for item in facts["legislation"].value] == [
        "Children Act 1989",
        "Care Standards Act 2000",
        "Children and Families Act 2014",
    ]


def test_a_second_act_in_brackets_after_and_is_an_act_of_its_own():
    text = (
        "Fostering Policy\n\nLaw\n\n"
        "The main legislation is the Children Act 1989 (and the Children Act 2004), the Care "
        "Standards Act 2000 and the Children and Families Act 2014.\n"
    )
    assert facts_of(text)["legislation_count"].value == 4


def test_a_markdown_table_after_an_introduction_counts_rows_not_its_header_or_rule():
    text = (
        "# Fostering Policy\n\n## Law\n\nThe legislation this policy follows:\n\n"
        "| Act | Year |\n|---|---|\n"
        "| Children Act | 1989 |\n| Care Standards Act | 2000 |\n"
        "| Children and Families Act | 2014 |\n\n"
        "## Allowances\n\nAllowances are paid weekly.\n"
    )
    facts = facts_of(text, "chapter.md")
    assert facts["legislation_count"].value == 3
    assert [item["instrument"] for item in facts["legislation"].value] == [
        "Children Act",
        "Care Standards Act",
        "Children and Families Act",
    ]


def test_as_amended_is_no_part_of_the_instrument():
    text = (
        "# Fostering Policy\n\n## Legislation\n\n"
        "- Children Act 1989 (as amended)\n"
        "- Care Standards Act 2000, as amended by the Health and Social Care Act 2008\n"
        "- Fostering Services (England) Regulations 2011 (as amended)\n"
    )
    items = facts_of(text, "chapter.md")["legislation"].value
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Care Standards Act", 2000),
        ("Fostering Services (England) Regulations", 2011),
    ]
    assert items[0]["cited"] == "Children Act 1989 (as amended)"


# --- named models -------------------------------------------------------------------------


def test_the_practice_model_introduced_here_is_the_councils():
    text = (
        "Fostering Policy\n\nOur practice\n\n"
        "The practice model introduced here in 2021 is Systemic Practice, and every team has "
        "a systemic supervisor.\n"
    )
    assert facts_of(text)["named_models"].value == ["Systemic Practice"]


def test_the_practice_model_we_adopted_across_the_service_is_the_councils():
    text = (
        "Fostering Policy\n\nOur practice\n\n"
        "The practice model we adopted across the service in 2023 is Relational Practice.\n"
    )
    assert facts_of(text)["named_models"].value == ["Relational Practice"]


def test_a_practice_model_introduced_elsewhere_is_not_the_councils():
    text = (
        "Fostering Policy\n\nOur practice\n\n"
        "The practice model introduced in Westshire in 2022 is Systemic Practice; we are "
        "watching how it goes.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_quoted_name_beside_our_own_model_names_it():
    text = (
        "Fostering Policy\n\nOur practice\n\n"
        "In 2024 we launched our own model, 'Steady Steps', with training for every carer.\n"
    )
    assert facts_of(text)["named_models"].value == ["Steady Steps"]


def test_our_own_model_with_no_name_yet_names_none():
    text = (
        "Fostering Policy\n\nOur practice\n\n"
        "Carers are helping us name our own model, and we will say more in the spring. "
        "Our model, 'as simple as we can make it', is still being written.\n"
    )
    assert facts_of(text)["named_models"].value == []
