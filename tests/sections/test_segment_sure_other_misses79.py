"""A paragraph the kind model is sure is of no kind, in a run of paragraphs no heading opened,
may stand as "other" between two sections for the one boundary those sections cost anyway
(decision 0520). Chapters on other topics of children's services tell their procedure (who is
told, who visits, within how many working days) in such a paragraph between the practice model
and the principles; charged the cost of "other" inside a run and a boundary of its own, it
joined the principles after it. Under a heading, below the certainty, or inside one section
(where leaving the aside turns back to the section's kind), nothing changes."""

from __future__ import annotations

import pytest

import app.sections.segment as segment
from app.sections.segment import RunBlock, Segment, segment_run
from tests.reading import read_kinds_and_headings

ORDER = ["scope", "values", "model", "principles", "sharing"]


def _block(weight: float = 1.5, **likely: float) -> RunBlock:
    probabilities = {kind: likely.get(kind, 0.02) for kind in [*ORDER, "other"]}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True)


def _chapter(middle: RunBlock) -> list[RunBlock]:
    return [
        _block(scope=0.85),
        _block(values=0.8),
        _block(model=0.8),
        middle,
        _block(principles=0.9),
        _block(sharing=0.85),
    ]


_STEPS = _block(other=0.58, principles=0.25)
"""Who must be told and how soon a worker visits: no kind of the family's, though its plans and
roles sound a little like the principles."""


def test_a_paragraph_sure_to_be_of_no_kind_stands_apart_between_two_sections() -> None:
    assert segment_run(_chapter(_STEPS), ORDER) == [
        Segment(0, "scope"),
        Segment(1, "values"),
        Segment(2, "model"),
        Segment(3, "other"),
        Segment(4, "principles"),
        Segment(5, "sharing"),
    ]


def test_charged_as_before_it_joined_the_section_after_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "CONFIDENT_OTHER", 1.01)
    kinds = [part.kind for part in segment_run(_chapter(_STEPS), ORDER)]
    assert kinds == ["scope", "values", "model", "principles", "sharing"]


def test_a_paragraph_only_leaning_to_no_kind_keeps_to_the_sections() -> None:
    unsure = _block(other=0.45, principles=0.3)
    kinds = [part.kind for part in segment_run(_chapter(unsure), ORDER)]
    assert kinds == ["scope", "values", "model", "principles", "sharing"]


def test_under_a_heading_the_paragraph_stays_in_the_headed_section() -> None:
    """The heading named what its run is about; a step told under it belongs to it."""
    blocks = [_block(principles=0.9), _STEPS, _block(principles=0.85)]
    assert segment_run(blocks, ORDER, "principles") == [Segment(0, "principles")]


def test_an_aside_inside_one_section_still_pays_for_the_way_back() -> None:
    """Between two paragraphs of the same section, leaving the aside turns back to the kind the
    path had reached: a boundary the section would not have had, which a fair certainty does
    not pay for."""
    blocks = [
        _block(scope=0.85),
        _block(principles=0.9),
        _STEPS,
        _block(principles=0.9),
        _block(sharing=0.85),
    ]
    kinds = [part.kind for part in segment_run(blocks, ORDER)]
    assert kinds == ["scope", "principles", "sharing"]


_KINSHIP_CARE = """\
Harrowmere District Council: Family and Friends Care - Policy, Values and Principles

This chapter explains how Harrowmere's children's services support children who are brought up \
by grandparents, aunts, older siblings or family friends when their parents cannot care for \
them. It is written for social workers, the kinship support team, assessing social workers and \
managers, and it was last revised in March 2026.

Our duties here come from the Children Act 1989, the Care Planning, Placement and Case Review \
(England) Regulations 2010 and the Children and Families Act 2014.

We think a child belongs first with the people who already love them. Relatives are treated as \
partners, not as applicants to be tested, and children are asked who in their family they want \
to live with.

Our practitioners work with Rooted Together, the council's model for family network meetings, \
which brings the whole family to one table to agree who will care for the child and how \
everyone else will help.

When a relative agrees to take a child at short notice, the duty team tells the kinship support \
team the same working day. An assessing social worker visits the relative's home within three \
working days, checks are requested from the police and the family's GP, and the full \
assessment goes to the fostering panel within sixteen weeks of the child moving in.

Every child cared for by relatives has the same chance of a settled future as any other child. \
A permanence plan is made within four months of a child coming into our care, and a special \
guardianship order is considered for every child who will stay with family for good.
"""


def test_the_procedure_of_a_chapter_on_kinship_care_is_read_apart_from_its_principles() -> None:
    kinds = [kind for kind, _heading in read_kinds_and_headings(_KINSHIP_CARE, "kinship.txt")]
    assert kinds[-3:] == ["practice_model", "other", "key_principles"]


def _closing_block(**likely: float) -> RunBlock:
    """A short line among the chapter's last blocks."""
    probabilities = {kind: likely.get(kind, 0.02) for kind in [*ORDER, "other"]}
    return RunBlock(probabilities=probabilities, weight=0.3, may_open=True, closing=True)


def test_a_last_short_line_sure_to_be_of_no_kind_closes_the_run_apart() -> None:
    """An invitation to write in with questions, under the chapter's last section: short, so
    its reading weighs little, yet it is no part of the partnership paragraph above it."""
    blocks = [
        _block(scope=0.85),
        _block(values=0.8),
        _block(sharing=0.85),
        _closing_block(other=0.8, scope=0.1),
    ]
    assert [part.kind for part in segment_run(blocks, ORDER)] == [
        "scope",
        "values",
        "sharing",
        "other",
    ]


def test_a_last_line_only_leaning_to_no_kind_stays_with_the_section() -> None:
    blocks = [
        _block(scope=0.85),
        _block(values=0.8),
        _block(sharing=0.85),
        _closing_block(other=0.45, sharing=0.3),
    ]
    assert [part.kind for part in segment_run(blocks, ORDER)] == ["scope", "values", "sharing"]
