"""The family's extractors on wordings met in the hundred-and-thirty-seventh blind round (page
openings, decision 0229): an amendment date in a small table's column headed "Amended", and a
page that contradicts itself about its last amendment.

Each case is written for this test in our own words; each negative case is a wording a careless
reader would take for the fact.
"""

from tests.reading import facts_of


def _fact(text: str, key: str, name: str = "chapter.md"):  # type: ignore[no-untyped-def]
    return facts_of(text, name)[key]


TITLE = "# Fostering Values\n\n"


def test_a_date_in_a_column_headed_amended_dates_the_amendment():
    text = (
        TITLE
        + "| Version | Amended |\n| --- | --- |\n| 3 | March 2025 |\n\n## Scope\n\nAll teams.\n"
    )
    assert _fact(text, "amendment_date").value == "2025-03"
    assert _fact(text, "version_label").value == "3"


def test_a_history_table_headed_amendment_date_gives_its_latest_row():
    text = TITLE + (
        "| Amendment date | Version |\n| --- | --- |\n| May 2023 | 1 |\n| October 2024 | 2 |\n\n"
        "## Scope\n\nAll teams.\n"
    )
    assert _fact(text, "amendment_date").value == "2024-10"


def test_a_date_in_a_column_headed_date_is_no_amendment():
    text = TITLE + (
        "| Meeting | Date |\n| --- | --- |\n| Panel | March 2025 |\n\n## Scope\n\nAll teams.\n"
    )
    assert _fact(text, "amendment_date").value is None


def test_an_earlier_last_amended_statement_contradicts_the_amendment_line():
    text = TITLE + (
        "Version 2 \u00b7 Amended May 2025\n\n## About this chapter\n\n"
        "This chapter was last amended in February 2025, when the scope was rewritten.\n"
    )
    fact = _fact(text, "amendment_date")
    assert fact.value == "2025-05"
    assert [alternative.value for alternative in fact.alternatives] == ["2025-02"]


def test_two_amendment_statements_without_a_claim_to_be_the_last_are_a_history():
    text = TITLE + (
        "Amended May 2025\n\n## About this chapter\n\n"
        "In February 2025 this chapter was amended to rewrite the scope.\n"
    )
    fact = _fact(text, "amendment_date")
    assert fact.value == "2025-05"
    assert fact.alternatives == ()


def test_a_last_amended_day_in_the_same_month_agrees():
    text = TITLE + (
        "Amended May 2025\n\n## About this chapter\n\n"
        "This chapter was last amended on 12 May 2025 to rewrite the scope.\n"
    )
    assert _fact(text, "amendment_date").alternatives == ()


def test_a_sentence_giving_the_first_issue_and_the_last_amendment_is_no_conflict():
    text = TITLE + (
        "Amended May 2025\n\n## About this chapter\n\n"
        "This chapter was first issued in March 2021 and last amended in April 2025.\n"
    )
    assert _fact(text, "amendment_date").alternatives == ()
