"""Full-text search results over section text."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.schemas.pagination import PageRead


class HighlightRead(BaseModel):
    """A matched word inside a snippet."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    start: int
    """Character offset of the match in `snippet`."""
    end: int
    """Character offset just past the match."""


class SearchHitRead(BaseModel):
    """One section containing every word of the query."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    version_id: int
    """The version holding the section (`GET /api/v1/versions/{version_id}`)."""
    section_ordinal: int
    """Position of the section in the version, as in `GET /api/v1/versions/{id}/sections`."""
    authority_slug: str
    """The publishing authority's slug."""
    authority_name: str
    """The publishing authority's name."""
    chapter_slug: str
    """The chapter's slug."""
    section_kind: str
    """The section's canonical kind."""
    heading: str | None
    """The section's heading, if it has one."""
    snippet: str
    """Plain text around the matches, untrusted: escape it before showing it in HTML."""
    highlights: list[HighlightRead]
    """Where the matched words are in `snippet`."""
    rank: float
    """Relevance, higher is better; comparable only within one result list."""


class SearchPageRead(PageRead[SearchHitRead]):
    """A page of search hits, best first."""

    query: str
    """The query as received."""


__all__ = ["HighlightRead", "SearchHitRead", "SearchPageRead"]
