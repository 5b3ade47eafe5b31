"""The chrome stripper reads a page's lines lazily from either edge: the lines from the end are
exactly the lines from the start, reversed, for any text and any starting floor."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.ingest.web_text import _lines, _lines_from_the_end

_TEXTS = st.text(alphabet=st.sampled_from("ab \n\t"), max_size=40)


@given(text=_TEXTS, data=st.data())
def test_lines_from_the_end_are_the_lines_reversed(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(min_value=0, max_value=len(text)))
    forward = list(_lines(text, start, len(text)))
    assert list(_lines_from_the_end(text, start, len(text))) == forward[::-1]


def test_a_text_ending_in_a_newline_has_no_empty_last_line() -> None:
    text = "Menu\n\nPolicy\n"
    assert list(_lines_from_the_end(text, 0, len(text))) == [(6, 12), (5, 5), (0, 4)]
