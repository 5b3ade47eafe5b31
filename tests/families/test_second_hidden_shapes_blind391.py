"""Two readings blind round 391 found missing (decision 0576), written for this test in our own
words, each with a near miss that must stay unread: an "It was revised in …" after a sentence
that sets the chapter ("this one") against the manual's other chapters or procedures dates the
chapter; and the outcomes said as the children's parity with their peers ("should … as well as
other pupils", their health or safety in the same sentence) are the key outcomes, in an
un-headed run or after the one paragraph under another heading."""

from __future__ import annotations

import pytest

from app.families import get_family
from app.sections.classify import Cues, compile_cues
from tests.families.fact_helpers import fact_text
from tests.reading import read_kinds_and_headings

_TITLE = "Short Breaks for Disabled Children\n\n"
_NEXT = "\n\nRecords\n\nRecords are kept safe and shared only where the law allows.\n"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Foster carers, link workers and panel members use the handbook every week. Other "
            "procedures in it give the steps; this one gives the reasons behind them. It was "
            "revised in October 2025.",
            "2025-10",
        ),
        (
            "Most chapters of the manual are about what to do on a visit, but this one is about "
            "why we visit at all. It was brought up to date in April 2026.",
            "2026-04",
        ),
    ],
)
def test_this_one_set_against_the_other_chapters_is_the_chapter(
    paragraph: str, expected: str
) -> None:
    assert fact_text(_TITLE + paragraph + _NEXT, "amendment_date") == expected


def test_this_one_set_against_other_councils_is_no_chapter() -> None:
    paragraph = (
        "Some councils run a panel for short breaks, but this one relies on its teams. "
        "It was revised in October 2025."
    )
    assert fact_text(_TITLE + paragraph + _NEXT, "amendment_date") is None


@pytest.fixture(scope="module")
def cues() -> Cues:
    return compile_cues(get_family().kinds)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Fostered children in the county ought to read, write and pass exams as well as other "
        "pupils, stay healthy, be safe at home and online, and keep in touch with their brothers "
        "and sisters.",
        "Young people we look after should go to college as often as their peers, see a doctor "
        "when they need one and feel safe in their homes.",
    ],
)
def test_parity_with_peers_with_health_or_safety_is_the_outcomes(
    cues: Cues, paragraph: str
) -> None:
    assert cues.content_kind(paragraph, near_end=False) == "key_outcomes"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Social workers should write records as well as they speak to families, in plain words.",
        "Managers must know the procedures as well as their teams do, and check them each year.",
    ],
)
def test_doing_as_well_as_others_with_no_health_or_safety_is_not(
    cues: Cues, paragraph: str
) -> None:
    assert cues.content_kind(paragraph, near_end=False) != "key_outcomes"


def test_parity_after_the_one_paragraph_under_a_vision_heading_is_its_own_section() -> None:
    text = (
        "# Fostering: Policy, Values and Principles\n\n"
        "## Where we are heading\n\n"
        "We want Eastbrook to be a county where every child grows up loved, where help comes "
        "before a crisis does, and where children in care are raised as well as any child in "
        "the county.\n\n"
        "Fostered children in Eastbrook ought to read, write and pass exams as well as other "
        "pupils, stay healthy, be safe at home and online, and keep in touch with their "
        "brothers and sisters. The panel hears each year how near we are.\n\n"
        "## Our records\n\n"
        "Records are kept safe and shared only where the law allows it.\n"
    )
    kinds = [kind for kind, _ in read_kinds_and_headings(text, "chapter.md")]
    assert "key_outcomes" in kinds
    assert kinds.index("key_outcomes") == kinds.index("vision") + 1
