"""A closing block of document-control lines opened by the document's owner (blind round 331,
decision 0485): "Policy owner: <post>" over the review date and the version is end matter, as
the version line under it is. Every text is written for these tests in our own words.
"""

from __future__ import annotations

import re

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source

_BODY = (
    "Children's Services Policies, Values and Principles\n\n"
    "This chapter applies to everyone who works in the borough's children's services.\n\n"
    "Children do best when they are brought up by their own families wherever that is safe, and "
    "the council works with relatives and friends before it looks to strangers.\n\n"
    "Information about families is kept confidential and shared only where the law allows.\n\n"
)


@pytest.mark.parametrize(
    "owner",
    [
        "Policy owner: Principal Social Worker",
        "Document owner: Head of Service, Children's Social Care",
        "Lead officer: Assistant Director for Children in Care",
    ],
)
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_an_owner_line_over_the_closing_stamps_opens_the_end_matter(
    owner: str, between: str
) -> None:
    text = _BODY + owner + between + "Last reviewed: 2 June 2025" + between + "Version 3.1\n"
    analyzed = analyze(read_source(text.encode(), "chapter.txt"), get_family())
    last = analyzed.outline.sections[-1]
    assert last.kind == "end_matter"
    assert analyzed.text[last.start : last.end].startswith(owner)


def test_an_owner_label_over_a_sentence_is_no_stamp() -> None:
    cues = [
        cue for kind in get_family().kinds if kind.slug == "end_matter" for cue in kind.content_cues
    ]
    line = "lead officer: the head of service chairs the panel every month, and reports to it."
    assert not any(re.search(cue, line) for cue in cues)
