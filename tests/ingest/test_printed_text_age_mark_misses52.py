"""A note's number run onto an age in a table's cell copied from a PDF ("Age 211" for "Age 21"
and its raised mark 1, decision 0390): raised again only where the text holds that note. Texts
written for this test in our own words."""

from __future__ import annotations

from app.ingest.printed_text import restore_glued_note_marks

NOTES = "Notes\n2 Extended to 25 for care leavers at university.\n"


def test_an_age_with_a_notes_number_run_onto_it_is_read_with_the_mark_raised() -> None:
    text = f"Support Until\nPersonal adviser Age 212\nStaying Put Age 21\n{NOTES}"
    assert "Personal adviser Age 21\u00b2\n" in restore_glued_note_marks(text)


def test_aged_and_age_of_take_the_mark_too() -> None:
    text = f"Young people aged 182 leave our care; help lasts to the age of 252 for some.\n{NOTES}"
    result = restore_glued_note_marks(text)
    assert "aged 18\u00b2 leave" in result
    assert "the age of 25\u00b2 for" in result


def test_an_age_stays_where_the_text_holds_no_such_note() -> None:
    text = f"Personal adviser Age 213\nStaying Put Age 21\n{NOTES}"
    assert "Personal adviser Age 213\n" in restore_glued_note_marks(text)


def test_other_numbers_after_age_words_are_left_alone() -> None:
    text = f"Page 212 of the manual lists 25 ages; we agreed 212 plans.\n{NOTES}"
    assert restore_glued_note_marks(text) == text


def test_an_age_broken_after_its_mark_is_mended_by_the_line_break_rule_first() -> None:
    text = f"A care leaver keeps an adviser until the age of 212\n. Some keep one longer.\n{NOTES}"
    assert "until the age of 21\u00b2. Some keep one longer." in restore_glued_note_marks(text)
