"""The sources page: what is watched and how its checks went, and a form for editors (with a
write token) to watch another published chapter. Its JSON twin is `GET /api/v1/sources`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from app.errors import Conflict, PolicydiffError
from app.families import all_families
from app.http.deps import EditorDep, EditorFormDep, SessionDep, SettingsDep
from app.store import Source
from app.store.sources import add_source, list_sources
from app.web.templating import TemplatesDep, api_url

router = APIRouter(include_in_schema=False)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One watched source as the page shows it."""

    id: int
    url: str
    authority_slug: str
    chapter_slug: str
    every: str
    state: str
    """"failing", "ok" or "not checked yet"."""
    last_checked: str
    last_changed: str
    last_error: str | None
    version_url: str | None


@dataclass(frozen=True, slots=True)
class SourceForm:
    url: str = ""
    authority: str = ""
    chapter: str = ""
    interval_minutes: str = ""


def source_rows(sources: list[Source], failing_after: int) -> list[SourceRow]:
    return [
        SourceRow(
            id=source.id,
            url=source.url,
            authority_slug=source.authority_slug,
            chapter_slug=source.chapter_slug,
            every=_every(source.interval_minutes),
            state=(
                "failing"
                if source.consecutive_failures >= failing_after
                else "ok"
                if source.last_checked_at
                else "not checked yet"
            ),
            last_checked=_when(source.last_checked_at),
            last_changed=_when(source.last_changed_at),
            last_error=source.last_error,
            version_url=(
                f"/versions/{source.current_version_id}" if source.current_version_id else None
            ),
        )
        for source in sources
    ]


def _every(minutes: int) -> str:
    if minutes % (24 * 60) == 0:
        days = minutes // (24 * 60)
        return "daily" if days == 1 else f"every {days} days"
    if minutes % 60 == 0:
        return "hourly" if minutes == 60 else f"every {minutes // 60} hours"
    return f"every {minutes} minutes"


def _when(moment: datetime | None) -> str:
    return moment.strftime("%d %b %Y %H:%M UTC") if moment else "never"


def _render(
    request: Request,
    session: Session,
    templates: Jinja2Templates,
    failing_after: int,
    form: SourceForm,
    *,
    problem: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    response = templates.TemplateResponse(
        request,
        "pages/sources.html",
        {
            "title": "Watched sources",
            "nav": "sources",
            "breadcrumbs": (),
            "json_url": api_url("/sources"),
            "rows": source_rows(list_sources(session=session), failing_after),
            "form": form,
            "problem": problem,
            "chapters": [(family.slug, family.title) for family in all_families()],
        },
        status_code=status_code,
    )
    assert isinstance(response, HTMLResponse)
    return response


@router.get("/sources", name="web_sources")
def sources_page(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    editor: EditorDep,
) -> HTMLResponse:
    """The sources, and the form to watch another for a signed-in editor (`editor` is looked up
    before the page's own reads, so the request holds one connection at a time)."""
    return _render(request, session, templates, settings.watch_failing_after, SourceForm())


@router.post("/sources", name="web_sources_post", response_model=None)
def add_source_form(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    templates: TemplatesDep,
    sent: EditorFormDep,
) -> Response:
    """Watch another source, for a signed-in editor (the form's CSRF token checked)."""
    url, authority, chapter, interval_minutes = (
        sent.fields.get(name, "")[:limit]
        for name, limit in (
            ("url", 2000),
            ("authority", 100),
            ("chapter", 100),
            ("interval_minutes", 10),
        )
    )
    form = SourceForm(url, authority, chapter, interval_minutes)

    def again(problem: str, status: int) -> HTMLResponse:
        return _render(
            request,
            session,
            templates,
            settings.watch_failing_after,
            form,
            problem=problem,
            status_code=status,
        )

    interval = settings.watch_default_interval_minutes
    if interval_minutes.strip():
        if not interval_minutes.strip().isdigit():
            return again("The interval is a whole number of minutes, e.g. 1440 for daily.", 422)
        interval = int(interval_minutes)
    try:
        add_source(
            session=session,
            url=url,
            authority_slug=authority.strip(),
            chapter_slug=chapter or None,
            interval_minutes=interval,
        )
    except PolicydiffError as error:
        detail = error.detail
        return again(detail[:1].upper() + detail[1:], 409 if isinstance(error, Conflict) else 422)
    return RedirectResponse("/sources", status_code=303)
