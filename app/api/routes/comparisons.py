"""Comparisons of two stored versions: one authority over time, or two authorities."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from app.analysis import ANALYZER_VERSION
from app.api.caching import DERIVED_FROM_IMMUTABLE, etag_matches, not_modified, strong_etag
from app.api.deps import CompareOptionsDep, SessionDep
from app.api.responses import NOT_MODIFIED, READ_ERRORS
from app.schemas.comparisons import ComparisonRead
from app.schemas.stored_versions import summary_of
from app.schemas.version_comparisons import VersionComparisonRead
from app.store import compare_versions, get_version_or_raise, options_fingerprint

router = APIRouter(tags=["comparisons"])


class ComparisonJsonCache:
    """Encoded comparisons kept in this process, keyed by what determines them.

    The comparison itself is cached in the database (shared by every worker); this only spares
    re-encoding a hot comparison on each request. A pure function's memo: it can never disagree
    with the database, and losing it costs one encoding.
    """

    def __init__(self, size: int = 64) -> None:
        self._size = size
        self._entries: OrderedDict[str, bytes] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> bytes | None:
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(self, key: str, value: bytes) -> None:
        with self._lock:
            self._entries[key] = value
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)


@router.get(
    "/comparisons",
    response_model=VersionComparisonRead,
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="Compare two versions",
)
def read_comparison(
    request: Request,
    session: SessionDep,
    left: Annotated[int, Query(ge=1, le=2**31 - 1, description="Id of the left (older) version.")],
    right: Annotated[
        int, Query(ge=1, le=2**31 - 1, description="Id of the right (newer) version.")
    ],
    options: CompareOptionsDep,
) -> Response:
    """The structured difference between two stored versions.

    Works for one authority's revisions over time (take consecutive ids from its timeline) and
    across authorities. Sections are aligned by kind, heading and content; blocks by content,
    also across sections (a block found elsewhere is `moved`); words inside matched blocks by
    diff-match-patch. Differences the `ignore_*` options ignore stay in the word operations,
    marked ignorable, and do not count as changes.

    Immutable: a comparison is fixed by the two versions' bytes, the options and the analyser
    version, so it carries a strong `ETag` and answers a matching `If-None-Match` with 304. The
    first request for a pair computes it; later ones, on any worker, are served from the cache.
    """
    left_version = get_version_or_raise(session=session, version_id=left)
    right_version = get_version_or_raise(session=session, version_id=right)
    fingerprint = options_fingerprint(options)
    etag = strong_etag(
        "comparison",
        left_version.id,
        left_version.sha256,
        right_version.id,
        right_version.sha256,
        fingerprint,
        ANALYZER_VERSION,
    )
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    cache: ComparisonJsonCache = request.app.state.comparison_json_cache
    key = f"{left_version.sha256}:{right_version.sha256}:{fingerprint}:{ANALYZER_VERSION}"
    encoded = cache.get(key)
    if encoded is None:
        comparison = compare_versions(
            session=session, left_id=left_version.id, right_id=right_version.id, options=options
        )
        encoded = ComparisonRead.from_comparison(comparison).model_dump_json().encode()
        cache.put(key, encoded)
    body = b"".join(
        (
            b'{"left_version":',
            summary_of(left_version).model_dump_json().encode(),
            b',"right_version":',
            summary_of(right_version).model_dump_json().encode(),
            b',"comparison":',
            encoded,
            b"}",
        )
    )
    return Response(
        body,
        media_type="application/json",
        headers={"ETag": etag, "Cache-Control": DERIVED_FROM_IMMUTABLE},
    )
