"""Section readings met in the thirty-seventh blind round. Each text is written for this test in
our own words; sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_END = (
    "# Family Support Policy\n\n"
    "## Keeping records\n\n"
    "We write down what families tell us and check it with them.\n\n"
)


@pytest.mark.parametrize("line", ["Document version: v3.2", "Version: v7", "Version v2.1"])
def test_a_labelled_version_keeping_its_v_closes_the_chapter_as_end_matter(line: str) -> None:
    outline = outline_of(f"{_END}{line}\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith(line)


def test_a_version_word_in_a_sentence_at_the_end_is_no_end_matter() -> None:
    line = "Version v3.2 of the form is sent to every family."
    outline = outline_of(f"{_END}{line}\n", "markdown")
    assert outline.sections[-1].kind != "end_matter"
