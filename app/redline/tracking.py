"""A comparison laid out as tracked paragraphs: one text in which each run says which side has it.

Block changes are placed so that what the left holds reads in the left's order and what the right
holds reads in the right's: blocks matched in place are fixed points, and between two of them come
the left's removed blocks and the places moved blocks left (deleted), then the right's added blocks
and the places moved blocks went to (inserted). A moved block appears twice, as Word records a move:
its left text where it was (`move_from`) and its right text where it is (`move_to`, with words
inserted during the move marked `insert`).

Paragraph marks follow each side's shown paragraphs (`layout`): a side's mark is placed just before
the next character that side shows, or that any side shows once a side's paragraph has ended, so a
removed paragraph and the added one after it stay two paragraphs rather than one.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from app.diff import BlockChange, ComparableVersion, Comparison, SectionRef
from app.redline.layout import SideLayout, side_layout, xml_safe
from app.redline.model import Mark, Move, ParagraphFormat, TrackedParagraph, TrackedRun

_PLAIN = ParagraphFormat("paragraph")


@dataclass(frozen=True, slots=True)
class _Placed:
    """A block change, or one end of a moved one, in its place in the tracked text."""

    change: BlockChange
    role: Literal["both", "left", "right"]
    mark: Mark
    """The mark of text only this role's side holds ("delete", "move_from", "insert", "move_to")."""
    move: int | None = None


def tracked_paragraphs(
    left: ComparableVersion, right: ComparableVersion, comparison: Comparison
) -> tuple[tuple[TrackedParagraph, ...], tuple[Move, ...]]:
    """The comparison of `left` with `right` as tracked paragraphs, and the moves they number."""
    placed, moves = _placement(comparison)
    writer = _Writer(side_layout(left.outline), side_layout(right.outline))
    for item in placed:
        writer.write(item)
    return writer.finish(), tuple(moves)


def _placement(comparison: Comparison) -> tuple[list[_Placed], list[Move]]:
    anchored = [
        change
        for change in comparison.blocks
        if change.left is not None and change.right is not None and not change.moved
    ]
    anchored.sort(key=lambda change: _start(change, "left"))
    in_order = set(_longest_right_ordered(anchored))
    left_only: list[_Placed] = []
    right_only: list[_Placed] = []
    anchors: list[_Placed] = []
    moves: list[Move] = []
    for change in comparison.blocks:
        if change.left is not None and change.right is not None:
            if not change.moved and id(change) in in_order:
                anchors.append(_Placed(change, "both", "equal"))
                continue
            number = len(moves) + 1
            moves.append(
                Move(
                    number,
                    _section_name(comparison.left.sections, change.left_section),
                    _section_name(comparison.right.sections, change.right_section),
                )
            )
            left_only.append(_Placed(change, "left", "move_from", number))
            right_only.append(_Placed(change, "right", "move_to", number))
        elif change.left is not None:
            left_only.append(_Placed(change, "left", "delete"))
        elif change.right is not None:
            right_only.append(_Placed(change, "right", "insert"))
    anchors.sort(key=lambda item: _start(item.change, "left"))
    left_only.sort(key=lambda item: _start(item.change, "left"))
    right_only.sort(key=lambda item: _start(item.change, "right"))
    placed: list[_Placed] = []
    next_left = next_right = 0
    for anchor in [*anchors, None]:
        left_limit = _start(anchor.change, "left") if anchor else None
        right_limit = _start(anchor.change, "right") if anchor else None
        while next_left < len(left_only) and (
            left_limit is None or _start(left_only[next_left].change, "left") < left_limit
        ):
            placed.append(left_only[next_left])
            next_left += 1
        while next_right < len(right_only) and (
            right_limit is None or _start(right_only[next_right].change, "right") < right_limit
        ):
            placed.append(right_only[next_right])
            next_right += 1
        if anchor is not None:
            placed.append(anchor)
    return placed, moves


def _start(change: BlockChange, side: Literal["left", "right"]) -> int:
    span = change.left if side == "left" else change.right
    return span.start if span is not None else 0


def _longest_right_ordered(anchored: list[BlockChange]) -> list[int]:
    """Ids of the longest run of `anchored` (in left order) that is also in right order.

    The comparison places matched blocks in order on both sides; should any not be, the rest are
    shown as moves rather than breaking either side's order.
    """
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(anchored)
    for index, change in enumerate(anchored):
        key = _start(change, "right")
        at = bisect_left(tails, key)
        if at == len(tails):
            tails.append(key)
            tail_index.append(index)
        else:
            tails[at] = key
            tail_index[at] = index
        previous[index] = tail_index[at - 1] if at else -1
    chain: list[int] = []
    index = tail_index[-1] if tail_index else -1
    while index >= 0:
        chain.append(id(anchored[index]))
        index = previous[index]
    return chain


