"""Applying editors' corrections over a fresh reading: kinds first, then the facts are read
again from the corrected outline, then the editors' values win over what was read."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Protocol

from app.analysis import AnalyzedVersion
from app.corrections.model import (
    CorrectedReading,
    Correction,
    CorrectionOutcome,
    KindCorrection,
    SectionAnchor,
    ValueCorrection,
)
from app.facts import Fact, extract_facts, read_outline
from app.families import Family
from app.sections import Section

OPENING_CHARS = 120
"""How much of a section's opening text identifies it again after a re-analysis."""


def anchor_of(section: Section) -> SectionAnchor:
    """What finds `section` again in a later reading of the same source."""
    return SectionAnchor(
        start=section.start, heading=section.heading, opening=section.text[:OPENING_CHARS]
    )


class SectionLike(Protocol):
    """What finding a section reads: a core `Section`, or a stored one."""

    @property
    def heading(self) -> str | None: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...


def find_section(sections: Sequence[SectionLike], anchor: SectionAnchor) -> int | None:
    """The index of the section `anchor` names: same heading, opening with the same words (the
    nearest to its old offset if several do); None when no section does any more."""
    candidates = [
        index
        for index, section in enumerate(sections)
        if section.heading == anchor.heading and section.text.startswith(anchor.opening)
    ]
    return min(
        candidates, key=lambda index: abs(sections[index].start - anchor.start), default=None
    )


def apply_corrections(
    analyzed: AnalyzedVersion, corrections: Sequence[Correction], family: Family
) -> CorrectedReading:
    """`analyzed` with `corrections` applied, and what became of each.

    A corrected kind is marked `decided_by="correction"` (confidence 1), and the facts are read
    again from the corrected outline, since extractors look for facts in sections of given
    kinds; a corrected value then replaces the value read, keeping the evidence and the other
    values the text states. A correction whose section or fact is no longer in the reading is
    reported as not applying, never dropped. The text, and so the tiling, is never touched.
    """
    fresh_sections = analyzed.outline.sections
    sections = list(fresh_sections)
    outcomes: list[CorrectionOutcome | None] = [None] * len(corrections)
    for position, correction in enumerate(corrections):
        if not isinstance(correction, KindCorrection):
            continue
        index = find_section(fresh_sections, correction.section)
        if index is None:
            outcomes[position] = CorrectionOutcome(correction, applies=False, original=None)
            continue
        sections[index] = replace(
            sections[index], kind=correction.kind, decided_by="correction", confidence=1.0
        )
        outcomes[position] = CorrectionOutcome(
            correction, applies=True, original=fresh_sections[index].kind, section_index=index
        )
    corrected = analyzed
    if tuple(sections) != fresh_sections:
        outline = replace(analyzed.outline, sections=tuple(sections))
        reading = read_outline(outline, family.search_words)
        corrected = replace(
            analyzed,
            outline=outline,
            facts=tuple(extract_facts(reading, family.extractors)),
            local_names=family.local_names(reading),
        )
    facts = list(corrected.facts)
    for position, correction in enumerate(corrections):
        if not isinstance(correction, ValueCorrection):
            continue
        index = next((i for i, fact in enumerate(facts) if fact.key == correction.key), None)
        if index is None:
            outcomes[position] = CorrectionOutcome(correction, applies=False, original=None)
            continue
        original = _read_value(corrected.facts, correction.key)
        facts[index] = replace(facts[index], value=correction.value)
        outcomes[position] = CorrectionOutcome(correction, applies=True, original=original)
    if facts != list(corrected.facts):
        corrected = replace(corrected, facts=tuple(facts))
    done = tuple(outcome for outcome in outcomes if outcome is not None)
    return CorrectedReading(analyzed=corrected, outcomes=done, fingerprint=_fingerprint(done))


def _read_value(facts: Sequence[Fact], key: str) -> Any:
    return next(fact.value for fact in facts if fact.key == key)


def _fingerprint(outcomes: Sequence[CorrectionOutcome]) -> str:
    applied: list[list[Any]] = []
    for outcome in outcomes:
        if not outcome.applies:
            continue
        correction = outcome.correction
        if isinstance(correction, KindCorrection):
            applied.append(["kind", outcome.section_index, correction.kind])
        else:
            applied.append(["value", correction.key, correction.value])
    if not applied:
        return ""
    canonical = json.dumps(applied, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()
