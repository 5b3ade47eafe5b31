"""View models: domain results shaped into rows and cells a template only has to loop over.

Nothing here touches the database or builds HTML. Text stays text: templates escape it, and
highlighting is expressed as segments (`TextSegment`, `DiffSegment`) that the template wraps in
`<mark>`, `<ins>` or `<del>`, so uploaded text can never become markup.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from itertools import pairwise
from typing import Any, Literal, Protocol

from app.diff import BlockChange, Comparison, FactDivergence, SectionChange, SectionRef
from app.store import DivergenceMatrix, SearchResults, SimilarityGrid, Version

SegmentKind = Literal["equal", "insert", "delete", "ignored"]
RowKind = Literal["section", "block", "origin", "unchanged_run"]

FACT_LABELS: dict[str, str] = {
    "amendment_date": "Amendment date",
    "last_updated": "Last updated",
    "version_label": "Version label",
    "leaving_care_support_age": "Leaving-care support age",
    "permanence_plan_months": "Permanence plan (months)",
    "corporate_parenting_principles": "Corporate parenting principles",
    "legislation": "Legislation cited",
    "legislation_count": "Items of legislation",
    "named_models": "Named practice models",
    "looked_after_term": "Term for children in care",
}
"""Readable names of the SPEC's fact keys; any other key is shown from its own words."""

STATUS_LABELS: dict[str, str] = {
    "unchanged": "Unchanged",
    "changed": "Changed",
    "added": "Added",
    "removed": "Removed",
    "moved": "Moved",
    "split": "Split",
    "merged": "Merged",
}


def fact_label(key: str) -> str:
    """A fact key as a reader names it ("leaving_care_support_age" → "Leaving-care support age")."""
    return FACT_LABELS.get(key) or key.replace("_", " ").capitalize()


def kind_label(kind: str) -> str:
    """A section kind in words ("corporate_parenting" → "Corporate parenting")."""
    return kind.replace("_", " ").capitalize()


def fact_anchor(key: str, index: int = 0) -> str:
    """The id of a fact's `index`-th evidence highlight on the version page."""
    return f"fact-{key}-{index}" if index else f"fact-{key}"


# --- Comparison --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class DiffSegment:
    """A run of text in one cell, with how it is marked."""

    kind: SegmentKind
    """"equal" (plain), "insert" (`<ins>`), "delete" (`<del>`) or "ignored" (a difference the
    options ignore, shown plainly with a dotted underline)."""
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
    moved_link: str | None = None
    """For a moved block, the anchor of its other place; for an origin row, the block's row."""
    moved_where: str | None = None
    """The section the moved block went to or came from, in words."""
    left_heading: SectionHeading | None = None
    """Section rows: the left section."""
    right_heading: SectionHeading | None = None
    """Section rows: the right section."""
    hidden: list[DiffRow] = field(default_factory=list)
    """Unchanged-run rows: the block rows collapsed."""

    @property
    def count(self) -> int:
        return len(self.hidden)


@dataclass(frozen=True, slots=True)
class DivergenceView:
    """A fact whose values differ, with links to both pieces of evidence."""

    key: str
    label: str
    left_value: Any
    right_value: Any
    left_evidence_url: str | None
    """Link to the left version page's highlight, None when the left states nothing."""
    right_evidence_url: str | None


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
    divergences: tuple[DivergenceView, ...]
    rows: tuple[DiffRow, ...]
    """Rows in reading order (changes-only runs already collapsed when asked)."""
    first_change: str | None
    """Anchor of the first change, None when nothing changed."""
    change_count: int


