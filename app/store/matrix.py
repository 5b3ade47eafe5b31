"""A chapter across authorities: the divergence matrix of facts, and the section-similarity grid.

The matrix reads stored facts only (no analysis per request), in three queries, so it stays fast
for hundreds of authorities. The grid compares each authority's version with a baseline through
the comparison cache.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.diff import CompareOptions
from app.errors import UnknownFamily
from app.families import get_family
from app.store.catalog import current_versions, get_chapter_or_raise
from app.store.comparisons import compare_versions
from app.store.db import read_transaction
from app.store.models import Fact
from app.store.templates import ChapterTemplate
from app.store.versions import analyzed_version_of, get_version_or_raise


@dataclass(frozen=True, slots=True)
class MatrixCell:
    """One authority's value of one fact."""

    value: Any
    """The fact's JSON value; None when the version does not state it."""
    evidence: list[dict[str, Any]]
    """Where it was read: [{section_kind, start, end, quote}] in the version's text."""


@dataclass(frozen=True, slots=True)
class MatrixRow:
    """An authority and its version in force."""

    authority_slug: str
    authority_name: str
    is_sample: bool
    version_id: int
    amendment_date: str | None
    effective_date: date
    cells: dict[str, MatrixCell]
    """Fact key → cell, for every key of the matrix (a missing fact row reads as None)."""


@dataclass(frozen=True, slots=True)
class DivergenceMatrix:
    """Authorities by facts for one chapter as of a date."""

    chapter_slug: str
    chapter_title: str
    as_of: date | None
    """The date asked for; None means each authority's latest version."""
    fact_keys: list[str]
    """Columns, in the chapter family's order."""
    rows: list[MatrixRow]
    """One row per authority with a version in force, by authority name."""
    divergent_keys: list[str]
    """Keys whose values differ between at least two rows (None counts as a value)."""


@dataclass(frozen=True, slots=True)
class SimilarityCell:
    similarity: float | None
    """Similarity in [0, 1] of this section kind with the baseline's; None if neither has it."""
    status: str | None
    """The section's status against the baseline (unchanged, changed, added, removed, moved)."""


@dataclass(frozen=True, slots=True)
class SimilarityRow:
    authority_slug: str
    authority_name: str
    is_sample: bool
    version_id: int
    cells: dict[str, SimilarityCell]
    """Section kind → cell, for every kind of the grid."""
    similarity: float
    """The whole version's similarity with the baseline."""


@dataclass(frozen=True, slots=True)
class SimilarityGrid:
    """Authorities by section kinds: how close each authority's sections are to a baseline's."""

    chapter_slug: str
    as_of: date | None
    baseline_version_id: int | None
    """The version compared with; None when the baseline is the common template."""
    kinds: list[str]
    """Columns: section kinds present on either side, in the family's order, "other" last."""
    rows: list[SimilarityRow]


def divergence_matrix(
    *, session: Session, chapter_slug: str, as_of: date | None = None
) -> DivergenceMatrix:
    """Each authority's facts for the chapter as of `as_of` (NotFound for an unknown chapter)."""
    chapter = get_chapter_or_raise(session=session, slug=chapter_slug)
    versions = current_versions(session=session, chapter_slug=chapter_slug, as_of=as_of)
    ids = [version.id for version in versions]
    with read_transaction(session):
        fact_rows = session.execute(
            select(Fact.version_id, Fact.key, Fact.value, Fact.evidence)
            .where(Fact.version_id.in_(ids))
            .order_by(Fact.version_id, Fact.ordinal)
        ).all()
    by_version: dict[int, dict[str, MatrixCell]] = {version_id: {} for version_id in ids}
    seen_keys: list[str] = []
    for version_id, key, value, evidence in fact_rows:
        by_version[version_id][key] = MatrixCell(value=value, evidence=evidence)
        if key not in seen_keys:
            seen_keys.append(key)
    fact_keys = _family_order(chapter_slug, seen_keys)
    empty = MatrixCell(value=None, evidence=[])
    rows = [
        MatrixRow(
            authority_slug=version.authority.slug,
            authority_name=version.authority.name,
            is_sample=version.authority.is_sample,
            version_id=version.id,
            amendment_date=version.amendment_date,
            effective_date=version.effective_date,
            cells={key: by_version[version.id].get(key, empty) for key in fact_keys},
        )
        for version in versions
    ]
    divergent = [
        key for key in fact_keys if len({_canonical(row.cells[key].value) for row in rows}) > 1
    ]
    return DivergenceMatrix(
        chapter_slug=chapter.slug,
        chapter_title=chapter.title,
        as_of=as_of,
        fact_keys=fact_keys,
        rows=rows,
        divergent_keys=divergent,
    )


