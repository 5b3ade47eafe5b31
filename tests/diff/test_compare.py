"""Properties of `compare()` on arbitrary pairs of texts, under every combination of options."""

from __future__ import annotations

import random
from collections import Counter
from itertools import product

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from app.collector import collector_paused
from app.diff import BLOCK_STATUSES, SECTION_STATUSES, CompareOptions, Comparison, compare
from app.diff.options import count_words
from tests.diff.conftest import analysed

_PIECES = [
    "The council",
    "the Council",
    "children",
    "Northbridge",
    "Easthaven Children's Services",
    "care leavers",
    "until they are 21",
    "25",
    ",",
    ".",
    ";",
    "\u2019s",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\n\n\n",
    "1. Introduction",
    "2.1 ",
    "Section 3",
    "## ",
    "**4. Key Principles**",
    "  • ",
    "- ",
    "Scope of this chapter",
    "Corporate Parenting",
    "Our Values",
    "In May 2024, this chapter was revised.",
]

_NAMES = ["Northbridge", "Easthaven Children's Services", "25"]

texts = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=40).map("".join),
    st.text(max_size=200),
)
options = st.builds(
    CompareOptions,
    ignore_case=st.booleans(),
    ignore_punctuation=st.booleans(),
    ignore_whitespace=st.booleans(),
    ignore_numbering=st.booleans(),
    ignore_local_names=st.booleans(),
    local_names=st.lists(
        st.sampled_from(["Northbridge", "Easthaven Children's Services", "25"]), max_size=2
    ).map(tuple),
)
_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _layout(version) -> list[tuple[str, list[tuple[int, int, str]]]]:
    return [
        (section.kind, [(block.start, block.end, block.type) for block in section.blocks])
        for section in version.outline.sections
    ]


def _assert_consistent(comparison: Comparison) -> None:
    """Every count and status agrees with the word operations it summarises."""
    for block in comparison.blocks:
        substantive = [op for op in block.ops if op.kind != "equal" and not op.ignorable]
        assert block.changed == bool(substantive)
        assert block.words_inserted == sum(
            count_words(op.text) for op in substantive if op.kind == "insert"
        )
        assert block.words_deleted == sum(
            count_words(op.text) for op in substantive if op.kind == "delete"
        )
        assert 0.0 <= block.similarity <= 1.0
        assert all(op.text for op in block.ops)
        if block.status == "unchanged":
            assert not block.changed and not block.moved
        if block.status in ("added", "removed"):
            assert not block.moved
            assert {op.kind for op in block.ops} <= {
                "insert" if block.status == "added" else "delete"
            }
    shown = [index for section in comparison.sections for index in section.blocks]
    assert sorted(shown) == list(range(len(comparison.blocks)))
    for section in comparison.sections:
        members = [comparison.blocks[index] for index in section.blocks]
        assert section.words_inserted == sum(block.words_inserted for block in members)
        assert section.words_deleted == sum(block.words_deleted for block in members)
        assert 0.0 <= section.similarity <= 1.0
        if section.status == "unchanged":
            assert not section.moved_out
            assert all(not block.changed and not block.moved for block in members)
        if section.status == "added":
            assert section.left is None
            assert all(block.status == "added" or block.moved for block in members)
        if section.status == "removed":
            assert section.right is None
            assert all(block.right is None for block in members)
    totals = comparison.totals
    assert totals.sections == {
        status: Counter(s.status for s in comparison.sections)[status]
        for status in SECTION_STATUSES
    }
    assert totals.blocks == {
        status: Counter(b.status for b in comparison.blocks)[status] for status in BLOCK_STATUSES
    }
    assert totals.words_inserted == sum(block.words_inserted for block in comparison.blocks)
    assert totals.words_deleted == sum(block.words_deleted for block in comparison.blocks)
    assert 0.0 <= totals.similarity <= 1.0
    assert comparison.differs == any(s.status != "unchanged" for s in comparison.sections)


def _assert_blocks_cover_each_side_once(comparison: Comparison) -> None:
    left = [index for block in comparison.blocks for index in block.left_blocks]
    right = [index for block in comparison.blocks for index in block.right_blocks]
    assert sorted(left) == list(range(len(left)))
    assert sorted(right) == list(range(len(right)))


_FLAGS = [
    "ignore_case",
    "ignore_punctuation",
    "ignore_whitespace",
    "ignore_numbering",
    "ignore_local_names",
]


