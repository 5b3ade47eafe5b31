"""Wordings blind set 49 showed the reader missing (decision 0098): a version label set as a
sentence of its own after a dated note, or in brackets closing a dated sentence inside a longer
line, and a page's update date set beside its publication date on one stamp line.

Each case is written for this test in our own words, not copied from the set's documents; each
negative case is a wording a careless reader would take for the fact.
"""

from tests.reading import facts_of

# --- a version label closing a dated note -----------------------------------------------------


def test_a_version_sentence_after_a_dated_note_is_the_label():
    text = (
        "Short Breaks Policy\n"
        "Amendment\n"
        "We rewrote the eligibility section in April 2025. Issue 6.\n"
        "Introduction\n"
        "This chapter covers short breaks for disabled children.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "Issue 6"


def test_a_version_sentence_after_an_undated_sentence_is_not_the_label():
    text = (
        "Short Breaks Policy\n"
        "Introduction\n"
        "Carers use the planning form that the panel agreed. Version 2.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value is None


def test_a_version_running_on_in_prose_after_a_dated_sentence_is_not_the_label():
    text = (
        "Short Breaks Policy\n"
        "Introduction\n"
        "The toolkit came out in May 2023. Version 2 of it added a section on transport.\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value is None


def test_a_bracketed_version_closing_a_dated_sentence_in_a_long_line_is_the_label():
    text = (
        "Short Breaks Policy\n"
        "Scope of this chapter\n"
        "This chapter is for every worker who arranges short breaks for disabled children and "
        "their families. It was revised in March 2025 (Version 7).\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value == "Version 7"


def test_a_bracketed_version_after_an_undated_sentence_is_not_the_label():
    text = (
        "Short Breaks Policy\n"
        "Introduction\n"
        "Families were consulted in 2024 on the new offer. Carers use the planning form "
        "(version 3).\n"
    )
    assert facts_of(text, "page.txt")["version_label"].value is None


# --- an update date beside the publication date on one stamp line ------------------------------


def test_an_update_after_the_publication_on_one_line_is_the_last_update():
    text = (
        "Short Breaks Policy\n"
        "First published 2 May 2022; last updated 11 February 2025\n"
        "Introduction\n"
        "This chapter covers short breaks for disabled children.\n"
    )
    assert facts_of(text, "page.txt")["last_updated"].value == "2025-02-11"


def test_an_updated_date_after_a_comma_in_prose_is_no_page_stamp():
    text = (
        "Short Breaks Policy\n"
        "Introduction\n"
        "The panel met on 3 March 2024, updated 5 March 2024 with the minutes.\n"
    )
    assert facts_of(text, "page.txt")["last_updated"].value is None
