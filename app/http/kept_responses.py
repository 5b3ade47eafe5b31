"""Whole responses to repeated anonymous reads, kept per worker and answered before routing
(decision 0039).

Under a read-mostly load most requests ask again for what a worker answered a moment ago: the
same version, comparison, page or search. Even when the body was kept (decision 0030), each
such request still went through FastAPI's routing, dependency resolution (a session, a version
row with its text and facts), the middleware stack and, for the API's version JSON, pydantic
validation and encoding: 2 to 10 ms of the two cores. This middleware sits outside all of that.
A kept response is exactly what the stack sent (status, every header, body) for a request with
the same path, query, host, scheme and gzip acceptance, under the same content generation
(`app.store.generation`), which every write to what readers see moves in its own transaction.
So a hit costs one primary-key read and a send, and nothing kept outlives a write.

Only what cannot differ between readers is kept: GETs of the routes in `KEPT_PATHS`, from a
request with no cookie, no `Authorization` and no conditional or range header (those go
through the app, which answers them as before), answered 200 without `Set-Cookie` and without
`private` or `no-store` caching. The cache is bounded by the bytes it holds, least recently used
first.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine
from starlette.concurrency import run_in_threadpool

from app.http.lru import ByteBoundedLRU
from app.store import content_generation

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
AsgiApp = Callable[[Scope, Receive, Send], Awaitable[None]]

KEPT_PATHS = re.compile(
    r"^(?:"
    r"/versions/\d+"
    r"|/compare"
    r"|/search"
    r"|/chapters/[a-z0-9-]+/matrix"
    r"|/authorities/[a-z0-9-]+/chapters/[a-z0-9-]+"
    r"|/api/v1/versions/\d+(?:/facts|/sections(?:/[a-z0-9_]+)?)?"
    r"|/api/v1/comparisons"
    r"|/api/v1/search"
    r"|/api/v1/chapters/[a-z0-9-]+/matrix"
    r")$"
)
"""Reads whose answer depends only on the stored content and on the request's path and query."""

PERSONAL_HEADERS = frozenset(
    {b"cookie", b"authorization", b"if-none-match", b"if-modified-since", b"if-match", b"range"}
)
"""A request carrying any of these is answered by the app itself."""

UNSHAREABLE_CACHING = ("private", "no-store")


@dataclass(frozen=True, slots=True)
class KeptResponse:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes

    @property
    def size(self) -> int:
        return len(self.body) + sum(len(name) + len(value) for name, value in self.headers)


class KeptResponses(ByteBoundedLRU[tuple[object, ...], KeptResponse]):
    """At most `max_bytes` of responses; the least recently used leaves first. Thread-safe."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(max_bytes, size_of=lambda response: response.size)


class NextGenerationRead:
    """The generation for many concurrent requests of one worker, read by one query at a time
    and still exactly: a request never shares a read already under way (it may have begun
    before a write the request must see); it waits for the next read, which begins after it
    arrived, and every request that arrived meanwhile shares that one. Under a burst this turns
    one pooled connection and thread per request into one per batch, which is what kept
    PostgreSQL's pool and the thread pool from queueing (decision 0039)."""

    def __init__(self, read: Callable[[], int]) -> None:
        self._read = read
        self._next: asyncio.Future[int] | None = None
        self._reader: asyncio.Task[None] | None = None

    async def __call__(self) -> int:
        loop = asyncio.get_running_loop()
        if self._next is None or self._next.get_loop() is not loop:
            self._next = loop.create_future()
        waiting = self._next
        if self._reader is None or self._reader.get_loop() is not loop:
            self._reader = loop.create_task(self._read_while_asked())
        return await asyncio.shield(waiting)

    async def _read_while_asked(self) -> None:
        try:
            while self._next is not None:
                asked, self._next = self._next, None
                try:
                    asked.set_result(await run_in_threadpool(self._read))
                except Exception as error:  # each waiter's request reports it as it would
                    asked.set_exception(error)
        finally:
            self._reader = None


class KeptResponsesMiddleware:
    """See the module's docstring. `engine` gives the app's engine (None before it starts)."""

    def __init__(
        self, app: AsgiApp, cache: KeptResponses, engine: Callable[[], Engine | None]
    ) -> None:
        self.app = app
        self.cache = cache
        self.engine = engine
        self._generation_reads: dict[int, NextGenerationRead] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        key = await self._key(scope)
        if key is None:
            await self.app(scope, receive, send)
            return
        kept = self.cache.get(key)
        if kept is not None:
            await send(
                {"type": "http.response.start", "status": kept.status, "headers": kept.headers}
            )
            await send({"type": "http.response.body", "body": kept.body})
            return
        await self.app(scope, receive, self._keeping(key, send))

    async def _key(self, scope: Scope) -> tuple[object, ...] | None:
        """The request's key, or None when it is not to be kept."""
        if scope["type"] != "http" or scope["method"] != "GET" or self.cache.max_bytes == 0:
            return None
        if not KEPT_PATHS.match(scope["path"]):
            return None
        engine = self.engine()
        if engine is None:
            return None
        host = b""
        gzip = False
        for name, value in scope["headers"]:
            if name in PERSONAL_HEADERS:
                return None
            if name == b"host":
                host = value
            elif name == b"accept-encoding":
                gzip = b"gzip" in value
        try:
            if engine.dialect.name == "sqlite":
                generation = content_generation(engine=engine)
            else:
                generation = await self._generation_read(engine)()
        except Exception:
            return None  # the app answers, and reports the database's state as it does
        return (generation, scope["scheme"], host, scope["path"], scope["query_string"], gzip)

    def _generation_read(self, engine: Engine) -> NextGenerationRead:
        reads = self._generation_reads.get(id(engine))
        if reads is None:
            reads = NextGenerationRead(lambda: content_generation(engine=engine))
            self._generation_reads = {id(engine): reads}
        return reads

    def _keeping(self, key: tuple[object, ...], send: Send) -> Send:
        """`send`, keeping a complete shareable 200 response under `key` once sent."""
        start: list[Message] = []
        chunks: list[bytes] = []
        collected = [0]

        async def send_and_keep(message: Message) -> None:
            await send(message)
            if message["type"] == "http.response.start":
                start.append(message)
                return
            if message["type"] != "http.response.body" or not start:
                return
            body = message.get("body", b"")
            collected[0] += len(body)
            if collected[0] > self.cache.max_bytes:
                start.clear()  # too large to keep: collect no more of it
                chunks.clear()
                return
            chunks.append(body)
            if message.get("more_body", False):
                return
            headers = tuple(start[0].get("headers", ()))
            if start[0]["status"] == 200 and _shareable(headers):
                self.cache.put(key, KeptResponse(200, headers, b"".join(chunks)))

        return send_and_keep


def _shareable(headers: tuple[tuple[bytes, bytes], ...]) -> bool:
    for name, value in headers:
        lowered = name.lower()
        if lowered == b"set-cookie":
            return False
        if lowered == b"cache-control" and any(
            word.encode() in value.lower() for word in UNSHAREABLE_CACHING
        ):
            return False
    return True


__all__ = ["KEPT_PATHS", "KeptResponse", "KeptResponses", "KeptResponsesMiddleware"]
