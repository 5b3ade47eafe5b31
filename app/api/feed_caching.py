"""Validators for feeds: an `ETag` of the body and a `Last-Modified` of the newest entry, so
feed readers polling every few minutes get `304 Not Modified` while nothing is new."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime

from fastapi import Request, Response

from app.http.caching import etag_matches, strong_etag

FEED_CACHE_CONTROL = "public, max-age=300"
"""Feeds change when a version arrives; readers may keep one five minutes, then revalidate."""


def conditional_feed(
    request: Request, body: str | bytes, media_type: str, last_modified: datetime | None
) -> Response:
    """The feed, or 304 when the reader's `If-None-Match` or `If-Modified-Since` is current."""
    etag = strong_etag(body)
    headers = {"ETag": etag, "Cache-Control": FEED_CACHE_CONTROL}
    if last_modified is not None:
        headers["Last-Modified"] = format_datetime(
            last_modified.replace(microsecond=0), usegmt=True
        )
    if etag_matches(request, etag) or (
        "if-none-match" not in request.headers
        and last_modified is not None
        and _not_modified_since(request.headers.get("if-modified-since"), last_modified)
    ):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


def _not_modified_since(header: str | None, last_modified: datetime) -> bool:
    if not header:
        return False
    try:
        since = parsedate_to_datetime(header)
    except (TypeError, ValueError):
        return False
    if since.tzinfo is None:
        return False
    return last_modified.replace(microsecond=0) <= since
