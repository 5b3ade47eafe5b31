"""The diff-match-patch adapter: the only module that imports `diff_match_patch`.

Sequences of tokens are diffed by encoding each distinct token as one character, as
`diff_linesToChars` does for lines, so diff-match-patch's character diff becomes a token diff and
its semantic clean-up works on whole words. `Diff_Timeout = 0` makes the result deterministic (the
upload limit bounds the inputs instead).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Sequence
from itertools import chain
from typing import Any

from diff_match_patch import diff_match_patch

from app.diff.budget import WorkMeter
from app.diff.model import OpKind, WordOp
from app.diff.options import TokenRun

_SURROGATES = range(0xD800, 0xE000)
_CODES = "".join(map(chr, range(1, _SURROGATES.start)))
"""The characters standing for the first distinct items (up to the surrogates)."""
_ANCHOR_MIN_LENGTH = 40
_EQUAL, _INSERT, _DELETE = (
    diff_match_patch.DIFF_EQUAL,
    diff_match_patch.DIFF_INSERT,
    diff_match_patch.DIFF_DELETE,
)
_OP_KINDS: dict[int, OpKind] = {
    _EQUAL: "equal",
    _INSERT: "insert",
    _DELETE: "delete",
}


def _hooked_diff_bisect(text1: str, text2: str, deadline: Any) -> Any:
    """The shared differ's middle-snake search: `_bisect` with no meter."""
    return _bisect(text1, text2, deadline, _LIBRARY_BISECT_SPLIT, None)


def _bisect(text1: str, text2: str, deadline: Any, split: Any, meter: WorkMeter | None) -> Any:
    """diff-match-patch's middle-snake search (Myers 1986), step for step, without its clock.

    Without a timeout the search never stops early, so the clock diff-match-patch reads at
    every step is left out; the reverse walk reads reversed copies of the texts instead of
    negative indices. Every step and tie-break is the library's, so the result is too (a property
    test compares the two). It buys 6-8 % of the comparison benchmark, compiled. `split` is the
    differ's own `diff_bisectSplit` (which recurses through that differ); with a `meter`, the
    search charges the items it is given and, every round, the diagonals it probes, so a search
    too costly for the budget stops.
    """
    length1, length2 = len(text1), len(text2)
    if meter is not None:
        meter.charge(length1 + length2)
    max_d = (length1 + length2 + 1) // 2
    v_offset = max_d
    v_length = 2 * max_d
    v1 = [-1] * v_length
    v1[v_offset + 1] = 0
    v2 = v1[:]
    delta = length1 - length2
    front = delta % 2 != 0
    reversed1, reversed2 = text1[::-1], text2[::-1]
    k1start = k1end = k2start = k2end = 0
    for d in range(max_d):
        if meter is not None:
            meter.charge(2 * d + 2)
        for k1 in range(-d + k1start, d + 1 - k1end, 2):
            k1_offset = v_offset + k1
            if k1 == -d or (k1 != d and v1[k1_offset - 1] < v1[k1_offset + 1]):
                x1 = v1[k1_offset + 1]
            else:
                x1 = v1[k1_offset - 1] + 1
            y1 = x1 - k1
            while x1 < length1 and y1 < length2 and text1[x1] == text2[y1]:
                x1 += 1
                y1 += 1
            v1[k1_offset] = x1
            if x1 > length1:
                k1end += 2
            elif y1 > length2:
                k1start += 2
            elif front:
                k2_offset = v_offset + delta - k1
                if (
                    0 <= k2_offset < v_length
                    and v2[k2_offset] != -1
                    and x1 >= length1 - v2[k2_offset]
                ):
                    return split(text1, text2, x1, y1, deadline)
        for k2 in range(-d + k2start, d + 1 - k2end, 2):
            k2_offset = v_offset + k2
            if k2 == -d or (k2 != d and v2[k2_offset - 1] < v2[k2_offset + 1]):
                x2 = v2[k2_offset + 1]
            else:
                x2 = v2[k2_offset - 1] + 1
            y2 = x2 - k2
            while x2 < length1 and y2 < length2 and reversed1[x2] == reversed2[y2]:
                x2 += 1
                y2 += 1
            v2[k2_offset] = x2
            if x2 > length1:
                k2end += 2
            elif y2 > length2:
                k2start += 2
            elif not front:
                k1_offset = v_offset + delta - k2
                if 0 <= k1_offset < v_length and v1[k1_offset] != -1:
                    x1 = v1[k1_offset]
                    if x1 >= length1 - x2:
                        y1 = v_offset + x1 - k1_offset
                        return split(text1, text2, x1, y1, deadline)
    return [(_DELETE, text1), (_INSERT, text2)]


