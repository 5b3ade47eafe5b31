"""Facts as the Word and PDF readers write a table (decision 0226): each row a line of cells
joined by " | ", with no pipe before the first cell. Written for this test in our own words."""

from tests.reading import facts_of


def test_a_revision_letter_opening_a_table_row_read_from_word_dates_the_amendment():
    text = (
        "Fostering Policy\n\n## Revisions\n\n"
        "Revision | Month | What changed\n"
        "C | 2025-03 | Carers' allowances section rewritten\n"
        "B | 2024-07 | Contacts updated\n\n"
        "## About this policy\n\nIt covers all carers.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-03"


def test_a_letter_in_a_sentence_before_a_pipe_is_no_revision_row():
    text = (
        "Fostering Policy\n\n## About this policy\n\n"
        "It covers all carers and is read with the Carers' Handbook.\n"
        "a | 2025-03 figures are in the annual report\n"
    )
    assert facts_of(text)["amendment_date"].value is None
