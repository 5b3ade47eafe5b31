"""The HTML pages. Each reads through the store's use cases (the API's own), shapes the result
with `viewmodels`, and renders one template; each names its JSON twin under `/api/v1`.

Routes are sync (`def`): they run in FastAPI's threadpool, as the API's do, so a comparison
never blocks the event loop.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from starlette.concurrency import run_in_threadpool

from app.analysis import ANALYZER_VERSION
from app.diff import CompareOptions, option_declarations
from app.errors import (
    DatabaseUnavailable,
    InvalidParameter,
    PolicydiffError,
    RateLimited,
    Unauthorized,
)
from app.families import all_families, get_family
from app.http.cache import BoundedCache
from app.http.deps import (
    AuthorityDep,
    ChapterBySlugDep,
    ChapterDep,
    EngineDep,
    SessionDep,
    SessionFactoryDep,
    SettingsDep,
    VersionDep,
)
from app.http.errors import status_for
from app.http.links import api_url, page_url
from app.http.params import CompareOptionsDep, SearchFilters, SearchFiltersDep, options_params
from app.http.uploads import UPLOAD_FIELDS, UploadedSource, read_upload
from app.redline import redline_filename
from app.redline_render import render_html, stored_redline
from app.schemas.citations import citation_changes_of, citations_of
from app.schemas.stored_versions import legislation_of
from app.store import (
    AddedVersion,
    TokenHolder,
    Version,
    VersionChoice,
    add_version,
    authenticate,
    compare_versions,
    current_versions,
    divergence_matrix,
    facts_of,
    get_version_or_raise,
    list_authorities,
    list_chapters,
    section_similarity_grid,
    sections_of,
    timeline,
    version_choices,
)
from app.store.templates import chapter_template
from app.web import viewmodels as vm
from app.web.across import matrix_controls, shape_matrix, stale_citation_rows
from app.web.templating import TemplatesDep, partial_date

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

VERSION_CHOICES_LIMIT = 500
"""Most versions offered in the compare form's lists (newest first)."""

_Flag = Annotated[bool, Query()]


def render(
    templates: Jinja2Templates,
    request: Request,
    name: str,
    *,
    status_code: int = 200,
    **context: Any,
) -> HTMLResponse:
    context.setdefault("json_url", None)
    context.setdefault("breadcrumbs", ())
    context.setdefault("nav", None)
    response = templates.TemplateResponse(request, name, context, status_code=status_code)
    assert isinstance(response, HTMLResponse)
    return response


@dataclass(frozen=True, slots=True)
class Crumb:
    label: str
    url: str


@dataclass(frozen=True, slots=True)
class ChoiceOption:
    id: int
    label: str


@dataclass(frozen=True, slots=True)
class ChoiceGroup:
    label: str
    options: tuple[ChoiceOption, ...]


@dataclass(frozen=True, slots=True)
class VersionSide:
    """One side of a comparison as the page names it."""

    id: int
    label: str
    url: str
    is_sample: bool


def version_name(version: Version | VersionChoice) -> str:
    """ "London Borough of Merton, May 2024 (v27)": who, when, and the label if printed."""
    choice = version if isinstance(version, VersionChoice) else _choice_of(version)
    when = (
        partial_date(choice.amendment_date)
        if choice.amendment_date
        else f"ingested {partial_date(choice.ingested_at.date())}"
    )
    label = f" ({choice.version_label})" if choice.version_label else ""
    return f"{choice.authority_name}, {when}{label}"


def _choice_of(version: Version) -> VersionChoice:
    """A loaded version as the forms name it."""
    return VersionChoice(
        id=version.id,
        authority_slug=version.authority.slug,
        authority_name=version.authority.name,
        is_sample=version.authority.is_sample,
        chapter_slug=version.chapter.slug,
        amendment_date=version.amendment_date,
        version_label=version.version_label,
        effective_date=version.effective_date,
        ingested_at=version.ingested_at,
        sha256=version.sha256,
        analyzer_version=version.analyzer_version,
    )


def _side(version: VersionChoice) -> VersionSide:
    return VersionSide(
        id=version.id,
        label=version_name(version),
        url=f"/versions/{version.id}",
        is_sample=version.is_sample,
    )


# --- Overview ----------------------------------------------------------------------------------


