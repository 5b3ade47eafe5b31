"""Dates and sentences in wordings blind set 43 showed the reader missing (decision 0089).

Each case is written for this test in our own words, not copied from the set's documents; the
negative cases are shapes a careless reader would take for a date or a sentence's end.
"""

from app.facts import find_dates
from app.facts.readers import sentence_spans


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (found.date.isoformat(), text[found.span.start : found.span.end])
        for found in find_dates(text)
    ]


def test_a_month_written_after_its_year_is_that_month():
    assert _dates("Revised 2024 November: links checked.") == [("2024-11", "2024 November")]
    assert _dates("| 2023 Feb | First issue |") == [("2023-02", "2023 Feb")]


def test_a_year_closing_a_title_takes_no_month_after_it():
    assert _dates("the Children Act 1989 May be read with the guidance") == []
    assert _dates("Working Together 2023 March edition") == []


def test_a_year_then_a_month_then_a_number_is_left_unread():
    assert _dates("Period 2024 June 4 to 9") == []


def test_a_dotted_date_with_one_digit_parts_after_a_word_that_takes_a_date():
    assert _dates("Issue 3, last amended 7.4.25") == [("2025-04-07", "7.4.25")]
    assert _dates("Date: 1.12.24") == [("2024-12-01", "1.12.24")]


def test_a_dotted_date_with_one_digit_parts_alone_in_a_table_cell():
    assert _dates("| 9.1.25 | 3.0 | Contacts changed |") == [("2025-01-09", "9.1.25")]


def test_a_paragraph_number_of_the_same_shape_is_no_date():
    assert _dates("See paragraph 4.2.15 for the exceptions.") == []
    assert _dates("4.2.15 Exceptions to the rule") == []


def test_a_week_named_by_its_first_day_gives_the_month():
    assert _dates("changed w/c 14 April 2025 after the audit") == [("2025-04", "14 April 2025")]
    assert _dates("in the week commencing 2 June 2025") == [("2025-06", "2 June 2025")]
    assert _dates("on 14 April 2025") == [("2025-04-14", "14 April 2025")]


def test_a_lettered_revision_does_not_end_its_sentence():
    text = "Rev. B - issued in May 2024. It replaces the older text."
    assert [text[span.start : span.end] for span in sentence_spans(text)] == [
        "Rev. B - issued in May 2024.",
        "It replaces the older text.",
    ]


def test_a_full_stop_after_an_abbreviation_before_a_word_still_ends_a_sentence():
    text = "We asked Rev. Then we listened."
    assert len(sentence_spans(text)) == 2
