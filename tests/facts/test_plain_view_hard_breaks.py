"""A markdown hard break's backslash at a line's end reads as nothing in the plain view the
extractors search (decision 0106): "duties in:\\" introduces a list as "duties in:" does."""

from app.facts.readers import plain_view


def test_a_hard_break_backslash_reads_as_nothing() -> None:
    text = "Our policies meet the duties in:\\\nChildren Act 1989\\\nChildren Act 2004\n"
    view = plain_view(text)
    assert view.text == "Our policies meet the duties in:\nChildren Act 1989\nChildren Act 2004\n"
    start = view.text.index("Children Act 2004")
    span = view.to_original(start, start + len("Children Act 2004"))
    assert text[span.start : span.end] == "Children Act 2004"


def test_other_backslashes_keep_their_meaning() -> None:
    assert plain_view("a \\- b and C:\\\\ d\n").text == "a - b and C:\\ d\n"
