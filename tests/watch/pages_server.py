"""A loopback HTTP server whose answers each test sets per path: revisions of a page, 304s,
errors, slow answers, redirects; and a webhook receiver that can fail a given number of times."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    delay: float = 0.0
    redirect_to: str | None = None
    declared_length: int | None = None


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


@dataclass
class PageServer:
    base_url: str = ""
    pages: dict[str, Page] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    failures_left: dict[str, int] = field(default_factory=dict)
    """POST path → how many more POSTs answer 503 before they answer 204."""
    lock: threading.Lock = field(default_factory=threading.Lock)
    release: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base_url + path

    def set(self, path: str, **fields: object) -> str:
        with self.lock:
            self.pages[path] = Page(**fields)  # type: ignore[arg-type]
        return self.url(path)

    def requests_to(self, path: str, method: str = "GET") -> list[Received]:
        with self.lock:
            return [r for r in self.received if r.path == path and r.method == method]


def _handler(state: PageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            pass

        def _record(self, body: bytes = b"") -> None:
            with state.lock:
                state.received.append(
                    Received(
                        self.command,
                        self.path,
                        {k.lower(): v for k, v in self.headers.items()},
                        body,
                        time.monotonic(),
                    )
                )

        def do_GET(self) -> None:
            self._record()
            with state.lock:
                page = state.pages.get(self.path)
            if page is None:
                return self._answer(404, b"not here", "text/plain")
            if page.delay:
                state.release.wait(page.delay)
            if page.redirect_to is not None:
                self.send_response(302)
                self.send_header("Location", page.redirect_to)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if page.etag is not None and self.headers.get("If-None-Match") == page.etag:
                self.send_response(304)
                self.send_header("ETag", page.etag)
                self.end_headers()
                return None
            extra = {"ETag": page.etag} if page.etag else {}
            return self._answer(page.status, page.body, page.content_type, extra)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            self._record(self.rfile.read(length))
            with state.lock:
                left = state.failures_left.get(self.path, 0)
                if left:
                    state.failures_left[self.path] = left - 1
            self._answer(503 if left else 204, b"", "text/plain")

        def _answer(
            self, status: int, body: bytes, content_type: str, extra: dict[str, str] | None = None
        ) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if body:
                # the watcher may stop reading (a size bound, a timeout)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

    return Handler


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """Clients that hang up (timeouts, size bounds) are what some tests do on purpose."""


@contextmanager
def running_page_server() -> Iterator[PageServer]:
    state = PageServer()
    server = _QuietServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        state.release.set()
        server.shutdown()
        server.server_close()
