"""A chapter across authorities: the divergence matrix of facts and the section-similarity grid."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.citations import CitationRead
from app.schemas.facts import EvidenceRead

_CONFIG = ConfigDict(use_attribute_docstrings=True)


class MatrixCellRead(BaseModel):
    """One authority's value of one fact."""

    model_config = _CONFIG

    value: Any
    """The fact's value; null when the authority's version does not state it."""
    evidence: list[EvidenceRead]
    """Where the value was read in that version's text."""
    divergent: bool
    """True when authorities in this matrix do not all have the same value for this fact."""


class MatrixRowRead(BaseModel):
    """An authority and the facts of its version in force."""

    model_config = _CONFIG

    authority: AuthorityRead
    """The authority."""
    version_id: int
    """The version in force on the matrix's date (`GET /api/v1/versions/{version_id}`)."""
    amendment_date: str | None
    """That version's amendment date as stated (ISO partial), if any."""
    effective_date: date
    """The date that version is taken to be in force from."""
    cells: dict[str, MatrixCellRead]
    """Fact key → this authority's value, for every key in `facts`."""
    citations: list[CitationRead] = Field(default_factory=list)
    """The `legislation` items of this version, each current or superseded as of the matrix's
    date (today when it has none)."""


class MatrixRead(BaseModel):
    """Authorities by facts for one chapter as of a date, with the divergent facts marked."""

    model_config = _CONFIG

    chapter: ChapterRead
    """The chapter."""
    as_of: date | None
    """The date asked for; null means each authority's latest version."""
    facts: list[str]
    """The columns: fact keys in the chapter family's order."""
    divergent: list[str]
    """The fact keys whose values differ between at least two authorities (null counts)."""
    rows: list[MatrixRowRead]
    """One row per authority with a version in force by `as_of`, by authority name."""


class SimilarityCellRead(BaseModel):
    """How one authority's section of one kind compares with the baseline's."""

    model_config = _CONFIG

    similarity: float | None = Field(ge=0, le=1)
    """Share of words kept between the two sections, in [0, 1] (against the template: share of
    the template's words of this kind the version keeps); null when neither side has a section
    of this kind."""
    status: Literal["unchanged", "changed", "added", "removed", "moved"] | None
    """The section's status against the baseline: "added" when only this authority has it,
    "removed" when only the baseline has it."""


class SimilarityRowRead(BaseModel):
    """One authority's version in force, compared with the baseline section by section."""

    model_config = _CONFIG

    authority: AuthorityRead
    """The authority."""
    version_id: int
    """Its version in force (the right side of each comparison; the baseline is the left)."""
    similarity: float = Field(ge=0, le=1)
    """Similarity of the whole version with the baseline."""
    cells: dict[str, SimilarityCellRead]
    """Section kind → cell, for every kind in `kinds`."""


class SimilarityGridRead(BaseModel):
    """Authorities by section kinds: how close each authority's sections are to a baseline's."""

    model_config = _CONFIG

    chapter: ChapterRead
    """The chapter."""
    as_of: date | None
    """The date asked for; null means each authority's latest version."""
    baseline: Literal["template", "version"] = "version"
    """What every authority is compared with: the chapter's common template (the text the
    versions in force share, `GET /api/v1/chapters/{chapter}/template`) or one version."""
    baseline_version_id: int | None
    """The version every authority is compared with; null when the baseline is the template."""
    kinds: list[str]
    """The columns: section kinds in the chapter family's order, "other" last."""
    rows: list[SimilarityRowRead]
    """One row per authority with a version in force by `as_of`, by authority name."""


__all__ = [
    "MatrixCellRead",
    "MatrixRead",
    "MatrixRowRead",
    "SimilarityCellRead",
    "SimilarityGridRead",
    "SimilarityRowRead",
]
