"""The diff-match-patch adapter: token diffs that rebuild both sides, and ignorable changes."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.diff import CompareOptions, WordOp
from app.diff.options import Masker
from app.diff.words import _new_differ, diff_sequences, diff_tokens


def _ops(left: str, right: str, **options: bool) -> list[tuple[str, str, bool]]:
    masker = Masker(CompareOptions(**options), ("Northbridge Family Services", "Easthaven"))
    return [
        (op.kind, op.text, op.ignorable)
        for op in diff_tokens(masker.tokens(left), masker.tokens(right))
    ]


def test_sequences_are_diffed_item_by_item():
    assert diff_sequences(["a", "b", "c"], ["a", "x", "c"], semantic=False) == [
        ("equal", 1),
        ("delete", 1),
        ("insert", 1),
        ("equal", 1),
    ]
    assert diff_sequences([], []) == []
    assert diff_sequences([1, 2], [1, 2]) == [("equal", 2)]


def test_many_distinct_items_are_encoded_past_the_surrogate_range():
    left = [f"w{n}" for n in range(60_000)]
    right = [*left[:-1], "changed"]
    assert diff_sequences(left, right)[-2:] == [("delete", 1), ("insert", 1)]


def test_a_rewritten_phrase_reads_as_one_deletion_and_one_insertion():
    ops = _ops("the big red cat sat", "the small red dog sat")
    assert ops == [
        ("equal", "the ", False),
        ("delete", "big red cat", False),
        ("insert", "small red dog", False),
        ("equal", " sat", False),
    ]


def test_case_differences_are_kept_and_marked_ignorable():
    ops = _ops("The Council agrees.", "the council agrees.", ignore_case=True)
    assert "".join(text for kind, text, _ in ops if kind != "insert") == "The Council agrees."
    assert all(ignorable for kind, _, ignorable in ops if kind != "equal")
    assert any(kind == "delete" for kind, _, _ in ops)


def test_local_names_compare_equal_whatever_their_length():
    ops = _ops(
        "Northbridge Family Services works with families.",
        "Easthaven works with families.",
        ignore_local_names=True,
    )
    assert ops[0] == ("delete", "Northbridge Family Services", True)
    assert ops[1] == ("insert", "Easthaven", True)
    assert ops[2] == ("equal", " works with families.", False)


def test_a_real_change_next_to_an_ignored_one_stays_substantive():
    ops = _ops("The council agrees.", "the council refuses.", ignore_case=True)
    substantive = [(kind, text) for kind, text, ignorable in ops if not ignorable]
    assert ("delete", "agrees") in substantive and ("insert", "refuses") in substantive


def test_whitespace_is_substantive_unless_ignored():
    assert _ops("a  b", "a b") == [
        ("equal", "a ", False),
        ("delete", " ", False),
        ("equal", "b", False),
    ]
    assert all(
        ignorable
        for kind, _, ignorable in _ops("a  b", "a b", ignore_whitespace=True)
        if kind != "equal"
    )


def test_blank_lines_closing_a_block_are_layout():
    ops = _ops("A paragraph.\n\n", "A paragraph.\n")
    assert ops[0] == ("equal", "A paragraph.\n", False)
    assert all(ignorable for kind, _, ignorable in ops if kind != "equal")


def test_punctuation_differences_are_ignorable_under_ignore_punctuation():
    ops = _ops("children's plans, reviewed.", "childrens plans reviewed", ignore_punctuation=True)
    assert all(ignorable for kind, _, ignorable in ops if kind != "equal")
    assert _ops("children's plans.", "childrens plans.")[0][2] is False


@given(
    st.text(alphabet="ab .,\nNEF", max_size=40),
    st.text(alphabet="ab .,\nNEF", max_size=40),
    st.booleans(),
    st.booleans(),
)
def test_operations_rebuild_both_sides(left, right, ignore_case, ignore_punctuation):
    masker = Masker(CompareOptions(ignore_case=ignore_case, ignore_punctuation=ignore_punctuation))
    ops: list[WordOp] = diff_tokens(masker.tokens(left), masker.tokens(right))
    assert "".join(op.text for op in ops if op.kind != "insert") == left
    assert "".join(op.text for op in ops if op.kind != "delete") == right
    assert all(op.text for op in ops)
    assert all(not op.ignorable for op in ops if op.kind == "equal")


@settings(max_examples=100)
@given(
    st.text(alphabet="abcdef", max_size=60),
    st.text(alphabet="abcdefg", max_size=60),
)
def test_the_clockless_bisection_finds_the_same_diff_as_diff_match_patch(left, right):
    from diff_match_patch import diff_match_patch

    library = diff_match_patch()
    library.Diff_Timeout = 0
    assert _new_differ().diff_main(left, right, False) == library.diff_main(left, right, False)


@settings(max_examples=100)
@given(
    st.text(alphabet="abcd", max_size=30),
    st.text(alphabet="cdefgh", max_size=30),
)
def test_stretches_with_nothing_in_common_diff_as_diff_match_patch_does(left, right):
    from diff_match_patch import diff_match_patch

    from app.diff.words import _diff_main

    library = diff_match_patch()
    library.Diff_Timeout = 0
    assert _diff_main(left, right) == library.diff_main(left, right, False)
