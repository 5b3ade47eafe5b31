"""A web page saved as text by a graphical browser (blind334, decision 0488): every link's address
follows its words in angle brackets, on the same line or alone on the next, and a long breadcrumb
trail wraps more than once, after its "/" separators. The pages are written for this test in our
own words about invented councils."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.ingest import read_source
from app.ingest.browser_dump import undo_link_addresses

_SAVED = """\
Jump to content <#content>

Orrington Vale Council <https://orrington.example/>

  * Home <https://orrington.example/>
  * Leisure <https://orrington.example/leisure>
  * Schools and learning <https://orrington.example/schools>

You are here: Home <https://orrington.example/> / Schools and learning
<https://orrington.example/schools> / Young carers
<https://orrington.example/schools/carers> /
Support for young carers


Support for young carers

A young carer in Orrington Vale can ask the carers' hub
<https://orrington.example/carers-hub> for a short break, and their school
is told only if they agree.

Carers' breaks are planned with the whole family.

Rate this page: Good <#rate-good> Poor <#rate-poor>

(c) Orrington Vale Council 2026
"""


def test_the_addresses_go_and_the_link_words_stay() -> None:
    text = undo_link_addresses(_SAVED)
    assert "<http" not in text and "<#" not in text
    assert "can ask the carers' hub for a short break" in text
    assert "  * Schools and learning\n" in text


def test_an_address_alone_on_the_next_line_goes_with_its_line_break() -> None:
    text = undo_link_addresses(_SAVED)
    assert "Young carers /\nSupport for young carers" in text


@pytest.mark.parametrize(
    "text",
    [
        "Write to us at <mailto:help@orrington.example> about a break.\n",
        "See <https://orrington.example/a> and <https://orrington.example/b>.\n",
    ],
)
def test_a_text_quoting_few_addresses_keeps_them(text: str) -> None:
    assert undo_link_addresses(text) == text


def test_a_trail_wrapped_after_its_slashes_is_the_sites_head() -> None:
    source = read_source(_SAVED.encode(), "carers.txt")
    assert source.text.startswith("Support for young carers\n")
    assert source.text.count("Support for young carers") == 1
    assert "You are here" not in source.text and "Jump to content" not in source.text


def test_a_slash_at_a_line_end_in_prose_under_the_title_is_the_chapters() -> None:
    page = (
        "Support for young carers\n\n"
        "Each carer may choose a break and/\nor a mentor; the choice is theirs.\n"
    )
    assert read_source(page.encode(), "carers.txt").text.startswith("Support for young carers")
    assert "or a mentor" in read_source(page.encode(), "carers.txt").text


_WORD = st.sampled_from(["carers", "Home", "break", "a/b", "school", "x<y", "4", "(c)"])
_ADDRESS = st.sampled_from(["<https://e.example/p>", "<#top>", "<mailto:a@e.example>"])


@given(st.lists(st.one_of(_WORD, _ADDRESS, st.just("\n")), max_size=40))
def test_only_addresses_go_and_a_second_reading_takes_nothing(parts: list[str]) -> None:
    text = " ".join(parts)
    once = undo_link_addresses(text)
    assert undo_link_addresses(once) == once
    kept = [word for word in text.split() if not word.startswith("<")]
    assert [word for word in once.split() if not word.startswith("<")] == kept
