"""Fact extractors of the children's services "Complaints and Representations Procedure" family.

The procedure's facts are its timescales (each stage's in working days, with any extension), who
may complain, and whether an advocate is offered; the amendment date, the page's update stamp and
the legislation list are read by the extractors every family shares (`common_extractors`). The
categories of complainant are data (`facts.toml`). A value is None when the text does not state
it: no extractor guesses.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from app.facts import (
    NUMBER_PATTERN,
    Evidence,
    Fact,
    ReadableOutline,
    SearchWords,
    read_trailing_number,
)
from app.families import common_extractors
from app.families.base import FactExtractor
from app.families.common_extractors import (
    amendment_date,
    fact_or_none,
    last_updated,
    legislation,
    legislation_count,
)
from app.text import Span

_DATA = tomllib.loads(Path(__file__).with_name("facts.toml").read_text(encoding="utf-8"))

STAGE_KINDS = ("stage_1", "stage_2", "stage_3")
"""The section kinds of the procedure's three stages, whose timescales are facts."""

_STAGE_NAMES = {
    "stage_1": re.compile(r"\bstage\s+(?:1|one)\b|\blocal resolution\b"),
    "stage_2": re.compile(r"\bstage\s+(?:2|two)\b"),
    "stage_3": re.compile(r"\bstage\s+(?:3|three)\b|\breview panel\b"),
}
"""How a sentence outside the stages' sections names the stage it is about."""

_WORKING_DAYS = re.compile(rf"\b(?P<count>{NUMBER_PATTERN})[\s-]+working[\s-]+days?\b")
_LEAD_IN = 48
"""Characters before a number where the words that make it an extension are looked for."""
_EXTENSION = re.compile(
    r"\b(?:extend\w*|extension|longer|up\s+to|maximum|at\s+most|further|additional|"
    r"or\s+within)\b[^.;]*$"
)
"""Words before a number of days that make it the extended timescale ("extendable to 20",
"up to 65", "a maximum of 20", "or within 30 … where"); "a further 10" adds to the first."""
_ADDED = re.compile(r"\b(?:further|additional)\b[^.;]*$")
_COMPLAINANT_WINDOW = re.compile(
    r"\b(?:you|complainants?|they|he|she)\s+(?:\w+\s+){0,3}?"
    r"(?:must|should|can|may|will\s+need\s+to|need\s+to|have|has)\s+(?:\w+\s+){0,4}?"
    r"(?:ask|request|tell|contact|write|let|say)\b"
)
"""A sentence giving the complainant's own time to ask for the next stage, not the council's."""


def _stage_of(reading: ReadableOutline, sentence: Span) -> str | None:
    kind = reading.section_kind_at(sentence.start)
    if kind in STAGE_KINDS:
        return kind
    named = [
        stage
        for stage, pattern in _STAGE_NAMES.items()
        if pattern.search(reading.lower, sentence.start, sentence.end)
    ]
    return named[0] if len(named) == 1 else None


def _days_in(reading: ReadableOutline, sentence: Span) -> list[tuple[int, str]]:
    """(days, role) of each "N working days" in `sentence`: role "base", "extended" or "added"."""
    found = []
    for match in _WORKING_DAYS.finditer(reading.lower, sentence.start, sentence.end):
        days = read_trailing_number(match.group("count"))
        if days is None:
            continue
        lead = reading.lower[max(sentence.start, match.start() - _LEAD_IN) : match.end("count")]
        if _ADDED.search(lead):
            found.append((days, "added"))
        elif _EXTENSION.search(lead):
            found.append((days, "extended"))
        else:
            found.append((days, "base"))
    return found


def _stage_sentences(reading: ReadableOutline) -> dict[str, list[Span]]:
    """The sentences stating the council's timescales, by stage, in text order."""
    if "stage_sentences" not in reading.memo:
        by_stage: dict[str, list[Span]] = {stage: [] for stage in STAGE_KINDS}
        for sentence in reading.sentences_containing("working day"):
            if _COMPLAINANT_WINDOW.search(reading.lower, sentence.start, sentence.end):
                continue
            stage = _stage_of(reading, sentence)
            if stage is not None:
                by_stage[stage].append(sentence)
        reading.memo["stage_sentences"] = by_stage
    found: dict[str, list[Span]] = reading.memo["stage_sentences"]
    return found


