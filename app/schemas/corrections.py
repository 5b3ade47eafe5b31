"""The JSON shape of editors' corrections of a version's reading."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class CorrectionCreate(BaseModel):
    """A correction: either a section's kind (`section_start` and `kind`) or a fact's value
    (`fact` and `value`), always with a reason."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")

    fact: str | None = Field(default=None, min_length=1, max_length=100)
    """Key of the fact to correct ("leaving_care_support_age")."""
    value: Any = None
    """The fact's right value, in the shape of the value read; null for "not stated"."""
    section_start: int | None = Field(default=None, ge=0, le=2**31 - 1)
    """`start` of the section to correct, as `GET /api/v1/versions/{id}/sections` gives it."""
    kind: str | None = Field(default=None, min_length=1, max_length=50)
    """The section's right kind ("values", "corporate_parenting"…)."""
    reason: str = Field(min_length=1, max_length=1000)
    """Why the reading is wrong, kept with the correction and shown with it."""

    @model_validator(mode="after")
    def _one_target(self) -> CorrectionCreate:
        if (self.fact is None) == (self.section_start is None):
            raise ValueError(
                "give either `fact` with `value`, or `section_start` with `kind`, not both"
            )
        if self.fact is not None and "value" not in self.model_fields_set:
            raise ValueError('`value` is required with `fact` (null means "not stated")')
        if self.fact is not None and self.kind is not None:
            raise ValueError("`kind` belongs to a section correction, not to a fact's")
        if self.section_start is not None and self.kind is None:
            raise ValueError("`kind` is required with `section_start`")
        return self


class CorrectionRead(BaseModel):
    """An editor's correction of the reading, with who made it, when, why, and what was read."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    id: int
    """The correction's id (withdraw it with `DELETE …/corrections/{id}`)."""
    target: Literal["section_kind", "fact_value"]
    """What was corrected: a section's kind or a fact's value."""
    fact: str | None
    """The corrected fact's key (fact corrections)."""
    section_start: int | None
    """Where the corrected section began when it was corrected (section corrections)."""
    section_heading: str | None
    """The corrected section's heading, if it has one (section corrections)."""
    value: Any
    """The editor's value: the fact's value, or the section's kind."""
    original: Any
    """What the reading said instead (as of the latest analysis that found it)."""
    applies: bool
    """False when the latest analysis no longer finds the section (or fact): the correction is
    kept, shown as no longer applying, and changes nothing."""
    reason: str
    """Why the editor corrected the reading."""
    corrected_by: str
    """Name of the write token the editor used."""
    corrected_at: datetime
    """When the correction was made."""


def correction_of(row: Any) -> CorrectionRead:
    """The representation of a stored correction (an ORM row)."""
    return CorrectionRead(
        id=row.id,
        target="fact_value" if row.fact_key is not None else "section_kind",
        fact=row.fact_key,
        section_start=row.section_start,
        section_heading=row.section_heading,
        value=row.value,
        original=row.original,
        applies=row.applies,
        reason=row.reason,
        corrected_by=row.corrected_by,
        corrected_at=row.corrected_at,
    )


__all__ = ["CorrectionCreate", "CorrectionRead", "correction_of"]
