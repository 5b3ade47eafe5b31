"""The JSON shape of a question by fact across authorities."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict

from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.facts import EvidenceRead

_CONFIG = ConfigDict(use_attribute_docstrings=True)


class FactAnswerRead(BaseModel):
    """One authority's answer, from its version in force, with the evidence for it."""

    model_config = _CONFIG

    authority: AuthorityRead
    """The authority."""
    version_id: int
    """Its version in force on the date asked (`GET /api/v1/versions/{version_id}`)."""
    amendment_date: str | None
    """That version's amendment date as stated (ISO partial), if any."""
    effective_date: date
    """The date that version is taken to be in force from."""
    value: Any
    """The fact's value in that version; for `cites=`, the legislation items that match."""
    evidence: list[EvidenceRead]
    """Where the value was read in that version's text."""


class FactAnswersRead(BaseModel):
    """Each authority's current value of a fact, or the authorities that state a value or cite
    an instrument."""

    model_config = _CONFIG

    chapter: ChapterRead
    """The chapter."""
    as_of: date | None
    """The date asked for; null means each authority's latest version."""
    fact: str
    """The fact answered (`legislation` for a `cites=` question)."""
    value: str | None
    """The value asked for, if any: only authorities stating it are answers."""
    cites: str | None
    """The citation asked for, if any: only authorities whose legislation list cites it."""
    count: int
    """How many authorities answer."""
    answers: list[FactAnswerRead]
    """One per answering authority, by authority name."""


__all__ = ["FactAnswerRead", "FactAnswersRead"]
