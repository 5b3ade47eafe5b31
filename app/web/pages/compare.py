"""The comparison page: a pair of versions side by side or inline, rendered once and then
served from memory."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass, replace
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from app.analysis import ANALYZER_VERSION
from app.http.deps import EditorDep, SessionFactoryDep
from app.http.links import api_url, page_url
from app.http.lru import ByteBoundedLRU
from app.http.params import CompareOptionsDep, options_params
from app.schemas.citations import citation_changes_of
from app.schemas.stored_versions import legislation_of
from app.store import VersionChoice, compare_versions, facts_of, get_version_or_raise
from app.web.pages.choices import VersionChoices, offered_versions
from app.web.pages.common import Crumb, choice_of, render, version_name
from app.web.pages.compare_view import (
    CompareForm,
    SideNames,
    build_comparison_view,
    compare_form,
    page_defaults,
    with_page_defaults,
)
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@dataclass(frozen=True, slots=True)
class VersionSide:
    """One side of a comparison as the page names it."""

    id: int
    label: str
    url: str
    is_sample: bool
    short: str
    """What the page calls this side: its date for a revision, its council between two."""


def _sides(left: VersionChoice, right: VersionChoice) -> tuple[VersionSide, VersionSide]:
    revision = left.authority_slug == right.authority_slug

    def side(version: VersionChoice) -> VersionSide:
        when = version_name(version).removeprefix(f"{version.authority_name}, ")
        return VersionSide(
            id=version.id,
            label=version_name(version),
            url=f"/versions/{version.id}",
            is_sample=version.is_sample,
            short=when if revision else version.authority_name,
        )

    return side(left), side(right)


def _names(left: VersionSide, right: VersionSide, revision: bool) -> SideNames:
    return SideNames(left.short, right.short, revision)


@router.get("/compare", name="web_compare")
def compare_page(
    request: Request,
    sessions: SessionFactoryDep,
    templates: TemplatesDep,
    options: CompareOptionsDep,
    editor: EditorDep,
    left: Annotated[str | None, Query(max_length=20)] = None,
    right: Annotated[str | None, Query(max_length=20)] = None,
    view: Annotated[str | None, Query(max_length=10)] = None,
    changes_only: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    """The comparison page. A session is opened only when something must be read through the
    ORM (a version outside the lists, or a comparison not rendered yet): a page served from
    memory reads nothing (the version lists are kept while the versions are unchanged)."""
    asked = request.query_params.keys()
    form, form_error = compare_form(
        left, right, view, changes_only, with_page_defaults(options, asked)
    )
    choices = offered_versions(request)
    context: dict[str, Any] = {
        "title": "Compare two versions",
        "nav": "compare",
        "form": form,
        "form_error": form_error,
        "view": None,
        "choices": choices.groups,
        "json_url": api_url("/versions"),
    }
    if form.left is not None and form.right is not None and form_error is None:
        left_version, right_version = _pair(sessions, choices, form.left, form.right)
        defaults = page_defaults(left_version.authority_slug == right_version.authority_slug)
        form = replace(
            form, options=with_page_defaults(options, asked, defaults), defaults_on=defaults
        )
        context["form"] = form
        page_key = (_fragment_key(form, left_version, right_version), choices.fingerprint)
        pages: ByteBoundedLRU[Hashable, bytes] = request.app.state.compare_page_cache
        anonymous = editor is None  # an editor's page carries their name and CSRF token
        page = pages.get(page_key) if anonymous else None
        if page is not None:
            return HTMLResponse(page)
        fragment, first_change = _comparison_fragment(
            request, sessions, templates, form, left_version, right_version
        )
        sides = _sides(left_version, right_version)
        revision = left_version.authority_slug == right_version.authority_slug
        context.update(
            title=f"Compare {version_name(left_version)} with {version_name(right_version)}",
            heading=(
                f"{left_version.authority_name}: {sides[0].short} → {sides[1].short}"
                if revision
                else f"{sides[0].label} and {sides[1].label}"
            ),
            left=sides[0],
            right=sides[1],
            view=True,
            comparison_html=fragment,
            first_change=first_change,
            breadcrumbs=(Crumb("Overview", "/"), Crumb("Compare", "")),
            json_url=api_url(
                "/comparisons", left=form.left, right=form.right, **options_params(form.options)
            ),
        )
        response = render(templates, request, "pages/compare.html", **context)
        if anonymous:
            pages.put(page_key, bytes(response.body))
        return response
    if form.left is not None or form.right is not None:
        context["form_error"] = (
            form_error or "Choose both a left and a right version, then press Compare."
        )
        return render(templates, request, "pages/compare.html", status_code=422, **context)
    return render(templates, request, "pages/compare.html", **context)


def _pair(
    sessions: SessionFactoryDep, choices: VersionChoices, left: int, right: int
) -> tuple[VersionChoice, VersionChoice]:
    """The two versions named by the form, from the lists, else read (NotFound if unknown)."""
    listed = choices.by_id
    if left in listed and right in listed:
        return listed[left], listed[right]
    with sessions() as session:
        return (
            listed.get(left) or choice_of(get_version_or_raise(session=session, version_id=left)),
            listed.get(right) or choice_of(get_version_or_raise(session=session, version_id=right)),
        )


def _fragment_key(
    form: CompareForm, left_version: VersionChoice, right_version: VersionChoice
) -> tuple[Hashable, ...]:
    """Everything a rendered comparison depends on."""
    return (left_version, right_version, form, ANALYZER_VERSION)


def _comparison_fragment(
    request: Request,
    sessions: SessionFactoryDep,
    templates: Jinja2Templates,
    form: CompareForm,
    left_version: VersionChoice,
    right_version: VersionChoice,
) -> tuple[Markup, str | None]:
    """The summary, facts and diff of a pair, and the anchor of its first change: rendered once,
    then served from memory."""
    key = _fragment_key(form, left_version, right_version)
    fragments: ByteBoundedLRU[Hashable, tuple[Markup, str | None]] = (
        request.app.state.comparison_fragment_cache
    )
    cached = fragments.get(key)
    if cached is not None:
        return cached
    with sessions() as session:
        comparison = compare_versions(
            session=session,
            left_id=left_version.id,
            right_id=right_version.id,
            options=form.options,
        )
        citations = citation_changes_of(
            left_version.chapter_slug,
            legislation_of(get_version_or_raise(session=session, version_id=left_version.id)),
            legislation_of(get_version_or_raise(session=session, version_id=right_version.id)),
        )
        left_facts = facts_of(session=session, version_id=left_version.id)
        right_facts = facts_of(session=session, version_id=right_version.id)
    numbering = replace(form.options, ignore_numbering=not form.options.ignore_numbering)
    links = {
        "other_view": page_url(
            "/compare", **form.params(view="side" if form.view == "inline" else "inline")
        ),
        "toggle_changes_only": page_url(
            "/compare", **form.params(changes_only=not form.changes_only)
        ),
        "swap": page_url("/compare", **form.params(left=form.right, right=form.left)),
        "redline": page_url("/compare/redline", **form.params()),
        "numbering": page_url("/compare", **replace(form, options=numbering).params()),
    }
    left, right = _sides(left_version, right_version)
    revision = left_version.authority_slug == right_version.authority_slug
    view = build_comparison_view(
        comparison,
        left_version_id=left_version.id,
        right_version_id=right_version.id,
        changes_only=form.changes_only,
        names=_names(left, right, revision),
        left_facts=left_facts,
        right_facts=right_facts,
    )
    template = templates.get_template("partials/_comparison.html")
    # Rendered by the same autoescaping environment as every page: safe to embed as markup.
    html = Markup(
        template.render(
            form=form, left=left, right=right, links=links, citations=citations, view=view
        )
    )
    fragments.put(key, (html, view.first_change))
    return html, view.first_change
