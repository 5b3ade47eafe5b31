"""Full-text search over the text of every section."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.api.responses import INVALID
from app.http.deps import SessionDep
from app.http.params import SearchFiltersDep
from app.schemas.search import HighlightRead, SearchHitRead, SearchPageRead

router = APIRouter(tags=["search"])

SEARCH_PAGE_SIZE = 20
SEARCH_MAX_PAGE_SIZE = 200


@router.get("/search", response_model=SearchPageRead, responses=INVALID, summary="Search sections")
def search_sections(
    request: Request,
    session: SessionDep,
    filters: SearchFiltersDep,
    q: Annotated[
        str,
        Query(
            max_length=500,
            description="Words to find, e.g. `care leavers 25`; punctuation and operators are "
            "ignored, and a section must contain every word; without words nothing is found.",
        ),
    ],
    limit: Annotated[
        int, Query(ge=1, le=SEARCH_MAX_PAGE_SIZE, description="Hits per page.")
    ] = SEARCH_PAGE_SIZE,
    offset: Annotated[int, Query(ge=0, le=10_000, description="Hits to skip.")] = 0,
) -> SearchPageRead:
    """Sections whose text contains every word of `q`, most relevant first, with snippets.

    Backed by SQLite FTS5 or PostgreSQL full-text search, whichever the service runs on, so
    ranking and stemming differ slightly between the two. A query without words finds nothing.
    """
    results = filters.search(session, q, limit=limit, offset=offset)

    def page_link(page_offset: int) -> str:
        url = request.url.include_query_params(offset=page_offset, limit=limit)
        return url.path + "?" + url.query

    return SearchPageRead(
        query=q,
        items=[
            SearchHitRead(
                version_id=hit.version_id,
                section_ordinal=hit.section_ordinal,
                authority_slug=hit.authority_slug,
                authority_name=hit.authority_name,
                chapter_slug=hit.chapter_slug,
                section_kind=hit.section_kind,
                heading=hit.heading,
                snippet=hit.snippet,
                highlights=[HighlightRead(start=start, end=end) for start, end in hit.highlights],
                rank=hit.rank,
            )
            for hit in results.hits
        ],
        total=results.total,
        limit=limit,
        offset=offset,
        next=page_link(offset + limit) if offset + limit < results.total else None,
        previous=page_link(max(offset - limit, 0)) if offset > 0 else None,
    )
