"""How the authorities of one chapter differ: facts, sections against a baseline, citations."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.errors import InvalidParameter
from app.http.deps import ChapterBySlugDep, SessionDep
from app.http.links import api_url
from app.store import Version, current_versions, divergence_matrix, section_similarity_grid
from app.store.templates import chapter_template
from app.web.pages.common import ChoiceOption, Crumb, name_of, render, version_name
from app.web.pages.matrix_view import (
    build_fact_matrix,
    build_heat_map,
    matrix_controls,
    shape_matrix,
    stale_citation_rows,
)
from app.web.pages.words import fact_label
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/chapters/{slug}/matrix", name="web_matrix")
def matrix_page(
    request: Request,
    chapter: ChapterBySlugDep,
    session: SessionDep,
    templates: TemplatesDep,
    as_of: Annotated[str | None, Query(max_length=10)] = None,
    baseline: Annotated[str | None, Query(max_length=20)] = None,
    sort: Annotated[str | None, Query(max_length=100)] = None,
    order: Annotated[str | None, Query(max_length=4)] = None,
    fact: Annotated[str | None, Query(max_length=100)] = None,
    value: Annotated[str | None, Query(max_length=200)] = None,
) -> HTMLResponse:
    slug = chapter.slug
    as_of_date = _parse_date(as_of, "as_of")
    controls = matrix_controls(sort, order, fact, value)
    matrix = shape_matrix(
        divergence_matrix(session=session, chapter_slug=slug, as_of=as_of_date), controls
    )
    in_force = current_versions(session=session, chapter_slug=slug, as_of=as_of_date)
    baseline_id = (
        _baseline_id(baseline, in_force)
        if baseline
        else chapter_template(
            session=session, chapter_slug=slug, as_of=as_of_date
        ).median_version_id
    )
    grid = (
        section_similarity_grid(
            session=session, chapter_slug=slug, baseline_id=baseline_id, as_of=as_of_date
        )
        if baseline_id is not None
        else None
    )
    return render(
        templates,
        request,
        "pages/matrix.html",
        title=f"{chapter.title}: how authorities differ",
        chapter=chapter,
        as_of=as_of_date,
        matrix=build_fact_matrix(matrix),
        stale_citations=stale_citation_rows(matrix, as_of_date),
        controls=controls,
        fact_choices=tuple((key, fact_label(key)) for key in matrix.fact_keys),
        grid=build_heat_map(grid, name_of(baseline_id, in_force)) if grid else None,
        baseline_id=baseline_id,
        baseline_choices=tuple(ChoiceOption(v.id, version_name(v)) for v in in_force),
        breadcrumbs=(Crumb("Overview", "/"), Crumb(f"{chapter.title}: matrix", "")),
        json_url=api_url(f"/chapters/{slug}/matrix", as_of=as_of_date),
    )


def _parse_date(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidParameter(
            f"{name} must be a date written YYYY-MM-DD (got “{value}”). "
            "To fix: pick a date in the form."
        ) from None


def _baseline_id(value: str | None, in_force: list[Version]) -> int | None:
    if value and value.isdigit() and 0 < int(value) < 2**31:
        return int(value)
    return in_force[0].id if in_force else None
