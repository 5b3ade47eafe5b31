"""Deleted versions: their tombstones, listed and restored by an editor (decision 0023)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from app.api.responses import INVALID, NOT_FOUND, Responses, problem
from app.http.deps import SessionDep, WriteTokenDep
from app.schemas.records import DeletedVersionRead
from app.schemas.stored_versions import VersionRead, detail_of
from app.store import list_deleted_versions, restore_version

router = APIRouter(tags=["versions"])

_UNAUTHORIZED: Responses = {401: problem("The bearer token is missing or not valid.")}


@router.get(
    "/deleted-versions",
    response_model=list[DeletedVersionRead],
    responses=_UNAUTHORIZED,
    summary="List deleted versions",
)
def read_deleted_versions(_token: WriteTokenDep, session: SessionDep) -> list[DeletedVersionRead]:
    """Every deleted version's tombstone (who deleted it, when and why), newest first.

    Needs `Authorization: Bearer <token>`: deleted versions are hidden from public reads.
    """
    return [
        DeletedVersionRead.model_validate(row) for row in list_deleted_versions(session=session)
    ]


@router.post(
    "/deleted-versions/{version_id}/restore",
    response_model=VersionRead,
    responses={
        **_UNAUTHORIZED,
        **NOT_FOUND,
        409: problem("The same file was uploaded again since, as another version."),
        **INVALID,
    },
    summary="Restore a deleted version",
)
def restore_deleted_version(
    _token: WriteTokenDep,
    session: SessionDep,
    version_id: Annotated[int, Path(ge=1, le=2**31 - 1, description="The deleted version's id.")],
) -> VersionRead:
    """Bring a deleted version back under its own id, its sections and facts re-read from its
    original bytes. Needs `Authorization: Bearer <token>`."""
    return detail_of(restore_version(session=session, version_id=version_id))
