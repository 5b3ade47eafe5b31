"""The quick test `version_label` runs first never hides a label the full pattern finds."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.families.common_extractors import _MAY_HOLD_VERSION_LABEL, _VERSION_LABEL

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