def section_similarity_grid(
    *,
    session: Session,
    chapter_slug: str,
    baseline_id: int,
    as_of: date | None = None,
    options: CompareOptions | None = None,
) -> SimilarityGrid:
    """Each authority's version in force, compared section by section with the baseline version.

    For a kind appearing more than once on a side, the best-matching pair counts.
    """
    get_chapter_or_raise(session=session, slug=chapter_slug)
    get_version_or_raise(session=session, version_id=baseline_id)
    versions = current_versions(session=session, chapter_slug=chapter_slug, as_of=as_of)
    compare_options = options or CompareOptions()
    analyzed = cache(analyzed_version_of)  # the baseline is analysed once for the whole grid
    rows: list[SimilarityRow] = []
    seen_kinds: list[str] = []
    for version in versions:
        comparison = compare_versions(
            session=session,
            left_id=baseline_id,
            right_id=version.id,
            options=compare_options,
            analyzed=analyzed,
        )
        cells: dict[str, SimilarityCell] = {}
        for change in comparison.sections:
            side = change.right or change.left
            if side is None:
                continue
            best = cells.get(side.kind)
            if best is None or (best.similarity or 0.0) < change.similarity:
                cells[side.kind] = SimilarityCell(
                    similarity=change.similarity, status=change.status
                )
            if side.kind not in seen_kinds:
                seen_kinds.append(side.kind)
        rows.append(
            SimilarityRow(
                authority_slug=version.authority.slug,
                authority_name=version.authority.name,
                is_sample=version.authority.is_sample,
                version_id=version.id,
                cells=cells,
                similarity=comparison.totals.similarity,
            )
        )
    kinds = kind_order(chapter_slug, seen_kinds)
    missing = SimilarityCell(similarity=None, status=None)
    for row in rows:
        for kind in kinds:
            row.cells.setdefault(kind, missing)
    return SimilarityGrid(
        chapter_slug=chapter_slug,
        as_of=as_of,
        baseline_version_id=baseline_id,
        kinds=kinds,
        rows=rows,
    )


def template_similarity_grid(found: ChapterTemplate) -> SimilarityGrid:
    """Each authority's version in force against the common template, section kind by kind.

    A cell is the share of that kind's template words the version keeps; it is "unchanged"
    when the version keeps them all and adds no words of its own there, "removed" when the
    version has no section of a kind the template has, "added" when the template has no text
    of a kind the version has.
    """
    template = found.template
    seen_kinds: list[str] = list(template.texts)
    rows: list[SimilarityRow] = []
    for version_id, version in found.versions.items():
        deviation = template.deviations[str(version_id)]
        cells: dict[str, SimilarityCell] = {}
        for kind in sorted(deviation.kinds | set(template.texts)):
            if kind not in seen_kinds:
                seen_kinds.append(kind)
            if kind not in template.texts:
                cells[kind] = SimilarityCell(similarity=0.0, status="added")
            elif kind not in deviation.kinds:
                cells[kind] = SimilarityCell(similarity=0.0, status="removed")
            else:
                kept = deviation.similarity.get(kind, 0.0)
                same = kept >= 1.0 and not deviation.extra.get(kind)
                cells[kind] = SimilarityCell(
                    similarity=kept, status="unchanged" if same else "changed"
                )
        rows.append(
            SimilarityRow(
                authority_slug=version.authority.slug,
                authority_name=version.authority.name,
                is_sample=version.authority.is_sample,
                version_id=version_id,
                cells=cells,
                similarity=deviation.overall,
            )
        )
    kinds = kind_order(found.chapter_slug, seen_kinds)
    missing = SimilarityCell(similarity=None, status=None)
    for row in rows:
        for kind in kinds:
            row.cells.setdefault(kind, missing)
    return SimilarityGrid(
        chapter_slug=found.chapter_slug,
        as_of=found.as_of,
        baseline_version_id=None,
        kinds=kinds,
        rows=rows,
    )


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def _family_order(chapter_slug: str, seen: list[str]) -> list[str]:
    try:
        declared = list(get_family(chapter_slug).extractors)
    except UnknownFamily:
        return seen
    return declared + [key for key in seen if key not in declared]


def kind_order(chapter_slug: str, seen: list[str]) -> list[str]:
    """`seen` section kinds in the chapter family's order, unknown ones after, "other" last."""
    try:
        declared = [kind.slug for kind in get_family(chapter_slug).kinds]
    except UnknownFamily:
        declared = []
    ordered = [kind for kind in declared if kind in seen]
    ordered += [kind for kind in seen if kind not in ordered and kind != "other"]
    if "other" in seen:
        ordered.append("other")
    return ordered


__all__ = [
    "DivergenceMatrix",
    "MatrixCell",
    "MatrixRow",
    "SimilarityCell",
    "SimilarityGrid",
    "SimilarityRow",
    "divergence_matrix",
    "kind_order",
    "section_similarity_grid",
    "template_similarity_grid",
]
