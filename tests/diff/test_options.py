"""The ignore options as keys: what compares equal, while the original text is kept."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.diff import CompareOptions
from app.diff.options import NAME_PLACEHOLDER, NUMBER_PLACEHOLDER, Masker, count_words


def _keys(text: str, *names: str, **options: bool) -> list[str | None]:
    run = Masker(CompareOptions(**options), names).tokens(text)
    assert "".join(run.texts) == text
    return [key for key in run.keys if key is None or not key.isspace()]


def test_without_options_every_token_is_its_own_key():
    assert _keys("The Council, 3.1") == ["The", "Council", ",", "3", ".", "1"]


def test_numbering_masks_heading_list_and_reference_numbers_not_other_numbers():
    assert _keys("3.1 Leaving care", ignore_numbering=True)[0] == NUMBER_PLACEHOLDER
    assert _keys("## **4. Key Principles**", ignore_numbering=True).count(NUMBER_PLACEHOLDER) == 1
    assert NUMBER_PLACEHOLDER in _keys("as set out in Section 2.4 above", ignore_numbering=True)
    assert NUMBER_PLACEHOLDER not in _keys("until they are 25 years old", ignore_numbering=True)
    assert NUMBER_PLACEHOLDER not in _keys("2024 was a year of change", ignore_numbering=True)


def test_local_names_are_masked_whole_case_and_spacing_aside():
    keys = _keys(
        "NORTHBRIDGE  family services and Northbridge\u2019s partners",
        "Northbridge Family Services",
        "Northbridge",
        ignore_local_names=True,
    )
    assert keys[0] == NAME_PLACEHOLDER and keys.count(NAME_PLACEHOLDER) == 2
    assert "family" not in keys


def test_names_inside_other_words_are_not_masked():
    assert NAME_PLACEHOLDER not in _keys("Northbridgeshire", "Northbridge", ignore_local_names=True)


def test_local_names_are_ignored_only_with_the_option():
    assert NAME_PLACEHOLDER not in _keys("Northbridge", "Northbridge")


def test_case_punctuation_and_whitespace():
    assert _keys("The Children's", ignore_case=True) == ["the", "children's"]
    assert _keys("The Children's, plans.", ignore_punctuation=True) == [
        "The",
        "Childrens",
        None,
        "plans",
        None,
    ]
    run = Masker(CompareOptions(ignore_whitespace=True)).tokens("a \n b")
    assert run.keys == ["a", None, "b"]


def test_block_content_collapses_whitespace_and_counts_original_words():
    masker = Masker(CompareOptions(ignore_local_names=True), ["Northbridge Family Services"])
    content = masker.content("Northbridge Family Services  works\nwith families.\n\n")
    assert content.key == f"{NAME_PLACEHOLDER} works with families."
    assert content.size == count_words("Northbridge Family Services works with families.")
    assert NAME_PLACEHOLDER in content.vocabulary


def test_count_words_keeps_inner_apostrophes():
    assert count_words("Children\u2019s services, (aged 16-25).") == 5


@settings(max_examples=100)
@given(st.text(alphabet="ab1_ '\u2019.\n\u00e9\x00", max_size=40))
def test_words_are_counted_as_the_shared_tokenizer_finds_them(text):
    from app.text import tokenize_words

    words = [token for token in tokenize_words(text) if re.match(r"\w", token)]
    assert count_words(text) == len(words)


@settings(max_examples=300)
@given(
    st.text(alphabet="ab1_ '\u2019.\n\u2022#*\x00", max_size=30),
    st.integers(min_value=0, max_value=30),
    st.integers(min_value=0, max_value=30),
)
@example("\u2022 \x00a'b\n", 2, 1)
@example("1. a b\n", 3, 1)
@example("* a'b\n", 3, 1)
def test_a_block_with_markup_counts_the_words_of_its_whole_text(text, before, after):
    before = min(before, len(text))
    after = min(after, len(text) - before)
    content = Masker(CompareOptions()).content(text, (before, after))
    assert content.size == count_words(text) or not (before or after)


@settings(max_examples=200)
@given(st.text(alphabet="aZ9_ '\u2019.\n\u00e9\u00b2\u0663\u2160\u2022\x00-", max_size=40))
def test_compared_words_are_runs_of_unicode_word_characters(text):
    expected = re.findall(r"\x00\w+|\w+(?:['\u2019]\w+)*", text)
    assert Masker(CompareOptions()).words(text) == expected
