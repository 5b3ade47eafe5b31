"""A raised note mark set after a word or a number reads as nothing (decision 0367): "until
they are 21¹" is the age 21 with a note, not a word "21¹"; a note's own number opening its line
stays."""

from __future__ import annotations

from app.facts.readers import plain_view


def test_a_raised_mark_after_a_number_or_a_stop_reads_as_nothing() -> None:
    text = "They keep an adviser until they are 21\u00b9 and a plan.\u00b2\u00b3 Then more."
    view = plain_view(text)
    assert view.text == "They keep an adviser until they are 21 and a plan. Then more."
    start = view.text.index("21")
    assert text[view.to_original(start, start + 2).start :].startswith("21\u00b9")


def test_a_notes_own_number_opening_its_line_stays() -> None:
    text = "Plan.\n\u00b9 Up to 25 for anyone studying."
    assert plain_view(text).text == text


def test_text_without_raised_digits_is_its_own_view() -> None:
    text = "Care leavers are supported until 21, or 25 on request."
    assert plain_view(text).text == text
