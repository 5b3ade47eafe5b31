"""Rows of a summary box copied as text, a label and its value on one line each, are no
headings, even when the family's cues know the label's words (decision 0220).

Each page is written for this test in our own words.
"""

from tests.sections.test_rules import headings

_OPENING = (
    "Fostering Policy\n\n"
    "About this policy\n"
    "This policy is for foster carers and the staff who support them.\n\n"
)


def test_two_label_and_value_rows_under_a_box_heading_head_nothing() -> None:
    text = (
        _OPENING
        + "Key facts\n"
        + "Leaving care: a personal adviser until 21\n"
        + "Staying Put: with foster carers until 21\n"
    )
    words = [words for _level, _number, words in headings(text)]
    assert "Key facts" in words
    assert not any(word.startswith(("Leaving care", "Staying Put")) for word in words)


def test_one_labelled_heading_over_prose_is_still_a_heading() -> None:
    text = (
        _OPENING + "Leaving care: our promise\n"
        "We stay in touch with every young person after they leave our care.\n"
    )
    assert "Leaving care: our promise" in [words for _level, _number, words in headings(text)]
