"""The segmenter: boundaries and kinds of an un-headed run chosen together."""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.sections.segment import CONFIDENT_RETURN, OTHER, RunBlock, Segment, segment_run

KINDS = ["scope", "introduction", "values", "strategy"]


def _block(kind: str | None, weight: float = 1.0, **options: object) -> RunBlock:
    probabilities = {name: 0.9 if name == kind else 0.1 / (len(KINDS) - 1) for name in KINDS}
    if kind is None:
        probabilities = dict.fromkeys(KINDS, 1 / len(KINDS))
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True, **options)  # type: ignore[arg-type]


def test_paragraphs_about_one_kind_and_then_another_make_two_sections():
    blocks = [_block("scope"), _block("scope"), _block("values"), _block("values")]
    assert segment_run(blocks, KINDS) == [Segment(0, "scope"), Segment(2, "values")]


def test_one_stray_paragraph_does_not_pay_for_two_boundaries():
    blocks = [_block("values"), _block("strategy", weight=0.3), _block("values")]
    assert segment_run(blocks, KINDS) == [Segment(0, "values")]


def test_a_run_continuing_a_section_keeps_its_kind_at_the_start():
    blocks = [_block("values"), _block("values"), _block("strategy"), _block("strategy")]
    assert segment_run(blocks, KINDS, initial="scope")[0] == Segment(0, "scope")


def test_a_content_cue_opens_its_kind_where_it_matched():
    blocks = [_block("scope"), _block("scope"), _block("scope", forced="strategy"), _block(None)]
    assert segment_run(blocks, KINDS) == [Segment(0, "scope"), Segment(2, "strategy")]


def test_a_list_item_never_opens_a_section():
    item = RunBlock(probabilities={"values": 0.99}, weight=1.5, may_open=False)
    blocks = [_block("scope"), item, item, item]
    assert [segment.first for segment in segment_run(blocks, KINDS)] == [0]


def test_blocks_no_kind_explains_are_other():
    blocks = [_block("scope"), *[_block(None) for _ in range(6)]]
    noise = dict.fromkeys(KINDS, 0.01)
    blocks += [RunBlock(probabilities=noise, weight=1.5, may_open=True) for _ in range(4)]
    assert segment_run(blocks, KINDS)[-1].kind == OTHER


def test_turning_to_other_among_the_last_blocks_costs_only_a_boundary():
    """Contact details close many chapters: there "other" needs no more evidence than a kind."""
    leaning = {**dict.fromkeys(KINDS, 0.01), "values": 0.05, OTHER: 0.9}
    blocks = [_block("values"), _block("values")]
    inside = RunBlock(probabilities=leaning, weight=0.7, may_open=True)
    closing = RunBlock(probabilities=leaning, weight=0.7, may_open=True, closing=True)
    assert segment_run([*blocks, inside], KINDS) == [Segment(0, "values")]
    assert segment_run([*blocks, closing], KINDS) == [Segment(0, "values"), Segment(2, OTHER)]


def _unsure(kind: str, weight: float) -> RunBlock:
    """A block the model leans to `kind` for but is not sure of (below `CONFIDENT_RETURN`): the
    family's usual order still weighs against a turn back there. Where the model is sure, a turn
    back costs no more than a boundary (decision 0443, tests/sections/test_segment_blind306.py)."""
    probability = CONFIDENT_RETURN - 0.05
    others = (1 - probability) / (len(KINDS) - 1)
    probabilities = {name: probability if name == kind else others for name in KINDS}
    return RunBlock(probabilities=probabilities, weight=weight, may_open=True)


def test_kinds_out_of_the_usual_order_need_more_evidence():
    blocks = [_unsure("strategy", 3.0), _unsure("scope", 2.5)]
    assert segment_run(blocks, KINDS) == [Segment(0, "strategy")]
    blocks = [_unsure("scope", 3.0), _unsure("strategy", 2.5)]
    assert segment_run(blocks, KINDS) == [Segment(0, "scope"), Segment(1, "strategy")]


RUN_BLOCKS = st.builds(
    RunBlock,
    probabilities=st.fixed_dictionaries({kind: st.floats(0.0, 1.0) for kind in KINDS}),
    weight=st.floats(0.0, 1.5),
    may_open=st.booleans(),
    forced=st.none() | st.sampled_from(KINDS),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(RUN_BLOCKS, min_size=1, max_size=12), st.none() | st.sampled_from(KINDS))