def _no_lossless_cleanup(diffs: list[Any]) -> None:
    """The lossless clean-up slides edits to character-class boundaries (spaces, punctuation); on
    text where every character stands for a whole token that would be meaningless, so it is off.
    """


def _new_differ() -> Any:
    """diff-match-patch on token-encoded strings, with two of its methods replaced.

    The replacements are set on the instance rather than in a subclass so that this module stays
    plain functions, which mypyc can compile (see decision 0009); the library's own methods call
    them through `self` all the same. `Diff_Timeout = 0` makes the result deterministic.
    """
    differ = diff_match_patch()
    differ.Diff_Timeout = 0
    differ.diff_bisect = _hooked_diff_bisect
    differ.diff_cleanupSemanticLossless = _no_lossless_cleanup
    return differ


_DIFFER = _new_differ()
_LIBRARY_BISECT_SPLIT = _DIFFER.diff_bisectSplit


def _metered_differ(meter: WorkMeter) -> Any:
    """A differ of its own for one metered diff: its search charges `meter` and recurses
    through this differ, never through the shared one (which has no meter)."""
    differ = _new_differ()
    split = differ.diff_bisectSplit

    def bisect(text1: str, text2: str, deadline: Any) -> Any:
        return _bisect(text1, text2, deadline, split, meter)

    differ.diff_bisect = bisect
    return differ


def _encode(left: Sequence[Hashable], right: Sequence[Hashable]) -> tuple[str, str]:
    """One character per distinct item, skipping the surrogate range, as diff_linesToChars does."""
    distinct = dict.fromkeys(chain(left, right))
    if len(distinct) < _SURROGATES.start:
        chars = dict(zip(distinct, _CODES, strict=False))
    else:
        chars = {
            item: chr(code + 1 if code + 1 < _SURROGATES.start else code + 1 + len(_SURROGATES))
            for code, item in enumerate(distinct)
        }
    return "".join(map(chars.__getitem__, left)), "".join(map(chars.__getitem__, right))


def diff_sequences(
    left: Sequence[Hashable],
    right: Sequence[Hashable],
    *,
    semantic: bool = True,
    repeats: bool = False,
    meter: WorkMeter | None = None,
) -> list[tuple[OpKind, int]]:
    """Runs of operations turning `left` into `right`, as (kind, number of items).

    With `semantic`, small equalities between edits are folded into the edits, so a rewritten
    phrase reads as one deletion and one insertion rather than a mosaic. With `repeats`, items
    that recur (blocks of a text pasted many times) anchor the diff too, see `_anchored_diff`.
    With a `meter`, the search charges its work to it and raises `BudgetSpent` past its limit.
    """
    if left == right:
        return [("equal", len(left))] if left else []
    left_chars, right_chars = _encode(left, right)
    differ = _DIFFER if meter is None else _metered_differ(meter)
    diffs = _anchored_diff(left_chars, right_chars, repeats=repeats, differ=differ, meter=meter)
    if semantic:
        _DIFFER.diff_cleanupSemantic(diffs)
    return [(_OP_KINDS[op], len(chars)) for op, chars in diffs if chars]


