"""Every response's security headers, `HEAD` on every `GET` route, and an `Allow` header that
lists every method a path takes (decision 0023).

A pure ASGI middleware around the whole app (API, web UI, static files):

* a strict Content-Security-Policy (scripts and styles only from this origin: the templates hold
  no inline script or style), `frame-ancestors 'none'` (with `X-Frame-Options: DENY` for older
  browsers), `X-Content-Type-Options: nosniff` and `Referrer-Policy: same-origin`; a header the
  response already sets (the sandboxing policy of an original's download) is kept. The Swagger
  UI page alone runs FastAPI's inline start-up script, so its policy allows inline script;
* `HEAD` is answered as the `GET` of the same path without its body;
* a `405` answers `Allow` with the methods of every route at that path, not only the first one
  the router tried.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping, Sequence
from typing import Any

from starlette.routing import BaseRoute, Match

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AsgiApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
DOCS_CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),
    (b"cross-origin-opener-policy", b"same-origin"),
)


class SecurityHeadersMiddleware:
    """See the module's docstring. `routes` gives the app's routes (for `Allow`)."""

    def __init__(
        self, app: AsgiApp, routes: Callable[[], Sequence[BaseRoute]], docs_path: str
    ) -> None:
        self.app = app
        self.routes = routes
        self.docs_path = docs_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        is_head = scope["method"] == "HEAD"
        if is_head:
            scope = {**scope, "method": "GET"}
        policy = (
            DOCS_CONTENT_SECURITY_POLICY
            if scope["path"] == self.docs_path
            else CONTENT_SECURITY_POLICY
        ).encode()

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [(name.lower(), value) for name, value in message.get("headers", [])]
                present = {name for name, _ in headers}
                if b"content-security-policy" not in present:
                    headers.append((b"content-security-policy", policy))
                headers.extend(item for item in SECURITY_HEADERS if item[0] not in present)
                if message["status"] == 405:
                    allowed = self._allowed_methods(scope)
                    if allowed:
                        headers = [(n, v) for n, v in headers if n != b"allow"]
                        headers.append((b"allow", ", ".join(allowed).encode()))
                message = {**message, "headers": headers}
            elif message["type"] == "http.response.body" and is_head:
                if message.get("more_body", False):
                    return
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _allowed_methods(self, scope: Scope) -> list[str]:
        """The methods some route at this path takes, found by asking the routes whether they
        fully match the path with each method (routers nest, so their routes are not listed).
        Empty for a mount that takes every method itself (static files): its Allow stays."""
        methods = [
            method
            for method in _PROBED_METHODS
            if any(
                route.matches({**scope, "method": method})[0] is Match.FULL
                for route in self.routes()
            )
        ]
        if len(methods) == len(_PROBED_METHODS):
            return []
        if "GET" in methods:
            methods.append("HEAD")
        return sorted(methods)


_PROBED_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")


__all__ = ["CONTENT_SECURITY_POLICY", "SecurityHeadersMiddleware"]
