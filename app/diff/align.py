"""Alignment: sections to sections, then blocks to blocks across the whole document.

1. Sections pair up by kind, in order (a longest common subsequence of kinds), then the rest by
   kind, heading and content similarity. Material of kind "other" pairs only by similarity.
2. Inside each pair of sections, blocks with the same compared content pair up in order; blocks
   left between those anchors pair by word similarity, one paragraph split into adjacent ones
   (or adjacent ones merged) included.
3. Blocks still unpaired, anywhere in the document, pair the same way across sections.
4. A block pair is moved when it is out of order: the pairs kept in place are the heaviest
   increasing run of pairs (weighted by words), with the right side's sections read in the order
   of their left partners, so a block that stays inside a section that moved is not itself moved.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import chain, pairwise

from app.diff.model import SectionRef
from app.diff.options import Masker
from app.diff.words import diff_sequences
from app.sections import Block, Outline

_LINE_ENDS = re.compile(r"\n(?:[ \t]*\n)*")
_NO_MARKUP = (0, 0)

IN_PLACE_THRESHOLD = 0.5
"""Least word similarity (Dice) for two blocks between the same anchors to pair up."""
ACROSS_THRESHOLD = 0.6
"""Least word similarity for two blocks anywhere in the document to pair up as a move."""
SECTION_THRESHOLD = 0.5
"""Least content similarity for two sections of different kinds (or "other") to pair up."""
COMPOSITE_MARGIN = 0.1
"""How much better a split or merge must match than the best single block."""
COMPOSITE_CLOSE = 0.9
"""A split or merge matching at least this well needs only to beat the best single block."""
PART_CONTAINMENT = 0.6
"""Share of each part's words that must come from the whole for a split or merge."""
_ALL_PAIRS_LIMIT = 4096
_LEAST_CANDIDATE = 0.2
"""Pairs less alike than this are no candidates, not even as one part of a five-way split."""
_CANDIDATES_PER_BLOCK = 12


@dataclass(slots=True, eq=False)
class Unit:
    """One block of one side, keyed for alignment; never changed once made.

    Not a frozen dataclass: one is made per block of both sides on every comparison, and a
    frozen dataclass sets each of its ten fields through object.__setattr__.
    """

    index: int
    """Position among the side's blocks."""
    section: int
    """Index of the section holding the block."""
    is_heading: bool
    """Headings name their sections, so they only pair across sections when unchanged."""
    start: int
    """Offset of the block's first character."""
    end: int
    """Offset just past the block."""
    text: str
    """The block's exact text."""
    markup: tuple[int, int]
    """Characters of markup (indentation, bullet, `##`, `**`, blank lines) before and after the
    block's words; its punctuation and spaces are layout, never compared."""
    key: str
    """Compared content, whitespace collapsed: blocks with equal keys align exactly."""
    vocabulary: frozenset[str]
    """Distinct compared words, for similarity."""
    size: int
    """Number of words of the original text."""


@dataclass(frozen=True, slots=True)
class Side:
    """One version prepared for alignment."""

    text: str
    """The version's text."""
    masker: Masker
    """Keys the side's text under the comparison's options."""
    sections: tuple[SectionRef, ...]
    """Sections tiling the text (one "other" section for a text the outline left unsectioned)."""
    units: tuple[Unit, ...]
    """Blocks tiling the text, in order."""
    section_units: tuple[tuple[int, ...], ...]
    """Unit indices of each section."""


@dataclass(frozen=True, slots=True)
class Match:
    """Left blocks paired with right blocks: one to one, one to many (split) or many to one."""

    left: tuple[int, ...]
    """Adjacent left unit indices."""
    right: tuple[int, ...]
    """Adjacent right unit indices."""


@dataclass(slots=True)
class Alignment:
    """The result of aligning two sides."""

    section_pairs: list[tuple[int | None, int | None]] = field(default_factory=list)
    """Section pairs (left index, right index); None on the side a section is missing from."""
    moved_sections: set[tuple[int, int]] = field(default_factory=set)
    """Section pairs out of order."""
    matches: list[Match] = field(default_factory=list)
    """Block pairings."""
    moved_matches: set[int] = field(default_factory=set)
    """Indices into `matches` of pairings that are out of order."""


