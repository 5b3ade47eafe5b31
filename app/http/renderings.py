"""Rendered pages and JSON kept per worker, validated by ETag (decision 0030).

The matrix, timeline and version pages (and the matrix and timeline JSON) depend only on the
stored versions and on what the request asks for. A request names those as its key: a
`content_fingerprint` of the versions it reads plus its own parameters; the key's digest is the
ETag. A client sending that ETag in `If-None-Match` gets 304 at the cost of the fingerprint
query; otherwise the body comes from this worker's memory, or is rendered once (concurrent
misses of one key wait for the first render rather than repeat it) and kept.

An upload, a delete or restore, or a re-analysis changes the fingerprint, so the next request
has a new key: nothing is ever served stale and nothing needs to be told to forget. Old keys
simply age out: the cache is bounded by the total size of its bodies, least recently used
first.
"""

from __future__ import annotations

import gzip
import threading
from collections.abc import Callable
from dataclasses import dataclass

from fastapi import Request, Response
from sqlalchemy import Engine

from app.http.caching import etag_matches, not_modified, set_validators, strong_etag
from app.http.delivery import ALREADY_COMPRESSED, COMPRESSION_LEVEL, MINIMUM_SIZE
from app.http.lru import ByteBoundedLRU
from app.store import content_fingerprint, content_generation

REVALIDATE = "no-cache"
"""Pages that change when a version is added: a client may keep them, and must ask each time
(cheaply, with `If-None-Match`)."""

RENDERING_VERSION = 1
"""Part of every key: change it when a template or a rendering changes shape, so a rolling
restart never mixes renderings across code versions (each worker's cache starts empty anyway)."""


KEYED_COOKIES = frozenset({"policydiff_council"})
"""Cookies a kept page may depend on (they are part of its key): the matrix's own council."""


@dataclass(frozen=True, slots=True)
class Rendering:
    """A response body as it was sent, with what is needed to send it again."""

    body: bytes
    media_type: str
    gzipped: bytes | None = None
    """The body compressed once, when kept, for clients that accept gzip (None: too small, or
    compressed already): a kept 600 kB matrix page otherwise cost more to compress on every
    request (8 to 13 ms) than to serve (2 ms)."""

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped or b"")


def kept_rendering(body: bytes, media_type: str) -> Rendering:
    """A rendering as kept: with its gzip-compressed body when compression is worth it (the
    rules of `app.http.delivery`)."""
    if len(body) < MINIMUM_SIZE or media_type.startswith(ALREADY_COMPRESSED):
        return Rendering(body, media_type)
    return Rendering(body, media_type, gzip.compress(body, compresslevel=COMPRESSION_LEVEL))


class RenderingCache(ByteBoundedLRU[str, Rendering]):
    """At most `max_bytes` of bodies; the least recently used leaves first. Thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(max_bytes, size_of=lambda rendering: rendering.size)
        self._rendering: dict[str, threading.Lock] = {}
        self._rendering_lock = threading.Lock()

    def get_or_render(self, key: str, render: Callable[[], Rendering | None]) -> Rendering | None:
        """The kept rendering of `key`, else `render()` kept (None: not kept). One render per
        key at a time: others asking meanwhile wait for it and share it."""
        found = self.get(key)
        if found is not None:
            return found
        with self._rendering_lock:
            key_lock = self._rendering.setdefault(key, threading.Lock())
        try:
            with key_lock:
                found = self.get(key)
                if found is None:
                    found = render()
                    if found is not None:
                        self.put(key, found)
        finally:
            with self._rendering_lock:
                if not key_lock.locked():
                    self._rendering.pop(key, None)
        return found


class Fingerprints:
    """The latest `content_fingerprint` of each scope (all versions, or one chapter), read again
    only when the content generation has moved (decision 0039).

    The digest reads every version row (on SQLite past the stored bytes: 15 to 20 ms for 400
    versions), more than serving a kept page; the generation is one primary-key read that every
    write to what pages show changes in its own transaction, so a hit costs that read and a
    kept fingerprint is never stale.
    """

    def __init__(self) -> None:
        self._known: dict[str | None, tuple[int, str]] = {}
        self._lock = threading.Lock()

    def of(self, engine: Engine, chapter_slug: str | None = None) -> str:
        generation = content_generation(engine=engine)
        with self._lock:
            known = self._known.get(chapter_slug)
        if known is not None and known[0] == generation:
            return known[1]
        fingerprint = content_fingerprint(engine=engine, chapter_slug=chapter_slug)
        with self._lock:
            self._known[chapter_slug] = (generation, fingerprint)
        return fingerprint


def content_key(request: Request, chapter_slug: str | None = None) -> str:
    """The fingerprint of what a page shows: the versions of `chapter_slug`, or all."""
    fingerprints: Fingerprints = request.app.state.rendering_fingerprints
    engine: Engine = request.app.state.engine
    return fingerprints.of(engine, chapter_slug)


def rendering_cache(request: Request) -> RenderingCache:
    cache: RenderingCache = request.app.state.rendering_cache
    return cache


def served_from_cache(
    request: Request, key: tuple[object, ...], render: Callable[[], Response]
) -> Response:
    """The response for `key`: 304 if the client holds it, else the kept body, else `render()`.

    Only 200 answers are kept; any other (an error page, a redirect) is returned as rendered.
    The answer carries the key's ETag and `Cache-Control: no-cache` either way. The path and
    the whole query are always part of the key (a page may link to its own address). A request
    carrying any cookie but those named in `KEYED_COOKIES` (a sign-in session, say: the page
    may show who is signed in, or a form token) is rendered for itself and never kept.
    """
    if set(request.cookies) - KEYED_COOKIES:
        return render()
    cookies = tuple(sorted(request.cookies.items()))
    etag = strong_etag(RENDERING_VERSION, request.url.path, request.url.query, cookies, *key)
    if etag_matches(request, etag):
        return not_modified(etag, REVALIDATE)
    uncached: list[Response] = []

    def rendered() -> Rendering | None:
        response = render()
        if response.status_code != 200:
            uncached.append(response)
            return None
        return kept_rendering(bytes(response.body), response.media_type or "text/html")

    found = rendering_cache(request).get_or_render(etag, rendered)
    if found is None:
        return uncached[0] if uncached else render()
    if found.gzipped is not None and "gzip" in request.headers.get("Accept-Encoding", ""):
        response = Response(
            found.gzipped,
            media_type=found.media_type,
            headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"},
        )
    else:
        response = Response(found.body, media_type=found.media_type)
    set_validators(response, etag, REVALIDATE)
    return response


__all__ = [
    "REVALIDATE",
    "Fingerprints",
    "Rendering",
    "RenderingCache",
    "content_key",
    "kept_rendering",
    "rendering_cache",
    "served_from_cache",
]
