"""Blind round 276 (decision 0408): a care leaver's practical matters, housing and money, named
alone by a heading are `other` by its words (decision 0177), whatever kind the model would give
the body; a home for good is permanence and keeps the model's reading. Each chapter and
sentence is written for this test in our own words about an invented council."""

import pytest

from app.analysis import analyze
from app.families import get_family
from app.ingest import read_source


def _reading_of(heading: str, body: str) -> str:
    page = (
        "# Children's Services Policies, Values and Principles\n\n"
        "## About this chapter\n\n"
        "This chapter sets out what Ormsby Vale Council believes about its work with children "
        "and was last changed in March 2026.\n\n"
        "## When you leave care\n\n"
        "You keep a personal adviser until you are 21, and until 25 if you want one.\n\n"
        f"## {heading}\n\n{body}\n\n"
        "## Keeping information safe\n\n"
        "What we write about you is private and shared only to keep someone safe.\n"
    )
    analyzed = analyze(read_source(page.encode(), "page.md"), get_family())
    for section in analyzed.outline.sections:
        if section.heading == heading:
            return section.kind
    raise AssertionError(f"no section headed {heading!r}")


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "A place to live",
            "Your adviser helps you apply for a flat, and you can stay with your foster carers "
            "while you look for one.",
        ),
        (
            "Your money",
            "We pay a grant towards furniture when you move into your own home, and help you "
            "open a bank account.",
        ),
        (
            "Housing and benefits",
            "The council's housing team gives care leavers priority, and your adviser helps you "
            "claim the benefits you are owed.",
        ),
    ],
)
def test_a_care_leavers_practical_matter_named_alone_is_other(heading: str, body: str) -> None:
    assert _reading_of(heading, body) == "other"


def test_a_home_for_good_is_not_taken_for_housing() -> None:
    body = (
        "Every child who cannot go home gets a plan for a permanent family within four months "
        "of coming into care."
    )

    assert _reading_of("A home for good", body) == "key_principles"
