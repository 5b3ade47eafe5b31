"""The compare page's view: its form, made from the options' declarations, and a comparison
shaped into a summary, divergences and rows aligned block by block."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from app.diff import (
    BlockChange,
    CompareOptions,
    Comparison,
    SectionChange,
    SectionRef,
    coarse_notice,
    option_declarations,
)
from app.http.params import options_params
from app.web.pages.compare_facts import FactsCompared, StatedFact, compare_facts
from app.web.pages.words import kind_label

SegmentKind = Literal["equal", "insert", "delete", "ignored", "moved"]
RowKind = Literal["section", "block", "origin", "unchanged_run"]


@dataclass(frozen=True, slots=True)
class DiffSegment:
    """A run of text in one cell, with how it is marked."""

    kind: SegmentKind
    """"equal" (plain), "insert" (`<ins>`), "delete" (`<del>`), "ignored" (a difference the
    options ignore, shown plainly with a dotted underline) or "moved" (text that left this place
    for another, double-struck as legal redlines do)."""
    text: str
    """The characters, exactly as in the version (whitespace trimmed at the cell's end only)."""


@dataclass(frozen=True, slots=True)
class SectionHeading:
    """One side's section in a row header."""

    label: str
    """Heading as printed, else the kind in words."""
    kind: str
    """Canonical kind."""


@dataclass(slots=True)
class DiffRow:
    """One row of the side-by-side table (or one block of the inline view)."""

    kind: RowKind
    """"section" (a section header), "block" (a block change in its place), "origin" (where a
    moved block used to be) or "unchanged_run" (unchanged blocks collapsed behind a <details>)."""
    anchor: str
    """The row's id, for links ("b12", "from-b12", "s3")."""
    status: str
    """Status slug of the section or block change."""
    status_label: str
    """Status in words ("Moved", "Changed")."""
    left: list[DiffSegment] = field(default_factory=list)
    """Left cell: equal and deleted text."""
    right: list[DiffSegment] = field(default_factory=list)
    """Right cell: equal and inserted text."""
    inline: list[DiffSegment] = field(default_factory=list)
    """Inline view: every segment in reading order."""
    words_inserted: int = 0
    words_deleted: int = 0
    similarity: float = 1.0
    is_change: bool = False
    """True for rows the previous / next change links step through."""
    previous_change: str | None = None
    """Anchor of the previous change, if any."""
    next_change: str | None = None
    """Anchor of the next change, if any."""
    change_number: int = 0
    """Position among the changes, from 1 (0 for rows that are not changes)."""
    moved_link: str | None = None
    """For a moved block, the anchor of its other place; for an origin row, the block's row."""
    moved_where: str | None = None
    """Where the moved block went to or came from, in words ("2. Our Values, paragraph 3", or
    "paragraph 2 of this section" for a move inside a section)."""
    left_heading: SectionHeading | None = None
    """Section rows: the left section."""
    right_heading: SectionHeading | None = None
    """Section rows: the right section."""
    hidden: list[DiffRow] = field(default_factory=list)
    """Unchanged-run rows: the block rows collapsed."""
    kind_anchor: str | None = None
    """Section rows: "kind-corporate_parenting" on the first section of its kind, where the
    matrix's heat cells land."""

    @property
    def count(self) -> int:
        return len(self.hidden)


@dataclass(frozen=True, slots=True)
class SideNames:
    """What the page calls the two sides: two revisions by their dates, two councils by name."""

    left: str = "Left"
    right: str = "Right"
    revision: bool = True
    """True when both sides are one authority's chapter (a revision), so words like "added" and
    "removed" hold; between two councils nothing was added or removed, only stated by one."""

    def status(self, status: str) -> str:
        """A section's or block's status in the words that fit the pair."""
        if self.revision:
            return status.capitalize()
        return {
            "added": f"Only in {self.right}",
            "removed": f"Only in {self.left}",
            "changed": "Worded differently",
            "moved": "In another place",
        }.get(status, status.capitalize())


@dataclass(frozen=True, slots=True)
class SectionSummary:
    """A section with changes, for the list of changes by section."""

    label: str
    status_label: str
    anchor: str
    """The section's first change: the list's link lands on it."""
    changes: int
    words_inserted: int
    words_deleted: int


@dataclass(frozen=True, slots=True)
class SummaryCount:
    """How many sections of the comparison have one status."""

    status: str
    label: str
    count: int


@dataclass(frozen=True, slots=True)
class ComparisonView:
    """Everything the compare page shows."""

    section_counts: tuple[SummaryCount, ...]
    """Sections per status, in the SPEC's order."""
    words_inserted: int
    words_deleted: int
    similarity: float
    differs: bool
    facts: FactsCompared
    sections: tuple[SectionSummary, ...]
    """Sections with changes, in reading order."""
    rows: tuple[DiffRow, ...]
    """Rows in reading order (changes-only runs already collapsed when asked)."""
    first_change: str | None
    """Anchor of the first change, None when nothing changed."""
    change_count: int
    names: SideNames
    coarse_notice: str | None = None
    """Says how many sections are shown as whole replacements because the comparison was too
    large to compare word by word (None when every section was compared word by word)."""


def build_comparison_view(
    comparison: Comparison,
    *,
    left_version_id: int,
    right_version_id: int,
    changes_only: bool = False,
    names: SideNames | None = None,
    left_facts: Sequence[StatedFact] = (),
    right_facts: Sequence[StatedFact] = (),
) -> ComparisonView:
    """Shape a comparison into summary, facts, changes by section and rows aligned block by
    block, in the words that fit the pair (`names`)."""
    names = names or SideNames()
    rows = _rows_in_reading_order(comparison, names)
    changes = [row for row in rows if row.is_change]
    for position, row in enumerate(changes):
        row.change_number = position + 1
        row.previous_change = changes[position - 1].anchor if position else None
        row.next_change = changes[position + 1].anchor if position + 1 < len(changes) else None
    sections = _section_summaries(rows)
    if changes_only:
        rows = _collapse_unchanged(rows)
    section_counts = tuple(
        SummaryCount(status, status.capitalize(), comparison.totals.sections.get(status, 0))
        for status in ("unchanged", "changed", "added", "removed", "moved")
    )
    facts = compare_facts(
        comparison.divergences,
        left_facts,
        right_facts,
        left_version_id=left_version_id,
        right_version_id=right_version_id,
    )
    return ComparisonView(
        section_counts=section_counts,
        words_inserted=comparison.totals.words_inserted,
        words_deleted=comparison.totals.words_deleted,
        similarity=comparison.totals.similarity,
        differs=comparison.differs,
        facts=facts,
        sections=sections,
        rows=tuple(rows),
        first_change=changes[0].anchor if changes else None,
        change_count=len(changes),
        names=names,
        coarse_notice=coarse_notice(len(comparison.coarse_sections)),
    )


def _section_summaries(rows: Sequence[DiffRow]) -> tuple[SectionSummary, ...]:
    """Each section row with the change rows that follow it, when there are any."""
    summaries: list[SectionSummary] = []
    section: DiffRow | None = None
    changes: list[DiffRow] = []

    def close() -> None:
        if section is not None and changes:
            heading = section.right_heading or section.left_heading
            summaries.append(
                SectionSummary(
                    label=heading.label if heading else "Untitled section",
                    status_label=section.status_label,
                    anchor=changes[0].anchor,
                    changes=len(changes),
                    words_inserted=section.words_inserted,
                    words_deleted=section.words_deleted,
                )
            )

    for row in rows:
        if row.kind == "section":
            close()
            section, changes = row, []
        elif row.is_change:
            changes.append(row)
    close()
    return tuple(summaries)


def _heading(section: SectionRef | None) -> SectionHeading | None:
    if section is None:
        return None
    return SectionHeading(label=section.heading or kind_label(section.kind), kind=section.kind)


def _section_name(comparison: Comparison, side: str, index: int | None) -> str:
    summary = comparison.left if side == "left" else comparison.right
    if index is None or not 0 <= index < len(summary.sections):
        return "another section"
    heading = _heading(summary.sections[index])
    return heading.label if heading else "another section"


def _paragraph(comparison: Comparison, change: BlockChange, side: str) -> int:
    """The block's place among its section's blocks on one side, from 1, the heading not
    counted."""
    section = change.left_section if side == "left" else change.right_section
    span = change.left if side == "left" else change.right
    assert span is not None
    spans = [
        other.left if side == "left" else other.right
        for other in comparison.blocks
        if (other.left_section if side == "left" else other.right_section) == section
    ]
    before = sum(1 for other in spans if other is not None and other.start < span.start)
    sections = (comparison.left if side == "left" else comparison.right).sections
    headed = section is not None and 0 <= section < len(sections) and sections[section].heading
    return max(1, before if headed else before + 1)


def _same_section(comparison: Comparison, change: BlockChange) -> bool:
    """True when the block stayed in its section (its left and right sections are a pair)."""
    return any(
        section.left is not None
        and section.right is not None
        and section.left.index == change.left_section
        and section.right.index == change.right_section
        for section in comparison.sections
    )


def _move_place(comparison: Comparison, change: BlockChange, side: str) -> str:
    """Where a moved block was (side "left") or went (side "right"), as a reader finds it."""
    paragraph = _paragraph(comparison, change, side)
    if _same_section(comparison, change):
        return f"paragraph {paragraph} of this section"
    section = change.left_section if side == "left" else change.right_section
    return f"{_section_name(comparison, side, section)}, paragraph {paragraph}"


def _rows_in_reading_order(comparison: Comparison, names: SideNames) -> list[DiffRow]:
    """Section header rows, each followed by its block rows; moved blocks also leave an origin row
    where they used to be (after the last in-place block that preceded them on the left)."""
    rows: list[DiffRow] = []
    placed: list[tuple[int, int]] = []
    """(left offset, position in rows) of in-place block rows, to position origin rows."""
    moved_indices: list[int] = []
    kinds_seen: set[str] = set()
    for section_index, section in enumerate(comparison.sections):
        row = _section_row(section, section_index, names)
        side = section.right or section.left
        kind = side.kind if side else ""
        if kind and kind not in kinds_seen:
            kinds_seen.add(kind)
            row.kind_anchor = f"kind-{kind}"
        rows.append(row)
        for block_index in section.blocks:
            change = comparison.blocks[block_index]
            row = _block_row(comparison, change, block_index, names)
            rows.append(row)
            if change.moved and change.left is not None:
                moved_indices.append(block_index)
            elif change.left is not None:
                placed.append((change.left.start, len(rows) - 1))
    origins: list[tuple[int, DiffRow]] = []
    for block_index in moved_indices:
        change = comparison.blocks[block_index]
        assert change.left is not None
        before = [position for start, position in placed if start < change.left.start]
        origin = _origin_row(comparison, change, block_index, names)
        origins.append((max(before, default=0), origin))
    for position, origin in sorted(origins, key=lambda item: item[0], reverse=True):
        rows.insert(position + 1, origin)
    return rows


def _section_row(section: SectionChange, index: int, names: SideNames) -> DiffRow:
    return DiffRow(
        kind="section",
        anchor=f"s{index}",
        status=section.status,
        status_label=names.status(section.status),
        words_inserted=section.words_inserted,
        words_deleted=section.words_deleted,
        similarity=section.similarity,
        left_heading=_heading(section.left),
        right_heading=_heading(section.right),
    )


def _block_row(
    comparison: Comparison, change: BlockChange, index: int, names: SideNames
) -> DiffRow:
    left, right, inline = _cells(change)
    if change.moved and not change.changed:
        left = []
    differs = change.changed or change.status in ("added", "removed")
    is_change = differs or change.moved or change.status in ("split", "merged")
    row = DiffRow(
        kind="block",
        anchor=f"b{index}",
        status=change.status,
        status_label=names.status(change.status),
        left=left,
        right=right,
        inline=inline,
        words_inserted=change.words_inserted,
        words_deleted=change.words_deleted,
        similarity=change.similarity,
        is_change=is_change,
    )
    if change.moved and change.left is not None:
        row.moved_link = f"from-b{index}"
        row.moved_where = _move_place(comparison, change, "left")
    return row


def _origin_row(
    comparison: Comparison, change: BlockChange, index: int, names: SideNames
) -> DiffRow:
    left, _right, _inline = _cells(change, strike_left=True)
    return DiffRow(
        kind="origin",
        anchor=f"from-b{index}",
        status="moved",
        status_label="Moved away" if names.revision else "In another place",
        left=left,
        moved_link=f"b{index}",
        moved_where=_move_place(comparison, change, "right"),
    )


def _cells(
    change: BlockChange, *, strike_left: bool = False
) -> tuple[list[DiffSegment], list[DiffSegment], list[DiffSegment]]:
    left: list[DiffSegment] = []
    right: list[DiffSegment] = []
    inline: list[DiffSegment] = []
    for op in (op for op in change.ops if op.text):
        segment = DiffSegment(
            "ignored" if op.ignorable and op.kind != "equal" else op.kind, op.text
        )
        if op.kind != "insert":
            left.append(segment)
        if op.kind != "delete":
            right.append(segment)
        if op.kind != "delete" or segment.kind == "delete":
            inline.append(segment)
    if strike_left:
        left = [DiffSegment("moved", segment.text) for segment in left]
    return _trim_end(left), _trim_end(right), _trim_end(inline)


def _trim_end(segments: list[DiffSegment]) -> list[DiffSegment]:
    """Drop the blank lines that close a block: the next row starts a new block anyway."""
    while segments and not segments[-1].text.strip():
        segments.pop()
    if segments:
        last = segments[-1]
        segments[-1] = DiffSegment(last.kind, last.text.rstrip())
    return segments


def _collapse_unchanged(rows: list[DiffRow]) -> list[DiffRow]:
    """Fold each run of unchanged block rows into one "show N unchanged" row."""
    collapsed: list[DiffRow] = []
    run: list[DiffRow] = []

    def flush() -> None:
        if run:
            collapsed.append(
                DiffRow(
                    kind="unchanged_run",
                    anchor=f"u-{run[0].anchor}",
                    status="unchanged",
                    status_label="Unchanged",
                    hidden=list(run),
                )
            )
            run.clear()

    for row in rows:
        if row.kind == "block" and not row.is_change:
            run.append(row)
            continue
        flush()
        collapsed.append(row)
    flush()
    return collapsed


PAGE_DEFAULTS_ON = frozenset({"ignore_numbering"})
"""Options the compare page sets unless the request turns them off: a section renumbered because
one was inserted before it is not a change an officer looks for. The API keeps every option off
by default; the page's links and its JSON twin always say which it used."""

COUNCILS_DEFAULTS_ON = PAGE_DEFAULTS_ON | {"ignore_local_names"}
"""Between two councils, each one's own name and service brands differ by nature as well."""


def page_defaults(revision: bool) -> frozenset[str]:
    """The options on by default for a revision, or for two councils."""
    return PAGE_DEFAULTS_ON if revision else COUNCILS_DEFAULTS_ON


def with_page_defaults(
    options: CompareOptions, asked: Collection[str], defaults_on: Collection[str] = PAGE_DEFAULTS_ON
) -> CompareOptions:
    """`options` with the page's defaults set for those the request does not name (`asked`)."""
    defaults: dict[str, Any] = {name: True for name in defaults_on if name not in asked}
    return replace(options, **defaults)


@dataclass(frozen=True, slots=True)
class IgnoreOption:
    """One declared comparison option as the form shows it (a checkbox, or a list of names)."""

    name: str
    label: str
    description: str
    checked: bool
    repeatable: bool = False
    text: str = ""
    """For a repeatable option: its values, one a line."""
    default_on: bool = False
    """Set unless turned off: the form sends "0" when its box is not ticked."""


@dataclass(frozen=True, slots=True)
class CompareForm:
    """What the compare form holds, echoed back so the page can be re-submitted."""

    left: int | None
    right: int | None
    view: str
    changes_only: bool
    options: CompareOptions
    defaults_on: frozenset[str] = PAGE_DEFAULTS_ON
    """The options on unless turned off (more between two councils)."""

    @property
    def ignore_options(self) -> tuple[IgnoreOption, ...]:
        """The options' declarations with this form's values: the form is made from them."""
        shown = []
        for declaration in option_declarations(type(self.options)):
            value = getattr(self.options, declaration.name)
            shown.append(
                IgnoreOption(
                    name=declaration.name,
                    label=declaration.label,
                    description=declaration.description,
                    checked=bool(value),
                    repeatable=declaration.repeatable,
                    text="\n".join(value) if declaration.repeatable else "",
                    default_on=declaration.name in self.defaults_on,
                )
            )
        return tuple(shown)

    @property
    def any_ignored(self) -> bool:
        return any(option.checked for option in self.ignore_options)

    def params(self, **changes: Any) -> dict[str, Any]:
        return {
            "left": self.left,
            "right": self.right,
            "view": self.view,
            "changes_only": self.changes_only,
            **options_params(self.options),
            **{name: "0" for name in self.defaults_on if not getattr(self.options, name)},
            **changes,
        }


def compare_form(
    left: str | None,
    right: str | None,
    view: str | None,
    changes_only: bool,
    options: CompareOptions,
) -> tuple[CompareForm, str | None]:
    problems: list[str] = []

    def version_id(value: str | None, side: str) -> int | None:
        if value is None or value == "":
            return None
        if value.isdigit() and 0 < int(value) < 2**31:
            return int(value)
        problems.append(f"the {side} version must be chosen from the list (got “{value}”).")
        return None

    form = CompareForm(
        left=version_id(left, "left"),
        right=version_id(right, "right"),
        view="inline" if view == "inline" else "side",
        changes_only=changes_only,
        options=options,
    )
    return form, (" ".join(problems).capitalize() if problems else None)
