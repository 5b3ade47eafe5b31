"""Facts as blind set 133's PDF chapters set them out showed the reader missing (decision 0219):
a cover's or a control table's bare "Issued" field, and footnotes to numbered paragraphs read
as a list, left after the list each a paragraph of its own that only cites an Act.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- amendment date: a bare "Issued" field ----------------------------------------------------


def test_an_issued_field_on_a_cover_dates_the_version() -> None:
    text = (
        "# Policies and Principles\n\nFernley Borough Council\n\nVersion: v2.1\n\n"
        "Issued: April 2025\n\n## Scope\n\nThis chapter applies to all our staff.\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-04"


def test_an_issued_row_of_a_control_table_dates_the_version() -> None:
    text = (
        "Policies and Principles\n\nScope\nThis chapter applies to all our staff.\n\n"
        "Document control\nVersion | 3\nIssued | 12 May 2025\nNext review | May 2027\n"
    )
    assert facts_of(text)["amendment_date"].value == "2025-05-12"


def test_a_first_issue_is_not_the_latest_amendment() -> None:
    text = (
        "# Policies and Principles\n\nFirst issued: May 2019\n\n"
        "## Scope\n\nThis chapter applies to all our staff.\n"
    )
    assert facts_of(text)["amendment_date"].value is None


# --- legislation: notes to numbered paragraphs, each a paragraph of its own after them ----------


def test_paragraphs_each_only_citing_an_act_after_numbered_paragraphs_list_the_statutes() -> None:
    text = (
        "Policies and Principles\n\n"
        "2. Our duties\n\n"
        "2.1 We must help children in need in the borough.\n\n"
        "2.2 We must work with partners for the well-being of children.\n\n"
        "2.3 We must stay in touch with young people who leave our care.\n\n"
        "Children Act 1989, section 17.\n\n"
        "Children Act 2004, section 10.\n\n"
        "Children (Leaving Care) Act 2000, section 2.\n\n"
        "3. Our values\n\nWe are honest with families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 3


def test_one_paragraph_only_citing_an_act_is_no_list() -> None:
    text = (
        "Policies and Principles\n\n"
        "2.1 We must help children in need in the borough.\n\n"
        "Children Act 1989, section 17.\n\n"
        "3. Our values\n\nWe are honest with families.\n"
    )
    assert facts_of(text)["legislation_count"].value == 0


def test_numbered_reference_notes_keep_their_numbers_out_of_the_statutes() -> None:
    text = (
        "Policies and Principles\n\n"
        "We support children in need [1] and care leavers [2].\n\n"
        "[1] Children Act 1989, Part III.\n\n"
        "[2] Children and Social Work Act 2017, section 3.\n"
    )
    cited = [item["cited"] for item in facts_of(text)["legislation"].value]
    assert cited and not any(item.startswith("[") for item in cited)
