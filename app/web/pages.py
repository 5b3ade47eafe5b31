"""The HTML pages. Each reads through the store's use cases (the API's own), shapes the result
with `viewmodels`, and renders one template; each names its JSON twin under `/api/v1`.

Routes are sync (`def`): they run in FastAPI's threadpool, as the API's do, so a comparison
never blocks the event loop.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Generic, TypeVar

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from app.analysis import ANALYZER_VERSION
from app.diff import CompareOptions
from app.errors import (
    DatabaseUnavailable,
    InvalidParameter,
    PolicydiffError,
    RateLimited,
    SourceTooLarge,
    Unauthorized,
)
from app.families import all_families, get_family
from app.redline import redline_filename
from app.redline_render import render_html, stored_redline
from app.store import (
    Version,
    VersionChoice,
    add_version,
    authenticate,
    compare_versions,
    current_versions,
    divergence_matrix,
    facts_of,
    get_authority_or_raise,
    get_chapter_or_raise,
    get_version_or_raise,
    list_authorities,
    list_chapters,
    search,
    section_similarity_grid,
    sections_of,
    timeline,
    version_choices,
)
from app.web import viewmodels as vm
from app.web.deps import EngineDep, SessionDep, SessionFactoryDep, SettingsDep, TemplatesDep
from app.web.templating import api_url, page_url, partial_date

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

IGNORE_OPTIONS: tuple[tuple[str, str], ...] = (
    ("ignore_case", "Case (capital letters)"),
    ("ignore_punctuation", "Punctuation"),
    ("ignore_whitespace", "Spacing and blank lines"),
    ("ignore_numbering", "Section numbering (3.1 / 4.1)"),
    ("ignore_local_names", "Local names (authority and service names)"),
)
"""The comparison options of SPEC.md, as the compare form offers them."""

VERSION_CHOICES_LIMIT = 500
"""Most versions offered in the compare form's lists (newest first)."""

_Flag = Annotated[bool, Query()]
_Rendered = TypeVar("_Rendered")


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
    request: Request, slug: str, chapter: str, session: SessionDep, templates: TemplatesDep
) -> HTMLResponse:
    authority = get_authority_or_raise(session=session, slug=slug)
    chapter_row = get_chapter_or_raise(session=session, slug=chapter)
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
            {},
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
    version_id: int,
    session: SessionDep,
    engine: EngineDep,
    templates: TemplatesDep,
    uploaded: Annotated[str | None, Query(max_length=10)] = None,
) -> HTMLResponse:
    version = get_version_or_raise(session=session, version_id=version_id)
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
    name: str
    label: str
    checked: bool


@dataclass(frozen=True, slots=True)
class CompareForm:
    """What the compare form holds, echoed back so the page can be re-submitted."""

    left: int | None
    right: int | None
    view: str
    changes_only: bool
    ignore_options: tuple[IgnoreOption, ...]

    @property
    def any_ignored(self) -> bool:
        return any(option.checked for option in self.ignore_options)

    def options(self) -> CompareOptions:
        checked = {option.name for option in self.ignore_options if option.checked}
        return CompareOptions(
            ignore_case="ignore_case" in checked,
            ignore_punctuation="ignore_punctuation" in checked,
            ignore_whitespace="ignore_whitespace" in checked,
            ignore_numbering="ignore_numbering" in checked,
            ignore_local_names="ignore_local_names" in checked,
        )

    def params(self, **changes: Any) -> dict[str, Any]:
        params: dict[str, Any] = {
            "left": self.left,
            "right": self.right,
            "view": self.view,
            "changes_only": self.changes_only,
        }
        params.update({option.name: option.checked for option in self.ignore_options})
        params.update(changes)
        return params


def _compare_form(
    left: str | None,
    right: str | None,
    view: str | None,
    changes_only: bool,
    ignored: dict[str, bool],
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
        ignore_options=tuple(
            IgnoreOption(name, label, ignored.get(name, False)) for name, label in IGNORE_OPTIONS
        ),
    )
    return form, (" ".join(problems).capitalize() if problems else None)


