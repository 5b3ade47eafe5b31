"""Un-headed runs: a paragraph read with the blocks tied to it, and short sections in turn.

Blind round 28 (decision 0067): in chapters with no headings at all, a sentence that introduces a
list ("…should be:") says little on its own, and a one-sentence section between two long ones had
too little evidence to pay for its boundary.
"""

import pytest

from app.sections.segment import (
    BACKWARD_COST,
    BOUNDARY_COST,
    OTHER_COST,
    RunBlock,
    Segment,
    segment_run,
)
from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

TITLE = "Children's Services Policies, Values and Principles\n\n"
SCOPE = (
    "This chapter applies to everyone who works in our children's services, and it explains the "
    "policy that the other procedures in the manual rest on.\n\n"
)


def test_a_sentence_that_introduces_a_list_is_read_with_the_list():
    """The opening sentence alone reads like a statement of values; with its items it is plainly
    about what should come true for children, and the section opens at the sentence."""
    text = (
        TITLE
        + SCOPE
        + "We treat every parent with courtesy, we are straight with families about our worries, "
        "and we take care to hear what each child is telling us, in words or otherwise.\n\n"
        "Looking ten years ahead, the young people we have worked with ought to be:\n"
        "- in good physical and emotional health\n"
        "- kept safe from harm, in the family home and beyond it\n"
        "- enjoying school and achieving there\n"
        "- ready to earn a living and manage as adults\n\n"
        "Information about a family is held securely and passed to another agency only when the "
        "law permits it and a child's safety calls for it.\n"
    )
    outline = outline_of(text, "markdown")
    assert_tiles(outline)
    assert ("key_outcomes", "Looking ten years ahead, the young peopl") in kinds_and_starts(outline)


def test_a_wrapped_line_that_carries_on_a_sentence_never_opens_a_section():
    """A hard-wrapped paragraph whose line happens to end at a semicolon is one unit: the next
    line, in lower case, cannot be where a section starts."""
    text = (
        TITLE
        + SCOPE
        + "Everyone we work with should find us honest and fair. We keep our promises, and\n"
        "we say so plainly when we cannot do what a family asks of us.\n\n"
        "In practice we keep to a few firm rules: families get help early and near home;\n"
        "children live with their parents where that is safe; relatives and friends are\n"
        "asked first when a child has to leave home; and care leavers keep an adviser.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    starts = [start for _kind, start in kinds_and_starts(outline)]
    assert not any(start[:1].islower() for start in starts)
    assert any(start.startswith("In practice we keep") for start in starts)


KINDS = ["scope", "introduction", "values", "strategy"]


def _leaning(kind: str, weight: float) -> RunBlock:
    """A block the model gives 90 % to `kind`, the rest shared among the other kinds."""
    rest = 0.1 / (len(KINDS) - 1)
    return RunBlock(
        probabilities={name: 0.9 if name == kind else rest for name in KINDS},
        weight=weight,
        may_open=True,
    )


def test_a_short_section_in_the_usual_order_opens_between_long_ones():
    """One confident sentence on the introduction between a long scope and long values is a
    section of its own: a turn the usual order expects needs less evidence than before."""
    blocks = [_leaning("scope", 1.5), _leaning("introduction", 0.45), _leaning("values", 1.5)]
    assert segment_run(blocks, KINDS) == [
        Segment(0, "scope"),
        Segment(1, "introduction"),
        Segment(2, "values"),
    ]


def test_a_short_block_out_of_turn_still_stays_where_it_is():
    """The same sentence after the values would be a turn back: that needs a boundary and a
    turn back together (2.8 nats, decision 0397), more than it has, so it stays in the values."""
    blocks = [_leaning("scope", 1.5), _leaning("values", 1.5), _leaning("introduction", 0.45)]
    assert segment_run(blocks, KINDS) == [Segment(0, "scope"), Segment(1, "values")]


def test_turning_to_no_kind_inside_a_run_costs_what_it_did():
    """Material no kind explains, away from the chapter's end, needs a boundary and the cost of
    "other" together, three nats in all, as before."""
    assert pytest.approx(3.0) == BOUNDARY_COST + OTHER_COST


def test_a_turn_back_costs_what_decision_0397_measured():
    """A turn back costs 2.8 nats with its boundary (decision 0397 replaced 0067's 3.0): measured
    leaving one set out, it finds the topics a chapter comes back to, and 2.6 split a short
    paragraph out of a long section and let a weak kind out of order open one."""
    assert pytest.approx(2.8) == BOUNDARY_COST + BACKWARD_COST
