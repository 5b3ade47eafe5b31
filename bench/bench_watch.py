"""Watching benchmark: one round of checks of N sources on one local server, most unchanged.

    python bench/bench_watch.py [--sources 500] [--changed 25] [--rate 50] [--concurrency 8]

A loopback server serves N chapter pages (each with an ETag). The first round (not timed as the
figure) stores a version of each; then `--changed` pages get new text, every source is made due,
and the second round is timed: most answers are 304, the changed ones become versions with a
change each. The server records when each request arrived, so the bench also reports the most
requests it saw in any one-second window, which the per-host limit (`--rate` per second) must
bound. The database is a fresh SQLite file (or DATABASE_URL if set).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from sqlalchemy import update

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.config import Settings
from app.store import make_engine, make_session_factory, upgrade_to_head
from app.store.sources import add_source
from app.store.watch_models import Source
from app.watch import check_due_sources

PAGE = """<!doctype html><html><head><title>Values</title></head><body>
<header><p>Site menu</p></header><main><h1>Values and Principles</h1>
<h2>1. Introduction</h2><p>Council {index} works with children and families.</p>
<h2>2. Leaving care</h2><p>Care leavers receive support up to the age of {age}.</p>
<h2>3. Permanence</h2><p>A permanence plan is agreed within {months} months.</p>
</main><footer><p>Footer</p></footer></body></html>"""


class Pages:
    def __init__(self, count: int) -> None:
        self.revision = dict.fromkeys(range(count), 0)
        self.arrivals: deque[float] = deque()
        self.lock = threading.Lock()

    def body(self, index: int) -> bytes:
        revision = self.revision[index]
        return PAGE.format(index=index, age=21 - revision, months=4 + revision).encode()


def serve(pages: Pages) -> tuple[ThreadingHTTPServer, str]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *_args: object) -> None:
            pass

        def do_GET(self) -> None:
            with pages.lock:
                pages.arrivals.append(time.monotonic())
            if self.path == "/robots.txt":
                return self._send(200, b"User-agent: *\nAllow: /\n", None)
            index = int(self.path.rsplit("/", 1)[1])
            etag = f'"{index}-{pages.revision[index]}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return None
            return self._send(200, pages.body(index), etag)

        def _send(self, status: int, body: bytes, etag: str | None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            if etag:
                self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def busiest_second(arrivals: list[float]) -> int:
    """The most requests that arrived within any one second."""
    best, start = 0, 0
    for end, moment in enumerate(arrivals):
        while moment - arrivals[start] >= 1.0:
            start += 1
        best = max(best, end - start + 1)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=500)
    parser.add_argument("--changed", type=int, default=25)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, default=8)
    options = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="bench-watch-"))
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{folder / 'bench.sqlite3'}"
    settings = Settings(
        DATABASE_URL=url,
        watch_allow_private_addresses=True,
        watch_host_requests_per_second=options.rate,
        watch_concurrency=options.concurrency,
        watch_retry_wait_seconds=0,
    )
    engine = make_engine(settings.database_url)
    upgrade_to_head(engine)
    session_factory = make_session_factory(engine)
    pages = Pages(options.sources)
    server, base = serve(pages)
    with session_factory() as session:
        for index in range(options.sources):
            add_source(
                session=session,
                url=f"{base}/page/{index}",
                authority_slug=f"council-{index}",
                interval_minutes=60,
            )

    started = time.perf_counter()
    first = check_due_sources(session_factory, settings)
    first_seconds = time.perf_counter() - started
    print(
        f"first round: {len(first.outcomes)} sources, {first.count('version')} versions "
        f"in {first_seconds:.1f} s"
    )

    for index in range(0, options.sources, max(1, options.sources // max(options.changed, 1))):
        if sum(pages.revision.values()) >= options.changed:
            break
        pages.revision[index] = 1
    with session_factory() as session, session.begin():
        past = datetime.now(UTC) - timedelta(seconds=1)
        session.execute(update(Source).values(next_check_at=past))
    with pages.lock:
        pages.arrivals.clear()

    started = time.perf_counter()
    second = check_due_sources(session_factory, settings)
    seconds = time.perf_counter() - started
    with pages.lock:
        arrivals = sorted(pages.arrivals)
    print(
        f"second round: {len(second.outcomes)} sources checked in {seconds:.1f} s: "
        f"{second.count('unchanged')} unchanged, {second.count('version')} new versions, "
        f"{second.count('failed')} failed; {len(arrivals)} requests, busiest second "
        f"{busiest_second(arrivals)} requests (limit {options.rate:g}/s per host), "
        f"{options.concurrency} threads, {os.cpu_count()} CPUs"
    )
    server.shutdown()
    engine.dispose()


if __name__ == "__main__":
    main()
