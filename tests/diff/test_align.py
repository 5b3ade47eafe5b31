"""Alignment: sections by kind then content, blocks by content across the document, moves."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.diff import CompareOptions, compare
from app.diff.align import _bag_alike, bag_dice, dice, heaviest_increasing, prepare_side
from app.diff.options import Masker
from app.sections import Outline, Section
from tests.diff.conftest import analysed


def test_heaviest_increasing_prefers_weight_to_length():
    assert heaviest_increasing([1, 2, 3, 0], [1, 1, 1, 10]) == {3}
    assert heaviest_increasing([1, 2, 3, 0], [1, 1, 1, 1]) == {0, 1, 2}
    assert heaviest_increasing([], []) == set()


@given(st.lists(st.integers(0, 20), max_size=30))
def test_heaviest_increasing_is_strictly_increasing(values):
    kept = sorted(heaviest_increasing(values, [1.0] * len(values)))
    chosen = [values[at] for at in kept]
    assert chosen == sorted(set(chosen))
    assert bool(kept) == bool(values)


def test_dice_is_shared_words_over_all_words():
    assert dice(frozenset("ab"), frozenset("bc")) == pytest.approx(0.5)
    assert dice(frozenset(), frozenset()) == 1.0


_BAG_WORDS = st.lists(st.sampled_from("abcd"), max_size=40)


@given(_BAG_WORDS, _BAG_WORDS, st.sampled_from([0.0, 0.25, 0.5, 0.6, 1.0]))
def test_bag_alike_rules_out_only_what_bag_dice_does(left, right, threshold):
    assert _bag_alike(left, right, threshold) == (bag_dice(left, right) >= threshold)


def test_sections_without_blocks_are_split_into_lines_that_tile_them():
    text = "First line.\nSecond line.\n\nThird.\n"
    outline = Outline(text, None, (Section("other", None, None, 1, 0, len(text), text, ()),))
    side = prepare_side(outline, Masker(CompareOptions()))
    assert [unit.text for unit in side.units] == ["First line.\n", "Second line.\n\n", "Third.\n"]


def test_an_outline_that_does_not_tile_its_text_is_read_as_one_section():
    text = "Heading\n\nBody text here.\n"
    broken = Outline(text, None, (Section("scope", "Heading", None, 1, 0, 9, text[:9], ()),))
    side = prepare_side(broken, Masker(CompareOptions()))
    assert [(ref.kind, ref.start, ref.end) for ref in side.sections] == [("other", 0, len(text))]
    assert "".join(unit.text for unit in side.units) == text


CHAPTER = """Corporate Parenting

Every corporate parent listens to children in care and acts on what they say.

Care leavers are supported until they are 21.

Key Values

We value families and work with them openly and honestly.

Corporate Parenting

Elected members visit children's homes twice a year and report what they found.
"""


def test_two_sections_of_one_kind_pair_with_their_closest_counterparts():
    left = analysed(CHAPTER)
    reordered = CHAPTER.replace("Care leavers are supported until they are 21.\n\n", "")
    right = analysed(reordered + "\nCare leavers are supported until they are 21.\n")
    comparison = compare(left, right)
    assert comparison.rebuild_right() == right.text
    pairs = [(c.left.index, c.right.index) for c in comparison.sections if c.left and c.right]
    assert pairs == [(0, 0), (1, 1), (2, 2)]
    assert [c.left.kind for c in comparison.sections].count("corporate_parenting") == 2
    (moved,) = [block for block in comparison.blocks if block.moved]
    assert (moved.left_section, moved.right_section) == (0, 2)
    assert moved.words_inserted == moved.words_deleted == 0


def test_a_repeated_paragraph_pairs_with_its_nearest_copy():
    paragraph = "Plans are reviewed with the child and their family.\n\n"
    left = analysed("Intro one.\n\n" + paragraph + "Middle.\n\n" + paragraph + "End.\n")
    right = analysed(
        "Intro one.\n\n" + paragraph + "Middle changed here.\n\n" + paragraph + "End.\n"
    )
    comparison = compare(left, right)
    assert not any(block.moved for block in comparison.blocks)
    assert [b.status for b in comparison.blocks].count("unchanged") == 4
