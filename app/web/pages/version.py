"""One version: its text, sections and facts, and the editors' corrections of them."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from app.http.deps import EditorDep, SessionDep, VersionDep
from app.http.links import api_url
from app.http.renderings import content_key, served_from_cache
from app.schemas.citations import citations_of
from app.schemas.stored_versions import legislation_of
from app.store import Version, corrections_of, facts_of, sections_of, timeline
from app.web.pages.choices import offered_versions
from app.web.pages.common import Crumb, render, version_name
from app.web.pages.correction_view import FormProblem, build_corrections_panel
from app.web.pages.version_view import build_version_page
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/versions/{version_id}", name="web_version")
def version_page(
    request: Request,
    editor: EditorDep,
    version: VersionDep,
    session: SessionDep,
    templates: TemplatesDep,
    uploaded: Annotated[str | None, Query(max_length=10)] = None,
    corrected: Annotated[str | None, Query(max_length=10)] = None,
) -> Response:
    """The version's text, sections, facts and history, with the compare form offering every
    version: for readers, rendered once per state of all versions and kept (decision 0030); a
    signed-in editor's page (with the correction forms) is rendered for them alone."""
    return served_from_cache(
        request,
        ("web_version", content_key(request), version.id),
        lambda: render_version_page(
            request,
            version,
            session,
            templates,
            editor=editor,
            uploaded=uploaded,
            corrected=corrected,
        ),
    )


def render_version_page(
    request: Request,
    version: Version,
    session: Session,
    templates: Jinja2Templates,
    *,
    editor: str | None,
    uploaded: str | None = None,
    corrected: str | None = None,
    problem: FormProblem | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """The version page; the correction forms for a signed-in `editor`; with `problem`, a
    correction form sent back with what to fix."""
    sections = sections_of(session=session, version_id=version.id)
    facts = facts_of(session=session, version_id=version.id)
    history = timeline(
        session=session, authority_slug=version.authority.slug, chapter_slug=version.chapter.slug
    )
    page = build_version_page(version, sections, facts, history)
    corrections = build_corrections_panel(
        version.family,
        sections,
        facts,
        corrections_of(session=session, version_id=version.id),
        signed_in=editor is not None,
        problem=problem,
    )
    return render(
        templates,
        request,
        "pages/version.html",
        status_code=status_code,
        title=version_name(version),
        version=version,
        page=page,
        corrections=corrections,
        citations=citations_of(version.chapter.slug, legislation_of(version)),
        uploaded=uploaded,
        corrected=corrected,
        choices=offered_versions(request).groups,
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
