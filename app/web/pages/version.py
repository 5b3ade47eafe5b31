"""One version: its text, sections and facts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.http.deps import EngineDep, SessionDep, VersionDep
from app.http.links import api_url
from app.http.renderings import content_key, served_from_cache
from app.schemas.citations import citations_of
from app.schemas.stored_versions import legislation_of
from app.store import Version, facts_of, sections_of, timeline
from app.web.pages.common import Crumb, all_versions, choice_groups, render, version_name
from app.web.pages.version_view import build_version_page
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/versions/{version_id}", name="web_version")
def version_page(
    request: Request,
    version: VersionDep,
    session: SessionDep,
    engine: EngineDep,
    templates: TemplatesDep,
    uploaded: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    """The version's text, sections, facts and history, with the compare form offering every
    version: rendered once per state of all versions and kept (decision 0030)."""
    return served_from_cache(
        request,
        ("web_version", content_key(request), version.id, uploaded),
        lambda: _render_version(request, version, session, engine, templates, uploaded),
    )


def _render_version(
    request: Request,
    version: Version,
    session: SessionDep,
    engine: EngineDep,
    templates: TemplatesDep,
    uploaded: str | None,
) -> HTMLResponse:
    sections = sections_of(session=session, version_id=version.id)
    facts = facts_of(session=session, version_id=version.id)
    history = timeline(
        session=session, authority_slug=version.authority.slug, chapter_slug=version.chapter.slug
    )
    page = build_version_page(version, sections, facts, history)
    return render(
        templates,
        request,
        "pages/version.html",
        title=version_name(version),
        version=version,
        page=page,
        citations=citations_of(version.chapter.slug, legislation_of(version)),
        uploaded=uploaded,
        choices=choice_groups(all_versions(engine)),
        breadcrumbs=(
            Crumb("Overview", "/"),
            Crumb(
                version.authority.name,
                f"/authorities/{version.authority.slug}/chapters/{version.chapter.slug}",
            ),
            Crumb(version_name(version), ""),
        ),
        json_url=api_url(f"/versions/{version.id}"),
    )