def _anchored_diff(
    left: str, right: str, *, repeats: bool, differ: Any, meter: WorkMeter | None
) -> list[tuple[int, str]]:
    """diff_main, run between anchors kept equal.

    As patience diff does, anchors are items found exactly once on each side; with `repeats`,
    the n-th occurrence of an item found as often on both sides anchors to its n-th occurrence
    on the other.
    The longest in-order run of anchor pairs is kept equal and diff-match-patch diffs the
    stretches between them. Its cost grows with the length times the number of edits of what
    it is given, so many short stretches cost far less than one long text with scattered edits.
    """
    prefix = _DIFFER.diff_commonPrefix(left, right)
    suffix = _DIFFER.diff_commonSuffix(left[prefix:], right[prefix:])
    if prefix or suffix:
        middle = _anchored_diff(
            left[prefix : len(left) - suffix],
            right[prefix : len(right) - suffix],
            repeats=repeats,
            differ=differ,
            meter=meter,
        )
        head = [(_EQUAL, left[:prefix])] if prefix else []
        tail = [(_EQUAL, left[len(left) - suffix :])] if suffix else []
        return head + middle + tail
    if len(left) + len(right) < _ANCHOR_MIN_LENGTH:
        return _diff_main(left, right, differ, meter)
    if repeats:
        right_occurrences: dict[str, list[int]] = {}
        for at, char in enumerate(right):
            right_occurrences.setdefault(char, []).append(at)
        left_counts = Counter(left)
        seen: Counter[str] = Counter()
        candidates = []
        for at, char in enumerate(left):
            occurrences = right_occurrences.get(char)
            # only items as frequent on both sides: a copy more or less would shift every pairing
            if occurrences is not None and len(occurrences) == left_counts[char]:
                candidates.append((at, occurrences[seen[char]]))
            seen[char] += 1
    else:
        right_counts = Counter(right)
        once = {
            char
            for char, count in Counter(left).items()
            if count == 1 and right_counts.get(char) == 1
        }
        right_at = dict(zip(right, range(len(right)), strict=True))  # the last occurrences
        candidates = [(at, right_at[char]) for at, char in enumerate(left) if char in once]
    right_positions = [j for _, j in candidates]
    if right_positions == sorted(right_positions):
        anchors = candidates  # in order already (positions are distinct): all of them anchor
    else:
        anchors = [candidates[at] for at in sorted(_increasing_run(right_positions))]
    diffs: list[tuple[int, str]] = []
    left_from = right_from = 0
    # Adjacent anchors go in as one equality: the clean-up would merge them first thing anyway.
    run_from = -1
    for left_at, right_at_anchor in [*anchors, (len(left), len(right))]:
        if left_at > left_from or right_at_anchor > right_from:
            if run_from >= 0:
                diffs.append((_EQUAL, left[run_from:left_from]))
                run_from = -1
            diffs.extend(
                _diff_main(
                    left[left_from:left_at], right[right_from:right_at_anchor], differ, meter
                )
            )
        if run_from < 0:
            run_from = left_at
        left_from, right_from = left_at + 1, right_at_anchor + 1
    if run_from < len(left):
        diffs.append((_EQUAL, left[run_from:]))
    _DIFFER.diff_cleanupMerge(diffs)
    return diffs


def _diff_main(
    left: str, right: str, differ: Any = None, meter: WorkMeter | None = None
) -> list[tuple[int, str]]:
    """diff_main, answered without its search where the answer is known in advance.

    Two sides with no item in common are one deletion and one insertion, which diff-match-patch
    finds too, but only after trying every path (its cost grows with the square of the length
    there). A `meter` is charged one unit per item handed to the search.
    """
    if len(left) > 1 and len(right) > 1 and set(left).isdisjoint(right):
        return [(_DELETE, left), (_INSERT, right)]
    if meter is not None:
        meter.charge(len(left) + len(right))
    return list((differ or _DIFFER).diff_main(left, right, False))


def _increasing_run(values: list[int]) -> list[int]:
    """Positions of a longest strictly increasing subsequence of `values` (patience sorting)."""
    tails: list[int] = []
    tail_values: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect_left(tail_values, value)
        if slot:
            previous[position] = tails[slot - 1]
        if slot == len(tails):
            tails.append(position)
            tail_values.append(value)
        else:
            tails[slot] = position
            tail_values[slot] = value
    run = []
    position = tails[-1] if tails else -1
    while position != -1:
        run.append(position)
        position = previous[position]
    return run


