"""Strong ETags and conditional requests for immutable resources.

A version's bytes never change, so everything derived from them is fixed by the bytes' SHA-256,
the analyser version that read them and, for comparisons, the options. Those make the ETag, and
a client or proxy holding a copy revalidates with `If-None-Match` and gets 304 without a body.
"""

from __future__ import annotations

import hashlib

from fastapi import Request, Response

IMMUTABLE_BYTES = "public, max-age=31536000, immutable"
"""For the original bytes of a version: they can never change under the same URL."""

DERIVED_FROM_IMMUTABLE = "public, max-age=3600, must-revalidate"
"""For what the analyser derives from fixed bytes: stable until a re-analysis, which changes the
ETag, so caches keep it an hour and then revalidate cheaply."""


def strong_etag(*parts: object) -> str:
    """A quoted strong entity tag identifying a representation by what determines it."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode()).hexdigest()
    return f'"{digest[:32]}"'


def etag_matches(request: Request, etag: str) -> bool:
    """Whether `If-None-Match` names `etag` (or `*`); weak comparison, as RFC 9110 asks for."""
    header = request.headers.get("if-none-match")
    if not header:
        return False
    candidates = {tag.strip().removeprefix("W/") for tag in header.split(",")}
    return "*" in candidates or etag in candidates


def not_modified(etag: str, cache_control: str) -> Response:
    """The 304 answer: no body, the same validators and caching headers as the 200 would carry."""
    return Response(status_code=304, headers={"ETag": etag, "Cache-Control": cache_control})


def set_validators(response: Response, etag: str, cache_control: str) -> None:
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = cache_control


__all__ = [
    "DERIVED_FROM_IMMUTABLE",
    "IMMUTABLE_BYTES",
    "etag_matches",
    "not_modified",
    "set_validators",
    "strong_etag",
]
