"""Facts in places blind set 109 showed the reader missing (decision 0180).

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from app.families.common_extractors import _text_tables
from tests.reading import facts_of

# --- a tab-separated table between list items that Word's plain text keeps with their tabs -----


def test_a_tab_table_between_tab_numbered_paragraphs_is_the_legislation_list():
    text = (
        "Fostering Policy\n\n"
        "1.\tLaws that apply\n"
        "1.1\tOur duties come from the Acts in the table below.\n"
        "Act\tYear\n"
        "Children Act\t1989\n"
        "Care Standards Act\t2000\n"
        "Children and Young Persons Act\t2008\n"
        "1.2\tWhen the law changes we update this policy.\n"
    )
    facts = facts_of(text)
    assert facts["legislation_count"].value == 3
    assert [item["instrument"] for item in facts["legislation"].value] == [
        "Children Act",
        "Care Standards Act",
        "Children and Young Persons Act",
    ]


def test_tab_bulleted_items_are_no_table_rows() -> None:
    text = (
        "Fostering Policy\n\n"
        "Laws that apply\n"
        "We follow:\n"
        "o\tthe Children Act 1989;\n"
        "o\tthe Care Standards Act 2000;\n"
        "o\tthe Children and Young Persons Act 2008.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_a_bare_number_opens_a_table_row_but_a_list_number_does_not() -> None:
    text = "No\tTitle\n1\tChildren Act 1989\n2\tAdoption Act 2002\n2.1\tThis policy\n(a)\tfirst\n"
    tables = _text_tables(text)
    assert [[text[cell.start : cell.end] for cell in row] for row in tables[0]] == [
        ["No", "Title"],
        ["1", "Children Act 1989"],
        ["2", "Adoption Act 2002"],
    ]
    assert len(tables) == 1


def test_a_version_history_row_opening_with_a_version_number_stays_a_row() -> None:
    text = (
        "Version   Date         Change\n"
        "4.1       03/02/2025   First issue\n"
        "4.2       12/05/2025   Leaving care revised\n"
    )
    assert len(_text_tables(text)[0]) == 3
    assert facts_of("Fostering Policy\n\n" + text)["version_label"].value == "4.2"
