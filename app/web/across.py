"""View models for reading a chapter across authorities: stale citations on the matrix page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.schemas.citations import CitationRead, citations_of
from app.store import DivergenceMatrix


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
