"""Comparisons of two stored versions: one authority over time, or two authorities."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker
from starlette.concurrency import run_in_threadpool

from app.analysis import ANALYZER_VERSION
from app.api.responses import NOT_MODIFIED, READ_ERRORS
from app.diff import CompareOptions
from app.http.caching import DERIVED_FROM_IMMUTABLE, etag_matches, not_modified, strong_etag
from app.http.deps import SessionFactoryDep
from app.http.lru import ByteBoundedLRU
from app.http.params import CompareOptionsDep
from app.schemas.citations import citation_changes_of
from app.schemas.stored_versions import legislation_of, summary_of
from app.schemas.version_comparisons import VersionComparisonRead
from app.store import VersionKey, version_keys_or_raise
from app.store.comparisons import (
    comparison_fingerprint,
    comparison_payload,
    factory_word_budget,
)

router = APIRouter(tags=["comparisons"])


@router.get(
    "/comparisons",
    response_model=VersionComparisonRead,
    responses={**NOT_MODIFIED, **READ_ERRORS},
    summary="Compare two versions",
)
async def read_comparison(
    request: Request,
    session_factory: SessionFactoryDep,
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

    Immutable: a comparison is fixed by the two versions' bytes, the options, the analyser
    version and the editors' corrections of either version, so it carries a strong `ETag` and
    answers a matching `If-None-Match` with 304. The first request for a pair computes it;
    later ones, on any worker, are served from the cache.
    """
    keys = await _version_keys(request.app.state.engine, (left, right))
    etag = strong_etag(
        "comparison",
        *(part for version_id in (left, right) for part in _key_parts(keys[version_id])),
        comparison_fingerprint(
            options,
            keys[left].corrections_key,
            keys[right].corrections_key,
            word_budget=factory_word_budget(session_factory),
        ),
        ANALYZER_VERSION,
    )
    if etag_matches(request, etag):
        return not_modified(etag, DERIVED_FROM_IMMUTABLE)
    cache: ByteBoundedLRU[str, bytes] = request.app.state.comparison_json_cache
    body = cache.get(etag)
    if body is None:
        body = await run_in_threadpool(_encoded_comparison, session_factory, left, right, options)
        cache.put(etag, body)
    return Response(
        body,
        media_type="application/json",
        headers={"ETag": etag, "Cache-Control": DERIVED_FROM_IMMUTABLE},
    )


async def _version_keys(engine: Engine, version_ids: tuple[int, int]) -> dict[int, VersionKey]:
    """The versions' keys, read on the event loop for SQLite and in a worker thread otherwise.

    On SQLite the read is a primary-key lookup in a local file through the pool (sized above the
    thread limit, so a connection is always free) that takes tens of microseconds and never waits
    for writers (WAL): cheaper than the hop to a worker thread, which is most of what a cached
    comparison costs. On PostgreSQL it is a network round trip, which must not block the loop.
    """
    if engine.dialect.name == "sqlite":
        return version_keys_or_raise(engine=engine, version_ids=version_ids)
    return await run_in_threadpool(version_keys_or_raise, engine=engine, version_ids=version_ids)


def _encoded_comparison(
    session_factory: sessionmaker[Session], left_id: int, right_id: int, options: CompareOptions
) -> bytes:
    """The response body, the comparison coming from the database's cache or computed."""
    with session_factory() as session:
        return _encode(session, left_id, right_id, options)


def _encode(session: Session, left_id: int, right_id: int, options: CompareOptions) -> bytes:
    stored = comparison_payload(
        session=session, left_id=left_id, right_id=right_id, options=options
    )
    left_version, right_version = stored.left, stored.right
    return b"".join(
        (
            b'{"left_version":',
            summary_of(left_version).model_dump_json().encode(),
            b',"right_version":',
            summary_of(right_version).model_dump_json().encode(),
            b',"comparison":',
            stored.payload,
            b',"citations":',
            citation_changes_of(
                right_version.chapter.slug,
                legislation_of(left_version),
                legislation_of(right_version),
            )
            .model_dump_json()
            .encode(),
            b"}",
        )
    )


def _key_parts(key: VersionKey) -> tuple[object, ...]:
    return (key.version_id, key.sha256, key.analyzer_version, key.corrections_key)