def build_comparison_view(
    comparison: Comparison,
    *,
    left_version_id: int,
    right_version_id: int,
    changes_only: bool = False,
) -> ComparisonView:
    """Shape a comparison into summary, divergences and rows aligned block by block."""
    rows = _rows_in_reading_order(comparison)
    changes = [row for row in rows if row.is_change]
    for position, row in enumerate(changes):
        row.previous_change = changes[position - 1].anchor if position else None
        row.next_change = changes[position + 1].anchor if position + 1 < len(changes) else None
    if changes_only:
        rows = _collapse_unchanged(rows)
    section_counts = tuple(
        SummaryCount(status, STATUS_LABELS[status], comparison.totals.sections.get(status, 0))
        for status in ("unchanged", "changed", "added", "removed", "moved")
    )
    divergences = tuple(
        _divergence_view(divergence, left_version_id, right_version_id)
        for divergence in comparison.divergences
    )
    return ComparisonView(
        section_counts=section_counts,
        words_inserted=comparison.totals.words_inserted,
        words_deleted=comparison.totals.words_deleted,
        similarity=comparison.totals.similarity,
        differs=comparison.differs,
        divergences=divergences,
        rows=tuple(rows),
        first_change=changes[0].anchor if changes else None,
        change_count=len(changes),
    )


def _divergence_view(
    divergence: FactDivergence, left_version_id: int, right_version_id: int
) -> DivergenceView:
    def evidence_url(version_id: int, evidence: Sequence[object]) -> str | None:
        return f"/versions/{version_id}#{fact_anchor(divergence.key)}" if evidence else None

    return DivergenceView(
        key=divergence.key,
        label=fact_label(divergence.key),
        left_value=divergence.left,
        right_value=divergence.right,
        left_evidence_url=evidence_url(left_version_id, divergence.left_evidence),
        right_evidence_url=evidence_url(right_version_id, divergence.right_evidence),
    )


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


def _rows_in_reading_order(comparison: Comparison) -> list[DiffRow]:
    """Section header rows, each followed by its block rows; moved blocks also leave an origin row
    where they used to be (after the last in-place block that preceded them on the left)."""
    rows: list[DiffRow] = []
    placed: list[tuple[int, int]] = []
    """(left offset, position in rows) of in-place block rows, to position origin rows."""
    moved_indices: list[int] = []
    for section_index, section in enumerate(comparison.sections):
        rows.append(_section_row(section, section_index))
        for block_index in section.blocks:
            change = comparison.blocks[block_index]
            row = _block_row(comparison, change, block_index)
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
        origins.append((max(before, default=0), _origin_row(comparison, change, block_index)))
    for position, origin in sorted(origins, key=lambda item: item[0], reverse=True):
        rows.insert(position + 1, origin)
    return rows


def _section_row(section: SectionChange, index: int) -> DiffRow:
    return DiffRow(
        kind="section",
        anchor=f"s{index}",
        status=section.status,
        status_label=STATUS_LABELS.get(section.status, section.status),
        words_inserted=section.words_inserted,
        words_deleted=section.words_deleted,
        similarity=section.similarity,
        left_heading=_heading(section.left),
        right_heading=_heading(section.right),
    )