def test_segments_cover_the_run_and_honour_cues(blocks, initial):
    segments = segment_run(blocks, KINDS, initial)
    firsts = [segment.first for segment in segments]
    assert firsts[0] == 0
    assert firsts == sorted(set(firsts))
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))
    assert all(segment.kind in [*KINDS, OTHER] for segment in segments)
    kind_at = [
        next(s.kind for s in reversed(segments) if s.first <= position)
        for position in range(len(blocks))
    ]
    for position, block in enumerate(blocks):
        if block.forced is not None:
            assert kind_at[position] == block.forced
        elif position > 0 and position in firsts:
            assert block.may_open
    if initial is not None and blocks[0].forced is None:
        assert segments[0].kind == initial


def test_an_order_free_kind_between_two_others_needs_no_more_evidence_than_in_turn():
    """A council may put its confidentiality paragraph right after its scope: the kinds after it
    are then not out of turn, as they would be after a kind late in the order."""
    blocks = [_unsure(kind, 2.0) for kind in ("scope", "strategy", "introduction", "values")]
    assert [s.kind for s in segment_run(blocks, KINDS)] == ["scope", "introduction", "values"]
    free = segment_run(blocks, KINDS, order_free={"strategy"})
    assert [s.kind for s in free] == ["scope", "strategy", "introduction", "values"]


def test_an_order_free_kind_may_open_a_chapters_run_and_recur():
    kinds = ["strategy", "scope", "strategy", "values"]
    blocks = [_block(kind, weight=1.5) for kind in kinds]
    free = segment_run(blocks, KINDS, order_free={"strategy"})
    assert [s.kind for s in free] == kinds


@settings(max_examples=200, deadline=None)
@given(st.lists(RUN_BLOCKS, min_size=1, max_size=12), st.none() | st.sampled_from(KINDS))
def test_order_free_kinds_keep_the_segments_a_tiling_that_honours_cues(blocks, initial):
    segments = segment_run(blocks, KINDS, initial, order_free={"strategy", "introduction"})
    assert segments[0].first == 0
    assert all(a.kind != b.kind for a, b in itertools.pairwise(segments))
    for position, block in enumerate(blocks):
        if block.forced is not None:
            kind = next(s.kind for s in reversed(segments) if s.first <= position)
            assert kind == block.forced


def test_a_content_cue_resuming_the_furthest_kind_after_a_turn_back_costs_no_turn_back():
    """Introduction, strategy, values, then a cue for strategy again: the values were a turn
    back, and the cue's return to strategy resumes the order (decision 0329). Charged as a
    second turn back, it made the first strategy paragraph join the introduction instead."""
    blocks = [
        _block("introduction"),
        _block("strategy", weight=1.2),
        _block("values"),
        _block("strategy", forced="strategy"),
    ]
    assert segment_run(blocks, KINDS) == [
        Segment(0, "introduction"),
        Segment(1, "strategy"),
        Segment(2, "values"),
        Segment(3, "strategy"),
    ]


def _leaning(**probabilities: float) -> RunBlock:
    rest = (1.0 - sum(probabilities.values())) / (len(KINDS) + 1 - len(probabilities))
    scores = {name: probabilities.get(name, rest) for name in [*KINDS, OTHER]}
    return RunBlock(probabilities=scores, weight=1.5, may_open=True)


def test_a_kind_resumed_after_an_order_free_aside_is_no_turn_back():
    """Values, a practice model paragraph (order-free), then values again (blind285's 28503:
    families first, the model, then permanence). The aside leaves the path's furthest kind where
    it was, so taking it up again is a plain boundary: charged as a turn back, the first values
    paragraph (0.56 against 0.12) was pulled into the aside to spare the return."""
    blocks = [
        _leaning(introduction=0.9),
        _leaning(values=0.56, strategy=0.12),
        _leaning(strategy=0.8),
        _leaning(values=0.75),
    ]
    assert segment_run(blocks, KINDS, order_free={"strategy"}) == [
        Segment(0, "introduction"),
        Segment(1, "values"),
        Segment(2, "strategy"),
        Segment(3, "values"),
    ]


def test_a_kind_before_the_furthest_after_an_order_free_aside_is_still_a_turn_back():
    """Only the furthest kind is resumed for free: introduction after values and an aside goes
    back in the order, and a weak paragraph of it stays in the aside's section."""
    blocks = [
        _leaning(values=0.9),
        _leaning(strategy=0.8),
        _leaning(introduction=0.4, strategy=0.25),
    ]
    assert segment_run(blocks, KINDS, order_free={"strategy"}) == [
        Segment(0, "values"),
        Segment(1, "strategy"),
    ]
