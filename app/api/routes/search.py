"""Full-text search over the text of every section."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.orm import Session

from app.api.responses import INVALID, NOT_MODIFIED
from app.http.deps import SessionDep
from app.http.params import SearchFilters, SearchFiltersDep
from app.http.renderings import content_key, served_from_cache
from app.schemas.search import HighlightRead, SearchHitRead, SearchPageRead

router = APIRouter(tags=["search"])

SEARCH_PAGE_SIZE = 20
SEARCH_MAX_PAGE_SIZE = 200


@router.get(
    "/search",
    response_model=SearchPageRead,
    responses={**NOT_MODIFIED, **INVALID},
    summary="Search sections",
)
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
) -> Response:
    """Sections whose text contains every word of `q`, most relevant first, with snippets.

    Backed by SQLite FTS5 or PostgreSQL full-text search, whichever the service runs on, so
    ranking and stemming differ slightly between the two. A query without words finds nothing.

    The answer carries an `ETag` that changes when a version is added, deleted, restored or
    re-analysed: send it back in `If-None-Match` to get `304` while nothing changed.
    """
    return served_from_cache(
        request,
        ("api_search", content_key(request)),
        lambda: _json(_search_page(request, session, filters, q, limit, offset)),
    )


def _json(model: SearchPageRead) -> Response:
    return Response(model.model_dump_json(), media_type="application/json")


def _search_page(
    request: Request,
    session: Session,
    filters: SearchFilters,
    q: str,
    limit: int,
    offset: int,
) -> SearchPageRead:
    """One page of hits as its contract model (read once per state of the versions and
    kept: decision 0030)."""
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
