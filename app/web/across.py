"""View models for reading a chapter across authorities: the matrix page's stale citations, and
its sort and filter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.schemas.citations import CitationRead, citations_of
from app.store import DivergenceMatrix
from app.store.fact_queries import filter_matrix, sort_matrix


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
