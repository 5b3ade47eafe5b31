"""Cues are matched with their groups made non-capturing (decision 0103): exactly as written."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.families import all_families
from app.sections.classify import _without_captures


@pytest.mark.parametrize(
    ("source", "rewritten"),
    [
        ("(the )?council", "(?:the )?council"),
        ("^(a|b(c))d", "^(?:a|b(?:c))d"),
        (r"\(see (below)\)", r"\(see (?:below)\)"),
        ("[(]x[)]", "[(]x[)]"),
        ("[]()](y)", "[]()](?:y)"),
        ("[^]()](y)", "[^]()](?:y)"),
        (r"[\]()](y)", r"[\]()](?:y)"),
        ("(?:a)(?P<name>b)(?=c)(?<!d)(?i:e)", "(?:a)(?P<name>b)(?=c)(?<!d)(?i:e)"),
        (r"(a)\1", r"(a)\1"),
        ("(?P<x>a)(?P=x)", "(?P<x>a)(?P=x)"),
        ("(a)?(?(1)b|c)", "(a)?(?(1)b|c)"),
    ],
)
def test_a_cue_loses_its_capturing_groups_only(source, rewritten):
    assert _without_captures(source) == rewritten


FAMILY_CUES = sorted(
    {
        cue.removeprefix("^")
        for family in all_families()
        for kind in family.kinds
        for field in (
            "heading_cues",
            "content_cues",
            "heading_hints",
            "yielding_cues",
            "summary_cues",
        )
        for cue in getattr(kind, field)
    }
)


def test_every_family_cue_is_matched_without_groups():
    assert len(FAMILY_CUES) > 100
    for cue in FAMILY_CUES:
        assert re.compile(_without_captures(cue)).groups == 0, cue


def _words() -> list[str]:
    return sorted({word for cue in FAMILY_CUES for word in re.findall(r"[A-Za-z']+", cue)})


TEXTS = st.lists(
    st.sampled_from(_words()) | st.text(max_size=6) | st.sampled_from([" ", ": ", ".", "2024"]),
    max_size=16,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(FAMILY_CUES), TEXTS)
def test_a_cue_without_groups_matches_as_written(cue, text):
    written = re.compile(cue, re.IGNORECASE)
    rewritten = re.compile(_without_captures(cue), re.IGNORECASE)
    for start in range(len(text) + 1):
        plain, quick = written.match(text, start), rewritten.match(text, start)
        assert (plain and plain.span()) == (quick and quick.span())
