"""The JSON shape of a parsed version (`policydiff parse --json`, and the API's version detail)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.analysis import AnalyzedVersion
from app.facts import Fact
from app.ingest import SourceFormat
from app.schemas.citations import CitationRead, citations_of
from app.schemas.facts import FactRead
from app.schemas.sections import SectionRead


class ParsedVersionRead(BaseModel):
    """A version read into sections and facts by one chapter family's rules."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    title: str | None
    """The document's title line, if one was found."""
    source_format: SourceFormat
    """Format of the original bytes: "text", "markdown" or "html"."""
    sha256: str
    """Hex SHA-256 of the original bytes."""
    family: str
    """Slug of the chapter family whose rules were applied."""
    analyzer_version: str
    """Version of the analyser that produced the sections and facts."""
    sections: list[SectionRead]
    """Sections in document order; their texts concatenate to the version's text."""
    facts: dict[str, FactRead]
    """Facts by key, in the family's order."""
    citations: list[CitationRead] = []
    """The `legislation` fact's items in order, each current or superseded (and by what), read
    against the chapter family's data as of today."""

    @classmethod
    def from_analyzed(cls, analyzed: AnalyzedVersion) -> ParsedVersionRead:
        """The contract view of an analysis result."""
        return cls(
            title=analyzed.outline.title,
            source_format=analyzed.source.source_format,
            sha256=analyzed.source.sha256,
            family=analyzed.family,
            analyzer_version=analyzed.analyzer_version,
            sections=[SectionRead.model_validate(section) for section in analyzed.outline.sections],
            facts={fact.key: FactRead.model_validate(fact) for fact in analyzed.facts},
            citations=citations_of(analyzed.family, _value(analyzed.fact("legislation"))),
        )


def _value(fact: Fact | None) -> object:
    return None if fact is None else fact.value