def prepare_side(outline: Outline, masker: Masker) -> Side:
    """Key every block of `outline` (one block per line where a section has no blocks)."""
    text = outline.text
    sections = _tiling_sections(outline, len(text))
    units: list[Unit] = []
    section_units: list[tuple[int, ...]] = []
    tiled = [(ref.start, ref.end) for ref in sections] == [
        (section.start, section.end) for section in outline.sections
    ]
    for ref in sections:
        blocks = [_span_of(block) for block in outline.sections[ref.index].blocks] if tiled else []
        first = len(units)
        for start, end, is_heading, content_start, content_end in _tiling_blocks(
            text, ref.start, ref.end, blocks
        ):
            block_text = text[start:end]
            markup = _NO_MARKUP
            if content_start != start or content_end != end:
                before, after = text[start:content_start], text[content_end:end]
                # spaces only: the plain comparison handles them
                if not (before.isspace() or not before) or not (after.isspace() or not after):
                    markup = (content_start - start, end - content_end)
            key, vocabulary, size = masker.content(block_text, markup)
            units.append(
                Unit(
                    len(units),
                    ref.index,
                    is_heading,
                    start,
                    end,
                    block_text,
                    markup,
                    key,
                    vocabulary,
                    size,
                )
            )
        section_units.append(tuple(range(first, len(units))))
    return Side(
        text=text,
        masker=masker,
        sections=sections,
        units=tuple(units),
        section_units=tuple(section_units),
    )


def _tiling_sections(outline: Outline, length: int) -> tuple[SectionRef, ...]:
    """The outline's sections; one "other" section instead if they do not tile the text."""
    refs = tuple(
        SectionRef(index, section.kind, section.heading, section.number, section.start, section.end)
        for index, section in enumerate(outline.sections)
    )
    cursor = 0
    for ref in refs:
        if ref.start != cursor or ref.end <= ref.start:
            break
        cursor = ref.end
    else:
        if cursor == length:
            return refs
    return (SectionRef(0, "other", None, None, 0, length),) if length else ()


_BlockSpan = tuple[int, int, bool, int, int]
"""Start, end, whether a heading, and where its content (words without markup) starts and ends."""


def _span_of(block: Block) -> _BlockSpan:
    if block.start <= block.content_start <= block.content_end <= block.end:
        return (
            block.start,
            block.end,
            block.type == "heading",
            block.content_start,
            block.content_end,
        )
    return (block.start, block.end, block.type == "heading", block.start, block.end)


def _tiling_blocks(
    text: str, start: int, end: int, blocks: Sequence[_BlockSpan]
) -> Iterable[_BlockSpan]:
    """Blocks covering [start, end) exactly; uncovered stretches become one block per line."""
    cursor = start
    for block in blocks:
        block_start, block_end = block[0], block[1]
        if block_start < cursor or block_end > end or block_end <= block_start:
            continue
        if block_start > cursor:
            yield from _paragraphs(text, cursor, block_start)
        yield block
        cursor = block_end
    if cursor < end:
        yield from _paragraphs(text, cursor, end)


def _paragraphs(text: str, start: int, end: int) -> Iterable[_BlockSpan]:
    cursor = start
    for match in _LINE_ENDS.finditer(text, start, end):
        if match.end() < end and match.start() > cursor:
            yield cursor, match.end(), False, cursor, match.end()
            cursor = match.end()
    if cursor < end:
        yield cursor, end, False, cursor, end


def dice(left: frozenset[str], right: frozenset[str]) -> float:
    """Word similarity in [0, 1]: twice the shared words over all words (1 for two empty sets)."""
    total = len(left) + len(right)
    if total == 0:
        return 1.0
    return 2 * len(left & right) / total


def _fit(whole: Unit, similarity: float, size: int) -> float:
    """Word similarity scaled by the length ratio: a fragment of a paragraph fits it less."""
    largest = max(whole.size, size)
    return similarity * (min(whole.size, size) / largest if largest else 1)


def bag_dice(left: list[str], right: list[str]) -> float:
    """Dice over words with their repeats: for blocks that say the same few words many times."""
    total = len(left) + len(right)
    if total == 0:
        return 1.0
    left_counts, right_counts = Counter(left), Counter(right)
    shared = sum(
        min(count, right_counts[word])
        for word, count in left_counts.items()
        if word in right_counts
    )
    return 2 * shared / total