@router.get("/", name="web_overview")
def overview(request: Request, session: SessionDep, templates: TemplatesDep) -> HTMLResponse:
    chapters = []
    for chapter in list_chapters(session=session):
        matrix = divergence_matrix(session=session, chapter_slug=chapter.slug)
        chapters.append(vm.build_fact_matrix(matrix, vm.overview_keys(matrix.fact_keys)))
    return render(
        templates,
        request,
        "pages/overview.html",
        title="Policy chapters by authority",
        nav="overview",
        chapters=chapters,
        json_url=api_url("/chapters"),
    )


# --- Authority timeline ------------------------------------------------------------------------


@router.get("/authorities/{slug}/chapters/{chapter}", name="web_timeline")
def authority_timeline(
    request: Request,
    authority: AuthorityDep,
    chapter_row: ChapterDep,
    session: SessionDep,
    templates: TemplatesDep,
) -> HTMLResponse:
    slug, chapter = authority.slug, chapter_row.slug
    versions = timeline(session=session, authority_slug=slug, chapter_slug=chapter)
    entries = vm.build_timeline(versions, version_name)
    return render(
        templates,
        request,
        "pages/timeline.html",
        title=f"{authority.name}: {chapter_row.title}",
        authority=authority,
        chapter=chapter_row,
        entries=entries,
        choices=_choice_groups([_choice_of(version) for version in versions]),
        form=_compare_form(
            str(versions[0].id) if len(versions) > 1 else None,
            str(versions[-1].id) if len(versions) > 1 else None,
            "side",
            False,
            CompareOptions(),
        )[0],
        breadcrumbs=(
            Crumb("Overview", "/"),
            Crumb(authority.name, ""),
        ),
        json_url=api_url(f"/authorities/{slug}/chapters/{chapter}/timeline"),
    )


# --- Version -----------------------------------------------------------------------------------


@router.get("/versions/{version_id}", name="web_version")
def version_page(
    request: Request,
    version: VersionDep,
    session: SessionDep,
    engine: EngineDep,
    templates: TemplatesDep,
    uploaded: Annotated[str | None, Query(max_length=10)] = None,
) -> HTMLResponse:
    version_id = version.id
    sections = sections_of(session=session, version_id=version_id)
    facts = facts_of(session=session, version_id=version_id)
    history = timeline(
        session=session,
        authority_slug=version.authority.slug,
        chapter_slug=version.chapter.slug,
    )
    page = vm.build_version_page(version, sections, facts, history)
    return render(
        templates,
        request,
        "pages/version.html",
        title=version_name(version),
        version=version,
        page=page,
        citations=citations_of(version.chapter.slug, legislation_of(version)),
        uploaded=uploaded,
        choices=_choice_groups(_all_versions(engine)),
        breadcrumbs=(
            Crumb("Overview", "/"),
            Crumb(
                version.authority.name,
                f"/authorities/{version.authority.slug}/chapters/{version.chapter.slug}",
            ),
            Crumb(version_name(version), ""),
        ),
        json_url=api_url(f"/versions/{version_id}"),
    )


# --- Compare -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class IgnoreOption:
    """One declared comparison option as the form shows it (a checkbox, or a list of names)."""

    name: str
    label: str
    description: str
    checked: bool
    repeatable: bool = False
    text: str = ""
    """For a repeatable option: its values, one a line."""


@dataclass(frozen=True, slots=True)
class CompareForm:
    """What the compare form holds, echoed back so the page can be re-submitted."""

    left: int | None
    right: int | None
    view: str
    changes_only: bool
    options: CompareOptions

    @property
    def ignore_options(self) -> tuple[IgnoreOption, ...]:
        """The options' declarations with this form's values: the form is made from them."""
        shown = []
        for declaration in option_declarations(type(self.options)):
            value = getattr(self.options, declaration.name)
            shown.append(
                IgnoreOption(
                    name=declaration.name,
                    label=declaration.label,
                    description=declaration.description,
                    checked=bool(value),
                    repeatable=declaration.repeatable,
                    text="\n".join(value) if declaration.repeatable else "",
                )
            )
        return tuple(shown)

    @property
    def any_ignored(self) -> bool:
        return any(option.checked for option in self.ignore_options)

    def params(self, **changes: Any) -> dict[str, Any]:
        params: dict[str, Any] = {
            "left": self.left,
            "right": self.right,
            "view": self.view,
            "changes_only": self.changes_only,
            **options_params(self.options),
        }
        params.update(changes)
        return params


