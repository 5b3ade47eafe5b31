"""Adding a version from a form, for a signed-in editor, through the API's bounded reader.

Nobody signed in: the page offers the sign-in form, and a POST is refused (401) from its cookie
alone, before any of its body is read. Signed in: the form picks the council and the chapter
from lists (or names a new council), and carries the session's CSRF token before the file, so a
forged or stale form is refused (403) before a byte of the file is read, and nothing is stored.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from fastapi import APIRouter, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.concurrency import run_in_threadpool

from app.errors import (
    DatabaseUnavailable,
    Forbidden,
    InvalidParameter,
    PolicydiffError,
    RateLimited,
    SourceTooLarge,
    Unauthorized,
)
from app.families import all_families
from app.http.deps import EditorDep, SessionDep, SessionFactoryDep, SettingsDep
from app.http.editors import CSRF_FIELD, check_csrf, require_editor
from app.http.errors import status_for
from app.http.links import api_url
from app.http.uploads import UPLOAD_FIELDS, UploadedSource, read_upload
from app.store import AddedVersion, add_version, list_authorities
from app.web.pages.common import render
from app.web.templating import TemplatesDep, megabytes

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

NEW_COUNCIL = "+new"
"""The council list's "not in this list" choice (not a slug, so never a council's)."""

MAX_SLUG = 100


@dataclass(frozen=True, slots=True)
class UploadForm:
    """What the upload form held, kept when the form is shown again (never the file)."""

    authority: str = ""
    authority_name: str = ""
    chapter: str = ""
    source_url: str = ""


def slug_for_name(name: str) -> str:
    """A new council's short name from its full name: "London Borough of Merton" →
    "london-borough-of-merton" (accents dropped, anything else between words a hyphen)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_SLUG].strip("-")


def council_of(fields: Mapping[str, str]) -> tuple[str, str | None]:
    """The chosen council's slug, and the full name of a new one; InvalidParameter saying what
    to do when no council is chosen or a new one's name has no letters or digits."""
    chosen = fields.get("authority", "").strip()
    name = " ".join(fields.get("authority_name", "").split())
    if chosen and chosen != NEW_COUNCIL:
        return chosen, name or None
    if not name:
        raise InvalidParameter(
            "choose the council from the list, or, for a council not in it, type its full name "
            "under “Name of a council not in the list”."
        )
    slug = slug_for_name(name)
    if not slug:
        raise InvalidParameter(
            f"“{name}” cannot name a council: it needs letters or digits. Type the council's "
            "full name, e.g. “London Borough of Merton”."
        )
    return slug, name


def _render_upload(
    request: Request,
    session: SessionDep,
    templates: Jinja2Templates,
    form: UploadForm,
    editor: str | None,
    *,
    problem: str | None = None,
    problem_field: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    max_bytes = request.app.state.settings.max_upload_bytes
    return render(
        templates,
        request,
        "pages/upload.html",
        status_code=status_code,
        title="Upload a new version of a chapter",
        nav="upload",
        form=form,
        editor=editor,
        new_council=NEW_COUNCIL,
        problem=problem,
        problem_field=problem_field,
        authorities=list_authorities(session=session) if editor else [],
        chapters=[(family.slug, family.title) for family in all_families()],
        max_size=megabytes(max_bytes),
        json_url=api_url("/versions"),
    )


@router.get("/upload", name="web_upload")
def upload_form(
    request: Request, session: SessionDep, templates: TemplatesDep, editor: EditorDep
) -> HTMLResponse:
    return _render_upload(request, session, templates, UploadForm(), editor)


WEB_UPLOAD_FIELDS = (*UPLOAD_FIELDS, CSRF_FIELD)
"""The upload form's fields, all sent before the file."""


@router.post("/upload", name="web_upload_post", response_model=None)
async def upload_submit(
    request: Request, sessions: SessionFactoryDep, templates: TemplatesDep, settings: SettingsDep
) -> Response:
    """Add a version from the form. Who is signed in is checked before the body is read, and
    the CSRF token and the council when the file part begins, before any of the file is read."""
    editor = (await run_in_threadpool(require_editor, request)).name
    sent: dict[str, str] = {}

    def fields_first(fields: Mapping[str, str]) -> None:
        sent.update(fields)
        check_csrf(request, fields)
        council_of(fields)

    def again(problem: str, problem_field: str, status_code: int) -> HTMLResponse:
        form = UploadForm(**{name: sent.get(name, "").strip() for name in _UPLOAD_FORM_FIELDS})
        with sessions() as session:
            return _render_upload(
                request,
                session,
                templates,
                form,
                editor,
                problem=problem,
                problem_field=problem_field,
                status_code=status_code,
            )

    try:
        upload = await read_upload(
            request, settings.max_upload_bytes, fields=WEB_UPLOAD_FIELDS, before_file=fields_first
        )
    except (DatabaseUnavailable, RateLimited, Forbidden, Unauthorized):
        raise
    except SourceTooLarge:
        return again(_too_large(settings.max_upload_bytes), "file", 413)
    except InvalidParameter as error:
        field = _council_field(sent) if sent else "file"
        return again(_plain(error.detail), field, 422)
    except PolicydiffError as error:
        return again(_plain(error.detail), "file", status_for(error))
    except RequestValidationError:
        return again("Choose the document to upload.", "file", 422)
    sent.update(upload.fields)
    if not upload.filename:
        return again("Choose the document to upload.", "file", 422)
    try:
        added = await run_in_threadpool(_add_uploaded, sessions, settings, upload, editor)
    except (DatabaseUnavailable, RateLimited):
        raise
    except PolicydiffError as error:
        return again(_plain(error.detail), "file", status_for(error))
    outcome = "new" if added.created else "existing"
    return RedirectResponse(f"/versions/{added.version.id}?uploaded={outcome}", status_code=303)


_UPLOAD_FORM_FIELDS = ("authority", "authority_name", "chapter", "source_url")


def _council_field(sent: Mapping[str, str]) -> str:
    """The field a council problem is about: the list, or the new council's name."""
    chosen = sent.get("authority", "").strip()
    return "authority_name" if chosen == NEW_COUNCIL or sent.get("authority_name") else "authority"


def _add_uploaded(
    sessions: SessionFactoryDep, settings: SettingsDep, upload: UploadedSource, added_by: str
) -> AddedVersion:
    fields = {name: upload.fields.get(name, "").strip() for name in _UPLOAD_FORM_FIELDS}
    slug, name = council_of(fields)
    with sessions() as session:
        return add_version(
            session=session,
            data=upload.data,
            filename=upload.filename,
            authority_slug=slug,
            authority_name=name,
            chapter_slug=fields["chapter"] or None,
            source_url=fields["source_url"] or None,
            max_bytes=settings.max_upload_bytes,
            added_by=added_by,
        )


def _too_large(max_bytes: int) -> str:
    return (
        f"The document is larger than {megabytes(max_bytes)}, the most policydiff takes. Upload "
        "the chapter on its own, or save it as plain text or a web page (HTML), which are "
        "smaller; if it is still too large, ask whoever runs policydiff to raise the limit."
    )


def _plain(detail: str) -> str:
    """A domain message as a sentence: capitalised, "To fix:" kept as the advice it is."""
    return detail[:1].upper() + detail[1:] if detail else "The upload was refused."