@router.get("/compare", name="web_compare")
def compare_page(
    request: Request,
    sessions: SessionFactoryDep,
    engine: EngineDep,
    templates: TemplatesDep,
    left: Annotated[str | None, Query(max_length=20)] = None,
    right: Annotated[str | None, Query(max_length=20)] = None,
    view: Annotated[str | None, Query(max_length=10)] = None,
    changes_only: _Flag = False,
    ignore_case: _Flag = False,
    ignore_punctuation: _Flag = False,
    ignore_whitespace: _Flag = False,
    ignore_numbering: _Flag = False,
    ignore_local_names: _Flag = False,
) -> HTMLResponse:
    """The comparison page. A session is opened only when something must be read through the
    ORM (a version outside the lists, or a comparison not rendered yet): a page served from
    memory costs one light query for the version lists."""
    form, form_error = _compare_form(
        left,
        right,
        view,
        changes_only,
        {
            "ignore_case": ignore_case,
            "ignore_punctuation": ignore_punctuation,
            "ignore_whitespace": ignore_whitespace,
            "ignore_numbering": ignore_numbering,
            "ignore_local_names": ignore_local_names,
        },
    )
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
        page = _PAGES.get(page_key)
        if page is not None:
            return HTMLResponse(page)
        context.update(
            title=f"Compare {version_name(left_version)} with {version_name(right_version)}",
            view=True,
            comparison_html=_comparison_fragment(
                sessions, templates, form, left_version, right_version
            ),
            breadcrumbs=(Crumb("Overview", "/"), Crumb("Compare", "")),
            json_url=_comparison_api_url(form),
        )
        response = render(templates, request, "pages/compare.html", **context)
        _PAGES.put(page_key, bytes(response.body))
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
    changes_only: _Flag = False,
    ignore_case: _Flag = False,
    ignore_punctuation: _Flag = False,
    ignore_whitespace: _Flag = False,
    ignore_numbering: _Flag = False,
    ignore_local_names: _Flag = False,
) -> Response:
    """The self-contained HTML redline (the API's `format=html`), kept at this address for links
    made before the Word and PDF downloads."""
    options = CompareOptions(
        ignore_case=ignore_case,
        ignore_punctuation=ignore_punctuation,
        ignore_whitespace=ignore_whitespace,
        ignore_numbering=ignore_numbering,
        ignore_local_names=ignore_local_names,
    )
    redline = stored_redline(session=session, left_id=left, right_id=right, options=options)
    body = render_html(redline, settings.frontend_dir, changes_only=changes_only)
    filename = redline_filename(redline.left, redline.right, "html")
    return HTMLResponse(body, headers={"Content-Disposition": f'attachment; filename="{filename}"'})


class _RenderedCache(Generic[_Rendered]):
    """Rendered comparisons, most recently used kept, as the API keeps its payloads.

    Only an optimisation: an entry is fixed by what its key names (both versions' ids, bytes and
    analyser versions, the options, the layout, and for whole pages the version lists shown), so
    it can never go stale, and a miss rebuilds it from the database's comparison cache.
    """

    def __init__(self, size: int) -> None:
        self._size = size
        self._entries: OrderedDict[Hashable, _Rendered] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> _Rendered | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: Hashable, value: _Rendered) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)


_FRAGMENTS: _RenderedCache[Markup] = _RenderedCache(size=32)
_PAGES: _RenderedCache[bytes] = _RenderedCache(size=32)


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
        form.options(),
        ANALYZER_VERSION,
    )