@pytest.mark.parametrize(
    "flags",
    list(product([False, True], repeat=len(_FLAGS))),
    ids=lambda flags: "".join("1" if flag else "0" for flag in flags),
)
@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(left=texts, right=texts, names=st.lists(st.sampled_from(_NAMES), max_size=2))
def test_operations_rebuild_both_texts_and_counts_agree(flags, left, right, names):
    options = CompareOptions(**dict(zip(_FLAGS, flags, strict=True)), local_names=tuple(names))
    left_version, right_version = analysed(left), analysed(right)
    comparison = compare(left_version, right_version, options)
    assert comparison.rebuild_left() == left_version.text
    assert comparison.rebuild_right() == right_version.text
    _assert_blocks_cover_each_side_once(comparison)
    _assert_consistent(comparison)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(left=texts, right=texts, options=options, budget=st.integers(min_value=0, max_value=60))
def test_a_budgeted_comparison_still_rebuilds_both_texts_and_names_its_coarse_sections(
    left, right, options, budget
):
    left_version, right_version = analysed(left), analysed(right)
    comparison = compare(left_version, right_version, options, word_budget=budget)
    assert comparison.rebuild_left() == left_version.text
    assert comparison.rebuild_right() == right_version.text
    _assert_blocks_cover_each_side_once(comparison)
    _assert_consistent(comparison)
    for block in comparison.blocks:
        if block.coarse:
            assert block.left is not None and block.right is not None
            assert [op.kind for op in block.ops] == ["delete", "insert"]
            assert block.ops[0].text == left_version.text[block.left.start : block.left.end]
            assert block.ops[1].text == right_version.text[block.right.start : block.right.end]
    assert comparison.coarse_sections == tuple(
        position
        for position, section in enumerate(comparison.sections)
        if any(comparison.blocks[index].coarse for index in section.blocks)
    )
    assert comparison.coarse == bool(comparison.coarse_sections)


@_SETTINGS
@given(text=texts, options=options)
def test_a_text_compared_with_itself_is_unchanged(text, options):
    version = analysed(text)
    comparison = compare(version, version, options)
    assert not comparison.differs
    assert {section.status for section in comparison.sections} <= {"unchanged"}
    assert {block.status for block in comparison.blocks} <= {"unchanged"}
    assert all(op.kind == "equal" for block in comparison.blocks for op in block.ops)
    assert comparison.totals.words_inserted == comparison.totals.words_deleted == 0
    assert comparison.divergences == ()


@_SETTINGS
@given(text=texts, edit=st.sampled_from(["upper", "lower"]))
def test_case_only_edits_are_ignorable_under_ignore_case(text, edit):
    """Where case changes nothing but case (the sectioner reads both alike), nothing differs."""
    version = analysed(text)
    changed = analysed(getattr(version.text, edit)())
    assume(version.text.casefold() == changed.text.casefold())
    assume(_layout(version) == _layout(changed))
    comparison = compare(version, changed, CompareOptions(ignore_case=True))
    substantive = [
        op
        for block in comparison.blocks
        for op in block.ops
        if op.kind != "equal"
        if not op.ignorable
    ]
    assert not substantive, (version.text, substantive)
    assert not comparison.differs


def test_compare_leaves_the_garbage_collector_switch_alone():
    """The core touches no process-wide switch: the collector runs while it compares."""
    import gc

    version = analysed("Scope of this chapter\n\nThe council works with children.\n")
    seen: list[bool] = []

    class Watched:
        text = version.text
        facts = version.facts
        local_names = version.local_names

        @property
        def outline(self):
            seen.append(gc.isenabled())
            return version.outline

    assert gc.isenabled()
    compare(Watched(), Watched())
    assert seen and all(seen)
    assert gc.isenabled()


@pytest.mark.timeout(60)
def test_a_hundred_thousand_one_character_lines_compare_in_linear_time():
    rng = random.Random(7)
    lines = [rng.choice("ab") + "\n" for _ in range(100_000)]
    edited = list(lines)
    for at in rng.sample(range(len(lines)), 20):
        edited[at] = "c\n"
    left, right = analysed("".join(lines)), analysed("".join(edited))
    with collector_paused():  # as the CLI and the server compare
        comparison = compare(left, right)
    assert comparison.rebuild_right() == right.text
    assert comparison.totals.blocks["unchanged"] == len(lines) - 20


def test_a_long_repetitive_paragraph_with_a_few_edits_is_one_changed_block():
    rng = random.Random(3)
    words = [rng.choice(["the", "council", "plans", "care", "review"]) for _ in range(20_000)]
    edited = list(words)
    for at in rng.sample(range(len(words)), 25):
        edited[at] = "changed"
    comparison = compare(analysed(" ".join(words)), analysed(" ".join(edited)))
    (block,) = comparison.blocks
    assert block.status == "changed"
    assert block.words_inserted == block.words_deleted == 25
