"""Who is signed in, and the CSRF token of their session (decision 0031).

An editor signs in once with a write token; the session (`app.http.sessions`) then keeps the
token's *name*, never the token. Every request checks that the token is still valid, so revoking
or expiring a token signs its editor out at once.

Forms that write carry the session's synchroniser token in a hidden `csrf_token` field; a write
is let through only when it matches the session's own (compared in constant time). SameSite=Lax
already keeps the cookie off cross-site POSTs; the token is the second, browser-independent lock.
"""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from fastapi import Request
from sqlalchemy.orm import Session, sessionmaker

from app.errors import Forbidden, Unauthorized
from app.store import TokenHolder, active_holder

CSRF_FIELD = "csrf_token"
"""Name of the hidden form field that carries the session's CSRF token."""

_EDITOR_KEY = "editor"
_CSRF_KEY = "csrf"
_NOT_RESOLVED = object()


def signed_in_editor(request: Request) -> TokenHolder | None:
    """The signed-in editor's token holder, or None; a session whose token was revoked or has
    expired is emptied. Looked up once per request."""
    cached: Any = getattr(request.state, "signed_in_editor", _NOT_RESOLVED)
    if cached is not _NOT_RESOLVED:
        return cached  # type: ignore[no-any-return]
    holder: TokenHolder | None = None
    session = _cookie_session(request)
    name = session.get(_EDITOR_KEY)
    if isinstance(name, str) and name:
        factory: sessionmaker[Session] = request.app.state.session_factory
        with factory() as db:
            holder = active_holder(session=db, name=name)
        if holder is None:
            session.clear()
    request.state.signed_in_editor = holder
    return holder


def sign_in(request: Request, holder: TokenHolder) -> None:
    """Start a new session for `holder`: the old one (and its CSRF token) is dropped, so a
    session id planted before sign-in is worth nothing after it."""
    session = _cookie_session(request)
    session.clear()
    session[_EDITOR_KEY] = holder.name
    session[_CSRF_KEY] = secrets.token_urlsafe(32)
    request.state.signed_in_editor = holder


def sign_out(request: Request) -> None:
    """End the session: the cookie is emptied (and so expires in the browser)."""
    _cookie_session(request).clear()
    request.state.signed_in_editor = None


def csrf_token(request: Request) -> str:
    """The session's CSRF token, made on first use (a signed-out visitor gets one for the
    sign-in form, which is checked too)."""
    session = _cookie_session(request)
    token = session.get(_CSRF_KEY)
    if not isinstance(token, str) or not token:
        token = secrets.token_urlsafe(32)
        session[_CSRF_KEY] = token
    return token


def check_csrf(request: Request, fields: Mapping[str, Any]) -> None:
    """Forbidden unless `fields` carry this session's CSRF token; nothing may be written then."""
    expected = _cookie_session(request).get(_CSRF_KEY)
    sent = fields.get(CSRF_FIELD)
    if not (
        isinstance(expected, str)
        and expected
        and isinstance(sent, str)
        and hmac.compare_digest(sent.encode(), expected.encode())
    ):
        raise Forbidden(
            "the form was sent without its security code, or with an old one (it may have been "
            "open since before you signed in or out, or sent from another site). To fix: go "
            "back, reload the page and send the form again."
        )


def require_editor(request: Request) -> TokenHolder:
    """The signed-in editor; Unauthorized when nobody is, decided from the cookie alone, before
    any of the request's body is read."""
    holder = signed_in_editor(request)
    if holder is None:
        raise Unauthorized(
            "this needs you to be signed in as an editor. To fix: sign in with your editor key "
            "on the sign-in page (/sign-in), then send the form again."
        )
    return holder


def _cookie_session(request: Request) -> dict[str, Any]:
    session: dict[str, Any] = request.session
    return session


__all__ = [
    "CSRF_FIELD",
    "check_csrf",
    "csrf_token",
    "require_editor",
    "sign_in",
    "sign_out",
    "signed_in_editor",
]
