"""The JSON shape of a chapter's common template and each authority's deviation from it."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field

from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead

_CONFIG = ConfigDict(use_attribute_docstrings=True)


class PassageRead(BaseModel):
    """A passage (a sentence or list item) of one section kind."""

    model_config = _CONFIG

    kind: str
    """The section kind it belongs to."""
    text: str
    """Its words as written."""


class DeviationRead(BaseModel):
    """One authority's version in force against the common template."""

    model_config = _CONFIG

    authority: AuthorityRead
    """The authority."""
    version_id: int
    """Its version in force."""
    similarity: float = Field(ge=0, le=1)
    """Share of the template's words this version keeps, over all kinds."""
    kinds: dict[str, float]
    """Section kind → share of that kind's template words kept (0 when the version lacks it)."""
    unique: list[PassageRead]
    """Passages only this authority has ("only Merton says…")."""
    missing: list[PassageRead]
    """Template passages nearly every other authority has and this one lacks."""


class TemplateRead(BaseModel):
    """The text the versions in force share, section kind by section kind."""

    model_config = _CONFIG

    chapter: ChapterRead
    """The chapter."""
    as_of: date | None
    """The date asked for; null means each authority's latest version."""
    median_version_id: int | None
    """The version closest to the template (the median council); `similarity?baseline=median`
    compares every authority with it."""
    kinds: dict[str, list[str]]
    """Section kind → the template's passages in reading order, each in its most common
    wording."""
    authorities: list[DeviationRead]
    """Each authority's deviation, by authority name."""


class PairVersionRead(BaseModel):
    """One row (and the same column) of an all-pairs grid."""

    model_config = _CONFIG

    authority: AuthorityRead
    """The authority."""
    version_id: int
    """Its version in force."""


class PairGridRead(BaseModel):
    """Every pair of authorities' versions in force compared, section kind by section kind."""

    model_config = _CONFIG

    chapter: ChapterRead
    """The chapter."""
    as_of: date | None
    """The date asked for; null means each authority's latest version."""
    versions: list[PairVersionRead]
    """The rows and columns of every grid, by authority name."""
    kinds: list[str]
    """The section kinds given, in the chapter family's order."""
    grids: dict[str, list[list[float | None]]]
    """Section kind → `versions` by `versions`: the share of that kind's passage words the two
    versions have in common (Dice, rounded to 4 places); null where neither has the kind."""


__all__ = [
    "DeviationRead",
    "PairGridRead",
    "PairVersionRead",
    "PassageRead",
    "TemplateRead",
]
