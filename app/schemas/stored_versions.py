"""Stored versions as the API lists and reads them: provenance, dates, hashes, facts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.ingest import SourceFormat
from app.schemas.authorities import AuthorityRead
from app.schemas.chapters import ChapterRead
from app.schemas.citations import CitationRead, citations_of
from app.schemas.corrections import CorrectionRead, correction_of
from app.schemas.facts import FactRead
from app.schemas.pagination import PageRead
from app.schemas.sections import BlockRead, SectionRead


class VersionSummaryRead(BaseModel):
    """One immutable text of one authority's chapter, without its facts and text."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    id: int
    """The version's id, stable for ever."""
    authority: AuthorityRead
    """The authority that published it."""
    chapter: ChapterRead
    """The chapter it is a version of."""
    title: str | None
    """The document's title line, if it has one."""
    amendment_date: str | None
    """Amendment date as the document states it, ISO partial: `"2024"`, `"2024-05"` or
    `"2024-05-22"`; null when the document states none."""
    amendment_precision: Literal["year", "month", "day"] | None
    """How much of `amendment_date` the document states."""
    effective_date: date
    """The date the version is taken to be in force from, used for timelines and "as of": the
    first day of the amendment period, else the last-updated date, else when it was retrieved or
    ingested."""
    last_updated: date | None
    """The "Last updated" date printed on the page, if any."""
    version_label: str | None
    """The version label as printed ("v27"), if any."""
    source_format: SourceFormat
    """The format the original bytes were read as."""
    filename: str
    """The file name the bytes were uploaded with (may be empty)."""
    sha256: str
    """Hex SHA-256 of the original bytes; uploading the same bytes again returns this version."""
    source_url: str | None
    """Where the document was published, if the uploader said."""
    retrieved_at: datetime | None
    """When the document was fetched from `source_url`, if known."""
    ingested_at: datetime
    """When policydiff stored the version."""
    analyzer_version: str
    """Version of the analyser whose sections and facts are served; a re-analysis changes it."""


class VersionRead(VersionSummaryRead):
    """A version with its text and facts."""

    size_bytes: int = Field(ge=0)
    """Size of the original bytes."""
    text: str
    """The normalised text; sections, facts' evidence and comparisons index into it."""
    facts: dict[str, FactRead]
    """Every fact the chapter family reads, by key in the family's order, as
    `policydiff parse --json` prints them."""
    citations: list[CitationRead] = []
    """The `legislation` fact's items in order, each current or superseded (and by what), read
    against the chapter family's data as of today."""
    corrections: list[CorrectionRead] = []
    """Editors' corrections of the reading, oldest first: the sections and facts above already
    show the corrected kinds and values; each correction says who, when, why, and what was
    read."""


class VersionPageRead(PageRead[VersionSummaryRead]):
    """A page of versions, newest effective date first."""


class TimelineRead(BaseModel):
    """An authority's versions of one chapter, oldest first."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    authority: AuthorityRead
    """The authority."""
    chapter: ChapterRead
    """The chapter."""
    versions: list[VersionSummaryRead]
    """Its versions by effective date, oldest first; the last one is in force today."""


class VersionCreate(BaseModel):
    """Where an uploaded file belongs, sent as query parameters or multipart form fields."""

    model_config = ConfigDict(use_attribute_docstrings=True, extra="forbid")

    authority: str = Field(min_length=1, max_length=100, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
    """Slug of the publishing authority ("merton"); a new slug creates the authority."""
    authority_name: str | None = Field(default=None, min_length=1, max_length=200)
    """Name for a new authority ("London Borough of Merton"); ignored for an existing one."""
    chapter: str | None = Field(
        default=None, min_length=1, max_length=100, pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
    )
    """Slug of the chapter family; the default family when left out."""
    source_url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://\S+$")
    """Where the document is published (http or https)."""
    filename: str | None = Field(default=None, max_length=300)
    """The file's name, used to detect its format when the body is sent raw."""
    format: SourceFormat | None = None
    """The source format, when it should not be detected from the content and media type."""


def section_of(section: Any) -> SectionRead:
    """The representation of a stored section (an ORM row), its blocks' text cut from its own."""
    text: str = section.text
    return SectionRead(
        kind=section.kind,
        heading=section.heading,
        number=section.number,
        level=section.level,
        start=section.start,
        end=section.end,
        text=text,
        decided_by=section.decided_by,
        confidence=section.confidence,
        blocks=[
            BlockRead(
                type=block["type"],
                start=block["start"],
                end=block["end"],
                level=block["level"],
                number=block["number"],
                text=text[block["start"] - section.start : block["end"] - section.start],
                content_start=block.get("content_start", -1),
                content_end=block.get("content_end", -1),
            )
            for block in section.blocks
        ],
    )


def summary_of(version: Any) -> VersionSummaryRead:
    """The summary of a stored version (an ORM row); its bytes, text and facts are not loaded."""
    return VersionSummaryRead.model_validate(
        {name: getattr(version, name) for name in VersionSummaryRead.model_fields}
    )


def detail_of(version: Any) -> VersionRead:
    """The full representation of a stored version (an ORM row, in an open session)."""
    fields = {name: getattr(version, name) for name in VersionSummaryRead.model_fields}
    return VersionRead.model_validate(
        {
            **fields,
            "size_bytes": len(version.data),
            "text": version.text,
            "facts": facts_by_key(version.facts),
            "citations": citations_of(version.chapter.slug, legislation_of(version)),
            "corrections": [correction_of(row) for row in version.corrections],
        }
    )


def legislation_of(version: Any) -> Any:
    """The stored `legislation` fact value of a version (an ORM row), None when it has none."""
    return next((row.value for row in version.facts if row.key == "legislation"), None)


def facts_by_key(facts: Any) -> dict[str, FactRead]:
    """Stored fact rows (ORM) keyed as the parse contract keys them, in their stored order."""
    return {row.key: FactRead.model_validate(row) for row in facts}


__all__ = [
    "TimelineRead",
    "VersionCreate",
    "VersionPageRead",
    "VersionRead",
    "VersionSummaryRead",
    "detail_of",
    "facts_by_key",
    "legislation_of",
    "section_of",
    "summary_of",
]
