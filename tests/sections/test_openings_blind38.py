"""Sections met in the thirty-eighth blind round (decision 0081): "Our way of working" heads the
practice model section, as every annotated set reads it, whatever the paragraph under it says
("How we practise" stays a key-principles hint the kind model may overrule, as blind29's test
of a place and its families-first work holds); a closing sentence saying the chapter was
amended on a day written with its article ("on the 3rd of March 2025") or as an ISO date is end
matter, as the same sentence with a plain day already was. Sections still tile the text."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from tests.sections.helpers import assert_tiles, outline_of

_TITLE = "# Family Support Policy\n\n"
_SCOPE = "## About this policy\n\nThis policy applies to every family support worker.\n\n"
_BODY = (
    "## Our values\n\n"
    "We listen to children and keep the promises we make to them.\n\n"
    "## Sharing information\n\n"
    "Staff keep what families tell them private unless the law says otherwise.\n\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Our way of working", "Our way of working with families", "Our way of working:"],
)
def test_headings_naming_the_way_of_working_head_the_practice_model(heading: str) -> None:
    paragraph = (
        "We are kind and patient, and we try to understand what has happened to a child "
        "before we judge how they behave."
    )
    outline = outline_of(f"{_TITLE}{_SCOPE}## {heading}\n\n{paragraph}\n", "markdown")
    assert_tiles(outline)
    section = next(s for s in outline.sections if s.heading and heading in s.heading)
    assert section.kind == "practice_model"


def test_how_we_work_and_how_we_practise_stay_key_principles_hints() -> None:
    """SPEC names "How we work" as a key principles heading; the new cue leaves it, "How we
    practise" and a way of working with partners alone."""
    cues = compile_cues(get_family().kinds)
    for words in ("How we work", "How we practise"):
        assert cues.heading_kind(words) == "key_principles"
        assert cues.only_hinted("key_principles", words)
    assert cues.heading_kind("Our way of working with partners") != "practice_model"
    assert cues.heading_kind("Our way of working") == "practice_model"


@pytest.mark.parametrize(
    "closing",
    [
        "This policy was amended on the 3rd of March 2025.",
        "This chapter was revised on 2025-01-31.",
        "Page last updated 2025-02-14",
    ],
)
def test_a_closing_amendment_sentence_with_its_day_is_end_matter(closing: str) -> None:
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert_tiles(outline)
    assert outline.sections[-1].kind == "end_matter"
    assert outline.sections[-1].text.strip() == closing


def test_a_closing_sentence_about_a_plan_dated_with_its_article_stays_in_its_section() -> None:
    closing = "The hub plan was agreed on the 3rd of March 2025 by the board."
    outline = outline_of(_TITLE + _SCOPE + _BODY + closing + "\n", "markdown")
    assert outline.sections[-1].kind != "end_matter"
