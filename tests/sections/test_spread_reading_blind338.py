"""A run's section whose likeliest kind has less than a third of the model's probability is a
reading spread over several kinds, and no kind explains it (decisions 0476, 0498)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.sections.assemble import no_kind_explains


@given(st.floats(min_value=0.0, max_value=1 / 3, exclude_max=True))
def test_under_a_third_at_a_runs_edge_no_kind_explains(confidence: float) -> None:
    assert no_kind_explains(confidence, confidence, between=False)


@given(st.floats(min_value=1 / 3, max_value=1.0))
def test_a_third_or_more_is_a_kind(confidence: float) -> None:
    assert not no_kind_explains(confidence, confidence, between=False)
