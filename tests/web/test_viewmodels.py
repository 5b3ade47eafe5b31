"""View models are pure: comparisons and texts in, rows and segments out, nothing lost."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from app.analysis import analyze
from app.diff import CompareOptions, Comparison, compare
from app.families import get_family
from app.ingest import read_source
from app.web.pages.compare_view import DiffRow, build_comparison_view
from app.web.pages.matrix_view import divergent_flags, heat_bin
from app.web.pages.version_view import EvidenceSpan, highlight_text
from app.web.pages.words import highlight_spans

LEFT = """Our Policy on Young People

1. Introduction

This policy sets out how the council supports children and young people.

Care leavers are supported until they are 21.

2. Values

We listen to children. We work with families.

A paragraph that will move to the end of the document.

3. Strategy

The strategy is reviewed every year.
"""

RIGHT = """Our Policy on Young People

1. Introduction

This policy sets out how the council supports every child and young person.

Care leavers are supported until they are 25.

2. Values

We listen to children. We work with families.

3. Strategy

The strategy is reviewed every two years.

A paragraph that will move to the end of the document.

4. Information Sharing

Information is shared only when it keeps a child safe.
"""


def _compare(left: str, right: str, options: CompareOptions | None = None) -> Comparison:
    family = get_family()
    return compare(
        analyze(read_source(left.encode(), "left.txt"), family),
        analyze(read_source(right.encode(), "right.txt"), family),
        options,
    )


def _block_rows(rows: tuple[DiffRow, ...] | list[DiffRow]) -> list[DiffRow]:
    found: list[DiffRow] = []
    for row in rows:
        if row.kind == "block":
            found.append(row)
        found.extend(row.hidden)
    return found


def test_every_block_change_is_one_row_and_cells_keep_their_side_text() -> None:
    comparison = _compare(LEFT, RIGHT)
    view = build_comparison_view(comparison, left_version_id=1, right_version_id=2)
    rows = _block_rows(view.rows)
    origins = {row.moved_link: row for row in view.rows if row.kind == "origin"}
    assert sorted(row.anchor for row in rows) == sorted(
        f"b{i}" for i in range(len(comparison.blocks))
    )
    for row in rows:
        change = comparison.blocks[int(row.anchor[1:])]
        left_text = "".join(op.text for op in change.ops if op.kind != "insert")
        right_text = "".join(op.text for op in change.ops if op.kind != "delete")
        if change.moved and not change.changed:
            # A block moved unchanged shows its left text once, double-struck at its origin.
            assert row.left == []
            assert "".join(segment.text for segment in origins[row.anchor].left) == (
                left_text.rstrip()
            )
            assert all(segment.kind == "moved" for segment in origins[row.anchor].left)
        else:
            assert "".join(segment.text for segment in row.left) == left_text.rstrip()
        assert "".join(segment.text for segment in row.right) == right_text.rstrip()
        assert not any(segment.kind == "insert" for segment in row.left)
        assert not any(segment.kind == "delete" for segment in row.right)


def test_changes_only_hides_exactly_the_unchanged_blocks() -> None:
    comparison = _compare(LEFT, RIGHT)
    full = build_comparison_view(comparison, left_version_id=1, right_version_id=2)
    folded = build_comparison_view(
        comparison, left_version_id=1, right_version_id=2, changes_only=True
    )
    hidden = [row for run in folded.rows if run.kind == "unchanged_run" for row in run.hidden]
    unchanged = [row for row in full.rows if row.kind == "block" and not row.is_change]
    assert [row.anchor for row in hidden] == [row.anchor for row in unchanged]
    assert not any(row.kind == "block" and not row.is_change for row in folded.rows)


def test_changes_are_chained_by_previous_and_next_links() -> None:
    view = build_comparison_view(_compare(LEFT, RIGHT), left_version_id=1, right_version_id=2)
    changes = [row for row in view.rows if row.is_change]
    assert view.change_count == len(changes) >= 3
    assert view.first_change == changes[0].anchor
    assert changes[0].previous_change is None and changes[-1].next_change is None
    for before, after in itertools.pairwise(changes):
        assert before.next_change == after.anchor and after.previous_change == before.anchor


def test_a_moved_block_has_an_origin_row_linked_both_ways() -> None:
    comparison = _compare(LEFT, RIGHT)
    view = build_comparison_view(comparison, left_version_id=1, right_version_id=2)
    by_anchor = {row.anchor: row for row in view.rows}
    origins = [row for row in view.rows if row.kind == "origin"]
    assert origins, [change.status for change in comparison.blocks]
    for origin in origins:
        assert origin.moved_link is not None
        moved = by_anchor[origin.moved_link]
        assert moved.moved_link == origin.anchor


def test_identical_texts_have_no_change_and_no_divergence() -> None:
    view = build_comparison_view(_compare(LEFT, LEFT), left_version_id=1, right_version_id=1)
    assert view.change_count == 0 and view.first_change is None
    assert view.facts.changed == () and view.facts.document == ()
    assert not view.differs


def test_divergences_link_to_the_evidence_anchor_of_each_side() -> None:
    view = build_comparison_view(_compare(LEFT, RIGHT), left_version_id=7, right_version_id=9)
    leaving = [d for d in view.facts.changed if d.key == "leaving_care_support_age"]
    assert leaving, [d.key for d in view.facts.changed]
    assert leaving[0].left_evidence_url == "/versions/7#fact-leaving_care_support_age"
    assert leaving[0].right_evidence_url == "/versions/9#fact-leaving_care_support_age"


def test_ignored_differences_are_shown_plainly_not_as_insertions() -> None:
    view = build_comparison_view(
        _compare(LEFT, LEFT.upper(), CompareOptions(ignore_case=True)),
        left_version_id=1,
        right_version_id=2,
    )
    segments = [segment for row in _block_rows(view.rows) for segment in row.right]
    assert segments and not any(segment.kind in ("insert", "delete") for segment in segments)
    assert any(segment.kind == "ignored" for segment in segments)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([None, 21, 25, "x", [1, 2]]), min_size=1, max_size=8))
def test_divergent_flags_mark_only_values_off_a_stated_majority(values: list[object]) -> None:
    flags = divergent_flags(values)
    assert len(flags) == len(values)
    stated = [value for value in values if value is not None]
    majority = [value for value in stated if stated.count(value) * 2 > len(stated)]
    for value, flag in zip(values, flags, strict=True):
        if value is None or not majority:
            assert not flag
        else:
            assert flag == (value != majority[0])


def test_divergent_flags_without_a_majority_mark_nothing() -> None:
    assert divergent_flags([21, 25]) == [False, False]
    assert divergent_flags([21, 21, 25]) == [False, False, True]
    assert divergent_flags([21, 25, 25, None, None, None]) == [True, False, False] + [False] * 3


spans_strategy = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)).map(sorted), max_size=6)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), spans_strategy, st.integers(0, 30))
def test_highlighting_loses_no_character_and_marks_exactly_the_evidence(
    text: str, pairs: list[list[int]], start: int
) -> None:
    start = min(start, len(text))
    spans = [
        EvidenceSpan("fact", a, b, f"fact-fact-{i}") for i, (a, b) in enumerate(pairs) if b > a
    ]
    segments = highlight_text(text, start, len(text), spans)
    assert "".join(segment.text for segment in segments) == text[start:]
    offset = start
    for segment in segments:
        covered = any(
            span.start <= offset and offset + len(segment.text) <= span.end for span in spans
        )
        assert segment.marked == covered
        offset += len(segment.text)


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=60), spans_strategy)
def test_search_highlighting_keeps_the_snippet_whole(text: str, pairs: list[list[int]]) -> None:
    segments = highlight_spans(text, [(a, b) for a, b in pairs])
    assert "".join(segment.text for segment in segments) == text


def test_heat_bins_split_similarity_into_fifths() -> None:
    assert [heat_bin(value) for value in (0.0, 0.19, 0.2, 0.59, 0.8, 1.0)] == [0, 0, 1, 2, 4, 4]
