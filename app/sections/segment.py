"""Boundaries and kinds of a run of un-headed blocks, chosen together by dynamic programming.

Where a document has no headings, a section is recognisable only by what its paragraphs talk
about, and one paragraph alone is weak evidence: a sentence about "the council's partners" may
sit in the introduction or in a section on shared responsibility. Choosing each paragraph's kind
on its own would scatter kinds; choosing boundaries first would need the kinds to place them. So
both are chosen at once, as the best-scoring path through the blocks (a Viterbi search over the
kinds, computed with numpy one block at a time):

- each block says how likely each kind is (the family's kind model), weighted by its length;
- opening a section costs a fixed amount, so a boundary needs evidence to pay for it;
- kinds usually come in the family's order: turning to a kind the order puts before the current
  one costs more, unless the model is sure the paragraph is of that kind (or leans to it and is
  sure of the paragraph after), in a run no heading opened: a chapter with no headings comes
  back to a topic in its own order, and then the paragraph itself is the evidence; under a
  heading the heading named the kind (decision 0443);
- a kind free of the order costs a plain boundary wherever it opens, but not as a way round a
  turn back: in a run no heading opened, at a paragraph the model finds likeliest of a kind the
  path has passed, the free kind costs what the turn back costs (decision 0451);
- "other" is the kind of blocks no kind explains better than a floor probability, and turning to
  it inside a run costs more again (a chapter rarely holds material of no kind), except among
  the document's last few blocks, where contact details and links usually stand, and at a
  paragraph the model is sure is of no kind in a run no heading opened (a procedure between two
  sections of a chapter on another topic), which may stand between the sections for the one
  boundary they cost anyway;
- a content cue is a certainty: where one matched, the section there is of its kind (one that
  the path had already reached goes on, at the cost of a turn back).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

OTHER = "other"

BOUNDARY_COST = 1.6
"""What opening a section costs, in nats of evidence: a turn the family's order expects, which
is what a chapter does, so a one-sentence section in turn can pay for itself (decision 0067;
2.0 before, and 1.2 split sections that are one)."""
BACKWARD_COST = 1.2
"""The extra cost of a kind that the family's order puts before the current one: with the
boundary, 2.8 nats (decision 0397; 3.0 from decision 0067 kept the cost from before 0067 without
a measure of its own). Chapters come back to a topic after an aside often enough that 3.0 left
confident paragraphs as "other"; 1.0 also split a short paragraph out of a long section and
let a weakly evidenced kind out of order open one."""
SKIP_COST = 0.3
"""The extra cost of each kind of the family's order that a turn forward passes over (a chapter
goes from its scope to its introduction more often than to its practice model), and, in the
run that opens the chapter, of each kind the first section passes over."""
FREE_SKIP_COST = 0.0
"""The same, in a run no heading opened, for a kind free of the order that the turn passes
over: nothing, as kinds.toml says such a kind is no step along the order in a run of un-headed
paragraphs (decision 0047). Charged as `SKIP_COST` before decision 0548, a turn from the practice
model to the principles paid for the vision and practice model it "passed". In a headed
section's run it stays `SKIP_COST`: there 0 made a turn to the principles cheap enough to split
a leaving-care sentence off an "Introduction" over the Acts (3902)."""
OTHER_COST = 1.4
"""The extra cost of turning to material of no kind inside a run (with the boundary, 3.0 nats,
as before decision 0067)."""
OTHER_FLOOR = 0.05
"""A block is "other" unless some kind is at least about this likely."""
CONFIDENT_RETURN = 0.5
"""A block the kind model reads as one kind at least this likely may turn back to that kind
without the turn back's extra cost (decision 0443)."""
FREE_DETOUR_COST = 1.2
"""The extra cost, in a run no heading opened, of opening a kind free of the order at a block
the kind model reads likeliest as a kind the path has passed: the free kind is no cheaper way
round the turn back the block's own reading asks for, so the two cost the same and the reading
decides (decision 0451). 0 switches the charge off."""
LED_DISCOUNT = 1.4
"""What opening a section costs less at a paragraph that opens on a bold lead of its own ("**The
model rests on what we value.** We value …"): the author marked a new point there, so a change
of kind the model reads at that paragraph needs little evidence of its own (0.2 nats left of the
boundary), the turns back it brings still charged. Never free, and a lead the model reads as the
kind already open opens nothing: such a lead is a sub-point of that section (decisions 0126,
0363). Measured: from about 1.34 up it reads blind135's bold-lead chapter as annotated, and no
other case reading moves (decision 0490)."""
CONFIDENT_OTHER = 0.5
"""A paragraph the kind model reads as material of no kind at least this likely, in a run no
heading opened and with a paragraph of some kind after it, may turn to "other" for nothing: the
boundary out of it, to the section after,
is the one the path would have paid between the sections on either side, so only the
paragraph's own reading decides whether it stands apart (decision 0520). A chapter on another
topic of children's services (private fostering, placement stability) tells its procedure
(notice periods, visits, meetings within so many working days) in an un-headed paragraph
between its practice model and its principles; the model reads such a paragraph as `other`
(0.59-0.73 out of sample and in), but the extra boundary and the cost of "other" inside a run
(3.0 nats) outweighed it, so it joined the principles after it. Measured: 0.4 also split
sentences of a section's own topic the model reads 0.40-0.49 `other` (an adviser writing the
pathway plan with the young person among the leaving-care principles, a panel's chair among
the corporate parenting, a scope table's owner row); from 0.5 only the procedure moves.
The run's last paragraph, where it is among the chapter's closing blocks and read as surely of
no kind (a "Questions about this page? Email …" line under the chapter), turns to "other" for
nothing too: short, it weighs little, and the boundary alone outweighed a reading of 0.80
`other` once the examples grew (2814, at the merges of session 29). A run's last paragraph
before a heading pays its way as before."""
SURE_OPENING = 0.8
"""A paragraph the kind model reads as one kind at least this likely, in a run no heading
opened, is itself a sign that the text turns to that kind there (decision 0548)…"""
SURE_OPENING_DISCOUNT = 0.4
"""…so opening a section of that kind at it costs this much less (1.2 nats left of the
boundary, a skipped kind still charged). A turn back to it gets no discount: coming back to a
kind the path has reached, after an aside inside its section, still pays its boundary in full
(decision 0520). A paragraph read so surely weighs at most
`MAX_RUN_WEIGHT`, which its sureness cannot raise: a weakly read paragraph before it (information
sharing at 0.50) kept a section going over the principles read at 0.86, where the two boundaries
of an aside cost more than the paragraph's capped evidence (36701's first reading). 0 switches
the discount off."""
MIN_PROBABILITY = 1e-4
"""Probabilities are floored so one confident model error cannot veto a path outright."""

