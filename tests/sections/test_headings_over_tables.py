"""A plain line set apart over a table set out by spaces or pipes heads it (decision 0111)."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of


def heading_words(text: str, syntax: str = "plain") -> list[str]:
    outline = outline_of(text, syntax)
    assert_tiles(outline)
    return [block.content for block in outline.blocks() if block.type == "heading"]


OVER_SPACED_TABLE = """Fostering Handbook for Carers

Welcome

This handbook explains how the fostering service supports the people who look after children for us.

Who to call

Need                          Number           Hours
Advice about a placement      0100 200 300     Office hours
Something urgent              0100 200 999     Any time

Money and allowances

Each carer is paid a weekly allowance for every child, and a fee that depends on their skills.
"""


def test_a_line_over_a_spaced_table_is_a_heading_and_the_header_row_is_not():
    found = heading_words(OVER_SPACED_TABLE)
    assert "Who to call" in found
    assert not any(words.startswith("Need") for words in found)


def test_a_line_after_a_tables_last_row_stands_after_a_break():
    assert "Money and allowances" in heading_words(OVER_SPACED_TABLE)


def test_a_line_over_a_table_of_pipe_rows_is_a_heading():
    text = OVER_SPACED_TABLE.replace(
        """Need                          Number           Hours
Advice about a placement      0100 200 300     Office hours
Something urgent              0100 200 999     Any time""",
        """Need | Number | Hours
Advice about a placement | 0100 200 300 | Office hours
Something urgent | 0100 200 999 | Any time""",
    )
    found = heading_words(text)
    assert "Who to call" in found
    assert "Money and allowances" in found
    assert not any(words.startswith("Need") for words in found)


def test_a_line_run_straight_onto_the_table_is_not_taken_for_its_heading():
    """Without a blank line between them the line may be the table's caption or a cell of its
    own; only a line standing apart, as headings stand in plain text, is taken."""
    text = OVER_SPACED_TABLE.replace("Who to call\n\nNeed", "Who to call\nNeed")
    assert "Who to call" not in heading_words(text)


def test_a_line_over_a_spaced_table_in_markdown_is_a_heading():
    found = heading_words(OVER_SPACED_TABLE, "markdown")
    assert "Who to call" in found
    assert not any(words.startswith("Need") for words in found)


def test_a_byline_under_the_title_over_the_covers_record_is_not_a_heading():
    text = """Fostering Handbook for Carers

Fostering Service, Quality Team

Version | 3.2
Owner | Head of Fostering

Welcome

This handbook explains how the fostering service supports the people who look after children for us.
"""
    found = heading_words(text)
    assert "Fostering Service, Quality Team" not in found
    assert "Welcome" in found
