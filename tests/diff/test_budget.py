"""The word-diff budget: counted work, not time, so a comparison too large to diff word by word
everywhere is the same every time, coarser past the budget, and says so."""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.diff import DEFAULT_WORD_DIFF_BUDGET, CompareOptions, coarse_notice, compare
from app.diff.budget import BudgetSpent, WorkMeter
from app.diff.words import diff_sequences
from tests.diff.conftest import analysed

_SEEDS = Path("/work/shared/seeds")


def _paragraphs(words: list[str], count: int, shift: int) -> str:
    """`count` paragraphs of 30 words drawn in turn from `words`, starting `shift` words in."""
    return "\n\n".join(
        " ".join(words[(shift + paragraph * 7 + at * 3) % len(words)] for at in range(30)) + "."
        for paragraph in range(count)
    )


_WORDS = re.findall(
    r"\w+",
    "the council reviews each placement plan with the young person and their carer within "
    "twenty working days and records what was agreed on the case file",
)
_LEFT = "# Placement reviews\n\n" + _paragraphs(_WORDS, 12, 0) + "\n"
_RIGHT = "# Placement reviews\n\n" + _paragraphs(_WORDS, 12, 1) + "\n"


def test_within_the_budget_a_comparison_is_exactly_the_unbudgeted_one():
    left, right = analysed(_LEFT), analysed(_RIGHT)
    budgeted = compare(left, right)
    unbounded = compare(left, right, word_budget=10**15)
    assert budgeted == unbounded
    assert not budgeted.coarse
    assert budgeted.coarse_sections == ()


def test_past_the_budget_the_changed_blocks_are_whole_replacements_and_named():
    left, right = analysed(_LEFT), analysed(_RIGHT)
    comparison = compare(left, right, word_budget=0)
    coarse = [block for block in comparison.blocks if block.coarse]
    assert coarse, "a budget of 0 leaves no changed block to diff word by word"
    assert all([op.kind for op in block.ops] == ["delete", "insert"] for block in coarse)
    assert all(block.changed for block in coarse)
    assert comparison.coarse
    assert comparison.rebuild_left() == left.text
    assert comparison.rebuild_right() == right.text
    # the unchanged title is still equal, not replaced
    assert not any(block.coarse for block in comparison.blocks if block.status == "unchanged")


def test_a_budget_spent_part_way_keeps_the_blocks_diffed_before_word_by_word():
    left, right = analysed(_LEFT), analysed(_RIGHT)
    full = compare(left, right, word_budget=10**15)
    partial = compare(left, right, word_budget=250)
    coarse = [block.coarse for block in partial.blocks if block.changed]
    assert True in coarse and False in coarse
    assert len(coarse) == len([block for block in full.blocks if block.changed])
    fine = [block for block in partial.blocks if not block.coarse]
    assert all(block in full.blocks for block in fine)


def test_the_same_inputs_and_budget_always_give_the_same_comparison():
    left, right = analysed(_LEFT), analysed(_RIGHT)
    assert compare(left, right, word_budget=250) == compare(left, right, word_budget=250)


@pytest.mark.skipif(not _SEEDS.is_dir(), reason="the shared seeds are not on this machine")
def test_every_pair_of_seeds_stays_word_by_word_under_the_default_budget():
    seeds = [
        analysed(path.read_text(encoding="utf-8"), path.name) for path in sorted(_SEEDS.iterdir())
    ]
    for left in seeds:
        for right in seeds:
            if left is not right:
                assert not compare(left, right, CompareOptions(ignore_case=True)).coarse


@settings(max_examples=150, deadline=None)
@given(
    left=st.lists(st.sampled_from("abcdefg"), max_size=60),
    right=st.lists(st.sampled_from("abcdefg"), max_size=60),
)
def test_a_metered_diff_is_the_unmetered_one_or_stops(left, right):
    unmetered = diff_sequences(left, right)
    assert diff_sequences(left, right, meter=WorkMeter(10**9)) == unmetered
    with contextlib.suppress(BudgetSpent):
        assert diff_sequences(left, right, meter=WorkMeter(20)) == unmetered


def test_a_negative_budget_is_refused_with_how_to_fix_it():
    with pytest.raises(ValueError, match=r"negative\. To fix"):
        WorkMeter(-1)


def test_the_notice_says_how_many_sections_are_whole_replacements():
    assert coarse_notice(0) is None
    assert coarse_notice(1) is not None and "1 section is shown as whole" in coarse_notice(1)
    notice = coarse_notice(3)
    assert notice is not None
    assert notice.startswith("This comparison was too large to compare word by word; 3 sections")


def test_the_settings_default_is_the_core_default():
    from app.config import Settings

    assert Settings().comparison_word_budget == DEFAULT_WORD_DIFF_BUDGET
