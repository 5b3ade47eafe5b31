"""Correcting a version's reading from its page: a fact's value, a section's kind, and
withdrawing a correction. Plain POST forms that answer with a redirect back to the page (or the
page again, saying what to fix), so they work without JavaScript."""

from __future__ import annotations

from contextlib import suppress
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session

from app.errors import InvalidParameter, NotFound
from app.http.deps import EditorForm, EditorFormDep, SessionDep, VersionDep
from app.store import (
    Version,
    correct_fact_value,
    correct_section_kind,
    facts_of,
    sections_of,
    withdraw_correction,
)
from app.web.pages.correction_view import FormProblem, family_value_fields, value_from_field
from app.web.pages.version import render_version_page
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

NO_REASON = "Say why the reading is wrong: the reason is kept with the correction."
TOO_LONG = "This is longer than a correction can be: shorten it."

_MAX_REASON = 1000


@router.post("/versions/{version_id}/corrections/fact", name="web_correct_fact")
def correct_fact_page(
    request: Request,
    sent: EditorFormDep,
    version: VersionDep,
    session: SessionDep,
    templates: TemplatesDep,
) -> Response:
    fact = sent.fields.get("fact", "")
    value = sent.fields.get("value", "")
    reason = sent.fields.get("reason", "")
    form_id = f"correct-fact-{fact}"

    def again(field_name: str, message: str, status_code: int) -> HTMLResponse:
        problem = FormProblem(form_id, field_name, message, {"value": value, "reason": reason})
        return _sent_back(_Page(request, version, session, templates, sent), problem, status_code)

    if (wrong := _form_problem(("value", fact, 100), reason)) is not None:
        return again(*wrong, 422)
    current = next(
        (row.value for row in facts_of(session=session, version_id=version.id) if row.key == fact),
        None,
    )
    try:
        correct_fact_value(
            session=session,
            version_id=version.id,
            fact_key=fact,
            value=value_from_field(value, current, family_value_fields(version.family)),
            reason=reason,
            corrected_by=sent.editor,
        )
    except InvalidParameter as error:
        return again("value", _sentence(error.detail), 422)
    return RedirectResponse(f"/versions/{version.id}?corrected=fact#facts-{fact}", 303)


@router.post("/versions/{version_id}/corrections/section", name="web_correct_section")
def correct_section_page(
    request: Request,
    sent: EditorFormDep,
    version: VersionDep,
    session: SessionDep,
    templates: TemplatesDep,
) -> Response:
    start_field = sent.fields.get("section_start", "")
    kind = sent.fields.get("kind", "")
    reason = sent.fields.get("reason", "")
    section_start = int(start_field) if start_field.isascii() and start_field.isdigit() else -1
    section = next(
        (
            s
            for s in sections_of(session=session, version_id=version.id)
            if s.start == section_start
        ),
        None,
    )
    anchor = f"section-{section.ordinal}" if section is not None else "outline-heading"
    form_id = f"correct-{anchor}"

    def again(field_name: str, message: str, status_code: int) -> HTMLResponse:
        problem = FormProblem(form_id, field_name, message, {"kind": kind, "reason": reason})
        return _sent_back(_Page(request, version, session, templates, sent), problem, status_code)

    if (wrong := _form_problem(("kind", kind, 50), reason)) is not None:
        return again(*wrong, 422)
    if section is None:
        return again("kind", "This section is no longer in the reading: reload the page.", 422)
    try:
        correct_section_kind(
            session=session,
            version_id=version.id,
            section_start=section_start,
            kind=kind,
            reason=reason,
            corrected_by=sent.editor,
        )
    except InvalidParameter as error:
        return again("kind", _sentence(error.detail), 422)
    return RedirectResponse(f"/versions/{version.id}?corrected=section#{anchor}", 303)


@router.post(
    "/versions/{version_id}/corrections/{correction_id}/withdraw", name="web_withdraw_correction"
)
def withdraw_correction_page(
    sent: EditorFormDep,
    version: VersionDep,
    session: SessionDep,
    correction_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
) -> Response:
    # NotFound: already withdrawn (a form sent twice); the page shows the reading as it is.
    with suppress(NotFound):
        withdraw_correction(session=session, version_id=version.id, correction_id=correction_id)
    return RedirectResponse(f"/versions/{version.id}?corrected=withdrawn", 303)


@dataclass(frozen=True, slots=True)
class _Page:
    request: Request
    version: Version
    session: Session
    templates: Jinja2Templates
    sent: EditorForm


def _sent_back(page: _Page, problem: FormProblem, status_code: int) -> HTMLResponse:
    """The version page again, the form open with what the editor entered and what to fix."""
    return render_version_page(
        page.request,
        page.version,
        page.session,
        page.templates,
        editor=page.sent.editor,
        problem=problem,
        status_code=status_code,
    )


def _form_problem(subject: tuple[str, str, int], reason: str) -> tuple[str, str] | None:
    """(field, message) for what both correction forms refuse before reading the store: a
    subject or reason too long to be a correction, or no reason given."""
    field_name, text, limit = subject
    if len(reason) > _MAX_REASON:
        return "reason", TOO_LONG
    if len(text) > limit:
        return field_name, TOO_LONG
    if not reason.strip():
        return "reason", NO_REASON
    return None


def _sentence(detail: str) -> str:
    return detail[:1].upper() + detail[1:]
