"""Section readings met in the hundred-and-third blind round (decision 0171). Each text is
written for this test in our own words; sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_END = (
    "# Family Help Policy\n\n"
    "## Keeping records\n\n"
    "We write down what families tell us and check it with them.\n\n"
)


@pytest.mark.parametrize(
    "line",
    ["Chapter version: v6", "Policy version 2.1", "Procedure version: 3", "Chapter version | v4"],
)
def test_a_version_labelled_with_what_it_versions_closes_the_chapter_as_end_matter(
    line: str,
) -> None:
    outline = outline_of(f"{_END}{line}\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.startswith(line)


def test_a_chapter_version_in_a_sentence_at_the_end_is_no_end_matter() -> None:
    line = "Chapter version 6 of the guide is sent to every new carer."
    outline = outline_of(f"{_END}{line}\n", "markdown")
    assert outline.sections[-1].kind != "end_matter"
