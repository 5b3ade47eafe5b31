"""Headings given in two languages, a slash between them (blind290, decision 0425).

A council publishing in Welsh and English may print each heading as a pair ("Ein gwerthoedd /
Our values"). A cue anchored at a label's opening or matching the whole label finds neither
half of such a pair, so each half is tried on its own when the whole names no kind; a slash
inside a phrase ("and/or") parts nothing.

Each case is written for this test in our own words.
"""

import pytest

from app.families import get_family
from app.sections.classify import compile_cues
from app.sections.model import Outline
from tests.sections.helpers import assert_tiles, outline_of

_CUES = compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    ("words", "english"),
    [
        ("Ein gwerthoedd / Our values", "Our values"),
        ("Our values / Ein gwerthoedd", "Our values"),
        ("Cyflwyniad / Introduction", "Introduction"),
        ("Rhianta corfforaethol / Corporate parenting", "Corporate parenting"),
    ],
)
def test_a_pair_takes_the_kind_its_english_half_names(words: str, english: str) -> None:
    assert _CUES.heading_kind(english) is not None
    assert _CUES.heading_kind(words) == _CUES.heading_kind(english)


def test_a_slash_inside_a_phrase_parts_nothing() -> None:
    assert _CUES.heading_kind("Ein gwerthoedd/Our values") is None
    assert _CUES.heading_kind("Rhywbeth arall / Rhywbeth eto") is None


def _outline(text: str) -> Outline:
    return outline_of(text, "markdown")


def test_pair_headings_open_sections_of_their_kinds() -> None:
    text = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## Ein gwerthoedd / Our values\n\n"
        "We listen first, we explain our decisions and we do not give up.\n\n"
        "## Cyflwyniad / Introduction\n\n"
        "This policy sets out how the county works with children and families.\n"
    )
    outline = _outline(text)
    assert_tiles(outline)
    kinds = [(section.kind, section.decided_by) for section in outline.sections[1:]]
    assert kinds == [
        (_CUES.heading_kind("Our values"), "heading"),
        (_CUES.heading_kind("Introduction"), "heading"),
    ]