def diff_tokens(left: TokenRun, right: TokenRun, meter: WorkMeter | None = None) -> list[WordOp]:
    """Word operations from `left` to `right`; their texts rebuild both sides exactly.

    Words and punctuation with a key are aligned. Whitespace and tokens without a key are
    re-attached between aligned tokens: equal where both sides have the same characters, an
    ignorable delete and insert where only ignored material differs, else a substantive change.
    Whitespace closing both sides (the blank lines before the next block) is always ignorable.
    Aligned tokens with equal keys but different characters ("The" and "the" under ignore-case)
    become an ignorable delete and insert. With a `meter`, the alignment's search charges it and
    raises `BudgetSpent` past its limit (see `app.diff.budget`).
    """
    left_texts, right_texts = left.texts, right.texts
    if left_texts == right_texts:
        return [WordOp("equal", "".join(left_texts))] if left_texts else []
    left_keys, right_keys = left.keys, right.keys
    # a key is a word, a character or a placeholder, or a whole run of whitespace
    left_positions = [at for at, key in enumerate(left_keys) if key and not key.isspace()]
    right_positions = [at for at, key in enumerate(right_keys) if key and not key.isspace()]
    runs = diff_sequences(
        list(map(left_keys.__getitem__, left_positions)),
        list(map(right_keys.__getitem__, right_positions)),
        meter=meter,
    )
    pieces = _Pieces()

    def gap(left_from: int, left_to: int, right_from: int, right_to: int) -> None:
        """Re-attach the unaligned tokens between two aligned ones (or an aligned pair)."""
        if left_texts[left_from:left_to] == right_texts[right_from:right_to]:
            pieces.equal("".join(left_texts[left_from:left_to]))
            return
        closing = left_to == len(left_texts) and right_to == len(right_texts)
        start = left_from
        while (
            left_from < left_to
            and right_from < right_to
            and left_texts[left_from] == right_texts[right_from]
        ):
            left_from += 1
            right_from += 1
        prefix = "".join(left_texts[start:left_from])
        kept = 0
        while (
            left_to - kept > left_from
            and right_to - kept > right_from
            and left_texts[left_to - kept - 1] == right_texts[right_to - kept - 1]
        ):
            kept += 1
        suffix = "".join(left_texts[left_to - kept : left_to])
        same_residue = "".join(
            key for key in left_keys[left_from : left_to - kept] if key
        ) == "".join(key for key in right_keys[right_from : right_to - kept] if key)
        left_text = "".join(left_texts[left_from : left_to - kept])
        right_text = "".join(right_texts[right_from : right_to - kept])
        blank = (not left_text or left_text.isspace()) and (not right_text or right_text.isspace())
        if blank:
            shared = _shared_prefix(left_text, right_text)
            prefix += left_text[:shared]
            left_text, right_text = left_text[shared:], right_text[shared:]
        pieces.equal(prefix)
        # The blank lines closing a block separate it from the next one: layout, not content.
        pieces.change(left_text, right_text, ignorable=same_residue or (closing and blank))
        pieces.equal(suffix)

    left_cursor = right_cursor = 0
    left_aligned = right_aligned = 0
    left_end = right_end = 0

    def change() -> None:
        """Emit the edit up to the last deleted and inserted words, shared leading spaces kept."""
        nonlocal left_cursor, right_cursor
        shared = 0
        while (
            left_cursor + shared < left_end
            and right_cursor + shared < right_end
            and left_texts[left_cursor + shared] == right_texts[right_cursor + shared]
            and not _aligned(left_keys[left_cursor + shared])
        ):
            shared += 1
        pieces.equal("".join(left_texts[left_cursor : left_cursor + shared]))
        left_from, right_from = left_cursor + shared, right_cursor + shared
        left_lead = _unkeyed_run(left_keys, left_from, left_end)
        right_lead = _unkeyed_run(right_keys, right_from, right_end)
        if left_lead or right_lead:
            # markup or ignored characters leading the edit (a bullet) stay apart from its words
            pieces.change(
                "".join(left_texts[left_from : left_from + left_lead]),
                "".join(right_texts[right_from : right_from + right_lead]),
                ignorable=True,
            )
            pieces.close_change()
        pieces.change(
            "".join(left_texts[left_from + left_lead : left_end]),
            "".join(right_texts[right_from + right_lead : right_end]),
            ignorable=False,
        )
        left_cursor, right_cursor = left_end, right_end

    for kind, count in runs:
        if kind == "equal":
            if left_end > left_cursor or right_end > right_cursor:
                change()
            last_left = left_positions[left_aligned + count - 1] + 1
            last_right = right_positions[right_aligned + count - 1] + 1
            if left_texts[left_cursor:last_left] == right_texts[right_cursor:last_right]:
                pieces.equal("".join(left_texts[left_cursor:last_left]))
            else:
                same_from = left_cursor
                for step in range(count):
                    left_at = left_positions[left_aligned + step]
                    right_at = right_positions[right_aligned + step]
                    if (
                        left_texts[left_cursor : left_at + 1]
                        != right_texts[right_cursor : right_at + 1]
                    ):
                        pieces.equal("".join(left_texts[same_from:left_cursor]))
                        gap(left_cursor, left_at, right_cursor, right_at)
                        gap(left_at, left_at + 1, right_at, right_at + 1)
                        same_from = left_at + 1
                    left_cursor, right_cursor = left_at + 1, right_at + 1
                pieces.equal("".join(left_texts[same_from:left_cursor]))
            left_cursor = left_end = last_left
            right_cursor = right_end = last_right
            left_aligned += count
            right_aligned += count
        elif kind == "delete":
            left_end = left_positions[left_aligned + count - 1] + 1
            left_aligned += count
        else:
            right_end = right_positions[right_aligned + count - 1] + 1
            right_aligned += count
    if left_end > left_cursor or right_end > right_cursor:
        change()
    gap(left_cursor, len(left_texts), right_cursor, len(right_texts))
    return pieces.ops()


