"""How the authorities of one chapter differ: facts, sections against a baseline, citations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated

from fastapi import APIRouter, Cookie, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.http.deps import ChapterDep, ChapterTemplatesDep, SessionDep
from app.http.links import api_url
from app.http.renderings import content_key, served_from_cache
from app.store import (
    Chapter,
    Version,
    current_versions,
    divergence_matrix,
    section_similarity_grid,
    template_similarity_grid,
)
from app.store.templates import ChapterTemplates
from app.web.pages.common import ChoiceOption, Crumb, name_of, render, version_name
from app.web.pages.matrix_view import (
    build_fact_matrix,
    build_heat_map,
    build_template_deviations,
    matrix_controls,
    shape_matrix,
    stale_citation_rows,
)
from app.web.pages.words import fact_label
from app.web.templating import TemplatesDep

COUNCIL_COOKIE = "policydiff_council"
"""The officer's own council (an authority's slug), the matrix's baseline once chosen."""
COUNCIL_COOKIE_AGE = 365 * 24 * 3600

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/chapters/{chapter}/matrix", name="web_matrix")
def matrix_page(
    request: Request,
    chapter: ChapterDep,
    session: SessionDep,
    templates: TemplatesDep,
    chapter_templates: ChapterTemplatesDep,
    as_of: Annotated[str | None, Query(max_length=10)] = None,
    baseline: Annotated[str | None, Query(max_length=20)] = None,
    sort: Annotated[str | None, Query(max_length=100)] = None,
    order: Annotated[str | None, Query(max_length=4)] = None,
    fact: Annotated[str | None, Query(max_length=100)] = None,
    value: Annotated[str | None, Query(max_length=200)] = None,
    council: Annotated[str | None, Query(max_length=100)] = None,
    remembered: Annotated[str | None, Cookie(alias=COUNCIL_COOKIE, max_length=100)] = None,
) -> Response:
    """The facts by authority and the section similarity with a baseline: the officer's own
    council once chosen (remembered in a cookie, no script needed), else the common template,
    with each council's passages of its own and the template passages it lacks. Rendered once
    per state of the chapter's versions and kept (decision 0030)."""
    page = _MatrixRequest(request, chapter, session, templates, chapter_templates, as_of, baseline)
    own = council if council is not None else remembered
    shaping = (sort, order, fact, value)
    response: Response
    if council is not None:  # the officer chose a council: remember it (rendered, not kept)
        response, own_known = _render_matrix(page, shaping, own)
        if council == "":
            response.delete_cookie(COUNCIL_COOKIE)
        elif own_known:
            response.set_cookie(
                COUNCIL_COOKIE, council, max_age=COUNCIL_COOKIE_AGE, httponly=True, samesite="lax"
            )
    else:
        key = ("web_matrix", content_key(request, chapter.slug))
        response = served_from_cache(
            request,
            (*key, as_of, baseline, *shaping, own),
            lambda: _render_matrix(page, shaping, own)[0],
        )
    response.headers.add_vary_header("Cookie")
    return response


@dataclass(frozen=True, slots=True)
class _MatrixRequest:
    request: Request
    chapter: Chapter
    session: Session
    templates: Jinja2Templates
    chapter_templates: ChapterTemplates
    as_of: str | None
    baseline: str | None


def _render_matrix(
    page: _MatrixRequest,
    shaping: tuple[str | None, str | None, str | None, str | None],
    own: str | None,
) -> tuple[HTMLResponse, bool]:
    """The page, and whether `own` names an authority with a version in force."""
    session, chapter, baseline = page.session, page.chapter, page.baseline
    slug = chapter.slug
    as_of_date = _parse_date(page.as_of, "as_of")
    controls = matrix_controls(*shaping)
    matrix = shape_matrix(
        divergence_matrix(session=session, chapter_slug=slug, as_of=as_of_date), controls
    )
    in_force = current_versions(session=session, chapter_slug=slug, as_of=as_of_date)
    own_version = next((v for v in in_force if own and v.authority.slug == own), None)
    baseline_id = (
        _baseline_id(baseline, in_force)
        if baseline and baseline != "template"
        else own_version.id
        if own_version and not baseline
        else None
    )
    found = page.chapter_templates.template(session=session, chapter_slug=slug, as_of=as_of_date)
    grid = (
        section_similarity_grid(
            session=session, chapter_slug=slug, baseline_id=baseline_id, as_of=as_of_date
        )
        if baseline_id is not None
        else template_similarity_grid(found)
        if in_force
        else None
    )
    response = render(
        page.templates,
        page.request,
        "pages/matrix.html",
        title=f"{chapter.title}: how authorities differ",
        chapter=chapter,
        as_of=as_of_date,
        matrix=build_fact_matrix(matrix),
        stale_citations=stale_citation_rows(matrix, as_of_date),
        controls=controls,
        fact_choices=tuple((key, fact_label(key)) for key in matrix.fact_keys),
        grid=build_heat_map(
            grid,
            name_of(baseline_id, in_force) if baseline_id is not None else "the common template",
        )
        if grid
        else None,
        deviations=build_template_deviations(found),
        baseline_id=baseline_id if baseline_id is not None else "template",
        baseline_choices=tuple(ChoiceOption(v.id, version_name(v)) for v in in_force),
        council_choices=tuple((v.authority.slug, v.authority.name) for v in in_force),
        council=own_version.authority.slug if own_version else "",
        breadcrumbs=(Crumb("Overview", "/"), Crumb(f"{chapter.title}: matrix", "")),
        json_url=api_url(f"/chapters/{slug}/matrix", as_of=as_of_date),
    )
    return response, own_version is not None


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
