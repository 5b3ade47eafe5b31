"""Lines of a list each a paragraph of its own (decision 0097): a Word file whose statutes are
Normal paragraphs comes out as short lines with one blank line between; after an introduction
ending ":" they are the list's items. Sentences parted so are no list."""

from app.facts.readers import _list_items_from_lines


def _items(text: str) -> list[str]:
    offset = text.index(":") + 1
    return [text[span.start : span.end] for span in _list_items_from_lines(text, offset)]


def test_short_lines_parted_by_single_blank_lines_are_items() -> None:
    text = (
        "The laws that shape our work are these:\n\n"
        "Children Act 1989\n\n"
        "Adoption and Children Act 2002\n\n"
        "Children and Families Act 2014\n\n"
        "Every worker should know how these laws apply to the families they help.\n"
    )
    assert _items(text) == [
        "Children Act 1989",
        "Adoption and Children Act 2002",
        "Children and Families Act 2014",
    ]


def test_short_lines_that_touch_still_end_at_a_blank_line() -> None:
    text = (
        "The laws that shape our work are these:\n"
        "Children Act 1989\n"
        "Children Act 2004\n\n"
        "Children and Families Act 2014\n"
    )
    assert _items(text) == ["Children Act 1989", "Children Act 2004"]


def test_short_sentences_parted_by_blank_lines_are_no_list() -> None:
    text = (
        "Three things matter to us:\n\n"
        "Families come first.\n\n"
        "Children are heard.\n\n"
        "We keep our promises.\n"
    )
    assert _items(text) == []


def test_a_parted_list_ends_at_two_blank_lines() -> None:
    text = (
        "The laws that shape our work are these:\n\n"
        "Children Act 1989\n\n"
        "Children Act 2004\n\n\n"
        "Our values\n"
    )
    assert _items(text) == ["Children Act 1989", "Children Act 2004"]
