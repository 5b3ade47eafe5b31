"""A paragraph that opens on a bold lead of its own ("**What we hold to.** We …") is a point the
author marked: where the kind model reads it as another kind than the section open above it, a
section opens there for less evidence than at a plain paragraph (`LED_DISCOUNT`, decision 0490).
A bold lead the model reads as the kind already open stays a sub-point of that section
(decisions 0126, 0363), and a plain paragraph read the same way pays the full boundary."""

from __future__ import annotations

from pathlib import Path

import pytest

import app.sections.segment as segment
from app.sections.assemble import _BOLD_LEAD
from app.sections.segment import RunBlock, Segment, segment_run

ORDER = ["scope", "law", "values", "parenting", "model", "principles"]
FREE = {"model"}


def _block(*, led: bool = False, forced: str | None = None, **likely: float) -> RunBlock:
    probabilities = {kind: likely.get(kind, 0.02) for kind in [*ORDER, "other"]}
    return RunBlock(probabilities=probabilities, weight=1.5, may_open=True, forced=forced, led=led)


def _chapter(second: RunBlock) -> list[RunBlock]:
    """A chapter with no headings that opens on its practice model (a cue names it), then a
    paragraph leaning to the values, then the law (a cue), which the order puts first."""
    return [
        _block(forced="model", model=0.9),
        second,
        _block(forced="law", law=0.95),
        _block(principles=0.85),
    ]


def _kinds(second: RunBlock) -> list[str]:
    return [found.kind for found in segment_run(_chapter(second), ORDER, order_free=FREE)]


def test_a_bold_lead_read_as_another_kind_opens_its_section() -> None:
    assert _kinds(_block(led=True, values=0.7, model=0.2)) == [
        "model",
        "values",
        "law",
        "principles",
    ]


def test_the_same_paragraph_without_a_bold_lead_stays_in_the_model() -> None:
    assert _kinds(_block(values=0.7, model=0.2)) == ["model", "law", "principles"]


def test_without_the_discount_the_bold_lead_stays_in_the_model(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(segment, "LED_DISCOUNT", 0.0)
    assert _kinds(_block(led=True, values=0.7, model=0.2)) == ["model", "law", "principles"]


def test_a_bold_lead_read_as_the_open_kind_opens_nothing() -> None:
    blocks = _chapter(_block(led=True, model=0.7, values=0.2))
    assert segment_run(blocks, ORDER, order_free=FREE) == [
        Segment(0, "model"),
        Segment(2, "law"),
        Segment(3, "principles"),
    ]


@pytest.mark.parametrize(
    ("paragraph", "led"),
    [
        ("**Families come first.** We help children stay at home where that is safe.", True),
        ("__Our promise:__ we answer every letter within ten days.", True),
        ("**Respect**. We treat every family with courtesy.", True),
        ("We help children stay at home where that is **safe**.", False),
        ("**A whole paragraph in bold, with nothing after it.**", False),
        ("Plain words with no bold at all.", False),
    ],
)
def test_what_counts_as_a_bold_lead(paragraph: str, led: bool) -> None:
    assert (_BOLD_LEAD.match(paragraph) is not None) is led


def test_the_rule_lives_in_the_segmenter_not_in_a_document() -> None:
    source = Path(segment.__file__).read_text(encoding="utf-8")
    assert "LED_DISCOUNT" in source and 0 < segment.LED_DISCOUNT < segment.BOUNDARY_COST
