"""Facts and sections across authorities (the matrix page, and the overview's key facts): values
that differ from the norm marked, sections against a baseline, stale citations, sort and filter."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.schemas.citations import CitationRead, citations_of
from app.store import DivergenceMatrix, SimilarityGrid
from app.store.fact_queries import filter_matrix, sort_matrix
from app.store.matrix import SimilarityRow
from app.store.templates import ChapterTemplate
from app.web.pages.words import DESCRIPTIVE_FACT_KEYS, fact_anchor, fact_label, kind_label

OVERVIEW_FACT_KEYS: tuple[str, ...] = (
    "leaving_care_support_age",
    "permanence_plan_months",
    "corporate_parenting_principles",
)
"""Key facts the overview shows when the chapter has them (else its family's first three)."""


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
    """True when some authority states other than what most state."""
    norm: MajorityValue | None = None
    """The value a majority of the authorities stating the fact state, None when none has a
    majority (then nothing is marked: there is no norm to differ from)."""
    stating: int = 0
    """How many authorities state the fact at all."""


@dataclass(frozen=True, slots=True)
class MajorityValue:
    """The most common value of a fact, stated by more than half of those stating it."""

    value: Any
    count: int


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
    def has_norms(self) -> bool:
        return any(column.key not in DESCRIPTIVE_FACT_KEYS for column in self.columns)

    @property
    def compared_count(self) -> int:
        """Facts about the policy (not the document), those that can diverge."""
        return sum(1 for column in self.columns if column.key not in DESCRIPTIVE_FACT_KEYS)

    @property
    def has_amendment_dates(self) -> bool:
        return any(column.key == "amendment_date" for column in self.columns)


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def majority_value(values: Sequence[Any]) -> MajorityValue | None:
    """The value more than half of the stated (non-null) values are, if one is."""
    stated = [value for value in values if value is not None]
    if not stated:
        return None
    key, count = Counter(_canonical(value) for value in stated).most_common(1)[0]
    if count * 2 <= len(stated):
        return None
    return MajorityValue(next(v for v in stated if _canonical(v) == key), count)


def divergent_flags(values: Sequence[Any]) -> list[bool]:
    """Which values differ from the one a majority of those stating the fact state. Without a
    majority nothing is marked (no value is the norm), nor is a value not stated."""
    norm = majority_value(values)
    if norm is None:
        return [False] * len(values)
    key = _canonical(norm.value)
    return [value is not None and _canonical(value) != key for value in values]


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
            divergent=any(flags_by_key[key]),
            norm=(
                None
                if key in DESCRIPTIVE_FACT_KEYS
                else majority_value([row.cells[key].value for row in matrix.rows])
            ),
            stating=sum(1 for row in matrix.rows if row.cells[key].value is not None),
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
    """The comparison of the baseline with this authority's version, at this section."""
    missing: str = ""
    """Why there is no number: "not in the baseline", "no such section" (a percentage there
    would read as "completely different")."""


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

    baseline_id: int | None
    """None when the baseline is the common template."""
    baseline_label: str
    columns: tuple[HeatColumn, ...]
    rows: tuple[HeatRow, ...]


def heat_bin(similarity: float) -> int:
    """Which fifth of [0, 1] a similarity falls in (1.0 in the top one)."""
    return min(4, max(0, int(similarity * 5)))


_MISSING = {"added": "not in the baseline", "removed": "no such section"}
"""A cell's status against the baseline when one side has no section of its kind."""


def _heat_cell(baseline_id: int | None, row: SimilarityRow, kind: str) -> HeatCell:
    cell = row.cells[kind]
    missing = _MISSING.get(cell.status or "", "")
    return HeatCell(
        similarity=None if missing else cell.similarity,
        bin=heat_bin(cell.similarity or 0.0),
        url=f"#template-{row.version_id}"
        if baseline_id is None
        else f"/compare?left={baseline_id}&right={row.version_id}#kind-{kind}",
        missing=missing,
    )


def build_heat_map(grid: SimilarityGrid, baseline_label: str) -> HeatMapView:
    """Authorities by section kinds, each cell opening the comparison with the baseline."""
    columns = tuple(HeatColumn(kind, kind_label(kind)) for kind in grid.kinds)
    rows = tuple(
        HeatRow(
            label=row.authority_name,
            is_sample=row.is_sample,
            version_id=row.version_id,
            cells=tuple(_heat_cell(grid.baseline_version_id, row, kind) for kind in grid.kinds),
        )
        for row in grid.rows
    )
    return HeatMapView(grid.baseline_version_id, baseline_label, columns, rows)


@dataclass(frozen=True, slots=True)
class TemplatePassage:
    """A passage of one section kind, labelled for reading."""

    kind_label: str
    text: str


@dataclass(frozen=True, slots=True)
class TemplateDeviation:
    """One council against the common template: what only it says, what it leaves out."""

    version_id: int
    label: str
    version_url: str
    similarity: float
    unique: tuple[TemplatePassage, ...]
    missing: tuple[TemplatePassage, ...]


def build_template_deviations(found: ChapterTemplate) -> tuple[TemplateDeviation, ...]:
    """Every council in force against the common template, by authority name."""
    rows = []
    for version_id, version in found.versions.items():
        deviation = found.template.deviations[str(version_id)]
        rows.append(
            TemplateDeviation(
                version_id=version_id,
                label=version.authority.name,
                version_url=f"/versions/{version_id}",
                similarity=deviation.overall,
                unique=tuple(TemplatePassage(kind_label(k), t) for k, t in deviation.unique),
                missing=tuple(TemplatePassage(kind_label(k), t) for k, t in deviation.missing),
            )
        )
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class StaleCitationRow:
    """An authority whose version in force cites superseded instruments."""

    authority_name: str
    version_url: str
    items: tuple[CitationRead, ...]


def stale_citation_rows(matrix: DivergenceMatrix, on: date | None) -> tuple[StaleCitationRow, ...]:
    """The authorities of `matrix` citing an edition superseded by `on`, in the matrix's order."""
    rows = []
    for row in matrix.rows:
        cell = row.cells.get("legislation")
        stale = tuple(
            item
            for item in citations_of(matrix.chapter_slug, cell.value if cell else None, on)
            if item.status == "superseded"
        )
        if stale:
            rows.append(StaleCitationRow(row.authority_name, f"/versions/{row.version_id}", stale))
    return tuple(rows)


@dataclass(frozen=True, slots=True)
class MatrixControls:
    """The matrix page's sort and filter, echoed back into its form (works without scripts)."""

    sort: str = "authority"
    descending: bool = False
    fact: str = ""
    value: str = ""

    @property
    def filtered(self) -> bool:
        return bool(self.fact and self.value)


def matrix_controls(
    sort: str | None, order: str | None, fact: str | None, value: str | None
) -> MatrixControls:
    return MatrixControls(
        sort=sort or "authority",
        descending=order == "desc",
        fact=fact or "",
        value=(value or "").strip(),
    )


def shape_matrix(matrix: DivergenceMatrix, controls: MatrixControls) -> DivergenceMatrix:
    """The matrix filtered to the authorities stating the value asked for, then sorted."""
    if controls.filtered:
        matrix = filter_matrix(matrix, controls.fact, controls.value)
    return sort_matrix(matrix, controls.sort, controls.descending)