def _bag_alike(left: list[str], right: list[str], threshold: float) -> bool:
    """Whether `bag_dice` reaches `threshold`.

    No more words can be shared than the shorter list holds, so lists of very different lengths
    are ruled out before their words are counted.
    """
    total = len(left) + len(right)
    if total and 2 * min(len(left), len(right)) / total < threshold:
        return False
    return bag_dice(left, right) >= threshold


def _containment(part: frozenset[str], whole: frozenset[str]) -> float:
    return len(part & whole) / len(part) if part else 0.0


def heaviest_increasing(values: Sequence[int], weights: Sequence[float]) -> set[int]:
    """Positions of the strictly increasing subsequence of `values` of largest total weight."""
    if not values:
        return set()
    ranks = {value: rank for rank, value in enumerate(sorted(set(values)), start=1)}
    size = len(ranks)
    tree_best = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0.0] * len(values)
    parent = [-1] * len(values)
    for position, value in enumerate(values):
        rank = ranks[value]
        query, found, at = rank - 1, 0.0, -1
        while query > 0:
            if tree_best[query] > found:
                found, at = tree_best[query], tree_at[query]
            query -= query & -query
        best[position] = found + weights[position]
        parent[position] = at
        update = rank
        while update <= size:
            if best[position] > tree_best[update]:
                tree_best[update], tree_at[update] = best[position], position
            update += update & -update
    position = max(range(len(values)), key=lambda index: (best[index], -index))
    kept = set()
    while position != -1:
        kept.add(position)
        position = parent[position]
    return kept


def align(left: Side, right: Side) -> Alignment:
    """Pair the sections, then the blocks, of two sides, and find what moved."""
    alignment = Alignment()
    alignment.section_pairs = _pair_sections(left, right)
    paired = [
        (lft, rgt) for lft, rgt in alignment.section_pairs if lft is not None and rgt is not None
    ]
    kept = heaviest_increasing(
        [rgt for _, rgt in paired],
        [1.0 + _section_size(left, lft) + _section_size(right, rgt) for lft, rgt in paired],
    )
    alignment.moved_sections = {
        pair for position, pair in enumerate(paired) if position not in kept
    }
    order = _right_reading_order(right, alignment.section_pairs)
    pairing = _BlockPairing(left, right, order)
    gaps = [
        gap
        for left_section, right_section in paired
        for gap in pairing.pair_in_sections(left_section, right_section)
    ]
    pairing.pair_in_gaps(gaps)
    pairing.pair_anywhere()
    alignment.matches = pairing.matches
    ordered = sorted(range(len(pairing.matches)), key=lambda index: pairing.matches[index].left[0])
    kept = heaviest_increasing(
        [order[pairing.matches[index].right[0]] for index in ordered],
        [
            1.0 + sum(left.units[unit].size for unit in pairing.matches[index].left)
            for index in ordered
        ],
    )
    alignment.moved_matches = {
        index for position, index in enumerate(ordered) if position not in kept
    }
    return alignment


def _section_size(side: Side, section: int) -> int:
    return sum(side.units[unit].size for unit in side.section_units[section])


def _right_reading_order(right: Side, pairs: list[tuple[int | None, int | None]]) -> list[int]:
    """Rank of each right unit when right sections are read in the order of their left partners."""
    partner = {rgt: lft for lft, rgt in pairs if lft is not None and rgt is not None}
    section_keys: list[tuple[int, int, int]] = []
    previous = -1
    for section in range(len(right.sections)):
        if section in partner:
            previous = partner[section]
            section_keys.append((previous, 0, section))
        else:
            section_keys.append((previous, 1, section))
    order = [0] * len(right.units)
    units = chain.from_iterable(
        right.section_units[section] for _, _, section in sorted(section_keys)
    )
    for rank, unit in enumerate(units):
        order[unit] = rank
    return order