def _shared_prefix(left: str, right: str) -> int:
    for at, (left_char, right_char) in enumerate(zip(left, right, strict=False)):
        if left_char != right_char:
            return at
    return min(len(left), len(right))


def _unkeyed_run(keys: list[str | None], start: int, end: int) -> int:
    """How many tokens from `start` (before `end`) have no key at all."""
    count = 0
    while start + count < end and keys[start + count] is None:
        count += 1
    return count


def _aligned(key: str | None) -> bool:
    return key is not None and key != "" and not key[0].isspace()


class _Pieces:
    """Collects equal runs and changes, merging adjacent changes of the same kind (ignorable
    or substantive) into one delete and one insert, and adjacent equal runs into one.

    At most one of a pending equal run and a pending change is open at a time; each is turned
    into operations only when the other kind arrives.
    """

    __slots__ = ("_deleted", "_equal", "_ignorable", "_inserted", "_ops")

    def __init__(self) -> None:
        self._ops: list[WordOp] = []
        self._equal: list[str] = []
        self._deleted: list[str] = []
        self._inserted: list[str] = []
        self._ignorable = True

    def equal(self, text: str) -> None:
        if not text:
            return
        if self._deleted:
            self._flush()
        self._equal.append(text)

    def gap(self, left: str, right: str) -> None:
        if left == right:
            self.equal(left)
        else:
            self.change(left, right, ignorable=True)

    def change(self, left: str, right: str, *, ignorable: bool) -> None:
        if not (left or right):
            return
        if self._equal:
            self._ops.append(WordOp("equal", "".join(self._equal)))
            self._equal.clear()
        elif self._deleted and ignorable != self._ignorable:
            self._flush()
        self._deleted.append(left)
        self._inserted.append(right)
        self._ignorable = self._ignorable and ignorable

    def close_change(self) -> None:
        """End the pending change here, so the next one is not merged into it."""
        if self._deleted:
            self._flush()

    def _flush(self) -> None:
        """Turn the pending change into a delete and an insert."""
        deleted, inserted = "".join(self._deleted), "".join(self._inserted)
        if deleted:
            self._ops.append(WordOp("delete", deleted, self._ignorable))
        if inserted:
            self._ops.append(WordOp("insert", inserted, self._ignorable))
        self._deleted.clear()
        self._inserted.clear()
        self._ignorable = True

    def ops(self) -> list[WordOp]:
        if self._equal:
            self._ops.append(WordOp("equal", "".join(self._equal)))
            self._equal.clear()
        elif self._deleted:
            self._flush()
        return self._ops
