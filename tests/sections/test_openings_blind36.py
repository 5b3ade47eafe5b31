"""Openings met in the thirty-sixth blind round: a sentence under the title saying the chapter
itself was changed, and when, is the chapter's amendment note and opens the scope; a sentence
about the page stays with the title. Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Family Support Policy\n\n"
_BODY = "## Introduction\n\nHere we explain how our family hubs work with parents.\n"


@pytest.mark.parametrize(
    "note",
    [
        "_This policy was checked and brought up to date in July 2024._",
        "This chapter has been revised in February 2025.",
        "This procedure was last amended in May 2023.",
    ],
)
def test_a_sentence_saying_the_chapter_changed_under_the_title_starts_the_scope(
    note: str,
) -> None:
    outline = outline_of(f"{_TITLE}{note}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert outline.sections[0].kind == "title"
    assert note not in outline.sections[0].text
    assert outline.sections[1].kind == "scope"
    assert outline.sections[1].text.startswith(note)


def test_a_sentence_about_the_page_under_the_title_stays_with_the_title() -> None:
    stamp = "This page was updated on 4 June 2024."
    outline = outline_of(f"{_TITLE}{stamp}\n\n{_BODY}", "markdown")
    assert_tiles(outline)
    assert stamp in outline.sections[0].text
