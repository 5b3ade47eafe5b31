"""Signing in with an editor key, once per session, and signing out (decision 0031).

The sign-in form's key is checked as the API checks a bearer token (`authenticate`); the session
then keeps the token's name. The form carries a CSRF token too (of the signed-out session), so
another site cannot sign a browser in as someone else.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from app.errors import InvalidParameter, Unauthorized
from app.http.deps import SessionFactoryDep
from app.http.editors import check_csrf, sign_in, sign_out, signed_in_editor
from app.store import TokenHolder, authenticate
from app.web.pages.common import render
from app.web.templating import TemplatesDep

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)

SIGN_IN_FORM_MAX_BYTES = 4096
"""The sign-in form holds a key, a CSRF token and a return address: a few hundred bytes."""


def safe_next(target: str | None) -> str:
    """Where to go after signing in: a path on this site, never another site ("//evil",
    "https://…", "/\\evil"); the overview otherwise."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    if any(character in target for character in "\\\r\n\t") or len(target) > 2000:
        return "/"
    return target


def _render_sign_in(
    request: Request,
    templates: TemplatesDep,
    next_url: str,
    *,
    problem: str | None = None,
    signed_out: bool = False,
    status_code: int = 200,
) -> HTMLResponse:
    editor = signed_in_editor(request)
    return render(
        templates,
        request,
        "pages/sign-in.html",
        status_code=status_code,
        title="You are signed in" if editor else "Sign in",
        nav="sign-in",
        next_url=next_url,
        problem=problem,
        signed_out=signed_out,
        session_hours=_hours(request.app.state.settings.session_max_age_hours),
        editor=editor,
    )


@router.get("/sign-in", name="web_sign_in")
def sign_in_page(
    request: Request,
    templates: TemplatesDep,
    next_url: Annotated[str | None, Query(alias="next", max_length=2000)] = None,
    signed_out: Annotated[bool, Query()] = False,
) -> HTMLResponse:
    return _render_sign_in(request, templates, safe_next(next_url), signed_out=signed_out)


@router.post("/sign-in", name="web_sign_in_post", response_model=None)
async def sign_in_submit(
    request: Request, templates: TemplatesDep, sessions: SessionFactoryDep
) -> Response:
    """Check the key and start the session; the form is shown again, with why, if refused."""
    fields = await _small_form(request)
    next_url = safe_next(fields.get("next"))
    check_csrf(request, fields)
    key = fields.get("token", "").strip()
    if not key:
        return _render_sign_in(
            request,
            templates,
            next_url,
            problem="Paste your editor key into the box, then press Sign in.",
            status_code=422,
        )

    def check() -> TokenHolder:
        with sessions() as session:
            return authenticate(session=session, token=key)

    try:
        holder = await run_in_threadpool(check)
    except Unauthorized as refused:
        reason = refused.detail.split(" To fix:")[0].removeprefix("the bearer token ")
        return _render_sign_in(
            request,
            templates,
            next_url,
            problem=(
                f"That key was not accepted: {_key_words(reason)}. Check that you pasted the "
                "whole key; if it still does not work, ask whoever runs policydiff for a new one."
            ),
            status_code=401,
        )
    sign_in(request, holder)
    return RedirectResponse(next_url, status_code=303)


async def _small_form(request: Request) -> dict[str, str]:
    """The text fields of a sign-in or sign-out form, refused if it is far larger than one."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > SIGN_IN_FORM_MAX_BYTES:
        raise InvalidParameter("the form was far larger than a key. To fix: paste only the key.")
    try:
        form = await request.form(max_files=0, max_fields=5, max_part_size=SIGN_IN_FORM_MAX_BYTES)
    except HTTPException as error:
        raise InvalidParameter(
            f"the form could not be read ({error.detail}). To fix: reload the page."
        ) from None
    return {name: value for name, value in form.multi_items() if isinstance(value, str)}


def _hours(hours: float) -> str:
    """ "12 hours", "1 hour", "30 minutes": how long a session lasts idle, in words."""
    if hours < 1:
        return f"{round(hours * 60)} minutes"
    whole = round(hours)
    return f"{whole} hour" if whole == 1 else f"{whole} hours"


def _key_words(reason: str) -> str:
    """The store's reason for refusing a token, as an editor reads it."""
    return reason.replace("the token", "the key").replace("is not valid", "it is not a valid key")


@router.post("/sign-out", name="web_sign_out", response_model=None)
async def sign_out_submit(request: Request) -> Response:
    """End the session (the form carries the CSRF token, so no other site can sign you out)."""
    check_csrf(request, await _small_form(request))
    sign_out(request)
    return RedirectResponse("/sign-in?signed_out=1", status_code=303)


__all__ = ["router", "safe_next"]
