"""An authority's timeline of one chapter."""

from __future__ import annotations

from itertools import pairwise

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from app.diff import CompareOptions
from app.http.deps import AuthorityDep, ChapterDep, SessionDep
from app.http.links import api_url
from app.http.renderings import content_key, served_from_cache
from app.store import Authority, Chapter, compare_versions, timeline
from app.web.pages.common import Crumb, choice_groups, choice_of, render, version_name
from app.web.pages.compare_view import CompareForm, with_page_defaults
from app.web.pages.timeline_view import build_timeline, summarise_revision
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/authorities/{slug}/chapters/{chapter}", name="web_timeline")
def authority_timeline(
    request: Request,
    authority: AuthorityDep,
    chapter_row: ChapterDep,
    session: SessionDep,
    templates: TemplatesDep,
) -> Response:
    """The authority's versions and what each revision changed: a comparison per revision,
    rendered once per state of the chapter's versions and kept (decision 0030)."""
    key = ("web_timeline", content_key(request, chapter_row.slug))
    return served_from_cache(
        request,
        (*key, authority.slug),
        lambda: _render_timeline(request, authority, chapter_row, session, templates),
    )


def _render_timeline(
    request: Request,
    authority: Authority,
    chapter_row: Chapter,
    session: SessionDep,
    templates: TemplatesDep,
) -> HTMLResponse:
    slug, chapter = authority.slug, chapter_row.slug
    versions = timeline(session=session, authority_slug=slug, chapter_slug=chapter)
    options = with_page_defaults(CompareOptions(), ())
    changes = {
        later.id: summarise_revision(
            compare_versions(
                session=session, left_id=earlier.id, right_id=later.id, options=options
            )
        )
        for earlier, later in pairwise(versions)
    }
    entries = build_timeline(versions, version_name, changes)
    return render(
        templates,
        request,
        "pages/timeline.html",
        title=f"{authority.name}: {chapter_row.title}",
        authority=authority,
        chapter=chapter_row,
        entries=entries,
        choices=choice_groups([choice_of(version) for version in versions]),
        form=CompareForm(
            versions[0].id if len(versions) > 1 else None,
            versions[-1].id if len(versions) > 1 else None,
            "side",
            False,
            options,
        ),
        breadcrumbs=(Crumb("Overview", "/"), Crumb(authority.name, "")),
        json_url=api_url(f"/authorities/{slug}/chapters/{chapter}/timeline"),
    )
