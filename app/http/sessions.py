"""Editors' sessions: a signed cookie kept by Starlette's `SessionMiddleware` (decision 0031).

The cookie holds only the signed-in token's name and the session's CSRF token, signed with
itsdangerous (through the middleware) so it cannot be forged or altered; it is `HttpOnly`,
`SameSite=Lax`, expires `session_max_age_hours` after the last response that set it, and is
`Secure` whenever the request came over https (two middleware instances, chosen per request,
because the middleware takes the flag once at construction). Pages vary on the cookie, and a
page sent to a browser with a session is `private` (its header may name the editor).

The signing key is `Settings.session_secret`; when unset, a key is generated once and kept in
`Settings.session_secret_file`, created exclusively with owner-only permissions so that every
worker on the host reads the same key and a restart keeps editors signed in.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

from fastapi import FastAPI
from starlette.datastructures import Headers, MutableHeaders
from starlette.middleware.sessions import SessionMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.config import Settings

logger = logging.getLogger(__name__)

SESSION_COOKIE = "policydiff_session"
PRIVATE_PAGE = "private, no-cache"
"""A page sent to a browser with a session: its header may name the editor and carry their
CSRF token, so no shared cache may keep it."""

SECRET_BYTES = 32
"""256 random bits, written as URL-safe text."""


def session_secret(settings: Settings) -> str:
    """The key that signs session cookies: the setting, else the kept key (made if missing).

    If the file cannot be read or created, a key for this process alone is used and a warning
    says why: editors are then signed out on restart, and workers do not share sessions.
    """
    if settings.session_secret is not None:
        return settings.session_secret.get_secret_value()
    path = settings.session_secret_file
    try:
        return _read_or_create(path)
    except OSError as error:
        logger.warning(
            "cannot keep the session key in %s (%s); using one for this process only, so "
            "editors are signed out on restart. To fix: set POLICYDIFF_SESSION_SECRET, or "
            "POLICYDIFF_SESSION_SECRET_FILE to a writable place.",
            path,
            error.strerror or error,
        )
        return secrets.token_urlsafe(SECRET_BYTES)


def _read_or_create(path: Path) -> str:
    """The key in `path`; if there is none, a new one written there first by whichever process
    gets to create the file (the others read it)."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        key = secrets.token_urlsafe(SECRET_BYTES)
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(descriptor, "w", encoding="ascii") as kept:
                kept.write(key + "\n")
            return key
    key = path.read_text(encoding="ascii").strip()
    if len(key) < SECRET_BYTES:
        raise OSError(f"the key in {path} is shorter than {SECRET_BYTES} characters")
    return key


class _SessionsBySchemeMiddleware:
    """Starlette's session middleware, with the cookie's `Secure` flag set for https requests."""

    def __init__(self, app: ASGIApp, secret_key: str, max_age: int) -> None:
        self._over_https, self._over_http = (
            SessionMiddleware(
                app,
                secret_key=secret_key,
                session_cookie=SESSION_COOKIE,
                max_age=max_age,
                same_site="lax",
                https_only=https_only,
            )
            for https_only in (True, False)
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        secure = scope.get("scheme") in ("https", "wss")
        session = self._over_https if secure else self._over_http
        if scope["type"] != "http":
            await session(scope, receive, send)
            return
        with_cookie = SESSION_COOKIE in Headers(scope=scope).get("cookie", "")

        async def send_marked(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                if headers.get("content-type", "").startswith("text/html"):
                    varies = {
                        part.strip().lower()
                        for part in ",".join(headers.getlist("vary")).split(",")
                    }
                    if "cookie" not in varies:
                        headers.add_vary_header("Cookie")
                    if with_cookie:
                        headers["Cache-Control"] = PRIVATE_PAGE
            await send(message)

        await session(scope, receive, send_marked)


def install_sessions(app: FastAPI, settings: Settings) -> None:
    """Keep editors' sessions in a signed cookie on every request of `app`."""
    app.add_middleware(
        _SessionsBySchemeMiddleware,
        secret_key=session_secret(settings),
        max_age=round(settings.session_max_age_hours * 3600),
    )


__all__ = ["SESSION_COOKIE", "install_sessions", "session_secret"]
