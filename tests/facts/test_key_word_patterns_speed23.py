"""A key word of several words is searched for with a pattern built once for the word, not once
for each version read (decision 0463): the pattern holds nothing of the text it was first tried
on, so each version still finds its own occurrences, across a line break too. Texts are our own."""

from __future__ import annotations

from app.facts.readers import ReadableOutline, read_outline
from app.sections import Outline, Section


def _reading(text: str) -> ReadableOutline:
    return read_outline(Outline(text, None, (Section("other", None, None, 1, 0, len(text), text),)))


def test_one_key_word_read_from_two_versions_gives_each_its_own_sentences() -> None:
    first = _reading("Our practice model is new. It guides us.")
    second = _reading(
        "Nothing here. The practice\nmodel we use is older. Our practice model helps."
    )
    assert [first.quote(s) for s in first.sentences_containing("practice model")] == [
        "Our practice model is new."
    ]
    found = [second.quote(s) for s in second.sentences_containing("practice model")]
    assert len(found) == 2
    assert found[0].startswith("The practice")
    assert found[1] == "Our practice model helps."
    assert first.sentences_containing("practice model") == first.sentences_containing(
        "practice model"
    )


def test_a_key_word_is_not_found_in_a_version_that_lacks_it_after_another_held_it() -> None:
    holding = _reading("We name it the practice framework.")
    lacking = _reading("We name it the practice guide.")
    assert holding.sentences_containing("practice framework")
    assert lacking.sentences_containing("practice framework") == []
