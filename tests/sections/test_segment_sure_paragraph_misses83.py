"""A paragraph the kind model is sure of is not swallowed by a weakly read section before it
(decision 0548). Two costs had made one long section cheaper than the right path: a turn
forward paid `SKIP_COST` for each kind of the order it passed over, kinds free of the order
included, though such a kind is no step of the order (decision 0047); and a paragraph's evidence
is capped (`MAX_RUN_WEIGHT`), so a sure paragraph could not pay the two boundaries of an aside.
Now, in a run no heading opened, a free kind passed over costs `FREE_SKIP_COST` (nothing), and
opening a kind at a paragraph read as it at `SURE_OPENING` or more costs `SURE_OPENING_DISCOUNT`
less, except on a turn back. Under a heading the costs are as before.

The probabilities are made up for these tests; the order is the family's shape in small.
"""

from __future__ import annotations

import pytest

import app.sections.segment as segment
from app.sections.segment import RunBlock, segment_run

ORDER = ["scope", "values", "model", "outcomes", "principles", "sharing"]
FREE = frozenset({"model", "sharing"})


def _block(weight: float = 1.5, **likely: float) -> RunBlock:
    probabilities = {kind: likely.get(kind, 0.01) for kind in [*ORDER, "other"]}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True)


def _chapter() -> list[RunBlock]:
    return [
        _block(scope=0.8),
        _block(values=0.75),
        _block(model=0.7),
        _block(sharing=0.5, other=0.34),  # who may see a third party's details: weakly read
        _block(principles=0.86, sharing=0.1),
        _block(sharing=0.87),
    ]


def _kinds(blocks: list[RunBlock]) -> list[str]:
    return [part.kind for part in segment_run(blocks, ORDER, order_free=FREE)]


def test_a_sure_paragraph_after_a_weakly_read_one_opens_its_own_section() -> None:
    kinds = _kinds(_chapter())
    assert kinds == ["scope", "values", "model", "sharing", "principles", "sharing"]


def test_charged_as_before_the_weak_section_swallowed_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(segment, "FREE_SKIP_COST", segment.SKIP_COST)
    monkeypatch.setattr(segment, "SURE_OPENING_DISCOUNT", 0.0)
    segment._shared_lattice.cache_clear()
    try:
        assert _kinds(_chapter()) == ["scope", "values", "model", "sharing"]
    finally:
        monkeypatch.undo()
        segment._shared_lattice.cache_clear()


def test_a_paragraph_only_leaning_to_the_kind_stays_in_the_section() -> None:
    blocks = _chapter()
    blocks[4] = _block(principles=0.45, sharing=0.3)
    assert _kinds(blocks) == ["scope", "values", "model", "sharing"]


@pytest.mark.parametrize("unheaded", [True, False])
def test_passing_over_a_free_kind_costs_nothing_only_in_a_run_no_heading_opened(
    unheaded: bool,
) -> None:
    kinds = (*ORDER, "other")
    free = tuple(kind in FREE or kind == "other" for kind in kinds)
    lattice = segment._lattice(kinds, free, unheaded)
    states = list(zip(lattice.kind_of, lattice.furthest_of, strict=True))
    values = states.index((kinds.index("values"), kinds.index("values")))
    outcomes = states.index((kinds.index("outcomes"), kinds.index("outcomes")))
    principles = states.index((kinds.index("principles"), kinds.index("principles")))
    # values -> outcomes passes over the free model only; values -> principles passes over the
    # model and the outcomes, a kind of the order. Under a heading the free model still costs.
    model = segment.FREE_SKIP_COST if unheaded else segment.SKIP_COST
    assert lattice.costs_into[outcomes, values] == pytest.approx(segment.BOUNDARY_COST + model)
    assert lattice.costs_into[principles, values] == pytest.approx(
        segment.BOUNDARY_COST + model + segment.SKIP_COST
    )


def test_a_lead_in_leaning_to_the_sure_paragraphs_kind_still_opens_the_section() -> None:
    """ "Children do best at home." (0.48, values 0.38 after the values) over the paragraph the
    model is sure is principles: the discount is the lead-in's too, so the section opens there
    rather than at the sure paragraph."""
    blocks = [
        _block(scope=0.8),
        _block(weight=0.8, values=0.9),
        _block(weight=0.8, values=0.8),
        _block(weight=0.77, principles=0.48, values=0.38),
        _block(weight=1.07, principles=0.88),
        _block(weight=1.02, principles=0.9),
    ]
    parts = segment_run(blocks, ORDER, order_free=FREE)
    assert [(part.first, part.kind) for part in parts] == [
        (0, "scope"),
        (1, "values"),
        (3, "principles"),
    ]
