"""Spans and line offsets: how markdown-it's line numbers become character offsets."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.text import LineIndex, Span


def test_a_span_quotes_its_characters_end_exclusive() -> None:
    assert Span(4, 9).quote("The chapter") == "chapt"
    assert len(Span(4, 9)) == 5


def test_a_span_cannot_run_backwards_or_start_before_the_text() -> None:
    with pytest.raises(ValueError):
        Span(5, 4)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_containment_includes_equal_edges() -> None:
    assert Span(0, 10).contains(Span(0, 10))
    assert not Span(2, 10).contains(Span(1, 3))


def test_line_ranges_become_offsets_including_each_newline() -> None:
    index = LineIndex("one\ntwo\nthree")
    assert index.line_count == 3
    assert index.line_range_to_span(1, 2) == Span(4, 8)
    assert index.line_range_to_span(2, 5) == Span(8, 13)
    assert index.line_of(5) == 1


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n")))
def test_consecutive_lines_tile_the_text(text: str) -> None:
    index = LineIndex(text)
    spans = [index.line_range_to_span(line, line + 1) for line in range(index.line_count)]
    assert "".join(span.quote(text) for span in spans) == text


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \n")))
def test_line_starts_are_each_line_start(text: str) -> None:
    index = LineIndex(text)
    assert index.line_starts() == [index.line_start(line) for line in range(index.line_count)]