_Scores = npt.NDArray[np.float64]


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
    closing: bool = False
    """The block is among the document's last few, where contact details and links to other
    pages usually stand: turning to "other" there costs no more than any other boundary."""
    after_a_line: bool = False
    """The block follows a paragraph of one sentence standing alone, and does not point back at
    it: a section of a kind said in a line (`segment_run`'s `in_a_line`) that opened at that
    paragraph ends there (decision 0473)."""
    led: bool = False
    """The block opens on a bold lead sentence or label of its own: a boundary there costs
    `LED_DISCOUNT` less."""
    remark: bool = False
    """The block is a remark of a few words: the model's certainty of so few words does not
    spare a turn back its cost, unless the block after is as sure of the same kind (decision
    0476)."""


@dataclass(frozen=True, slots=True)
class Segment:
    """A section the segmenter chose: it starts at block `first` of the run."""

    first: int
    kind: str


def segment_run(
    blocks: Sequence[RunBlock],
    order: Sequence[str],
    initial: str | None = None,
    *,
    opens_chapter: bool = False,
    order_free: Collection[str] = (),
    in_a_line: Collection[str] = (),
) -> list[Segment]:
    """The best sections for `blocks`, each of a kind in `order` (the family's usual order of
    the kinds still free in this document) or "other".

    `initial` fixes the kind of the first block (the run continues a section of that kind). A
    forced or initial kind missing from `order` is added to it. A run that `opens_chapter`
    (right under the title) more likely starts with the order's first kinds. A section of a
    kind `in_a_line` (a vision a council states in one sentence) that opened at the block before
    one marked `after_a_line` does not go on into it, unless the model reads that block as the
    kind too: the one-sentence paragraph was the whole statement, and what follows is a section
    of its own.
    """
    if not blocks:
        return []
    extra = [block.forced for block in blocks if block.forced] + ([initial] if initial else [])
    kinds = list(dict.fromkeys([*order, *(kind for kind in extra if kind and kind != OTHER)]))
    kinds.append(OTHER)
    free = (*(kind in order_free for kind in kinds[:-1]), True)
    lattice = _shared_lattice(tuple(kinds), free, initial is None)
    costs_into, closing_costs_into = lattice.costs_into, lattice.closing_costs_into
    kind_of = lattice.kind_of
    emissions = _emissions(blocks, kinds)[:, kind_of]
    everyone = np.arange(len(kind_of))
    start_kind = blocks[0].forced or initial
    starting = lattice.at_start
    if start_kind is not None:
        starting = starting & (kind_of == kinds.index(start_kind))
    score = np.where(starting, emissions[0], -np.inf)
    said_in_a_line = np.array([kinds[kind] in in_a_line for kind in kind_of], dtype=bool)
    opened_here = np.ones(len(kind_of), dtype=bool)
    if opens_chapter and start_kind is None:
        score = score - lattice.passed_over_at_start
    back: list[npt.NDArray[np.intp]] = []
    for position in range(1, len(blocks)):
        block = blocks[position]
        if block.forced is None and not block.may_open:
            kept = score
            chosen = everyone
        else:
            if block.closing:
                into = closing_costs_into
            elif block.forced is not None:
                into = lattice.forced_costs_into
            else:
                into = costs_into
            if block.led and block.forced is None:
                into = into - LED_DISCOUNT
            elif block.forced is None and initial is None and SURE_OPENING_DISCOUNT:
                sure = _sure_kind(blocks[position : position + 2], kinds)
                if sure is not None:
                    into = into - SURE_OPENING_DISCOUNT * (
                        (kind_of == sure)[:, None] & ~lattice.backward_into
                    )
            if (
                not block.forced
                and initial is None
                and _sure_of_no_kind(block)
                and (
                    (block.closing and position == len(blocks) - 1)
                    or (
                        not block.closing
                        and _leads_on_to_a_kind(blocks[position + 1 : position + 2])
                    )
                )
            ):
                into = np.where(lattice.other_state[:, None] & np.isfinite(into), 0.0, into)
            returning = (
                _confident_kind(blocks[position : position + 2], kinds)
                if block.forced is None and initial is None
                else None
            )
            if returning is not None:
                into = into - BACKWARD_COST * (
                    lattice.backward_into & (kind_of == returning)[:, None]
                )
            passed = (
                _passed_leaning(block, kinds, free)
                if block.forced is None and initial is None
                else None
            )
            if passed is not None and FREE_DETOUR_COST:
                into = into + FREE_DETOUR_COST * (
                    (lattice.free_state & (kind_of != passed))[:, None]
                    & (lattice.furthest_of >= passed)[None, :]
                )
            candidates = score - into
            source = candidates.argmax(axis=1)
            opened = candidates[everyone, source]
            if block.forced is not None:
                allowed = kind_of == kinds.index(block.forced)
                carried = score - (BOUNDARY_COST + BACKWARD_COST)
                take_open = opened > carried
                kept = np.where(allowed, np.where(take_open, opened, carried), -np.inf)
            else:
                take_open = opened > score
                if block.after_a_line:
                    take_open = take_open | (
                        said_in_a_line & opened_here & (kind_of != _leaning_index(block, kinds))
                    )
                kept = np.where(take_open, opened, score)
            chosen = np.where(take_open, source, everyone)
        opened_here = chosen != everyone
        score = kept + emissions[position]
        back.append(chosen)
    return _path(score, back, [kinds[kind] for kind in kind_of])