def _pair_sections(left: Side, right: Side) -> list[tuple[int | None, int | None]]:
    def kind_key(side: str, section: SectionRef) -> str:
        return section.kind if section.kind != "other" else f"\x00{side}{section.index}"

    pairs: dict[int, int] = {}
    left_at = right_at = 0
    for kind, count in diff_sequences(
        [kind_key("l", section) for section in left.sections],
        [kind_key("r", section) for section in right.sections],
        semantic=False,
        repeats=True,
    ):
        if kind == "equal":
            for step in range(count):
                pairs[left_at + step] = right_at + step
        left_at += count if kind != "insert" else 0
        right_at += count if kind != "delete" else 0
    left_free = [index for index in range(len(left.sections)) if index not in pairs]
    taken = set(pairs.values())
    right_free = [index for index in range(len(right.sections)) if index not in taken]
    if left_free and right_free:
        compare_content = len(left_free) * len(right_free) <= _ALL_PAIRS_LIMIT
        left_bags = (
            {index: _section_bag(left, index) for index in left_free} if compare_content else {}
        )
        right_bags = (
            {index: _section_bag(right, index) for index in right_free} if compare_content else {}
        )
        left_headings = {index: _heading_words(left.sections[index].heading) for index in left_free}
        right_headings = {
            index: _heading_words(right.sections[index].heading) for index in right_free
        }
        candidates: list[tuple[float, int, int, int]] = []
        for lft in left_free:
            for rgt in right_free:
                a, b = left.sections[lft], right.sections[rgt]
                same_kind = a.kind == b.kind and a.kind != "other"
                same_heading = left_headings[lft] == right_headings[rgt] != []
                content = dice(left_bags[lft], right_bags[rgt]) if compare_content else 0.0
                if not (same_kind or same_heading or content >= SECTION_THRESHOLD):
                    continue
                score = content + (1.0 if same_kind else 0.0) + (0.5 if same_heading else 0.0)
                candidates.append((-score, abs(lft - rgt), lft, rgt))
        candidates.sort()
        for _, _, lft, rgt in candidates:
            if lft not in pairs and rgt not in taken:
                pairs[lft] = rgt
                taken.add(rgt)
    for lft, rgt in _lone_in_same_place(pairs, len(left.sections), len(right.sections)):
        if lft in pairs or rgt in taken:
            continue
        left_ref, right_ref = left.sections[lft], right.sections[rgt]
        if _bag_alike(
            left.masker.words(left.text[left_ref.start : left_ref.end]),
            right.masker.words(right.text[right_ref.start : right_ref.end]),
            SECTION_THRESHOLD,
        ):
            pairs[lft] = rgt
            taken.add(rgt)
    result: list[tuple[int | None, int | None]] = [(lft, rgt) for lft, rgt in sorted(pairs.items())]
    result.extend((index, None) for index in range(len(left.sections)) if index not in pairs)
    result.extend((None, index) for index in range(len(right.sections)) if index not in taken)
    return result


def _lone_in_same_place(
    pairs: dict[int, int], left_count: int, right_count: int
) -> list[tuple[int, int]]:
    """Unpaired sections alone between the same two pairs on both sides (a 1:1 replacement)."""
    bounds = [(-1, -1), *sorted(pairs.items()), (left_count, right_count)]
    found = []
    for (left_before, right_before), (left_after, right_after) in pairwise(bounds):
        if left_after - left_before == 2 and right_after - right_before == 2:
            found.append((left_before + 1, right_before + 1))
    return found


def _section_bag(side: Side, section: int) -> frozenset[str]:
    return frozenset().union(*(side.units[unit].vocabulary for unit in side.section_units[section]))


def _heading_words(heading: str | None) -> list[str]:
    return re.findall(r"[^\W\d_]+", heading.casefold()) if heading else []


