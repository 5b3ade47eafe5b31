"""A hard-wrapped sentence whose last line opens with a number and a full stop ("21. Then…"):
the number ends the sentence before, it does not open a numbered item."""

from app.facts import sentence_spans


def _quotes(text: str) -> list[str]:
    return [text[span.start : span.end] for span in sentence_spans(text)]


def test_a_number_opening_the_next_line_finishes_a_sentence_wrapped_before_it():
    text = (
        "Young people can ask for a personal adviser's help until the day that they turn\n"
        "21. After that the council's advice line stays open to them for another year.\n"
    )
    assert _quotes(text) == [
        "Young people can ask for a personal adviser's help until the day that they turn\n21.",
        "After that the council's advice line stays open to them for another year.",
    ]


def test_numbered_items_after_an_unfinished_line_still_stand_alone():
    text = (
        "The service has three duties which it describes to every family in its letters\n"
        "1. to listen to the child and to the family around them\n"
        "2. to keep the child safe from harm at home and outside it\n"
    )
    quotes = _quotes(text)
    assert "1. to listen to the child and to the family around them" in quotes
    assert "2. to keep the child safe from harm at home and outside it" in quotes