def _states(count: int, free: npt.NDArray[np.bool_]) -> list[tuple[int, int]]:
    """(kind, furthest): the current kind, and the furthest position in the order the path has
    reached (-1: none), which a kind's state never has below its own position unless the kind is
    `free` of the order. The last of `count` kinds is "other", which is free: it has no
    position."""
    other = count - 1
    return [
        (kind, furthest)
        for kind in range(count)
        for furthest in range(-1 if free[kind] else kind, other)
        if not (free[kind] and furthest == kind and kind != other)
    ]


@dataclass(frozen=True, slots=True)
class _Lattice:
    """The states of a run's search and what moving between them costs. They depend only on the
    kinds and which of them are free of the order, never on the blocks, so runs over the same
    kinds share them (`_shared_lattice`)."""

    kind_of: npt.NDArray[np.intp]
    """Each state's kind (an index into the kinds)."""
    costs_into: _Scores
    """costs_into[b, a]: opening a section in state b after state a."""
    closing_costs_into: _Scores
    """The same among the document's last few blocks, where "other" costs a plain boundary."""
    forced_costs_into: _Scores
    """The same at a block a content cue forced: a return to the furthest kind the path had
    reached, after a turn back, resumes the order and is no turn back of its own."""
    backward_into: npt.NDArray[np.bool_]
    """backward_into[b, a]: opening state b after state a is charged as a turn back."""
    at_start: npt.NDArray[np.bool_]
    """The states a run may start in: any kind, at its own position (a kind free of the order,
    before any position)."""
    passed_over_at_start: _Scores
    """What starting in each state costs in a run that opens the chapter."""
    furthest_of: npt.NDArray[np.intp]
    """Each state's furthest position in the order (-1: none)."""
    free_state: npt.NDArray[np.bool_]
    """The states of a kind free of the order, "other" apart."""
    other_state: npt.NDArray[np.bool_]
    """The states of "other"."""