def _block_row(comparison: Comparison, change: BlockChange, index: int) -> DiffRow:
    left, right, inline = _cells(change)
    differs = change.changed or change.status in ("added", "removed")
    is_change = differs or change.moved or change.status in ("split", "merged")
    row = DiffRow(
        kind="block",
        anchor=f"b{index}",
        status=change.status,
        status_label=STATUS_LABELS.get(change.status, change.status),
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
        row.moved_where = _section_name(comparison, "left", change.left_section)
    return row


def _origin_row(comparison: Comparison, change: BlockChange, index: int) -> DiffRow:
    left, _right, _inline = _cells(change, strike_left=True)
    return DiffRow(
        kind="origin",
        anchor=f"from-b{index}",
        status="moved",
        status_label="Moved away",
        left=left,
        moved_link=f"b{index}",
        moved_where=_section_name(comparison, "right", change.right_section),
    )


def _cells(
    change: BlockChange, *, strike_left: bool = False
) -> tuple[list[DiffSegment], list[DiffSegment], list[DiffSegment]]:
    left: list[DiffSegment] = []
    right: list[DiffSegment] = []
    inline: list[DiffSegment] = []
    for op in change.ops:
        if not op.text:
            continue
        if op.kind == "equal":
            segment = DiffSegment("equal", op.text)
            left.append(segment)
            right.append(segment)
            inline.append(segment)
        elif op.ignorable:
            segment = DiffSegment("ignored", op.text)
            (left if op.kind == "delete" else right).append(segment)
            if op.kind == "insert":
                inline.append(segment)
        else:
            segment = DiffSegment(op.kind, op.text)
            (left if op.kind == "delete" else right).append(segment)
            inline.append(segment)
    if strike_left:
        left = [DiffSegment("delete", segment.text) for segment in left]
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


# --- Version page ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextSegment:
    """A run of a version's text, highlighted when some fact's evidence covers it."""

    text: str
    """The characters, exactly."""
    anchors: tuple[str, ...] = ()
    """Ids of evidence highlights that start here (the first goes on the `<mark>`)."""
    facts: tuple[str, ...] = ()
    """Labels of the facts whose evidence covers this run; empty means not highlighted."""

    @property
    def marked(self) -> bool:
        return bool(self.facts)


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    """One piece of evidence to highlight, in offsets of the version's text."""

    key: str
    start: int
    end: int
    anchor: str


def evidence_spans(facts: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> list[EvidenceSpan]:
    """Evidence of (fact key, evidence list) pairs, each given its anchor id."""
    spans: list[EvidenceSpan] = []
    for key, evidence in facts:
        for index, item in enumerate(evidence):
            start, end = int(item["start"]), int(item["end"])
            if end > start:
                spans.append(EvidenceSpan(key, start, end, fact_anchor(key, index)))
    return spans


def highlight_text(
    text: str, start: int, end: int, spans: Sequence[EvidenceSpan]
) -> list[TextSegment]:
    """`text[start:end]` cut into segments at every evidence boundary inside it."""
    inside = [span for span in spans if span.start < end and span.end > start]
    cuts = sorted(
        {start, end}
        | {max(start, span.start) for span in inside}
        | {min(end, span.end) for span in inside}
    )
    segments: list[TextSegment] = []
    for left, right in pairwise(cuts):
        if left >= right:
            continue
        covering = [span for span in inside if span.start <= left and span.end >= right]
        anchors = tuple(span.anchor for span in inside if span.start == left)
        facts = tuple(dict.fromkeys(fact_label(span.key) for span in covering))
        segments.append(TextSegment(text[left:right], anchors, facts))
    return segments


# --- Search ------------------------------------------------------------------------------------


def highlight_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[TextSegment]:
    """`text` cut into segments, the given (start, end) spans marked as matches."""
    segments: list[TextSegment] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if end <= start:
            continue
        if start > position:
            segments.append(TextSegment(text[position:start]))
        segments.append(TextSegment(text[start:end], facts=("match",)))
        position = end
    if position < len(text):
        segments.append(TextSegment(text[position:]))
    return segments


@dataclass(frozen=True, slots=True)
class SearchResultView:
    """One hit, with its snippet as segments and a link to the section on the version page."""

    url: str
    authority_name: str
    section_label: str
    kind: str
    snippet: list[TextSegment]


def build_search_results(results: SearchResults) -> list[SearchResultView]:
    return [
        SearchResultView(
            url=f"/versions/{hit.version_id}#section-{hit.section_ordinal}",
            authority_name=hit.authority_name,
            section_label=hit.heading or kind_label(hit.section_kind),
            kind=kind_label(hit.section_kind),
            snippet=highlight_spans(hit.snippet, hit.highlights),
        )
        for hit in results.hits
    ]


# --- Facts across authorities (overview and matrix) ----------------------------------------------

DESCRIPTIVE_FACT_KEYS: frozenset[str] = frozenset(
    {"amendment_date", "last_updated", "version_label"}
)
"""Facts that describe the document rather than its policy: every authority's differ by nature,
so they are shown but never marked as divergences."""

OVERVIEW_FACT_KEYS: tuple[str, ...] = (
    "leaving_care_support_age",
    "permanence_plan_months",
    "corporate_parenting_principles",
)
"""Key facts the overview shows when the chapter has them (else its family's first three)."""


class FactRow(Protocol):
    """What a stored fact offers the pages (the store's `Fact` row)."""

    key: str
    value: Any
    evidence: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class FactCell:
    """One authority's value of one fact."""

    key: str
    value: Any
    """The JSON value, None when not stated."""
    divergent: bool
    """True when it differs from what most authorities state."""
    evidence_url: str | None
    """The highlight on the version page, None when nothing was quoted."""


@dataclass(frozen=True, slots=True)
class AuthorityRow:
    """One authority's version in force, with its facts in the matrix's column order."""

    authority_slug: str
    authority_name: str
    is_sample: bool
    version_id: int
    version_url: str
    timeline_url: str
    amendment_date: str | None
    cells: tuple[FactCell, ...]


@dataclass(frozen=True, slots=True)
class FactColumn:
    """One fact of the matrix, as a column."""

    key: str
    label: str
    divergent: bool
    """True when the authorities do not all state the same value."""


@dataclass(frozen=True, slots=True)
class FactMatrixView:
    """Authorities by facts, divergent values marked."""

    chapter_slug: str
    chapter_title: str
    columns: tuple[FactColumn, ...]
    rows: tuple[AuthorityRow, ...]

    @property
    def divergent_count(self) -> int:
        return sum(1 for column in self.columns if column.divergent)

    @property
    def compared_count(self) -> int:
        """Facts about the policy (not the document), those that can diverge."""
        return sum(1 for column in self.columns if column.key not in DESCRIPTIVE_FACT_KEYS)

    @property
    def has_amendment_dates(self) -> bool:
        return any(column.key == "amendment_date" for column in self.columns)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def divergent_flags(values: Sequence[Any]) -> list[bool]:
    """Which values differ from the one most authorities state; on a tie for most common, every
    value is marked, since none is the norm."""
    keys = [_canonical(value) for value in values]
    counts = Counter(keys)
    if len(counts) <= 1:
        return [False] * len(values)
    ranked = counts.most_common()
    if ranked[0][1] == ranked[1][1]:
        return [True] * len(values)
    norm = ranked[0][0]
    return [key != norm for key in keys]


def build_fact_matrix(
    matrix: DivergenceMatrix, keys: Sequence[str] | None = None
) -> FactMatrixView:
    """The store's matrix as table rows, restricted to `keys` (default: all, in its order); a
    cell is marked when its value differs from what most authorities state."""
    shown = [
        key for key in (keys if keys is not None else matrix.fact_keys) if key in matrix.fact_keys
    ]
    flags_by_key = {
        key: (
            [False] * len(matrix.rows)
            if key in DESCRIPTIVE_FACT_KEYS
            else divergent_flags([row.cells[key].value for row in matrix.rows])
        )
        for key in shown
    }
    rows = []
    for index, row in enumerate(matrix.rows):
        cells = tuple(
            FactCell(
                key=key,
                value=row.cells[key].value,
                divergent=flags_by_key[key][index],
                evidence_url=(
                    f"/versions/{row.version_id}#{fact_anchor(key)}"
                    if row.cells[key].evidence
                    else None
                ),
            )
            for key in shown
        )
        rows.append(
            AuthorityRow(
                authority_slug=row.authority_slug,
                authority_name=row.authority_name,
                is_sample=row.is_sample,
                version_id=row.version_id,
                version_url=f"/versions/{row.version_id}",
                timeline_url=f"/authorities/{row.authority_slug}/chapters/{matrix.chapter_slug}",
                amendment_date=row.amendment_date,
                cells=cells,
            )
        )
    columns = tuple(
        FactColumn(
            key=key,
            label=fact_label(key),
            divergent=key in matrix.divergent_keys and key not in DESCRIPTIVE_FACT_KEYS,
        )
        for key in shown
    )
    return FactMatrixView(matrix.chapter_slug, matrix.chapter_title, columns, tuple(rows))


def overview_keys(available: Sequence[str]) -> list[str]:
    """The overview's key facts among those a chapter has."""
    keys = [key for key in OVERVIEW_FACT_KEYS if key in available]
    return keys or [key for key in available if key not in ("amendment_date", "last_updated")][:3]


@dataclass(frozen=True, slots=True)
class HeatCell:
    """How alike one authority's section of one kind is to the baseline's."""

    similarity: float | None
    """None when neither side has a section of this kind."""
    bin: int
    """Colour step 0-4 (fifths of [0, 1]); the number is always printed as well."""
    url: str | None
    """The comparison of the baseline with this authority's version."""


@dataclass(frozen=True, slots=True)
class HeatRow:
    """One authority's version in force, section kind by section kind."""

    label: str
    is_sample: bool
    version_id: int
    cells: tuple[HeatCell, ...]


@dataclass(frozen=True, slots=True)
class HeatColumn:
    """One section kind of the grid."""

    kind: str
    label: str


@dataclass(frozen=True, slots=True)
class HeatMapView:
    """Authorities by section kinds against one baseline version."""

    baseline_id: int
    baseline_label: str
    columns: tuple[HeatColumn, ...]
    rows: tuple[HeatRow, ...]


def heat_bin(similarity: float) -> int:
    """Which fifth of [0, 1] a similarity falls in (1.0 in the top one)."""
    return min(4, max(0, int(similarity * 5)))


def build_heat_map(grid: SimilarityGrid, baseline_label: str) -> HeatMapView:
    """Authorities by section kinds, each cell opening the comparison with the baseline."""
    columns = tuple(HeatColumn(kind, kind_label(kind)) for kind in grid.kinds)
    rows = tuple(
        HeatRow(
            label=row.authority_name,
            is_sample=row.is_sample,
            version_id=row.version_id,
            cells=tuple(
                HeatCell(
                    similarity=row.cells[kind].similarity,
                    bin=heat_bin(row.cells[kind].similarity or 0.0),
                    url=f"/compare?left={grid.baseline_version_id}&right={row.version_id}",
                )
                for kind in grid.kinds
            ),
        )
        for row in grid.rows
    )
    return HeatMapView(grid.baseline_version_id, baseline_label, columns, rows)


# --- Timeline ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One version in an authority's timeline."""

    version_id: int
    url: str
    name: str
    amendment_date: str | None
    version_label: str | None
    ingested_at: datetime
    compare_previous_url: str | None
    """The comparison with the previous version, None for the first."""


def build_timeline(
    versions: Sequence[Version], name: Callable[[Version], str]
) -> list[TimelineEntry]:
    """Versions newest first, each linked to its comparison with the one before it."""
    entries = []
    for index, version in enumerate(versions):
        previous = versions[index - 1] if index else None
        entries.append(
            TimelineEntry(
                version_id=version.id,
                url=f"/versions/{version.id}",
                name=name(version),
                amendment_date=version.amendment_date,
                version_label=version.version_label,
                ingested_at=version.ingested_at,
                compare_previous_url=(
                    f"/compare?left={previous.id}&right={version.id}" if previous else None
                ),
            )
        )
    return list(reversed(entries))


# --- Version page ------------------------------------------------------------------------------


class SectionRow(Protocol):
    """What a stored section offers the pages (the store's `Section` row)."""

    ordinal: int
    kind: str
    heading: str | None
    number: str | None
    level: int
    start: int
    end: int
    decided_by: str
    confidence: float


CHECK_KIND_BELOW = 0.6
"""A kind the model chose with less confidence than this is marked for an editor to check."""


@dataclass(frozen=True, slots=True)
class SectionView:
    """One section of the version page: its heading, kind and highlighted text."""

    anchor: str
    label: str
    kind: str
    kind_label: str
    level: int
    segments: list[TextSegment]
    kind_note: str = ""
    """How the kind was decided, in words ("read from the text by the model, 45 % sure")."""
    check_kind: bool = False
    """The kind is uncertain: an editor should check it."""


def kind_note(decided_by: str, confidence: float) -> str:
    """How a section's kind was decided, as an editor reads it."""
    if decided_by == "heading":
        return "kind from the heading's words"
    if decided_by == "cue":
        return "kind from the opening words"
    if decided_by == "correction":
        return "kind set by an editor"
    return f"kind read from the text, {round(confidence * 100)} % sure"


def _without_trailing_blank_lines(segments: list[TextSegment]) -> list[TextSegment]:
    """The blank lines closing a section only add space before the next section's rule."""
    while segments and not segments[-1].text.strip() and not segments[-1].anchors:
        segments.pop()
    if segments and not segments[-1].marked:
        last = segments[-1]
        segments[-1] = TextSegment(last.text.rstrip(), last.anchors, last.facts)
    return segments


@dataclass(frozen=True, slots=True)
class EvidenceGroup:
    """A fact's evidence in one section kind: "Corporate parenting: 1 2 3"."""

    kind_label: str
    anchors: tuple[str, ...]
    """Ids of the highlights, in document order."""


@dataclass(frozen=True, slots=True)
class FactView:
    """One row of the version page's facts table."""

    key: str
    label: str
    value: Any
    evidence: tuple[EvidenceGroup, ...]
    """Where the value was read, grouped by section kind."""

    @property
    def evidence_count(self) -> int:
        return sum(len(group.anchors) for group in self.evidence)


def _evidence_groups(key: str, evidence: Sequence[Mapping[str, Any]]) -> tuple[EvidenceGroup, ...]:
    groups: dict[str, list[str]] = {}
    for index, item in enumerate(evidence):
        if int(item["end"]) > int(item["start"]):
            kind = kind_label(str(item.get("section_kind") or "other"))
            groups.setdefault(kind, []).append(fact_anchor(key, index))
    return tuple(EvidenceGroup(kind, tuple(anchors)) for kind, anchors in groups.items())


@dataclass(frozen=True, slots=True)
class VersionPage:
    """Everything the version page shows besides the stored metadata."""

    sections: tuple[SectionView, ...]
    facts: tuple[FactView, ...]
    previous_id: int | None
    """The version before this one in the authority's timeline."""
    next_id: int | None


def build_version_page(
    version: Version,
    sections: Sequence[SectionRow],
    facts: Sequence[FactRow],
    history: Sequence[Version],
) -> VersionPage:
    """The outline, the text with every fact's evidence highlighted, and the facts table."""
    text = version.text
    spans = evidence_spans((fact.key, fact.evidence) for fact in facts)
    section_views = tuple(
        SectionView(
            anchor=f"section-{section.ordinal}",
            label=section.heading or kind_label(section.kind),
            kind=section.kind,
            kind_label=kind_label(section.kind),
            level=section.level,
            segments=_without_trailing_blank_lines(
                highlight_text(text, section.start, section.end, spans)
            ),
            kind_note=kind_note(section.decided_by, section.confidence),
            check_kind=section.decided_by == "model" and section.confidence < CHECK_KIND_BELOW,
        )
        for section in sections
    )
    fact_views = tuple(
        FactView(
            key=fact.key,
            label=fact_label(fact.key),
            value=fact.value,
            evidence=_evidence_groups(fact.key, fact.evidence),
        )
        for fact in facts
    )
    ids = [item.id for item in history]
    position = ids.index(version.id) if version.id in ids else -1
    return VersionPage(
        sections=section_views,
        facts=fact_views,
        previous_id=ids[position - 1] if position > 0 else None,
        next_id=ids[position + 1] if 0 <= position < len(ids) - 1 else None,
    )


__all__ = [
    "DESCRIPTIVE_FACT_KEYS",
    "FACT_LABELS",
    "OVERVIEW_FACT_KEYS",
    "ComparisonView",
    "DiffRow",
    "DiffSegment",
    "DivergenceView",
    "EvidenceSpan",
    "FactMatrixView",
    "HeatMapView",
    "SearchResultView",
    "TextSegment",
    "TimelineEntry",
    "VersionPage",
    "build_comparison_view",
    "build_fact_matrix",
    "build_heat_map",
    "build_search_results",
    "build_timeline",
    "build_version_page",
    "divergent_flags",
    "evidence_spans",
    "fact_anchor",
    "fact_label",
    "heat_bin",
    "highlight_spans",
    "highlight_text",
    "kind_label",
    "overview_keys",
]
