"""The word tokenizer: diffs rely on its tokens rebuilding the text exactly."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.text import PLAIN_WORD_RE, WORD_RE, tokenize_words


def test_words_spaces_and_punctuation_are_separate_tokens() -> None:
    assert tokenize_words("Care leavers, aged 21.") == [
        "Care", " ", "leavers", ",", " ", "aged", " ", "21", ".",
    ]  # fmt: skip


def test_apostrophes_inside_a_word_keep_it_whole() -> None:
    assert tokenize_words("children's and Children\u2019s") == [
        "children's", " ", "and", " ", "Children\u2019s",
    ]  # fmt: skip


def test_a_run_of_whitespace_is_one_token() -> None:
    assert tokenize_words("a \n\n  b") == ["a", " \n\n  ", "b"]


def test_the_pattern_matches_every_character_of_any_text() -> None:
    assert WORD_RE.fullmatch("x") and WORD_RE.fullmatch("\u2014")


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_tokens_concatenate_back_to_the_text(text: str) -> None:
    assert "".join(tokenize_words(text)) == text


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1))
def test_no_token_is_empty(text: str) -> None:
    assert all(tokenize_words(text))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9_ '\u2019.,\n\t\u00a0\u00e9\u00b2\u0663\u2160\u2022\u2028\x00\x1c-"))
def test_tokens_are_words_runs_of_whitespace_or_single_characters(text: str) -> None:
    assert tokenize_words(text) == PLAIN_WORD_RE.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_the_fast_spelling_finds_the_plain_tokens_in_any_text(text: str) -> None:
    assert WORD_RE.findall(text) == PLAIN_WORD_RE.findall(text)
