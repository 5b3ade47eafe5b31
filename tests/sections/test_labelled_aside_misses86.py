"""A paragraph opening on a note's label ("Practice note:", "Tip:", "Remember -") set inside a
headed section comments on that section's text: it opens no section of its own, whatever its
words talk about (misses86, decision 0581: a Word chapter's "Practice note" box under "Our way
of working" split off as the principles once the kind examples were rebuilt). Each chapter is
written for this test in other words about an invented council."""

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