def _stage_timescale(reading: ReadableOutline, stage: str) -> Fact:
    """The stage's first timescale in working days, and its extension stated in the same
    sentence or the next one: {"working_days": 10, "extended_to": 20}."""
    key = f"{stage}_timescale"
    sentences = _stage_sentences(reading)[stage]
    for index, sentence in enumerate(sentences):
        days = _days_in(reading, sentence)
        base = next((count for count, role in days if role == "base"), None)
        if base is None:
            continue
        evidence = [reading.evidence(sentence)]
        extended = _extension(days, base)
        following = sentences[index + 1] if index + 1 < len(sentences) else None
        if extended is None and following is not None and _is_next(reading, sentence, following):
            extended = _extension(_days_in(reading, following), base)
            if extended is not None:
                evidence.append(reading.evidence(following))
        value = {"working_days": base, "extended_to": extended}
        return fact_or_none(key, value, *evidence)
    return fact_or_none(key, None)


def _extension(days: list[tuple[int, str]], base: int) -> int | None:
    for count, role in days:
        if role == "extended" and count > base:
            return count
        if role == "added":
            return base + count
    return None


def _is_next(reading: ReadableOutline, sentence: Span, following: Span) -> bool:
    after = reading.sentence_after(sentence)
    return after is not None and after.start == following.start


def stage_1_timescale(reading: ReadableOutline) -> Fact:
    """Working days for the Stage 1 (local resolution) response, with any extension."""
    return _stage_timescale(reading, "stage_1")


def stage_2_timescale(reading: ReadableOutline) -> Fact:
    """Working days for the Stage 2 investigation and adjudication, with any extension."""
    return _stage_timescale(reading, "stage_2")


def stage_3_timescale(reading: ReadableOutline) -> Fact:
    """Working days within which the Stage 3 review panel meets, with any extension."""
    return _stage_timescale(reading, "stage_3")


_COMPLAINANTS = tuple(
    (str(entry["who"]), tuple(re.compile(pattern) for pattern in entry["patterns"]))
    for entry in _DATA["who_can_complain"]
)


def who_can_complain(reading: ReadableOutline) -> Fact:
    """Who may complain, as the canonical categories of `facts.toml`, in that order; read in the
    sections about who can complain (None when the procedure has none)."""
    outline = reading.outline
    sections = [section for section in outline.sections if section.kind == "who_can_complain"]
    if not sections:
        return fact_or_none("who_can_complain", None)
    lower = outline.text.lower()
    found: list[str] = []
    evidence: list[Evidence] = []
    for who, patterns in _COMPLAINANTS:
        first = min(
            (
                match
                for pattern in patterns
                for section in sections
                if (match := pattern.search(lower, section.start, section.end)) is not None
            ),
            key=lambda match: match.start(),
            default=None,
        )
        if first is not None:
            found.append(who)
            evidence.append(reading.evidence_at_original(Span(first.start(), first.end())))
    return fact_or_none("who_can_complain", found or None, *evidence)


_ADVOCACY_OFFERED = re.compile(
    r"\b(?:offer\w*|provid\w*|arrang\w*|entitle\w*|right\s+to|free|help|support)\b"
)
_NOT_OFFERED = re.compile(
    r"\b(?:not|no|cannot)\s+(?:\w+\s+){0,2}?(?:offer\w*|provid\w*|available|arrang\w*)\b"
)


def advocate_offered(reading: ReadableOutline) -> Fact:
    """True where the procedure says an advocate is offered or provided to complainants; None
    where it does not say so (a silent procedure is not read as refusing one)."""
    for sentence in reading.sentences_containing("advoca"):
        lower = reading.lower[sentence.start : sentence.end]
        if _ADVOCACY_OFFERED.search(lower) and not _NOT_OFFERED.search(lower):
            return fact_or_none("advocate_offered", True, reading.evidence(sentence))
    return fact_or_none("advocate_offered", None)


EXTRACTORS: dict[str, FactExtractor] = {
    "amendment_date": amendment_date,
    "last_updated": last_updated,
    "stage_1_timescale": stage_1_timescale,
    "stage_2_timescale": stage_2_timescale,
    "stage_3_timescale": stage_3_timescale,
    "who_can_complain": who_can_complain,
    "advocate_offered": advocate_offered,
    "legislation": legislation,
    "legislation_count": legislation_count,
}
"""Fact key → extractor, in output order."""

SEARCH_WORDS = SearchWords((*common_extractors.SEARCH_WORDS, "working day", "advoca"))
"""Every word the extractors ask a reading for, found in one pass over each version."""