class _BlockPairing:
    """Accumulates block matches; each unit of either side ends up in at most one match."""

    def __init__(self, left: Side, right: Side, right_order: list[int]) -> None:
        self.left = left
        self.right = right
        self.right_order = right_order
        self.matches: list[Match] = []
        self.left_taken = [False] * len(left.units)
        self.right_taken = [False] * len(right.units)

    def _add(self, left: tuple[int, ...], right: tuple[int, ...]) -> None:
        self.matches.append(Match(left, right))
        for unit in left:
            self.left_taken[unit] = True
        for unit in right:
            self.right_taken[unit] = True

    def pair_in_sections(
        self, left_section: int, right_section: int
    ) -> list[tuple[list[int], list[int]]]:
        """Pair blocks with equal content in order; return the stretches left between them."""
        left_units = self.left.section_units[left_section]
        right_units = self.right.section_units[right_section]
        runs = diff_sequences(
            [self.left.units[unit].key for unit in left_units],
            [self.right.units[unit].key for unit in right_units],
            semantic=False,
            repeats=True,
        )
        left_at = right_at = 0
        gaps: list[tuple[list[int], list[int]]] = [([], [])]
        for kind, count in runs:
            if kind == "equal":
                for step in range(count):
                    self._add((left_units[left_at + step],), (right_units[right_at + step],))
                gaps.append(([], []))
                left_at += count
                right_at += count
            elif kind == "delete":
                gaps[-1][0].extend(left_units[left_at : left_at + count])
                left_at += count
            else:
                gaps[-1][1].extend(right_units[right_at : right_at + count])
                right_at += count
        return [gap for gap in gaps if gap[0] and gap[1]]

    def pair_in_gaps(self, gaps: list[tuple[list[int], list[int]]]) -> None:
        """Pair the blocks left between equal ones by similarity, stretch by stretch.

        One block left alone against one block in the same place is also compared with its
        repeated words counted, which distinct words alone undervalue in repetitive text.
        """
        for left_units, right_units in gaps:
            self._pair_similar(
                [unit for unit in left_units if not self.left_taken[unit]],
                [unit for unit in right_units if not self.right_taken[unit]],
                IN_PLACE_THRESHOLD,
            )
            left_free = [unit for unit in left_units if not self.left_taken[unit]]
            right_free = [unit for unit in right_units if not self.right_taken[unit]]
            if len(left_free) == len(right_free) == 1:
                lft, rgt = self.left.units[left_free[0]], self.right.units[right_free[0]]
                if _bag_alike(
                    self.left.masker.words(lft.text),
                    self.right.masker.words(rgt.text),
                    IN_PLACE_THRESHOLD,
                ):
                    self._add((lft.index,), (rgt.index,))

    def pair_anywhere(self) -> None:
        left_free = [unit.index for unit in self.left.units if not self.left_taken[unit.index]]
        right_free = [unit.index for unit in self.right.units if not self.right_taken[unit.index]]
        if not left_free or not right_free:
            return
        units_l, units_r = self.left.units, self.right.units
        left_by_key: dict[str, list[int]] = defaultdict(list)
        for unit in left_free:
            if units_l[unit].key:
                left_by_key[units_l[unit].key].append(unit)
        right_by_key: dict[str, list[int]] = defaultdict(list)
        for unit in right_free:
            if units_r[unit].key in left_by_key:
                right_by_key[units_r[unit].key].append(unit)
        for key, rights in right_by_key.items():
            # copies of one block pair up in reading order
            rights.sort(key=self.right_order.__getitem__)
            for left_unit, right_unit in zip(left_by_key[key], rights, strict=False):
                self._add((left_unit,), (right_unit,))
        # A heading names its section: it moves with it, or not at all, unless it moved verbatim.
        self._pair_similar(
            [
                unit
                for unit in left_free
                if not self.left_taken[unit] and not units_l[unit].is_heading
            ],
            [
                unit
                for unit in right_free
                if not self.right_taken[unit] and not units_r[unit].is_heading
            ],
            ACROSS_THRESHOLD,
        )

    def _pair_similar(self, left_free: list[int], right_free: list[int], threshold: float) -> None:
        """Pair free blocks by similarity, best first; a split or merge beats a partial match."""
        if not left_free or not right_free:
            return
        left_units, right_units = self.left.units, self.right.units
        singles = self._candidates(left_free, right_free)
        proposals: list[tuple[float, int, float, tuple[int, ...], tuple[int, ...]]] = []
        best_for_left: dict[int, tuple[float, int, int]] = {}
        best_for_right: dict[int, tuple[float, int, int]] = {}
        for score, lft, rgt, shared in singles:
            if score > best_for_left.get(lft, (0.0, -1, 0))[0]:
                best_for_left[lft] = (score, rgt, shared)
            if score > best_for_right.get(rgt, (0.0, -1, 0))[0]:
                best_for_right[rgt] = (score, lft, shared)
            if score >= threshold:
                proposals.append((-score, 1, self._distance(lft, rgt), (lft,), (rgt,)))
        for lft, (_, rgt, shared) in best_for_left.items():
            split = self._composite(
                left_units[lft], rgt, shared, right_units, self.right_taken, threshold
            )
            if split:
                composite, run = split
                proposals.append((-composite, 0, self._distance(lft, run[0]), (lft,), run))
        for rgt, (_, lft, shared) in best_for_right.items():
            merge = self._composite(
                right_units[rgt], lft, shared, left_units, self.left_taken, threshold
            )
            if merge:
                composite, run = merge
                proposals.append((-composite, 0, self._distance(run[0], rgt), run, (rgt,)))
        proposals.sort()
        for _, _, _, lefts, rights in proposals:
            if any(self.left_taken[unit] for unit in lefts) or any(
                self.right_taken[unit] for unit in rights
            ):
                continue
            self._add(lefts, rights)

    def _composite(
        self,
        whole: Unit,
        seed: int,
        seed_shared: int,
        units: tuple[Unit, ...],
        taken: list[bool],
        threshold: float,
    ) -> tuple[float, tuple[int, ...]] | None:
        """Adjacent blocks not yet paired, around `seed`, that together match `whole`.

        `seed` is the block matching `whole` best, sharing `seed_shared` words with it (as
        counted for the candidates). The run grows while it fits better (shared
        words and similar length); it is a split (or merge) when
        it fits better than `seed` alone by a margin, or fits closely and better at all, and
        every part draws most of its words from `whole`.
        """
        vocabulary, size = units[seed].vocabulary, units[seed].size
        if seed_shared / len(vocabulary) < PART_CONTAINMENT:
            return None
        run = [seed]
        similarity = 2 * seed_shared / (len(whole.vocabulary) + len(vocabulary))
        single = score = _fit(whole, similarity, size)
        for step in (1, -1):
            while True:
                neighbour = (run[-1] if step == 1 else run[0]) + step
                if (
                    not 0 <= neighbour < len(units)
                    or taken[neighbour]
                    or _containment(units[neighbour].vocabulary, whole.vocabulary)
                    < PART_CONTAINMENT
                ):
                    break
                grown = vocabulary | units[neighbour].vocabulary
                grown_size = size + units[neighbour].size
                grown_score = _fit(whole, dice(whole.vocabulary, grown), grown_size)
                if grown_score <= score:
                    break
                vocabulary, size, score = grown, grown_size, grown_score
                if step == 1:
                    run.append(neighbour)
                else:
                    run.insert(0, neighbour)
        if len(run) > 1 and (
            score >= max(threshold, single + COMPOSITE_MARGIN)
            or (score >= COMPOSITE_CLOSE and score > single)
        ):
            return dice(whole.vocabulary, vocabulary), tuple(run)
        return None

    def _distance(self, left: int, right: int) -> float:
        return abs(
            left / max(1, len(self.left.units))
            - self.right_order[right] / max(1, len(self.right.units))
        )

    def _candidates(
        self, left_free: list[int], right_free: list[int]
    ) -> list[tuple[float, int, int, int]]:
        """(similarity, left, right, shared words) for pairs sharing words.

        Up to `_ALL_PAIRS_LIMIT` pairs, every pair's shared words are counted by intersecting
        the two vocabularies (cheaper at that size than building a word index), and a left
        block's candidates come in the order of `right_free`, not of a word index. Past it,
        shared words are counted through an index of the right blocks' words, words found
        in many blocks are left out of the count and only the best few candidates per left
        block are kept, so a huge text stays near-linear.
        """
        left_units, right_units = self.left.units, self.right.units
        result: list[tuple[float, int, int, int]] = []
        if len(left_free) * len(right_free) <= _ALL_PAIRS_LIMIT:
            rights = [
                (rgt, right_units[rgt].vocabulary, len(right_units[rgt].vocabulary))
                for rgt in right_free
            ]
            for lft in left_free:
                vocabulary = left_units[lft].vocabulary
                size = len(vocabulary)
                result.extend(
                    [
                        (score, lft, rgt, shared)
                        for rgt, other, other_size in rights
                        if (shared := len(vocabulary & other))
                        and (score := 2 * shared / (size + other_size)) >= _LEAST_CANDIDATE
                    ]
                )
            return result
        index: dict[str, list[int]] = defaultdict(list)
        for rgt in right_free:
            for word in right_units[rgt].vocabulary:
                index[word].append(rgt)
        common = max(16, int(len(right_free) ** 0.5))
        for lft in left_free:
            vocabulary = left_units[lft].vocabulary
            postings = [
                posting
                for posting in map(index.get, vocabulary)
                if posting is not None and len(posting) <= common
            ]
            shared_counts = Counter(chain.from_iterable(postings))
            size = len(vocabulary)
            for rgt, _ in shared_counts.most_common(_CANDIDATES_PER_BLOCK):
                other = right_units[rgt].vocabulary
                shared = len(vocabulary & other)
                score = 2 * shared / (size + len(other))
                if score >= _LEAST_CANDIDATE:
                    result.append((score, lft, rgt, shared))
        return result
