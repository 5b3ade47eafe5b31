"""Cues of blind round 94 (decision 0159): a plain readership statement ("This chapter is for
everyone who works with children …") opens the scope; qualities the service says it values,
listed ("We value curiosity, compassion and honesty …"), open the values; a markdown table's
row is read without its opening bar. In our own words; the near misses are what a policy is
for, one thing valued, and a table row of another kind."""

import pytest


@pytest.mark.parametrize(
    "opening",
    [
        "This chapter is for everyone who works with children and families for the council.",
        "This page is for all staff in the fostering and residential teams.",
        "It is for practitioners, managers and the carers who look after children for us.",
    ],
)
def test_a_plain_readership_statement_is_scope(cues, opening):
    assert cues.content_kind(opening) == "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "This policy is for children who cannot live safely at home.",
        "This chapter is for reference only and is reviewed every year.",
    ],
)
def test_what_a_policy_is_for_is_not_scope(cues, opening):
    assert cues.content_kind(opening) != "scope"


@pytest.mark.parametrize(
    "opening",
    [
        "We value curiosity, compassion and honesty, and we expect every worker to show them.",
        "We value kindness, patience and reliability in everyone who works for us.",
    ],
)
def test_listed_qualities_valued_are_values(cues, opening):
    assert cues.content_kind(opening) == "values"


def test_one_thing_valued_is_not_values(cues):
    assert cues.content_kind("We value the views of children when we plan a placement.") != (
        "values"
    )


def test_a_markdown_table_row_reads_as_a_page_table_row(cues):
    row = "| Date | Amendment |\n| --- | --- |\n| March 2025 | Acts list updated |"
    assert cues.content_kind(row, True) == cues.content_kind("Date | Amendment", True)
    assert cues.content_kind(row, True) == "end_matter"


def test_a_markdown_table_row_of_another_kind_is_not_end_matter(cues):
    assert cues.content_kind("| Name | Telephone |\n| --- | --- |", True) != "end_matter"


@pytest.mark.parametrize(
    "opening",
    [
        "Revised on 3 March 2025 to reflect the new aftercare service.",
        "Updated on 21st June 2024 when the outcomes were shortened.",
    ],
)
def test_an_amendment_note_dated_to_the_day_is_scope(cues, opening):
    """Read beside a readership statement under the title, the note opens the scope with it."""
    assert cues.content_kind(opening) == "scope"


def test_a_markdown_control_table_row_reads_as_a_word_files_row(cues):
    """Outer bars off both ends of a row, so that a closing control table is end matter from
    its first row ("| Version | 3.0 |"), as the same table read from a Word file is."""
    assert cues.content_kind("| Version | 3.0 |", True) == "end_matter"
    assert cues.content_kind("| Version | 3.0 |", True) == cues.content_kind("Version | 3.0", True)
