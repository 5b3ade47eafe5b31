"""Search the chapters' sections."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from app.families import get_family
from app.http.deps import SessionDep
from app.http.links import api_url, page_url
from app.http.params import SearchFilters, SearchFiltersDep
from app.http.renderings import content_key, served_from_cache
from app.store import hit_versions, list_authorities, list_chapters
from app.web.pages.common import render
from app.web.pages.search_view import build_search_results, group_results
from app.web.pages.words import kind_label
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/search", name="web_search")
def search_page(
    request: Request,
    session: SessionDep,
    templates: TemplatesDep,
    filters: SearchFiltersDep,
    q: Annotated[str, Query(max_length=500)] = "",
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> Response:
    """Sections matching the words or "quoted phrases", by council and version; each council's
    current version only unless the officer asks for every version. Rendered once per state of
    the versions and kept (decision 0030)."""
    return served_from_cache(
        request,
        ("web_search", content_key(request)),
        lambda: _render(request, session, templates, filters, q, page),
    )


def _render(
    request: Request,
    session: Session,
    templates: Jinja2Templates,
    filters: SearchFilters,
    q: str,
    page: int,
) -> HTMLResponse:
    if "current" not in request.query_params:
        filters = replace(filters, current=True)
    per_page = 20
    results = (
        filters.search(session, q, limit=per_page, offset=(page - 1) * per_page)
        if q.strip()
        else None
    )
    chapters = list_chapters(session=session)
    kinds = sorted({k.slug for chapter_row in chapters for k in get_family(chapter_row.slug).kinds})
    return render(
        templates,
        request,
        "pages/search.html",
        title=f"Search: {q}" if q.strip() else "Search the chapters",
        nav="search",
        q=q,
        filters=filters.params(),
        authorities=list_authorities(session=session),
        chapters=chapters,
        kinds=[(slug, kind_label(slug)) for slug in [*kinds, "other"]],
        results=build_search_results(results) if results is not None else None,
        groups=(
            group_results(
                results,
                hit_versions(session=session, version_ids={hit.version_id for hit in results.hits}),
            )
            if results is not None
            else None
        ),
        total=results.total if results is not None else 0,
        page=page,
        next_url=(
            page_url("/search", q=q, **filters.params(), page=page + 1)
            if results is not None and page * per_page < results.total
            else None
        ),
        previous_url=(
            page_url("/search", q=q, **filters.params(), page=page - 1) if page > 1 else None
        ),
        json_url=_search_twin(q, filters, offset=(page - 1) * per_page),
    )


def _search_twin(q: str, filters: SearchFilters, offset: int) -> str:
    """The search's JSON twin; `q` is always sent (the API requires it, even empty)."""
    url = api_url("/search", **filters.params(), offset=offset)
    return f"{url}{'&' if '?' in url else '?'}{urlencode({'q': q})}"
