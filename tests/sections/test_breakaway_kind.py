"""`Cues.breakaway_kind` tries the cues of the kinds that break away before all the family's cues
(decision 0122): it answers as `breakaway_kind_plain`, the first kind the content cues name (or
a heading run into the paragraph) when that kind breaks away."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.families import get_family
from app.sections.classify import _without_captures, compile_cues


@pytest.fixture(scope="module")
def cues():
    return compile_cues(get_family().kinds)


def test_the_family_has_kinds_that_break_away_and_kinds_that_do_not(cues):
    assert cues.breakaway_kinds
    assert cues.breakaway_kinds < {kind.slug for kind in cues.kinds}


@pytest.mark.parametrize(
    ("opening", "kind"),
    [
        ("Our vision is that every child in Brackenholt grows up safe, well and happy.", "vision"),
        ("Our Vision: every child in Brackenholt grows up safe, well and happy at home.", "vision"),
        ("Every child in Brackenholt grows up safe, well and happy at home with us.", None),
        ("This chapter applies to everyone who works with children in Brackenholt.", None),
        ("", None),
    ],
)
def test_a_kind_that_breaks_away_is_named_and_any_other_is_not(cues, opening, kind):
    assert cues.breakaway_kind(opening) == cues.breakaway_kind_plain(opening)
    if kind is not None:
        assert cues.breakaway_kind(opening) == kind
    else:
        assert cues.breakaway_kind(opening) is None


def test_every_paragraph_of_the_known_documents_is_named_as_by_all_the_cues(
    cues, known_document_texts
):
    paragraphs = {
        paragraph.strip().lstrip("#*-\u2022 ")
        for text in known_document_texts
        for paragraph in text.splitlines()
        if paragraph.strip()
    }
    assert len(paragraphs) > 200
    named = 0
    for paragraph in paragraphs:
        kind = cues.breakaway_kind_plain(paragraph)
        assert cues.breakaway_kind(paragraph) == kind, paragraph
        named += kind is not None
    assert named > 0


_FAMILY = get_family()
_CUES = [
    re.compile(_without_captures(cue), re.IGNORECASE)
    for kind in _FAMILY.kinds
    for cue in kind.content_cues
]
_LABELS = sorted({kind.label for kind in _FAMILY.kinds} | {"Our Vision", "Strategy", "Outcomes"})
"""Headings run into a paragraph ("Our Vision: …")."""
_WORDS = sorted(
    {
        word
        for kind in _FAMILY.kinds
        for cue in kind.content_cues
        for word in re.findall(r"[a-z']{3,}", cue)
    }
)
_OPENINGS = st.tuples(
    st.sampled_from(
        ["", *(label + ": " for label in _LABELS), *(label + ". " for label in _LABELS)]
    ),
    st.sampled_from(_CUES).flatmap(st.from_regex)
    | st.lists(st.sampled_from(_WORDS), max_size=20).map(" ".join),
).map("".join)


@settings(max_examples=400, deadline=None)
@given(_OPENINGS)
@example("A shared responsibility: We want the same chances as any other child.")
def test_any_opening_is_named_as_by_all_the_cues(opening):
    cues = compile_cues(_FAMILY.kinds)
    assert cues.breakaway_kind(opening) == cues.breakaway_kind_plain(opening)
