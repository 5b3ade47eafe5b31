"""Section readings met in the thirty-seventh blind round. Each text is written for this test in
our own words; sections still tile the text."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
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


@pytest.mark.parametrize(
    "hope",
    [
        "We would like Harnfield to be a district where every child grows up safe.",
        "We'd like Carrow Vale to be the happiest borough to grow up in.",
    ],
)
def test_the_place_the_council_would_like_its_area_to_be_is_its_vision(hope: str) -> None:
    text = (
        "Harnfield Council - Family Policies\n\n"
        "This chapter applies to everyone who works with children in Harnfield.\n\n"
        f"{hope}\n\n"
        "Children should live with their own families wherever it is safe for them.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    assert any(s.kind == "vision" and s.text.startswith(hope) for s in outline.sections)


def test_liking_something_else_to_be_so_is_no_vision_cue() -> None:
    cues = compile_cues(get_family().kinds)
    assert cues.content_kind("We would like parents to be told within a day.", False) is None
    assert cues.content_kind("We would like this to be a place to talk.", False) is None
