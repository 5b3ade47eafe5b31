"""The overview: each chapter's key facts by authority."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.http.deps import SessionDep
from app.http.links import api_url
from app.store import divergence_matrix, list_chapters
from app.web.pages.common import render
from app.web.pages.matrix_view import build_fact_matrix, overview_keys
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/", name="web_overview")
def overview(request: Request, session: SessionDep, templates: TemplatesDep) -> HTMLResponse:
    chapters = []
    for chapter in list_chapters(session=session):
        matrix = divergence_matrix(session=session, chapter_slug=chapter.slug)
        chapters.append(build_fact_matrix(matrix, overview_keys(matrix.fact_keys)))
    return render(
        templates,
        request,
        "pages/overview.html",
        title="Policy chapters by authority",
        nav="overview",
        chapters=chapters,
        json_url=api_url("/chapters"),
    )