def _lattice(
    kinds: tuple[str, ...], free_kinds: tuple[bool, ...], unheaded: bool = False
) -> _Lattice:
    """The lattice of a run over `kinds` ("other" last), built afresh: the plain version of
    `_shared_lattice`."""
    free = np.array(free_kinds)
    states = _states(len(kinds), free)
    skips = _skip_costs(free, FREE_SKIP_COST if unheaded else SKIP_COST)
    opening_costs = _opening_costs(states, len(kinds), free, skips)
    closing_costs = _without_other_cost(opening_costs, states, kinds)
    forced_costs = _opening_costs(states, len(kinds), free, skips, resuming=True)
    plain_costs = _opening_costs(states, len(kinds), free, skips, charge_backward=False)
    lattice = _Lattice(
        kind_of=np.array([kind for kind, _furthest in states], dtype=np.intp),
        costs_into=np.ascontiguousarray(opening_costs.T),
        closing_costs_into=np.ascontiguousarray(closing_costs.T),
        forced_costs_into=np.ascontiguousarray(forced_costs.T),
        backward_into=np.ascontiguousarray((opening_costs != plain_costs).T),
        at_start=np.array(
            [furthest == (-1 if free[kind] else kind) for kind, furthest in states], dtype=bool
        ),
        passed_over_at_start=_passed_over_at_start(states, len(kinds), skips),
        furthest_of=np.array([furthest for _kind, furthest in states], dtype=np.intp),
        free_state=np.array(
            [bool(free[kind]) and kind != len(kinds) - 1 for kind, _furthest in states],
            dtype=bool,
        ),
        other_state=np.array([kind == len(kinds) - 1 for kind, _furthest in states], dtype=bool),
    )
    for array in (
        lattice.kind_of,
        lattice.costs_into,
        lattice.closing_costs_into,
        lattice.forced_costs_into,
        lattice.backward_into,
        lattice.at_start,
        lattice.passed_over_at_start,
        lattice.furthest_of,
        lattice.free_state,
        lattice.other_state,
    ):
        array.flags.writeable = False  # shared between runs: no run may change it
    return lattice


_shared_lattice = lru_cache(maxsize=64)(_lattice)
"""`_lattice`, kept for the next run over the same kinds: building it (the 132x132 cost
matrices of a family's twelve kinds) took 5-7 % of an un-headed chapter's analysis, and a
family's documents mostly run over the same few sets of kinds (decision 0074)."""


