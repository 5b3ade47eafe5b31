"""The quick test `version_label` runs first never hides a label the full pattern finds, and the
search on the lines holding a label word finds what the search over the whole text finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from app.families.common_extractors import (
    _MAY_HOLD_VERSION_LABEL,
    _VERSION_LABEL,
    version_label_matches,
    version_label_matches_plain,
)

_LABEL_WORDS = st.lists(
    st.sampled_from(
        [
            "version",
            "issue",
            "ver.",
            "v",
            "3",
            "2.1",
            "this",
            "it",
            "is",
            ":",
            "|",
            "\n",
            " ",
            "no.",
        ]
    ),
    max_size=12,
).map("".join)


@given(_LABEL_WORDS)
def test_every_version_label_holds_a_word_the_quick_test_looks_for(text: str) -> None:
    if _VERSION_LABEL.search(text) is not None:
        assert _MAY_HOLD_VERSION_LABEL.search(text) is not None


_LINES = st.lists(
    st.sampled_from(
        [
            "version",
            "Version",
            "issue",
            "ver.",
            "v",
            "v2",
            "3",
            "2.1",
            "4a",
            "this",
            "chapter",
            "it",
            "is",
            "tissue",
            ":",
            "|",
            "*",
            "-",
            "(final)",
            "june 2024",
            "\n",
            "\n",
            " ",
            "\t",
            "no.",
            "word",
        ]
    ),
    max_size=40,
).map("".join)


def _found(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(match.span(), match.groupdict()) for match in matches]


@given(_LINES)
def test_the_search_by_lines_finds_what_the_whole_search_finds(text: str) -> None:
    lower = text.lower()
    assert _found(version_label_matches(lower)) == _found(version_label_matches_plain(lower))


def test_a_field_whose_value_is_on_the_next_line_is_found_by_lines() -> None:
    lower = "owner: the fostering team\nversion\n  4.2\nthis is version 5 of it\n"
    assert [match.group() for match in version_label_matches(lower)] == [
        match.group() for match in version_label_matches_plain(lower)
    ]
    assert len(version_label_matches(lower)) == 2
