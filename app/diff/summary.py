"""From an alignment to the comparison a reader sees: word operations, statuses and counts."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from app.diff.align import Alignment, Side, Unit
from app.diff.budget import BudgetSpent, WorkMeter
from app.diff.model import (
    BLOCK_STATUSES,
    SECTION_STATUSES,
    BlockChange,
    BlockStatus,
    CompareOptions,
    Comparison,
    ComparisonTotals,
    FactDivergence,
    OpKind,
    SectionChange,
    SectionStatus,
    SideSummary,
    SpanRef,
    WordOp,
)
from app.diff.options import TokenRun, count_words
from app.diff.words import diff_tokens
from app.facts import Fact


def _joined(side: Side, units: Sequence[int]) -> TokenRun:
    if len(units) == 1:
        return side.masker.tokens(side.units[units[0]].text, side.units[units[0]].markup)
    texts: list[str] = []
    keys: list[str | None] = []
    for unit in units:
        tokens = side.masker.tokens(side.units[unit].text, side.units[unit].markup)
        texts.extend(tokens.texts)
        keys.extend(tokens.keys)
    return TokenRun(texts=texts, keys=keys)


def _text_of(side: Side, units: Sequence[int]) -> str:
    if len(units) == 1:
        return side.units[units[0]].text
    return "".join(side.units[unit].text for unit in units)


def _span(side: Side, units: Sequence[int]) -> SpanRef:
    return SpanRef(side.units[units[0]].start, side.units[units[-1]].end)


def _block_change(
    left: Side,
    right: Side,
    left_units: tuple[int, ...],
    right_units: tuple[int, ...],
    ops: list[WordOp],
    moved: bool,
    coarse: bool = False,
) -> BlockChange:
    """The change of a match (blocks on both sides; unmatched blocks are `_lone_change`'s)."""
    # Operations split text between tokens, never inside a word, so the words of the equal and
    # delete operations are the left blocks' words and those of the equal and insert ones the
    # right's: only the substantive edits need counting.
    left_words, right_words = _words_of(left, left_units), _words_of(right, right_units)
    total = left_words + right_words
    inserted = deleted = 0
    changed = False
    for op in ops:
        if op.kind == "equal" or op.ignorable:
            continue
        changed = True
        if op.kind == "insert":
            inserted += count_words(op.text)
        else:
            deleted += count_words(op.text)
    similarity = 1.0 - (inserted + deleted) / total if total else 1.0
    status: BlockStatus
    if len(right_units) > 1:
        status = "split"
    elif len(left_units) > 1:
        status = "merged"
    elif moved:
        status = "moved"
    else:
        status = "changed" if changed else "unchanged"
    return BlockChange(
        status=status,
        left=_span(left, left_units),
        right=_span(right, right_units),
        left_blocks=left_units,
        right_blocks=right_units,
        left_section=left.units[left_units[0]].section,
        right_section=right.units[right_units[0]].section,
        moved=moved,
        changed=changed,
        similarity=max(0.0, min(1.0, similarity)),
        words_inserted=inserted,
        words_deleted=deleted,
        ops=tuple(ops),
        coarse=coarse,
    )


def _lone_ops(side: Side, unit: int, kind: OpKind) -> list[WordOp]:
    text, markup = side.units[unit].text, side.units[unit].markup
    if not text:
        return []
    # a block of nothing but layout (blank lines, a rule) or of ignored characters
    if side.masker.plain:
        ignorable = not side.units[unit].key and not side.units[unit].size
    else:
        keys = side.masker.tokens(text, markup).keys
        ignorable = all(key is None or key.isspace() for key in keys)
    return [WordOp(kind, text, ignorable)]


def block_changes(
    left: Side, right: Side, alignment: Alignment, meter: WorkMeter | None = None
) -> list[BlockChange]:
    """One change per match, per unmatched left block and per unmatched right block.

    With a `meter`, matches are diffed word by word, in order, until its budget is spent; the
    match being diffed then and every later one whose texts differ become one whole deletion
    and one whole insertion (marked coarse), which rebuild both texts all the same.
    """
    partner = {lft: rgt for lft, rgt in alignment.section_pairs if lft is not None}
    changes: list[BlockChange] = []
    left_seen = [False] * len(left.units)
    right_seen = [False] * len(right.units)
    for index, match in enumerate(alignment.matches):
        for unit in match.left:
            left_seen[unit] = True
        for unit in match.right:
            right_seen[unit] = True
        crossed = (
            partner.get(left.units[match.left[0]].section) != right.units[match.right[0]].section
        )
        left_text = _text_of(left, match.left)
        right_text = _text_of(right, match.right)
        coarse = False
        if left_text == right_text:
            ops = [WordOp("equal", left_text)] if left_text else []
        elif meter is not None and meter.exhausted:
            ops, coarse = _replacement(left_text, right_text), True
        else:
            try:
                ops = diff_tokens(_joined(left, match.left), _joined(right, match.right), meter)
            except BudgetSpent:
                ops, coarse = _replacement(left_text, right_text), True
        moved = crossed or index in alignment.moved_matches
        changes.append(_block_change(left, right, match.left, match.right, ops, moved, coarse))
    changes.extend(
        _lone_change(left, unit, True) for unit in left.units if not left_seen[unit.index]
    )
    changes.extend(
        _lone_change(right, unit, False) for unit in right.units if not right_seen[unit.index]
    )
    return changes


def _replacement(left_text: str, right_text: str) -> list[WordOp]:
    """The coarse operations of a match: all of the left text deleted, all of the right inserted
    (a substantive change, as the differences inside are not looked for)."""
    ops = [WordOp("delete", left_text)] if left_text else []
    if right_text:
        ops.append(WordOp("insert", right_text))
    return ops


def _lone_change(side: Side, unit: Unit, removed: bool) -> BlockChange:
    """An unmatched block: all of it deleted (left side) or inserted (right side)."""
    ops = _lone_ops(side, unit.index, "delete" if removed else "insert")
    substantive = bool(ops) and not ops[0].ignorable
    words = unit.size if substantive else 0
    span = SpanRef(unit.start, unit.end)
    blocks = (unit.index,)
    return BlockChange(
        status="removed" if removed else "added",
        left=span if removed else None,
        right=None if removed else span,
        left_blocks=blocks if removed else (),
        right_blocks=() if removed else blocks,
        left_section=unit.section if removed else None,
        right_section=None if removed else unit.section,
        moved=False,
        changed=substantive,
        similarity=0.0 if words else 1.0,
        words_inserted=0 if removed else words,
        words_deleted=words if removed else 0,
        ops=tuple(ops),
    )


def _reading_order(
    pairs: list[tuple[int | None, int | None]],
) -> list[tuple[int | None, int | None]]:
    """Right order, each removed section after the change holding its left predecessor."""
    ordered = sorted((pair for pair in pairs if pair[1] is not None), key=lambda pair: pair[1] or 0)
    removed = sorted(pair[0] for pair in pairs if pair[1] is None and pair[0] is not None)
    for section in removed:
        position = 0
        for at, (lft, _) in enumerate(ordered):
            if lft == section - 1:
                position = at + 1
                break
        ordered.insert(position, (section, None))
    return ordered


def summarize(
    left: Side,
    right: Side,
    alignment: Alignment,
    options: CompareOptions,
    left_summary: SideSummary,
    right_summary: SideSummary,
    left_facts: Sequence[Fact],
    right_facts: Sequence[Fact],
    meter: WorkMeter | None = None,
) -> Comparison:
    """Assemble the comparison from the alignment of two prepared sides (the word-level diffs
    charging `meter`, when given: see `block_changes`)."""
    rows = block_changes(left, right, alignment, meter)
    pairs = _reading_order(alignment.section_pairs)
    by_left = {lft: at for at, (lft, _) in enumerate(pairs) if lft is not None}
    by_right = {rgt: at for at, (_, rgt) in enumerate(pairs) if rgt is not None}
    home: list[int] = []
    for row in rows:
        if row.right_section is not None:
            home.append(by_right[row.right_section])
        else:
            home.append(by_left[row.left_section or 0])
    row_of_left_unit: dict[int, int] = {}
    for at, row in enumerate(rows):
        for unit in row.left_blocks:
            row_of_left_unit[unit] = at

    def place(at: int) -> tuple[int, int, int]:
        row = rows[at]
        if row.right_blocks:
            return (row.right_blocks[0], 0, 0)
        first = row.left_blocks[0]
        section = left.units[first].section
        for unit in range(first - 1, -1, -1):
            if left.units[unit].section != section:
                break
            before = rows[row_of_left_unit[unit]]
            if home[row_of_left_unit[unit]] == home[at] and before.right_blocks:
                return (before.right_blocks[-1], 1, first)
        return (-1, 1, first)

    members: list[list[int]] = [[] for _ in pairs]
    for at in range(len(rows)):
        members[home[at]].append(at)
    members = [sorted(group, key=place) for group in members]
    order = [at for group in members for at in group]
    new_index = {old: new for new, old in enumerate(order)}
    rows = [rows[at] for at in order]
    home = [home[at] for at in order]
    members = [[new_index[at] for at in group] for group in members]
    moved_out: list[list[int]] = [[] for _ in pairs]
    for at, row in enumerate(rows):
        if row.left_section is not None and by_left[row.left_section] != home[at]:
            moved_out[by_left[row.left_section]].append(at)

    sections = [
        _section_change(
            left,
            right,
            pair,
            [rows[at] for at in members[position]],
            [rows[at] for at in moved_out[position]],
            members[position],
            moved_out[position],
            pair in alignment.moved_sections,
        )
        for position, pair in enumerate(pairs)
    ]
    totals = _totals(left, right, sections, rows)
    return Comparison(
        options=options,
        left=left_summary,
        right=right_summary,
        sections=tuple(sections),
        blocks=tuple(rows),
        divergences=tuple(fact_divergences(left_facts, right_facts)),
        totals=totals,
        differs=any(section.status != "unchanged" for section in sections),
        coarse_sections=tuple(
            position
            for position, section in enumerate(sections)
            if any(rows[at].coarse for at in section.blocks)
        ),
    )


def _words_of(side: Side, units: Sequence[int]) -> int:
    """Words of some of a side's blocks (operations never split a word, so also the words of
    the equal operations plus the deletes on the left, or plus the inserts on the right)."""
    if len(units) == 1:
        return side.units[units[0]].size
    return sum(side.units[unit].size for unit in units)


def _section_change(
    left: Side,
    right: Side,
    pair: tuple[int | None, int | None],
    rows: list[BlockChange],
    departed: list[BlockChange],
    row_indices: list[int],
    moved_out: list[int],
    moved: bool,
) -> SectionChange:
    lft, rgt = pair
    inserted = sum(row.words_inserted for row in rows)
    deleted = sum(row.words_deleted for row in rows)
    status: SectionStatus
    if lft is None:
        status, similarity = "added", 0.0
    elif rgt is None:
        status, similarity = "removed", 0.0
    else:
        total = _words_of(left, left.section_units[lft]) + _words_of(
            right, right.section_units[rgt]
        )
        arrived = sum(
            _words_of(right, row.right_blocks)
            for row in rows
            if row.left_section is not None and row.left_section != lft
        )
        left_for = sum(_words_of(left, row.left_blocks) for row in departed)
        similarity = 1.0 - (inserted + deleted + arrived + left_for) / total if total else 1.0
        if moved:
            status = "moved"
        elif departed or any(row.changed or row.moved for row in rows):
            status = "changed"
        else:
            status = "unchanged"
    return SectionChange(
        status=status,
        left=left.sections[lft] if lft is not None else None,
        right=right.sections[rgt] if rgt is not None else None,
        similarity=max(0.0, min(1.0, similarity)),
        words_inserted=inserted,
        words_deleted=deleted,
        blocks=tuple(row_indices),
        moved_out=tuple(moved_out),
    )


def _totals(
    left: Side, right: Side, sections: list[SectionChange], rows: list[BlockChange]
) -> ComparisonTotals:
    section_counts = Counter(section.status for section in sections)
    block_counts = Counter(row.status for row in rows)
    inserted = sum(section.words_inserted for section in sections)
    deleted = sum(section.words_deleted for section in sections)
    total = sum(unit.size for unit in left.units) + sum(unit.size for unit in right.units)
    return ComparisonTotals(
        sections={status: section_counts[status] for status in SECTION_STATUSES},
        blocks={status: block_counts[status] for status in BLOCK_STATUSES},
        words_inserted=inserted,
        words_deleted=deleted,
        similarity=max(0.0, min(1.0, 1.0 - (inserted + deleted) / total)) if total else 1.0,
    )


def fact_divergences(left: Sequence[Fact], right: Sequence[Fact]) -> list[FactDivergence]:
    """Every fact key whose values differ, in the left's fact order then the right's."""
    left_by_key = {fact.key: fact for fact in left}
    right_by_key = {fact.key: fact for fact in right}
    keys = list(left_by_key) + [key for key in right_by_key if key not in left_by_key]
    divergences = []
    for key in keys:
        left_fact, right_fact = left_by_key.get(key), right_by_key.get(key)
        left_value = left_fact.value if left_fact else None
        right_value = right_fact.value if right_fact else None
        if left_value != right_value:
            divergences.append(
                FactDivergence(
                    key=key,
                    left=left_value,
                    right=right_value,
                    left_evidence=left_fact.evidence if left_fact else (),
                    right_evidence=right_fact.evidence if right_fact else (),
                )
            )
    return divergences
