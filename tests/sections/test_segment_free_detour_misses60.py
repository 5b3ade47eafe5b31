"""A kind free of the family's order (a named practice model, the vision) costs a plain boundary
wherever it opens. In a chapter with no headings it must not be the cheap way round a turn back
that the paragraph's own reading asks for: where the model finds a paragraph likeliest of a kind
the path has already passed, opening a free kind there costs what the turn back costs, and the
reading decides between them (decision 0451). Where the paragraph is likeliest of the free kind,
or of a kind still ahead, or the run continues a headed section, the free kind stays cheap."""

from __future__ import annotations

import pytest

import app.sections.segment as segment
from app.sections.segment import RunBlock, Segment, segment_run

ORDER = ["scope", "values", "parenting", "model", "principles"]
FREE = {"model"}


def _block(weight: float = 1.5, **likely: float) -> RunBlock:
    probabilities = {kind: likely.get(kind, 0.02) for kind in [*ORDER, "other"]}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True)


def _chapter(middle: RunBlock) -> list[RunBlock]:
    return [
        _block(scope=0.9),
        _block(parenting=0.85),
        middle,
        _block(principles=0.85),
        _block(principles=0.8),
    ]


_LEANS_BACK_TO_VALUES = _block(values=0.4, model=0.26)
"""Staff conduct after the corporate parenting, read unsurely as values and a little less as
the practice model."""


def test_a_paragraph_leaning_to_a_passed_kind_does_not_slip_into_a_free_kind() -> None:
    assert segment_run(_chapter(_LEANS_BACK_TO_VALUES), ORDER, order_free=FREE) == [
        Segment(0, "scope"),
        Segment(1, "parenting"),
        Segment(2, "values"),
        Segment(3, "principles"),
    ]


def test_without_the_charge_the_free_kind_was_the_cheap_way_round(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "FREE_DETOUR_COST", 0.0)
    kinds = [s.kind for s in segment_run(_chapter(_LEANS_BACK_TO_VALUES), ORDER, order_free=FREE)]
    assert kinds == ["scope", "parenting", "model", "principles"]


def test_a_paragraph_likeliest_of_the_free_kind_opens_it_for_a_boundary() -> None:
    middle = _block(model=0.4, values=0.26)
    kinds = [s.kind for s in segment_run(_chapter(middle), ORDER, order_free=FREE)]
    assert kinds == ["scope", "parenting", "model", "principles"]


def test_a_paragraph_leaning_to_a_kind_still_ahead_may_take_the_free_kind() -> None:
    """Before the path reaches the principles, a paragraph leaning to them a little more than to
    the model is no turn back: the model's section is as cheap as ever."""
    blocks = [
        _block(scope=0.9),
        _block(values=0.85),
        _block(principles=0.3, model=0.27),
        _block(model=0.9),
    ]
    kinds = [s.kind for s in segment_run(blocks, ORDER, order_free=FREE)]
    assert kinds == ["scope", "values", "model"]


def test_a_run_under_a_heading_keeps_the_free_kind_cheap() -> None:
    """Under a heading the heading named the run's kind; the charge is for runs no heading
    opened, like the sure turn back (decision 0443)."""
    blocks = [_block(parenting=0.85), _LEANS_BACK_TO_VALUES, _block(principles=0.85)]
    kinds = [s.kind for s in segment_run(blocks, ORDER, "parenting", order_free=FREE)]
    assert kinds == ["parenting", "model", "principles"]
