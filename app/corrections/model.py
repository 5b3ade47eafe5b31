"""Editors' corrections of a reading, as the core applies them (no storage, no web)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.analysis import AnalyzedVersion


@dataclass(frozen=True, slots=True)
class SectionAnchor:
    """Where a corrected section begins, so that it is found again after a re-analysis.

    Offsets move when a newer analyser renders the source differently, so a section is known by
    its heading and its opening words; `start` only breaks ties between sections that open alike.
    """

    start: int
    """Offset of the section in the text it was corrected in."""
    heading: str | None
    """The section's heading, None when it has none."""
    opening: str
    """The first characters of the section's text (at most `OPENING_CHARS`)."""


@dataclass(frozen=True, slots=True)
class KindCorrection:
    """An editor's kind for one section."""

    section: SectionAnchor
    kind: str
    """The canonical kind slug the editor chose."""


@dataclass(frozen=True, slots=True)
class ValueCorrection:
    """An editor's value for one fact."""

    key: str
    """The fact's key ("leaving_care_support_age")."""
    value: Any
    """The JSON value the editor gave; None means "not stated"."""


Correction = KindCorrection | ValueCorrection


@dataclass(frozen=True, slots=True)
class CorrectionOutcome:
    """What became of one correction applied over a fresh reading."""

    correction: Correction
    applies: bool
    """False when its section (or fact) is no longer in the reading: kept, not applied."""
    original: Any
    """What the reading said without the correction (a kind or a fact value); None when the
    correction no longer applies."""
    section_index: int | None = None
    """The position of the corrected section in the corrected outline (kind corrections)."""


@dataclass(frozen=True, slots=True)
class CorrectedReading:
    """A reading with the editors' corrections applied over it."""

    analyzed: AnalyzedVersion
    """The corrected analysis: what comparisons, the matrix and the stored rows use."""
    outcomes: tuple[CorrectionOutcome, ...]
    """One per correction, in the order they were given."""
    fingerprint: str
    """A digest of the corrections that apply ("" when none): it changes whenever what they
    change does, so caches of anything derived from the reading can key on it."""
