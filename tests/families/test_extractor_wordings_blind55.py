"""Facts in places blind set 55 showed the reader missing (decision 0107).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a document-control block whose fields are set apart by wide gaps or bars -------------------


def test_a_version_field_set_apart_by_a_wide_gap_gives_the_number():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Record of this policy\n\n"
        "Version           2.7\n"
        "Approved by       Fostering Panel\n"
    )
    assert facts_of(text)["version_label"].value == "2.7"


def test_a_version_line_with_one_space_keeps_its_word():
    text = "Fostering Policy\n\nVersion 2.7\n\nAbout this policy\nIt covers all carers.\n"
    assert facts_of(text)["version_label"].value == "Version 2.7"


def test_a_version_gap_before_more_words_is_no_field():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Version   2.7   drafted for consultation only\n"
    )
    assert facts_of(text)["version_label"].value != "2.7"


def test_a_date_last_amended_field_is_the_amendment():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Record of this policy\n\n"
        "Issue | 3\n"
        "Date last amended | 6 October 2024\n"
        "Next review | October 2026\n"
    )
    assert facts_of(text)["amendment_date"].value == "2024-10-06"


def test_a_date_last_reviewed_field_is_no_amendment_label():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Owner | Fostering Manager\n"
        "Date last printed | 6 October 2024\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- legislation in a table written as text, its columns set apart by wide gaps -----------------


def test_a_gapped_text_table_of_acts_and_years_is_the_legislation_list():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Laws that apply\n\n"
        "Title                                  Year    Why\n"
        "Children Act                           1989    Duties to children in need\n"
        "Care Standards Act                     2000    Registration of services\n"
        "Children and Young Persons Act         2008    Visits to children\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    items = facts["legislation"].value
    assert [(item["instrument"], item["year"]) for item in items] == [
        ("Children Act", 1989),
        ("Care Standards Act", 2000),
        ("Children and Young Persons Act", 2008),
    ]


def test_a_gapped_text_table_of_contacts_is_no_legislation_list():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Contacts\n\n"
        "Team                  Telephone      Hours\n"
        "Fostering Team        01234 567890   9 to 5\n"
        "Duty Team             01234 567891   Out of hours\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


# --- a model named as a neighbour's in a clause after the name ----------------------------------


def test_a_model_which_our_neighbours_use_is_not_ours():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "Further information\n\n"
        "Training on Family Safeguarding, which our neighbours in Holmbury use, is open to our "
        "carers. We do not have a practice model of our own.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_used_by_another_council_is_not_ours():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "More reading\n\n"
        "A guide to Signs of Safety, used by a neighbouring council, is in the library.\n"
    )
    assert facts_of(text)["named_models"].value == []


def test_a_model_our_neighbours_use_too_is_still_ours():
    text = (
        "Fostering Policy\n\nOur practice model\n\n"
        "Our practice model is Signs of Safety, which our neighbours in Holmbury use too.\n"
    )
    assert facts_of(text)["named_models"].value == ["Signs of Safety"]


def test_a_gapped_history_table_opening_its_rows_with_dates_is_no_legislation_list():
    text = (
        "Fostering Policy\n\nAbout this policy\nIt covers all carers.\n\n"
        "History\n\n"
        "When          Change\n"
        "Oct 2023      Allowances table replaced\n"
        "June 2024     Contacts brought up to date\n"
        "02/03/2025    Training section rewritten\n"
    )
    assert facts_of(text)["legislation_count"].value == 0