def _compare_form(
    left: str | None,
    right: str | None,
    view: str | None,
    changes_only: bool,
    options: CompareOptions,
) -> tuple[CompareForm, str | None]:
    problems: list[str] = []

    def version_id(value: str | None, side: str) -> int | None:
        if value is None or value == "":
            return None
        if value.isdigit() and 0 < int(value) < 2**31:
            return int(value)
        problems.append(f"the {side} version must be chosen from the list (got “{value}”).")
        return None

    form = CompareForm(
        left=version_id(left, "left"),
        right=version_id(right, "right"),
        view="inline" if view == "inline" else "side",
        changes_only=changes_only,
        options=options,
    )
    return form, (" ".join(problems).capitalize() if problems else None)


@router.get("/compare", name="web_compare")
def compare_page(
    request: Request,
    sessions: SessionFactoryDep,
    engine: EngineDep,
    templates: TemplatesDep,
    options: CompareOptionsDep,
    left: Annotated[str | None, Query(max_length=20)] = None,
    right: Annotated[str | None, Query(max_length=20)] = None,
    view: Annotated[str | None, Query(max_length=10)] = None,
    changes_only: _Flag = False,
) -> HTMLResponse:
    """The comparison page. A session is opened only when something must be read through the
    ORM (a version outside the lists, or a comparison not rendered yet): a page served from
    memory costs one light query for the version lists."""
    form, form_error = _compare_form(left, right, view, changes_only, options)
    choices = _all_versions(engine)
    context: dict[str, Any] = {
        "title": "Compare two versions",
        "nav": "compare",
        "form": form,
        "form_error": form_error,
        "view": None,
        "choices": _choice_groups(choices),
        "json_url": api_url("/versions"),
    }
    if form.left is not None and form.right is not None and form_error is None:
        left_version, right_version = _pair(sessions, choices, form.left, form.right)
        page_key = (_fragment_key(form, left_version, right_version), tuple(choices))
        pages: BoundedCache[bytes] = request.app.state.compare_page_cache
        page = pages.get(page_key)
        if page is not None:
            return HTMLResponse(page)
        context.update(
            title=f"Compare {version_name(left_version)} with {version_name(right_version)}",
            view=True,
            comparison_html=_comparison_fragment(
                request, sessions, templates, form, left_version, right_version
            ),
            breadcrumbs=(Crumb("Overview", "/"), Crumb("Compare", "")),
            json_url=_comparison_api_url(form),
        )
        response = render(templates, request, "pages/compare.html", **context)
        pages.put(page_key, bytes(response.body))
        return response
    if form.left is not None or form.right is not None:
        context["form_error"] = (
            form_error or "Choose both a left and a right version, then press Compare."
        )
        return render(templates, request, "pages/compare.html", status_code=422, **context)
    return render(templates, request, "pages/compare.html", **context)


def _pair(
    sessions: SessionFactoryDep, choices: list[VersionChoice], left: int, right: int
) -> tuple[VersionChoice, VersionChoice]:
    """The two versions named by the form, from the lists, else read (NotFound if unknown)."""
    listed = {version.id: version for version in choices}
    if left in listed and right in listed:
        return listed[left], listed[right]
    with sessions() as session:
        return (
            listed.get(left) or _choice_of(get_version_or_raise(session=session, version_id=left)),
            listed.get(right)
            or _choice_of(get_version_or_raise(session=session, version_id=right)),
        )


