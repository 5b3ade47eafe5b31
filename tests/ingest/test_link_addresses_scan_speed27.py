"""Bracketed link addresses (a browser's text save) are looked for only in a text with enough
angle brackets to hold them (decision 0503): the answer must be what the whole-text scan alone
gives, for any text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.ingest import browser_dump
from app.ingest.browser_dump import MIN_LINK_ADDRESSES, undo_link_addresses


def _scanned_every_time(text: str) -> str:
    """The rule before the bracket count: the whole text scanned for addresses, then removed."""
    if len(browser_dump._LINK_ADDRESS.findall(text)) < MIN_LINK_ADDRESSES:
        return text
    return browser_dump._LINK_ADDRESS.sub("", text)


def test_a_page_of_links_loses_its_addresses_and_keeps_its_words() -> None:
    page = (
        "Home <https://example.test/>\n"
        "Fostering <https://example.test/fostering> and adoption\n"
        "Ask the panel <mailto:panel@example.test> or read on <#next>\n"
    )
    assert undo_link_addresses(page) == ("Home\nFostering and adoption\nAsk the panel or read on\n")


def test_a_chapter_quoting_two_addresses_keeps_them() -> None:
    chapter = "Write to <mailto:team@example.test> or see <https://example.test/help>.\n"
    assert undo_link_addresses(chapter) == chapter


def test_a_text_without_enough_brackets_is_not_scanned(monkeypatch: pytest.MonkeyPatch) -> None:
    class _Refusing:
        def findall(self, text: str) -> list[str]:
            raise AssertionError("a text with too few angle brackets was scanned")

    monkeypatch.setattr(browser_dump, "_LINK_ADDRESS", _Refusing())
    text = "Plain words <https://example.test/a>\nand more words <#b>\n"
    assert undo_link_addresses(text) == text


_PIECES = st.sampled_from(
    [
        "word",
        "Home",
        " ",
        "  ",
        "\t",
        "\n",
        "<",
        ">",
        "<https://example.test/a>",
        "<#top>",
        "<mailto:x@example.test>",
        "<not one>",
        "https:",
        ".",
    ]
)


@settings(max_examples=400)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_the_bracket_count_answers_as_the_scan_alone(text: str) -> None:
    assert undo_link_addresses(text) == _scanned_every_time(text)
