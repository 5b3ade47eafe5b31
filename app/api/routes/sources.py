"""Watched sources: published chapters that policydiff fetches on a schedule."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Response

from app.api.responses import INVALID, NOT_FOUND, READ_ERRORS, Responses, problem
from app.config import Settings
from app.http.deps import SessionDep, SettingsDep, WriteTokenDep
from app.schemas.sources import SnapshotRead, SourceCreate, SourceRead
from app.store import Source
from app.store.sources import (
    add_source,
    get_source_or_raise,
    list_sources,
    remove_source,
    snapshot_page_stamp,
    snapshots_of,
)

router = APIRouter(tags=["sources"])

_WRITE_ERRORS: Responses = {
    400: problem("The body is not JSON."),
    401: problem("No valid write token."),
    409: problem("The URL is watched already."),
    **INVALID,
}


def source_read(source: Source, settings: Settings) -> SourceRead:
    """The contract view, with `failing` decided by the service's threshold."""
    read = SourceRead.model_validate(source)
    read.failing = source.consecutive_failures >= settings.watch_failing_after
    return read


def _source(
    session: SessionDep,
    source_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The source's id.")],
) -> Source:
    return get_source_or_raise(session=session, source_id=source_id)


SourceDep = Annotated[Source, Depends(_source)]


@router.get("/sources", response_model=list[SourceRead], summary="List watched sources")
def read_sources(session: SessionDep, settings: SettingsDep) -> list[SourceRead]:
    """Every watched source with its last check, last change and last error; `failing` marks
    one whose recent checks all failed."""
    return [source_read(source, settings) for source in list_sources(session=session)]


@router.post(
    "/sources",
    response_model=SourceRead,
    status_code=201,
    responses=_WRITE_ERRORS,
    summary="Watch a source",
)
def create_source(
    body: SourceCreate, session: SessionDep, settings: SettingsDep, _token: WriteTokenDep
) -> SourceRead:
    """Watch a published chapter; it is checked at the watcher's next round, then every
    `interval_minutes` (plus a random part, so sources do not all fall due together)."""
    source = add_source(
        session=session,
        url=body.url,
        authority_slug=body.authority,
        authority_name=body.authority_name,
        chapter_slug=body.chapter,
        interval_minutes=body.interval_minutes or settings.watch_default_interval_minutes,
    )
    return source_read(source, settings)


@router.get(
    "/sources/{source_id}",
    response_model=SourceRead,
    responses=READ_ERRORS,
    summary="Read a watched source",
)
def read_watched_source(source: SourceDep, settings: SettingsDep) -> SourceRead:
    """One source and how its checks went."""
    return source_read(source, settings)


@router.get(
    "/sources/{source_id}/snapshots",
    response_model=list[SnapshotRead],
    responses=READ_ERRORS,
    summary="A source's snapshots",
)
def read_snapshots(source: SourceDep, session: SessionDep) -> list[SnapshotRead]:
    """The fetches whose bytes changed, newest first (the last 50). A snapshot whose text was
    the same as before (a new cookie banner, a page date) points at the same version."""
    return [
        SnapshotRead.model_validate(row).model_copy(update={"page_stamp": snapshot_page_stamp(row)})
        for row in snapshots_of(session=session, source_id=source.id)
    ]


@router.delete(
    "/sources/{source_id}",
    status_code=204,
    response_class=Response,
    responses={**NOT_FOUND, 401: problem("No valid write token."), **INVALID},
    summary="Stop watching a source",
)
def delete_source(source: SourceDep, session: SessionDep, _token: WriteTokenDep) -> Response:
    """Stop watching; its snapshots go, the versions it brought stay."""
    remove_source(session=session, source_id=source.id)
    return Response(status_code=204)
