"""Boundaries and kinds of a run of un-headed blocks, chosen together by dynamic programming.

Where a document has no headings, a section is recognisable only by what its paragraphs talk
about, and one paragraph alone is weak evidence: a sentence about "the council's partners" may
sit in the introduction or in a section on shared responsibility. Choosing each paragraph's kind
on its own would scatter kinds; choosing boundaries first would need the kinds to place them. So
both are chosen at once, as the best-scoring path through the blocks (a Viterbi search):

- each block says how likely each kind is (the family's kind model), weighted by its length;
- opening a section costs a fixed amount, so a boundary needs evidence to pay for it;
- kinds usually come in the family's order: going back to an earlier kind costs more, and a kind
  met once cannot come again (a kind is one section of a chapter);
- "other" is the kind of blocks no kind explains better than a floor probability;
- a content cue is a certainty: where one matched, a section of its kind opens there.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

OTHER = "other"

BOUNDARY_COST = 1.0
"""What opening a section costs, in nats of evidence."""
BACKWARD_COST = 1.0
"""The extra cost of a kind that the family's order puts before the furthest kind seen."""
OTHER_COST = 1.0
"""The extra cost of turning to material of no kind inside a run: rare in a chapter."""
OTHER_FLOOR = 0.05
"""A block is "other" unless some kind is at least about this likely."""
MIN_PROBABILITY = 1e-4
"""Probabilities are floored so one confident model error cannot veto a path outright."""
_IMPOSSIBLE = -math.inf


@dataclass(frozen=True, slots=True)
class RunBlock:
    """What the segmenter knows of one block of the run."""

    probabilities: Mapping[str, float]
    """The kind model's probability of each kind for the block's words."""
    weight: float
    """How much evidence the block carries (longer blocks more)."""
    may_open: bool
    """A section may start at this block (a paragraph or a heading, not a list item)."""
    forced: str | None = None
    """A content cue opened a section of this kind here."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A section the segmenter chose: it starts at block `first` of the run."""

    first: int
    kind: str


@dataclass(frozen=True, slots=True)
class _State:
    kind: str
    """The current section's kind ("other" included)."""
    last: int
    """The furthest position in the order that the path has reached (-1: none yet): a kind
    placed before it is out of the usual order."""


def segment_run(
    blocks: Sequence[RunBlock], order: Sequence[str], initial: str | None = None
) -> list[Segment]:
    """The best sections for `blocks`, each of a kind in `order` (the family's usual order of
    the kinds still free in this document) or "other".

    `initial` fixes the kind of the first block (the run continues a section of that kind).
    """
    if not blocks:
        return []
    position = {kind: index for index, kind in enumerate(order)}
    states = [_State(kind, index) for index, kind in enumerate(order)]
    states += [_State(OTHER, -1)]
    score: dict[_State, float] = {}
    back: list[dict[_State, _State | None]] = []
    first = blocks[0]
    start_kind = first.forced or initial
    for state in states:
        if start_kind is not None and state.kind != start_kind:
            continue
        score[state] = _emission(first, state.kind)
    back.append(dict.fromkeys(score))
    for block in blocks[1:]:
        step: dict[_State, float] = {}
        came_from: dict[_State, _State | None] = {}
        for state, total in score.items():
            if total == _IMPOSSIBLE:
                continue
            if block.forced is None:
                _offer(step, came_from, state, total, state)
            if not (block.may_open or block.forced):
                continue
            for target in _opened_from(state, order, position, block.forced):
                cost = _transition(state, target, position)
                _offer(step, came_from, target, total - cost, state)
        score = {state: total + _emission(block, state.kind) for state, total in step.items()}
        back.append(came_from)
    return _path(score, back)


def _opened_from(
    state: _State, order: Sequence[str], position: Mapping[str, int], forced: str | None
) -> list[_State]:
    """The states a section opened after `state` may be in."""
    if forced is not None:
        if forced == OTHER:
            return [_State(OTHER, state.last)]
        if forced not in position:
            return []
        return [_State(forced, max(position[forced], state.last))]
    targets = [_State(OTHER, state.last)] if state.kind != OTHER else []
    for kind in order:
        if kind != state.kind:
            targets.append(_State(kind, max(position[kind], state.last)))
    return targets


def _transition(state: _State, target: _State, position: Mapping[str, int]) -> float:
    if target.kind == OTHER:
        return BOUNDARY_COST + OTHER_COST
    if target.last == state.last:
        return BOUNDARY_COST + BACKWARD_COST
    return BOUNDARY_COST


def _emission(block: RunBlock, kind: str) -> float:
    if kind == OTHER:
        probability = max(OTHER_FLOOR, block.probabilities.get(OTHER, 0.0))
    else:
        probability = block.probabilities.get(kind, 0.0)
    return block.weight * math.log(max(probability, MIN_PROBABILITY))


def _offer(
    step: dict[_State, float],
    came_from: dict[_State, _State | None],
    target: _State,
    total: float,
    source: _State,
) -> None:
    if total > step.get(target, _IMPOSSIBLE):
        step[target] = total
        came_from[target] = source


def _path(score: dict[_State, float], back: list[dict[_State, _State | None]]) -> list[Segment]:
    if not score:
        return [Segment(0, OTHER)]
    state: _State | None = max(score, key=score.__getitem__)
    kinds: list[str] = []
    for came_from in reversed(back):
        assert state is not None
        kinds.append(state.kind)
        state = came_from.get(state)
    kinds.reverse()
    segments = [Segment(0, kinds[0])]
    for index in range(1, len(kinds)):
        if kinds[index] != kinds[index - 1]:
            segments.append(Segment(index, kinds[index]))
    return segments
