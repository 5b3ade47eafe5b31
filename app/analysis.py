"""The one pipeline (ingest → sections → facts) shared by the CLI, the store and the tests."""

from __future__ import annotations

from dataclasses import dataclass

from app.facts import Fact, ReadableOutline, extract_facts, read_outline
from app.families import Family
from app.ingest import SourceText
from app.sections import Outline, split_sections

ANALYZER_VERSION = "38"
"""Bumped whenever sectioning or fact extraction changes what they produce for the same bytes."""


@dataclass(frozen=True, slots=True)
class AnalyzedVersion:
    """A source read into sections and facts by one family's rules."""

    source: SourceText
    """The decoded source."""
    outline: Outline
    """Sections tiling `source.text`."""
    facts: tuple[Fact, ...]
    """One fact per extractor of the family, in the family's order."""
    family: str
    """Slug of the family whose rules were applied."""
    local_names: tuple[str, ...]
    """The authority's own names and brands found in the text."""
    analyzer_version: str = ANALYZER_VERSION
    """Version of the analyser that produced this, so derived rows can be rebuilt."""

    @property
    def text(self) -> str:
        return self.source.text

    def fact(self, key: str) -> Fact | None:
        return next((fact for fact in self.facts if fact.key == key), None)


def read_sections(source: SourceText, family: Family) -> ReadableOutline:
    """Section `source` by `family`'s kinds and ready it for the fact readers: the one way a
    text is sectioned, shared by `analyze` and the scripts that train on annotated documents, so
    what they learn from is what the product reads."""
    outline = split_sections(
        source.text,
        family.kinds,
        syntax=source.text_syntax,
        model=family.kind_model.get(),
        no_kind_headings=family.other_heading_cues,
    )
    return read_outline(outline, family.search_words, source.front_matter)


def analyze(source: SourceText, family: Family) -> AnalyzedVersion:
    """Section `source` and read its facts by `family`'s rules; never raises on any text."""
    reading = read_sections(source, family)
    facts = extract_facts(reading, family.extractors)
    return AnalyzedVersion(
        source=source,
        outline=reading.outline,
        facts=tuple(facts),
        family=family.slug,
        local_names=family.local_names(reading),
    )
