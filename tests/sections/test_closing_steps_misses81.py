"""A paragraph that closes a headed section, right before the next heading, and tells a
procedure the heading does not cover (who is told, who visits, within how many working days)
is a section of no kind of its own (decision 0535): chapters on other topics of children's
services put the topic's steps after the body of their values, with no heading of their own.
Un-headed stretches of the family's kinds already leave a headed section; material of no kind
did not, so the steps were read as part of the values. The rule asks for everything at once:
the paragraph ends its section before a heading, stands below the heading's first block, says
something at length, and the kind model is sure it is of no kind. A step between two paragraphs
of the section, a short closing line, and a closing paragraph of the heading's own topic stay
in the headed section."""

from __future__ import annotations

import pytest

import app.sections.assemble as assemble
from tests.reading import read_kinds_and_headings

_STEPS = (
    "When a child is placed with us in an emergency, the duty social worker tells the "
    "family time service on the same working day. A supervising worker rings the parents "
    "within two working days to agree the first visit, the contact centre books a room, and "
    "the arrangement is written into the placement plan within ten working days and looked "
    "at again at the first review."
)
"""Steps of a procedure: roles, a same-day notice, counted working days, a plan and a review."""

_VALUES = (
    "We believe children in care should keep the people who matter to them. Brothers and "
    "sisters, grandparents and old friends are part of who a child is, and we are honest with "
    "children about why a visit cannot always happen."
)


def _chapter(values_body: str) -> str:
    return f"""# Family Time for Children in Care: Policy, Values and Principles

## About this chapter

This chapter explains how Fenwold Borough Council helps children in its care stay in touch with \
their families. It is for social workers, foster carers and the family time service, and it \
was amended in April 2026.

## The law behind this chapter

Our duties come from the Children Act 1989 and the Care Planning, Placement and Case Review \
(England) Regulations 2010.

## What we believe

{values_body}

## Our duty as corporate parent

Fenwold Borough Council is the corporate parent of every child it looks after, and everyone \
who works for the council shares that duty. We act as any good parent would, in the child's \
best interests, and we keep their views at the heart of every decision.

## Sharing information

Information about a child's family is shared only with the people who need it to keep the \
child safe, and the child is told what has been shared and why.
"""


def _read(values_body: str) -> list[tuple[str, str | None]]:
    return read_kinds_and_headings(_chapter(values_body), "family-time.md")


def test_steps_closing_the_values_stand_apart_as_other() -> None:
    sections = _read(f"{_VALUES}\n\n{_STEPS}")
    assert sections[3:6] == [
        ("values", "What we believe"),
        ("other", None),
        ("corporate_parenting", "Our duty as corporate parent"),
    ]


def test_with_the_rule_off_the_steps_stay_in_the_values(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assemble, "CONFIDENT_OTHER", 1.01)
    sections = _read(f"{_VALUES}\n\n{_STEPS}")
    assert ("other", None) not in sections


def test_steps_between_two_paragraphs_of_the_section_stay_in_it() -> None:
    """The section comes back to its own topic after the steps: the heading heads all three."""
    closing = "We also believe that no child should lose touch with a brother or sister because \
they live in different homes, and we plan visits between siblings before anything else."
    sections = _read(f"{_VALUES}\n\n{_STEPS}\n\n{closing}")
    assert ("other", None) not in sections
    assert ("values", "What we believe") in sections


def test_steps_right_under_the_heading_are_what_the_heading_heads() -> None:
    sections = _read(_STEPS)
    assert ("other", None) not in sections


def test_a_short_closing_step_stays_with_its_section() -> None:
    sections = _read(f"{_VALUES}\n\nThe request form is on the intranet.")
    assert ("other", None) not in sections
    assert ("values", "What we believe") in sections


_SHORT_VALUES = (
    "Children should feel that the people they love are welcome in their lives, and that "
    "we are honest with them about every visit."
)


def test_a_heading_no_cue_knows_is_named_by_the_words_before_the_steps() -> None:
    """The model names a heading by its body; a procedure longer than the body it closes would
    outweigh it, and the heading would be read as no kind with the steps in it."""
    text = _chapter(f"{_SHORT_VALUES}\n\n{_STEPS}").replace(
        "## What we believe", "## Keeping children close to the people they love"
    )
    sections = read_kinds_and_headings(text, "family-time.md")
    assert sections[3:5] == [
        ("values", "Keeping children close to the people they love"),
        ("other", None),
    ]


def test_without_cutting_the_steps_off_the_heading_reads_as_no_kind(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(assemble, "_closing_steps_under", lambda *_arguments: None)
    text = _chapter(f"{_SHORT_VALUES}\n\n{_STEPS}").replace(
        "## What we believe", "## Keeping children close to the people they love"
    )
    sections = read_kinds_and_headings(text, "family-time.md")
    assert sections[3] == ("other", "Keeping children close to the people they love")
