"""Adding a version from a form, through the API's bounded streaming reader."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from app.errors import (
    DatabaseUnavailable,
    InvalidParameter,
    PolicydiffError,
    RateLimited,
    Unauthorized,
)
from app.families import all_families
from app.http.deps import SessionDep, SessionFactoryDep, SettingsDep
from app.http.errors import status_for
from app.http.links import api_url
from app.http.uploads import UPLOAD_FIELDS, UploadedSource, read_upload
from app.store import AddedVersion, TokenHolder, add_version, authenticate, list_authorities
from app.web.pages.common import render
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


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
    request: Request, sessions: SessionFactoryDep, templates: TemplatesDep, settings: SettingsDep
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
                raise Unauthorized(
                    "the upload key is missing, not valid, expired or withdrawn. Paste the whole "
                    "key you were given; if it no longer works, ask whoever runs policydiff for a "
                    "new one."
                ) from refused
        if not fields.get("authority", "").strip():
            raise InvalidParameter("choose the council (or type a short name for a new one).")

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
            request, settings.max_upload_bytes, fields=WEB_UPLOAD_FIELDS, before_file=token_first
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
