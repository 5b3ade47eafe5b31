"""The one normalisation: what it changes, and that applying it again changes nothing."""

from __future__ import annotations

import time
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.text import normalize_text

_AWKWARD_CHARS = st.sampled_from(
    ["\r", "\n", "\r\n", "\x00", "\t", " ", "\u00a0", "\u200b", "\ufeff", "\u00ad", "\u2028",
     "\x85", "\x0c", "\x1b", "\u202e", "e\u0301", "\u0301", "\u2000", "\u212b", "\x9c",
     "\ud835\udc00", "\ud835", "\udc00"]
)  # fmt: skip
_TEXTS = st.lists(st.one_of(st.text(max_size=20), _AWKWARD_CHARS), max_size=30).map("".join)


def test_a_surrogate_pair_becomes_its_character_and_a_lone_half_a_replacement_mark() -> None:
    assert normalize_text("Our promise \ud835\udc00 to you") == "Our promise \U0001d400 to you"
    assert normalize_text("a\ud835 b \udc00c") == "a\ufffd b \ufffdc"


def test_windows_and_old_mac_newlines_become_line_feeds() -> None:
    assert normalize_text("one\r\ntwo\rthree\u2028four\x85five") == "one\ntwo\nthree\nfour\nfive"


def test_nul_zero_width_and_soft_hyphen_characters_are_removed() -> None:
    assert normalize_text("chap\x00ter\u200b one\u00ad\ufeff") == "chapter one"


def test_bidirectional_overrides_are_removed() -> None:
    assert normalize_text("care \u202eleavers\u202c") == "care leavers"


def test_non_breaking_and_typographic_spaces_become_plain_spaces() -> None:
    assert normalize_text("Section\u00a04\u202fand\u2003five") == "Section 4 and five"


def test_trailing_blanks_are_dropped_but_leading_indentation_is_kept() -> None:
    assert normalize_text("  - item  \n\tnext\t\n") == "  - item\n    next\n"


def test_c1_controls_from_mis_decoded_windows_text_are_removed() -> None:
    assert normalize_text("a\x92b\x9dc") == "abc"


def test_combining_accents_are_composed() -> None:
    assert normalize_text("re\u0301sume\u0301") == "r\u00e9sum\u00e9"


def test_removing_an_invisible_character_does_not_leave_text_uncomposed() -> None:
    result = normalize_text("e\u200b\u0301")
    assert result == "\u00e9"


def test_blank_lines_are_kept_so_paragraph_structure_survives() -> None:
    assert normalize_text("one\n\n\ntwo\n") == "one\n\n\ntwo\n"


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_normalising_twice_changes_nothing(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@settings(max_examples=100, deadline=None)
@given(_TEXTS)
def test_normalised_text_has_no_carriage_return_nul_or_tab_and_is_nfc(text: str) -> None:
    result = normalize_text(text)
    result.encode("utf-8")  # storable and servable: no surrogate code point left
    assert "\r" not in result
    assert "\x00" not in result
    assert "\t" not in result
    assert unicodedata.is_normalized("NFC", result)


def test_a_long_run_of_blanks_before_text_is_handled_in_linear_time() -> None:
    started = time.process_time()
    assert normalize_text(" " * 1_000_000 + "x \n") == " " * 1_000_000 + "x\n"
    assert time.process_time() - started < 2  # a `[ \t]+$` pattern takes hours here