@router.get("/compare/redline", name="web_redline", response_class=Response)
def redline_download(
    session: SessionDep,
    settings: SettingsDep,
    left: Annotated[int, Query(ge=1, le=2**31 - 1)],
    right: Annotated[int, Query(ge=1, le=2**31 - 1)],
    options: CompareOptionsDep,
    changes_only: _Flag = False,
) -> Response:
    """The self-contained HTML redline (the API's `format=html`), kept at this address for links
    made before the Word and PDF downloads."""
    redline = stored_redline(session=session, left_id=left, right_id=right, options=options)
    body = render_html(redline, settings.frontend_dir, changes_only=changes_only)
    filename = redline_filename(redline.left, redline.right, "html")
    return HTMLResponse(body, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


def _fragment_key(
    form: CompareForm, left_version: VersionChoice, right_version: VersionChoice
) -> tuple[Hashable, ...]:
    """Everything a rendered comparison depends on."""
    return (
        left_version.id,
        left_version.sha256,
        left_version.analyzer_version,
        right_version.id,
        right_version.sha256,
        right_version.analyzer_version,
        form.view,
        form.changes_only,
        form.options,
        ANALYZER_VERSION,
    )


def _comparison_fragment(
    request: Request,
    sessions: SessionFactoryDep,
    templates: Jinja2Templates,
    form: CompareForm,
    left_version: VersionChoice,
    right_version: VersionChoice,
) -> Markup:
    """The summary, divergences and diff of a pair: rendered once, then served from memory."""
    key = _fragment_key(form, left_version, right_version)
    fragments: BoundedCache[Markup] = request.app.state.comparison_fragment_cache
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
    links = {
        "other_view": page_url(
            "/compare", **form.params(view="side" if form.view == "inline" else "inline")
        ),
        "toggle_changes_only": page_url(
            "/compare", **form.params(changes_only=not form.changes_only)
        ),
        "swap": page_url("/compare", **form.params(left=form.right, right=form.left)),
        "redline": page_url("/compare/redline", **form.params()),
    }
    # Rendered by the same autoescaping environment as every page: safe to embed as markup.
    fragment = Markup(
        templates.get_template("partials/_comparison.html").render(
            form=form,
            left=_side(left_version),
            right=_side(right_version),
            links=links,
            citations=citations,
            view=vm.build_comparison_view(
                comparison,
                left_version_id=left_version.id,
                right_version_id=right_version.id,
                changes_only=form.changes_only,
            ),
        )
    )
    fragments.put(key, fragment)
    return fragment


def _comparison_api_url(form: CompareForm) -> str:
    params = form.params()
    params.pop("view")
    params.pop("changes_only")
    return api_url("/comparisons", **params)


# --- Divergence matrix -------------------------------------------------------------------------


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
        matrix=vm.build_fact_matrix(matrix),
        stale_citations=stale_citation_rows(matrix, as_of_date),
        controls=controls,
        fact_choices=tuple((key, vm.fact_label(key)) for key in matrix.fact_keys),
        grid=vm.build_heat_map(grid, _name_of(baseline_id, in_force)) if grid else None,
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


# --- Search ------------------------------------------------------------------------------------


@router.get("/search", name="web_search")
def search_page(
    request: Request,
    session: SessionDep,
    templates: TemplatesDep,
    filters: SearchFiltersDep,
    q: Annotated[str, Query(max_length=500)] = "",
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> HTMLResponse:
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
        kinds=[(slug, vm.kind_label(slug)) for slug in [*kinds, "other"]],
        results=vm.build_search_results(results) if results is not None else None,
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


# --- Upload ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UploadForm:
    """What the upload form held, kept when the form is shown again (never the token or file)."""

    authority: str = ""
    authority_name: str = ""
    chapter: str = ""
    source_url: str = ""


def _render_upload(
    request: Request,
    session: SessionDep,
    templates: Jinja2Templates,
    form: UploadForm,
    *,
    problem: str | None = None,
    problem_field: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    return render(
        templates,
        request,
        "pages/upload.html",
        status_code=status_code,
        title="Upload a version",
        nav="upload",
        form=form,
        problem=problem,
        problem_field=problem_field,
        authorities=list_authorities(session=session),
        chapters=[(family.slug, family.title) for family in all_families()],
        max_bytes=request.app.state.settings.max_upload_bytes,
        json_url=api_url("/versions"),
    )


@router.get("/upload", name="web_upload")
def upload_form(request: Request, session: SessionDep, templates: TemplatesDep) -> HTMLResponse:
    return _render_upload(request, session, templates, UploadForm())


WEB_UPLOAD_FIELDS = (*UPLOAD_FIELDS, "token")
"""The upload form's fields; the form sends the token and the rest before the file."""


@router.post("/upload", name="web_upload_post", response_model=None)
async def upload_submit(
    request: Request,
    sessions: SessionFactoryDep,
    templates: TemplatesDep,
    settings: SettingsDep,
) -> Response:
    """Add a version from the form, through the API's bounded streaming reader: the token and
    the authority are checked when the file part begins, before any of the file is read."""
    sent: dict[str, str] = {}
    holders: list[TokenHolder] = []

    def token_first(fields: Mapping[str, str]) -> None:
        sent.update(fields)
        token = fields.get("token", "").strip()
        with sessions() as session:
            try:
                holders.append(authenticate(session=session, token=token))
            except Unauthorized as refused:
                reason = (
                    "" if "not valid" in refused.detail else f" ({refused.detail.split('.')[0]})"
                )
                raise Unauthorized(
                    f"the write token is missing or not valid{reason}. Paste the whole token you "
                    "were given; an operator can create one with “policydiff token create NAME”."
                ) from refused
        if not fields.get("authority", "").strip():
            raise InvalidParameter("enter the authority's short name (for example “merton”).")

    def again(problem: str, problem_field: str, status_code: int) -> HTMLResponse:
        form = UploadForm(**{name: sent.get(name, "").strip() for name in _UPLOAD_FORM_FIELDS})
        with sessions() as session:
            return _render_upload(
                request,
                session,
                templates,
                form,
                problem=problem,
                problem_field=problem_field,
                status_code=status_code,
            )

    try:
        upload = await read_upload(
            request,
            settings.max_upload_bytes,
            fields=WEB_UPLOAD_FIELDS,
            before_file=token_first,
        )
    except Unauthorized as error:
        return again(_plain(error.detail), "token", 401)
    except (DatabaseUnavailable, RateLimited):
        raise
    except InvalidParameter as error:
        field = "authority" if not sent.get("authority", "").strip() and sent else "file"
        return again(_plain(error.detail), field, 422)
    except PolicydiffError as error:
        return again(_plain(error.detail), "file", status_for(error))
    except RequestValidationError:
        return again("Choose the file to upload.", "file", 422)
    sent.update(upload.fields)
    if not upload.filename:
        return again("Choose the file to upload.", "file", 422)
    try:
        added = await run_in_threadpool(_add_uploaded, sessions, settings, upload, holders[0].name)
    except (DatabaseUnavailable, RateLimited):
        raise
    except PolicydiffError as error:
        return again(_plain(error.detail), "file", status_for(error))
    outcome = "new" if added.created else "existing"
    return RedirectResponse(f"/versions/{added.version.id}?uploaded={outcome}", status_code=303)


_UPLOAD_FORM_FIELDS = ("authority", "authority_name", "chapter", "source_url")


def _add_uploaded(
    sessions: SessionFactoryDep, settings: SettingsDep, upload: UploadedSource, added_by: str
) -> AddedVersion:
    with sessions() as session:
        fields = {name: upload.fields.get(name, "").strip() for name in _UPLOAD_FORM_FIELDS}
        return add_version(
            session=session,
            data=upload.data,
            filename=upload.filename,
            authority_slug=fields["authority"],
            authority_name=fields["authority_name"] or None,
            chapter_slug=fields["chapter"] or None,
            source_url=fields["source_url"] or None,
            max_bytes=settings.max_upload_bytes,
            added_by=added_by,
        )


def _plain(detail: str) -> str:
    """A domain message as a sentence: capitalised, "To fix:" kept as the advice it is."""
    return detail[:1].upper() + detail[1:] if detail else "The upload was refused."


# --- Shared helpers ----------------------------------------------------------------------------


def _name_of(version_id: int | None, versions: list[Version]) -> str:
    named = next((v for v in versions if v.id == version_id), None)
    return version_name(named) if named else f"version {version_id}"


def _all_versions(engine: EngineDep) -> list[VersionChoice]:
    return version_choices(engine=engine, limit=VERSION_CHOICES_LIMIT)


def _choice_groups(versions: list[VersionChoice]) -> tuple[ChoiceGroup, ...]:
    """Versions grouped by authority (by name), newest first within each."""
    groups: dict[str, list[VersionChoice]] = {}
    for version in versions:
        groups.setdefault(version.authority_name, []).append(version)
    return tuple(
        ChoiceGroup(
            label=name
            + (" (sample data)" if members[0].is_sample and "sample" not in name.lower() else ""),
            options=tuple(
                ChoiceOption(v.id, version_name(v))
                for v in sorted(members, key=lambda v: (v.effective_date, v.id), reverse=True)
            ),
        )
        for name, members in sorted(groups.items())
    )


__all__ = ["router", "version_name"]
