"""The segmenter's shared lattice (decision 0074) chooses the sections a freshly built one does."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.sections import segment
from app.sections.segment import OTHER, RunBlock, segment_run

KINDS = ["scope", "introduction", "values", "vision", "strategy", "outcomes"]

_blocks = st.lists(
    st.builds(
        RunBlock,
        probabilities=st.dictionaries(
            st.sampled_from([*KINDS, OTHER]), st.floats(0.0, 1.0), max_size=len(KINDS) + 1
        ),
        weight=st.floats(0.1, 3.0),
        may_open=st.booleans(),
        forced=st.none() | st.sampled_from(KINDS),
        closing=st.booleans(),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(
    blocks=_blocks,
    order=st.lists(st.sampled_from(KINDS), unique=True, max_size=len(KINDS)),
    initial=st.none() | st.sampled_from(KINDS),
    opens_chapter=st.booleans(),
    free=st.sets(st.sampled_from(KINDS)),
)
def test_a_shared_lattice_chooses_the_sections_a_fresh_one_does(
    blocks: list[RunBlock],
    order: list[str],
    initial: str | None,
    opens_chapter: bool,
    free: set[str],
) -> None:
    options = {"opens_chapter": opens_chapter, "order_free": frozenset(free)}
    shared = [segment_run(blocks, order, initial, **options) for _ in range(2)]  # type: ignore[arg-type]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment, "_shared_lattice", segment._lattice)
        fresh = segment_run(blocks, order, initial, **options)  # type: ignore[arg-type]
    assert shared[0] == shared[1] == fresh


@settings(max_examples=300, deadline=None)
@given(
    kinds=st.lists(st.sampled_from(KINDS), unique=True, max_size=len(KINDS)),
    free=st.sets(st.sampled_from(KINDS)),
)
def test_the_shared_lattice_is_the_fresh_one_and_no_run_can_change_it(
    kinds: list[str], free: set[str]
) -> None:
    key = ((*kinds, OTHER), (*(kind in free for kind in kinds), True))
    shared, fresh = segment._shared_lattice(*key), segment._lattice(*key)
    for field in segment._Lattice.__slots__:
        assert np.array_equal(getattr(shared, field), getattr(fresh, field))
        assert not getattr(shared, field).flags.writeable