def _section_name(sections: tuple[SectionRef, ...], index: int | None) -> str:
    if index is None or not 0 <= index < len(sections):
        return "another section"
    section = sections[index]
    return section.heading or section.kind.replace("_", " ").capitalize()


@dataclass(slots=True)
class _Open:
    """The paragraph being written."""

    runs: list[TrackedRun] = field(default_factory=list)
    left_paragraph: int = -1
    right_paragraph: int = -1


class _Writer:
    """Writes characters with their marks, closing paragraphs where either side's paragraphs end."""

    def __init__(self, left: SideLayout, right: SideLayout) -> None:
        self._layouts = {"left": left, "right": right}
        self._paragraphs: list[TrackedParagraph] = []
        self._open = _Open()
        self._owes = {"left": False, "right": False}
        """Whether the side's paragraph has ended and its mark is still to be written."""
        self._last_mark: dict[str, Mark] = {"left": "equal", "right": "equal"}
        self._last_move: dict[str, int | None] = {"left": None, "right": None}
        self._text: list[str] = []
        self._run_mark: Mark = "equal"
        self._run_move: int | None = None

    def write(self, item: _Placed) -> None:
        for character, left_offset, right_offset, mark in self._characters(item):
            self._character(character, left_offset, right_offset, mark, item.move)

    def _characters(self, item: _Placed) -> Iterator[tuple[str, int, int, Mark]]:
        """Each character of the item with its offset on each side that holds it (else -1)."""
        change = item.change
        left_position = change.left.start if change.left is not None else 0
        right_position = change.right.start if change.right is not None else 0
        for op in change.ops:
            on_left = op.kind != "insert"
            on_right = op.kind != "delete"
            if (item.role == "left" and not on_left) or (item.role == "right" and not on_right):
                continue
            mark: Mark = item.mark
            if item.role == "right" and op.kind == "insert" and item.mark == "move_to":
                mark = "insert"
            for character in op.text:
                left_offset = left_position if on_left and item.role != "right" else -1
                right_offset = right_position if on_right and item.role != "left" else -1
                left_position += on_left
                right_position += on_right
                yield character, left_offset, right_offset, mark

    def _character(
        self, character: str, left_offset: int, right_offset: int, mark: Mark, move: int | None
    ) -> None:
        left_at = self._layouts["left"].paragraph_at[left_offset] if left_offset >= 0 else -1
        right_at = self._layouts["right"].paragraph_at[right_offset] if right_offset >= 0 else -1
        if left_at < 0 and right_at < 0:
            return
        if self._owes["left"] or self._owes["right"]:
            self._close(self._owes["left"], self._owes["right"])
        run_mark: Mark
        run_move: int | None = None
        if left_at >= 0 and right_at >= 0:
            run_mark = "equal"
        else:
            run_mark = mark if mark != "equal" else ("delete" if left_at >= 0 else "insert")
            run_move = move
        if run_mark != self._run_mark or run_move != self._run_move:
            self._flush_run()
            self._run_mark, self._run_move = run_mark, run_move
        self._text.append(character)
        for side, at, offset in (("left", left_at, left_offset), ("right", right_at, right_offset)):
            if at < 0:
                continue
            if side == "left" and self._open.left_paragraph < 0:
                self._open.left_paragraph = at
            if side == "right" and self._open.right_paragraph < 0:
                self._open.right_paragraph = at
            self._last_mark[side] = run_mark
            self._last_move[side] = run_move
            if offset + 1 >= self._layouts[side].paragraphs[at].end:
                self._owes[side] = True

    def _flush_run(self) -> None:
        if self._text:
            self._open.runs.append(
                TrackedRun(xml_safe("".join(self._text)), self._run_mark, self._run_move)
            )
            self._text = []

    def _close(self, on_left: bool, on_right: bool) -> None:
        self._flush_run()
        mark: Mark
        move: int | None = None
        if on_left and on_right:
            mark = "equal"
        elif on_left:
            mark = "move_from" if self._last_mark["left"] == "move_from" else "delete"
            move = self._last_move["left"] if mark == "move_from" else None
        else:
            mark = "move_to" if self._last_mark["right"] in ("move_to",) else "insert"
            move = self._last_move["right"] if mark == "move_to" else None
        left_format = self._format("left", self._open.left_paragraph)
        right_format = self._format("right", self._open.right_paragraph)
        shown_format = right_format or left_format or _PLAIN
        self._paragraphs.append(
            TrackedParagraph(
                runs=tuple(self._open.runs),
                mark=mark,
                format=shown_format,
                left_format=left_format if left_format not in (None, shown_format) else None,
                move=move,
            )
        )
        self._open = _Open()
        self._owes = {"left": False, "right": False}

    def _format(self, side: str, at: int) -> ParagraphFormat | None:
        return self._layouts[side].paragraphs[at].format if at >= 0 else None

    def finish(self) -> tuple[TrackedParagraph, ...]:
        self._close(True, True)
        return tuple(self._paragraphs)
