"""Headings that name the law the work stands on, or the agencies gathered around a child,
head the introduction and the shared responsibility sections whatever the chapter's topic
(decision 0531). The kind model read such headings right on chapters it had never seen, but only
just (a shared responsibility at 0.42), so the heading's own words now decide.

Each heading is written for this test in our own words.
"""

from __future__ import annotations

import pytest

from app.sections.classify import Cues


@pytest.mark.parametrize(
    "heading",
    [
        "Statutory footing",
        "The legal foundation",
        "Legal backdrop to this chapter",
        "The law behind fostering for adoption",
        "Legislation underpinning our reviews",
        "The laws that govern short breaks",
        "The law and guidance behind this chapter",
    ],
)
def test_the_law_pictured_as_a_footing_heads_the_introduction(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) == "introduction"


@pytest.mark.parametrize(
    "heading",
    [
        "The law on sharing information",
        "Legal advice for carers",
        "Law enforcement and exploitation",
    ],
)
def test_the_law_of_another_topic_heads_no_introduction(cues: Cues, heading: str) -> None:
    assert cues.heading_kind(heading) != "introduction"


@pytest.mark.parametrize(
    "heading",
    [
        "Partnership with schools and other agencies",
        "Partnerships with health and partner organisations",
        "Working in partnership with the police and other professionals",
        "The team around the family",
        "Professionals around each young person",
    ],
)
def test_agencies_named_with_the_partnership_head_the_shared_responsibility(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) == "shared_responsibility"


@pytest.mark.parametrize(
    "heading",
    [
        "Partnership with parents and carers",
        "Partnership with families",
        "The people around the child",
        "Friends and family around the young person",
    ],
)
def test_a_partnership_with_the_family_heads_no_shared_responsibility(
    cues: Cues, heading: str
) -> None:
    assert cues.heading_kind(heading) != "shared_responsibility"
