"""The segmenter's sure turn back (decision 0443): in a chapter with no headings a topic may come
back after later ones, and a paragraph the kind model reads surely as that earlier kind opens a
section of it for a plain boundary. Below the sureness, or where the paragraph leans elsewhere,
a turn back still costs its extra charge."""

from __future__ import annotations

from app.sections.segment import CONFIDENT_RETURN, RunBlock, Segment, segment_run

ORDER = ["scope", "values", "vision", "principles"]


def _reading(weight: float = 1.2, closing: bool = False, **likely: float) -> RunBlock:
    rest = (1.0 - sum(likely.values())) / max(1, len(ORDER) - len(likely))
    probabilities = {kind: likely.get(kind, rest) for kind in ORDER}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True, closing=closing)


def _with_a_late_paragraph(late: RunBlock) -> list[RunBlock]:
    return [
        _reading(scope=0.9),
        _reading(values=0.85),
        _reading(principles=0.85),
        _reading(principles=0.8),
        late,
        _reading(principles=0.8),
    ]


def test_a_sure_paragraph_of_an_earlier_kind_opens_its_own_section():
    """Staff conduct coming back between two paragraphs of the principles: 0.7 against 0.05 is
    4.0 nats at this weight, more than two boundaries (3.2) but less than a turn back there and
    a turn back to the principles after it (4.4 at the least)."""
    late = _reading(weight=1.5, values=0.7, principles=0.05)
    assert segment_run(_with_a_late_paragraph(late), ORDER) == [
        Segment(0, "scope"),
        Segment(1, "values"),
        Segment(2, "principles"),
        Segment(4, "values"),
        Segment(5, "principles"),
    ]


def test_an_unsure_paragraph_of_an_earlier_kind_stays_in_the_section():
    late = _reading(weight=1.5, values=CONFIDENT_RETURN - 0.05, principles=0.05)
    assert [segment.first for segment in segment_run(_with_a_late_paragraph(late), ORDER)] == [
        0,
        1,
        2,
    ]


def test_the_sure_turn_back_holds_among_the_closing_blocks():
    blocks = [
        _reading(scope=0.9),
        _reading(principles=0.85),
        _reading(principles=0.8),
        _reading(values=0.55, principles=0.09, closing=True),
    ]
    assert segment_run(blocks, ORDER)[-1] == Segment(3, "values")


def test_a_lead_in_leaning_the_same_way_opens_the_returning_section():
    """A topic comes back with a short sentence the model only leans towards it on (0.3), then a
    paragraph it is sure of: the section opens at the lead-in, not at the sure paragraph."""
    blocks = [
        _reading(scope=0.9),
        _reading(vision=0.9),
        _reading(principles=0.85),
        _reading(values=0.3, principles=0.2),
        _reading(values=0.9),
    ]
    assert segment_run(blocks, ORDER)[-1] == Segment(3, "values")


def test_a_lead_in_leaning_elsewhere_gets_no_sure_turn_back():
    """A paragraph the model reads as no kind of the order's (here "other"-like noise, leaning
    to the principles) before a sure paragraph of an earlier kind: the sure turn back is the
    sure paragraph's, so the section of the earlier kind does not reach back over it."""
    blocks = [
        _reading(scope=0.9),
        _reading(principles=0.85),
        _reading(principles=0.4, values=0.05),
        _reading(values=0.9),
    ]
    assert segment_run(blocks, ORDER)[-1] == Segment(3, "values")


def test_under_a_heading_a_sure_paragraph_still_pays_the_turn_back():
    """A run that continues a headed section: the heading named the section's kind, so a sure
    paragraph of an earlier kind under it gets no sure turn back."""
    blocks = [
        _reading(principles=0.85),
        _reading(principles=0.8),
        _reading(weight=1.5, values=0.7, principles=0.05),
        _reading(principles=0.8),
    ]
    assert segment_run(blocks, ORDER, initial="principles") == [Segment(0, "principles")]
