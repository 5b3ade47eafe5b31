"""Two things set inside a section open no section of their own (misses86, decision 0581): a
paragraph opening on a note's label ("Practice note:", "Tip:", "Remember -") under a heading
comments on that section's text, whatever its words talk about (a Word chapter's "Practice note"
box under "Our way of working" split off as the principles once the kind examples were
rebuilt); and lettered items finishing a sentence left open on a colon carry that sentence on
(a plain copy of a Word chapter's corporate parenting duties split off the paragraph that
introduced them). Each chapter is written for this test in other words about invented
councils."""

from __future__ import annotations

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source
from app.sections.assemble import _labelled_aside

_NOTE = (
    "Every young person leaving our care keeps a personal adviser until they are 21, and "
    "until 25 where they ask for one; a plan for permanence is settled for each child within "
    "four months, and brothers and sisters are placed together wherever that is safe."
)


def _chapter(label: str) -> str:
    return (
        "# Leaving Care in Pellingham: Policy, Values and Principles\n\n"
        "## About this chapter\n\n"
        "Pellingham Borough Council amended this chapter in April 2026. It is for personal "
        "advisers and social workers of young people leaving care.\n\n"
        "## The Bridges model\n\n"
        "Our advisers work to the Bridges model, in which a young person chooses one trusted "
        "adult who stays with them through every move, and every conversation starts from what "
        "the young person wants to happen next.\n\n"
        f"{label} {_NOTE}\n\n"
        "## Paying for a first home\n\n"
        "The personal adviser agrees the setting-up grant with the young person within ten "
        "working days of a tenancy being offered.\n"
    )


@pytest.mark.parametrize("label", ["**Practice note:**", "**Tip:**", "Remember -"])
def test_a_labelled_note_under_a_heading_stays_in_its_section(label: str) -> None:
    source = read_source(_chapter(label).encode(), filename="bridges.md")
    sections = analyze(source, get_family()).outline.sections
    holding = [section for section in sections if "setting-up grant" not in section.text]
    assert [section.heading for section in holding][-1] == "The Bridges model"
    assert "personal adviser until they are 21" in holding[-1].text


@pytest.mark.parametrize(
    ("words", "aside"),
    [
        ("**Practice note:** if a young person turns down help, write once a year.", True),
        ("Warning - do not share the address.", True),
        ("**Our starting point:** families come first.", False),
        ("**Information sharing:** we ask before we share.", False),
        ("Note the date of the review in the plan.", False),
    ],
)
def test_only_a_notes_own_label_marks_an_aside(words: str, aside: bool) -> None:
    assert _labelled_aside(words) is aside


_DUTIES = (
    "# Children's Services Policies, Values and Principles\n\n"
    "## 1. About this policy\n\n"
    "1.1 Dunmere District Council amended this policy in May 2026. It is for every member of "
    "staff who works with children and families.\n\n"
    "## 2. What we stand for\n\n"
    "2.1 We are honest with families and we keep the promises we make to them.\n\n"
    "2.2 Every elected member shares in the care of the children we look after, and the law "
    "asks the council, in all it does for them, to keep in mind the need:\n\n"
    "(a) to act in their best interests and to look after their health;\n\n"
    "(b) to listen to what they think and feel and to take it seriously;\n\n"
    "(c) to make sure they are safe and settled at home and at school;\n\n"
    "(d) to help them get ready for living on their own.\n\n"
    "## 3. Planning\n\n"
    "3.1 We plan early for every child so that no child waits for a home.\n"
)


def test_lettered_items_finishing_a_sentence_stay_with_it() -> None:
    """A list of lettered paragraphs that finishes a sentence left open on a colon ("… the
    need:" over "(a) to act …;") carries that sentence on: no section opens at an item, however
    surely the items read as another kind (misses86, decision 0581)."""
    source = read_source(_DUTIES.encode(), filename="duties.md")
    sections = analyze(source, get_family()).outline.sections
    assert not [section for section in sections if section.text.startswith("(")]
