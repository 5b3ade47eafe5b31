"""Editors' corrections of a reading (a section's kind, a fact's value), applied over a fresh
analysis so that they survive re-analysis and win over what was read; pure (decision 0032)."""

from app.corrections.apply import OPENING_CHARS, anchor_of, apply_corrections, find_section
from app.corrections.model import (
    CorrectedReading,
    Correction,
    CorrectionOutcome,
    KindCorrection,
    SectionAnchor,
    ValueCorrection,
)

__all__ = [
    "OPENING_CHARS",
    "CorrectedReading",
    "Correction",
    "CorrectionOutcome",
    "KindCorrection",
    "SectionAnchor",
    "ValueCorrection",
    "anchor_of",
    "apply_corrections",
    "find_section",
]
