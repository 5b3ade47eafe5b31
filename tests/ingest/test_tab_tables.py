"""Tables saved as tab-separated lines (Word's "Save as plain text"): rows of cells again.

Every case is written for this test in our own words.
"""

from __future__ import annotations

from app.ingest import read_source
from app.ingest.tab_tables import redraw_tab_tables


def test_a_run_of_tab_separated_lines_becomes_rows_of_cells() -> None:
    text = "The Acts:\nAct\tYear\nChildren Act\t1989\nAdoption Act\t2002\nThat is all.\n"
    assert redraw_tab_tables(text) == (
        "The Acts:\nAct | Year\nChildren Act | 1989\nAdoption Act | 2002\nThat is all.\n"
    )


def test_list_numbers_and_bullets_before_a_tab_are_no_table() -> None:
    text = (
        "1.\tScope\n1.1\tThis chapter covers us.\no\tto listen;\no\tto act.\n(a)\tone\n(b)\ttwo\n"
    )
    assert redraw_tab_tables(text) == text


def test_one_tab_separated_line_alone_is_left_as_typed() -> None:
    text = "Intro\nOwner\tHead of Service\nThe rest.\n"
    assert redraw_tab_tables(text) == text


def test_an_indented_line_and_empty_cells_are_read_as_word_writes_them() -> None:
    text = "\tindented\n\tagain\nName\t\tLee\nRole\tLead\t\n"
    assert redraw_tab_tables(text) == "\tindented\n\tagain\nName |  | Lee\nRole | Lead\n"


def test_a_text_without_tabs_is_unchanged() -> None:
    assert redraw_tab_tables("a | b\nc\n") == "a | b\nc\n"


def test_an_uploaded_word_text_reads_its_table_as_rows() -> None:
    data = b"Our Duties\r\nAct\tYear\r\nChildren Act\t1989\r\nEquality Act\t2010\r\n"
    source = read_source(data, "chapter.txt")
    assert "Children Act | 1989\n" in source.text