def _comparison_fragment(
    sessions: SessionFactoryDep,
    templates: Jinja2Templates,
    form: CompareForm,
    left_version: VersionChoice,
    right_version: VersionChoice,
) -> Markup:
    """The summary, divergences and diff of a pair: rendered once, then served from memory."""
    key = _fragment_key(form, left_version, right_version)
    cached = _FRAGMENTS.get(key)
    if cached is not None:
        return cached
    with sessions() as session:
        comparison = compare_versions(
            session=session,
            left_id=left_version.id,
            right_id=right_version.id,
            options=form.options(),
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
            view=vm.build_comparison_view(
                comparison,
                left_version_id=left_version.id,
                right_version_id=right_version.id,
                changes_only=form.changes_only,
            ),
        )
    )
    _FRAGMENTS.put(key, fragment)
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
    slug: str,
    session: SessionDep,
    templates: TemplatesDep,
    as_of: Annotated[str | None, Query(max_length=10)] = None,
    baseline: Annotated[str | None, Query(max_length=20)] = None,
) -> HTMLResponse:
    chapter = get_chapter_or_raise(session=session, slug=slug)
    as_of_date = _parse_date(as_of, "as_of")
    matrix = divergence_matrix(session=session, chapter_slug=slug, as_of=as_of_date)
    in_force = current_versions(session=session, chapter_slug=slug, as_of=as_of_date)
    baseline_id = _baseline_id(baseline, in_force)
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
    q: Annotated[str, Query(max_length=500)] = "",
    authority: Annotated[str | None, Query(max_length=100)] = None,
    chapter: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[str | None, Query(max_length=50)] = None,
    current_only: _Flag = False,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> HTMLResponse:
    per_page = 20
    results = (
        search(
            session=session,
            query=q,
            authority=authority or None,
            chapter=chapter or None,
            kind=kind or None,
            current_only=current_only,
            limit=per_page,
            offset=(page - 1) * per_page,
        )
        if q.strip()
        else None
    )
    chapters = list_chapters(session=session)
    kinds = sorted({k.slug for chapter_row in chapters for k in get_family(chapter_row.slug).kinds})
    filters = {
        "authority": authority or None,
        "chapter": chapter or None,
        "kind": kind or None,
        "current_only": current_only,
    }
    return render(
        templates,
        request,
        "pages/search.html",
        title=f"Search: {q}" if q.strip() else "Search the chapters",
        nav="search",
        q=q,
        filters=filters,
        authorities=list_authorities(session=session),
        chapters=chapters,
        kinds=[(slug, vm.kind_label(slug)) for slug in [*kinds, "other"]],
        results=vm.build_search_results(results) if results is not None else None,
        total=results.total if results is not None else 0,
        page=page,
        next_url=(
            page_url("/search", q=q, **filters, page=page + 1)
            if results is not None and page * per_page < results.total
            else None
        ),
        previous_url=page_url("/search", q=q, **filters, page=page - 1) if page > 1 else None,
        json_url=api_url("/search", q=q, **filters) if q.strip() else api_url("/search"),
    )


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


@router.post("/upload", name="web_upload_post", response_model=None)
def upload_submit(
    request: Request,
    session: SessionDep,
    templates: TemplatesDep,
    settings: SettingsDep,
    file: Annotated[UploadFile | None, File()] = None,
    authority: Annotated[str, Form(max_length=100)] = "",
    authority_name: Annotated[str, Form(max_length=200)] = "",
    chapter: Annotated[str, Form(max_length=100)] = "",
    source_url: Annotated[str, Form(max_length=2000)] = "",
    token: Annotated[str, Form(max_length=500)] = "",
) -> Response:
    form = UploadForm(
        authority=authority.strip(),
        authority_name=authority_name.strip(),
        chapter=chapter.strip(),
        source_url=source_url.strip(),
    )

    def again(problem: str, problem_field: str, status_code: int) -> HTMLResponse:
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
        holder = authenticate(session=session, token=token.strip())
    except Unauthorized as refused:
        reason = "" if "not valid" in refused.detail else f" ({refused.detail.split('.')[0]})"
        return again(
            f"The write token is missing or not valid{reason}. Paste the whole token you were "
            "given; an operator can create one with “policydiff token create NAME”.",
            "token",
            401,
        )
    if not form.authority:
        return again("Enter the authority's short name (for example “merton”).", "authority", 422)
    if file is None or not file.filename:
        return again("Choose the file to upload.", "file", 422)
    data = file.file.read(settings.max_upload_bytes + 1)
    try:
        if len(data) > settings.max_upload_bytes:
            raise SourceTooLarge(
                f"the file is larger than the upload limit of {settings.max_upload_bytes:,} "
                "bytes. To fix: upload the chapter alone, as Word, PDF, text, markdown or HTML."
            )
        added = add_version(
            session=session,
            data=data,
            filename=file.filename,
            authority_slug=form.authority,
            authority_name=form.authority_name or None,
            chapter_slug=form.chapter or None,
            source_url=form.source_url or None,
            max_bytes=settings.max_upload_bytes,
            added_by=holder.name,
        )
    except (DatabaseUnavailable, RateLimited):
        raise
    except PolicydiffError as error:
        status = 413 if isinstance(error, SourceTooLarge) else 422
        return again(_plain(error.detail), "file", status)
    outcome = "new" if added.created else "existing"
    return RedirectResponse(f"/versions/{added.version.id}?uploaded={outcome}", status_code=303)


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