def _opening_costs(
    states: list[tuple[int, int]],
    count: int,
    free: npt.NDArray[np.bool_],
    skips: _Scores,
    *,
    resuming: bool = False,
    charge_backward: bool = True,
) -> _Scores:
    """costs[a, b]: opening a section in state b after state a (infinite where b cannot follow
    a: the same kind again, or a furthest position that does not follow). A turn from a kind
    free of the order to the furthest kind reached takes up the section the aside interrupted (a
    practice model paragraph among the principles, decision 0047) and costs a plain boundary, as
    if the aside were not there (decision 0419). `resuming`: a turn to the furthest kind reached,
    from a kind the order puts before it, costs no turn back either (the costs at a block a
    content cue forced, decision 0329)."""
    other = count - 1
    kind = np.array([state[0] for state in states])
    furthest = np.array([state[1] for state in states])
    source_kind, target_kind = kind[:, None], kind[None, :]
    source_furthest, target_furthest = furthest[:, None], furthest[None, :]
    target_free = free[target_kind]
    to_other = (target_kind == other) & (target_furthest == source_furthest)
    to_free = target_free & (target_kind != other) & (target_furthest == source_furthest)
    to_kind = ~target_free & (target_furthest == np.maximum(target_kind, source_furthest))
    backward = (target_kind <= source_furthest) & charge_backward
    backward = backward & ~(
        free[source_kind] & (source_kind != other) & (target_kind == source_furthest)
    )
    if resuming:
        backward = backward & ~((target_kind == source_furthest) & (source_kind < target_kind))
    costs = np.where(
        to_kind,
        BOUNDARY_COST + np.where(backward, BACKWARD_COST, skips[source_furthest + 1, target_kind]),
        np.inf,
    ) + np.zeros((len(states), len(states)))
    costs = np.where(to_other, BOUNDARY_COST + OTHER_COST, costs)
    costs = np.where(to_free, BOUNDARY_COST, costs)
    return np.where(source_kind == target_kind, np.inf, costs)


def _skip_costs(free: npt.NDArray[np.bool_], free_cost: float) -> _Scores:
    """skips[a, b]: what passing over the kinds of positions a to b - 1 of the order costs
    (`SKIP_COST` each, `free_cost` for a kind free of the order); 0 where b <= a."""
    each = np.where(free, free_cost, SKIP_COST)
    total = np.concatenate(([0.0], np.cumsum(each)))
    skips: _Scores = np.maximum(0.0, total[None, :-1] - total[:-1, None])
    return skips


def _passed_over_at_start(states: list[tuple[int, int]], count: int, skips: _Scores) -> _Scores:
    """What starting in each state costs in a run that opens the chapter: the kinds of the order
    its kind passes over ("other" passes over none)."""
    other = count - 1
    return np.array(
        [skips[0, kind] if kind != other else 0.0 for kind, _furthest in states],
        dtype=np.float64,
    )


def _without_other_cost(
    costs: _Scores, states: list[tuple[int, int]], kinds: Sequence[str]
) -> _Scores:
    """`costs` with turning to "other" charged as a plain boundary."""
    other = len(kinds) - 1
    to_other = np.array([kind == other for kind, _furthest in states])
    return np.where(to_other[None, :], costs - OTHER_COST, costs)


def _confident_kind(opening: Sequence[RunBlock], kinds: Sequence[str]) -> int | None:
    """The index of the kind the model reads the first of the `opening` blocks of a section as
    (the block where it would start, then the one after), where it is sure enough of it
    (`CONFIDENT_RETURN`) for a turn back to that kind to need no more than a boundary. The block
    after may give the certainty when the first leans the same way: a section coming back to a
    topic then opens at its lead-in sentence rather than at its first confident paragraph."""
    return _kind_read_at_least(opening, kinds, CONFIDENT_RETURN)


def _sure_kind(opening: Sequence[RunBlock], kinds: Sequence[str]) -> int | None:
    """The index of the kind (not "other") the model reads the first of the `opening` blocks of
    a section as, where it or the block after, leaning the same way, reads it at least
    `SURE_OPENING` likely (as `_confident_kind` reads a turn back): a section's lead-in sentence
    ("Children are best brought up within their own families.", 0.48) over the paragraph the
    model is sure of (0.88) gets the discount too, so the section still opens at its lead-in.
    None otherwise."""
    return _kind_read_at_least(opening, kinds, SURE_OPENING)


def _kind_read_at_least(
    opening: Sequence[RunBlock], kinds: Sequence[str], likelihood: float
) -> int | None:
    """The index of the kind (not "other") the model reads the first of the `opening` blocks
    as, where that block or the one after, leaning the same way, reads it at `likelihood` or
    more (a remark's own leaning aside); None otherwise."""
    leanings = [_leaning(block) for block in opening]
    if not leanings or leanings[0] is None:
        return None
    kind = leanings[0][0]
    if kind == OTHER or kind not in kinds:
        return None
    if any(
        leaning is not None and leaning[0] == kind and leaning[1] >= likelihood
        for leaning in (leanings[1:] if opening[0].remark else leanings)
    ):
        return kinds.index(kind)
    return None


def _sure_of_no_kind(block: RunBlock) -> bool:
    """Whether the kind model reads `block` likeliest as material of no kind, and at least
    `CONFIDENT_OTHER` likely."""
    leaning = _leaning(block)
    return leaning is not None and leaning[0] == OTHER and leaning[1] >= CONFIDENT_OTHER


def _leads_on_to_a_kind(following: Sequence[RunBlock]) -> bool:
    """Whether the block after a paragraph of no kind (`following`: it, or nothing at the run's
    end) is read as some kind: a section follows that pays the boundary out of the aside. A
    stretch of no kind that runs to the end of the run has no such boundary and pays its way as
    before."""
    leaning = _leaning(following[0]) if following else None
    return leaning is not None and leaning[0] != OTHER


def _passed_leaning(block: RunBlock, kinds: Sequence[str], free: Sequence[bool]) -> int | None:
    """The index of the kind the model finds likeliest for `block` where it is a kind of the
    order (not free of it, not "other"): a path that has reached it or gone beyond turns back to
    it. None otherwise."""
    leaning = _leaning(block)
    if leaning is None or leaning[0] not in kinds:
        return None
    index = kinds.index(leaning[0])
    return None if free[index] else index


def _leaning_index(block: RunBlock, kinds: Sequence[str]) -> int:
    """The index of the kind the model finds likeliest for `block`, or -1 (none of `kinds`)."""
    leaning = _leaning(block)
    return kinds.index(leaning[0]) if leaning is not None and leaning[0] in kinds else -1


def _leaning(block: RunBlock) -> tuple[str, float] | None:
    """The kind the model finds likeliest for `block`, with its probability."""
    if not block.probabilities:
        return None
    return max(block.probabilities.items(), key=lambda item: item[1])


def _emissions(blocks: Sequence[RunBlock], kinds: Sequence[str]) -> _Scores:
    """emissions[position, kind]: the block's weighted log-probability of the kind."""
    probabilities = np.array(
        [[block.probabilities.get(kind, 0.0) for kind in kinds] for block in blocks],
        dtype=np.float64,
    ).reshape(len(blocks), len(kinds))
    other = np.array([kind == OTHER for kind in kinds])
    probabilities[:, other] = np.maximum(OTHER_FLOOR, probabilities[:, other])
    weights = np.array([block.weight for block in blocks], dtype=np.float64)
    emissions: _Scores = weights[:, None] * np.log(np.maximum(probabilities, MIN_PROBABILITY))
    return emissions


def _path(score: _Scores, back: list[npt.NDArray[np.intp]], kinds: Sequence[str]) -> list[Segment]:
    if not np.isfinite(score).any():
        return [Segment(0, OTHER)]
    state = int(score.argmax())
    path = [state]
    for chosen in reversed(back):
        state = int(chosen[state])
        path.append(state)
    path.reverse()
    segments = [Segment(0, kinds[path[0]])]
    for position in range(1, len(path)):
        if path[position] != path[position - 1]:
            segments.append(Segment(position, kinds[path[position]]))
    return segments
