"""Deletion as a record (decision 0023): a deleted version becomes a tombstone that says who
deleted it, when and why. It is hidden from every read (it leaves `versions`, with its sections,
facts and search entries), an editor can restore it under its own id (sections and facts rebuilt
from the original bytes), and only `purge` removes it for good, together with every cached
comparison computed from its text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, or_, select, text
from sqlalchemy.orm import Session, undefer

from app.analysis import analyze
from app.errors import Conflict, InvalidParameter, NotFound
from app.families import get_family
from app.ingest import read_source
from app.store.db import is_sqlite, read_transaction, write_transaction
from app.store.models import CachedComparison, Version, VersionTombstone
from app.store.versions import MAX_ID, _apply_analysis, _source_format, get_version_or_raise

COMMAND_LINE = "command line"
"""Who a write made from `policydiff` on the server's own machine is recorded as."""

MAX_REASON = 1000


@dataclass(frozen=True, slots=True)
class DeletedVersion:
    """A tombstone as editors see it."""

    version_id: int
    authority_slug: str
    chapter_slug: str
    filename: str
    sha256: str
    added_by: str | None
    deleted_at: datetime
    deleted_by: str
    reason: str


def delete_version(
    *, session: Session, version_id: int, deleted_by: str = COMMAND_LINE, reason: str = ""
) -> DeletedVersion:
    """Replace a version by its tombstone (NotFound for an unknown id); its id is kept for it."""
    reason = reason.strip()
    if len(reason) > MAX_REASON:
        raise InvalidParameter(f"the reason is longer than {MAX_REASON} characters; shorten it.")
    get_version_or_raise(session=session, version_id=version_id)
    with write_transaction(session):
        version = session.scalar(
            select(Version).where(Version.id == version_id).options(undefer(Version.data))
        )
        if version is None:  # deleted by someone else in the meantime
            raise NotFound(
                f"no version with id {version_id}. To fix: list versions to find its id."
            )
        tombstone = VersionTombstone(
            id=version.id,
            authority_id=version.authority_id,
            chapter_id=version.chapter_id,
            data=version.data,
            sha256=version.sha256,
            filename=version.filename,
            declared_format=version.declared_format,
            source_url=version.source_url,
            retrieved_at=version.retrieved_at,
            ingested_at=version.ingested_at,
            added_by=version.added_by,
            deleted_at=datetime.now(UTC),
            deleted_by=deleted_by,
            deleted_reason=reason,
        )
        session.delete(version)
        session.flush()
        session.add(tombstone)
        session.flush()
        return _described(tombstone)


def list_deleted_versions(*, session: Session) -> list[DeletedVersion]:
    """Every tombstone, most recently deleted first."""
    with read_transaction(session):
        rows = session.scalars(
            select(VersionTombstone).order_by(
                VersionTombstone.deleted_at.desc(), VersionTombstone.id.desc()
            )
        ).all()
        return [_described(row) for row in rows]


def restore_version(*, session: Session, version_id: int) -> Version:
    """Bring a deleted version back under its own id, re-read from its original bytes.

    Conflict when the same bytes were uploaded again for its authority and chapter meanwhile.
    """
    tombstone = _tombstone(session, version_id)
    source = read_source(
        tombstone.data,
        tombstone.filename,
        _source_format(tombstone.declared_format),
        max_bytes=max(len(tombstone.data), 1),
    )
    analyzed = analyze(source, get_family(tombstone.chapter.slug))
    with write_transaction(session):
        current = session.get(VersionTombstone, version_id)
        if current is None:
            raise _not_deleted(version_id)
        again = session.scalar(
            select(Version.id).where(
                Version.authority_id == tombstone.authority_id,
                Version.chapter_id == tombstone.chapter_id,
                Version.sha256 == tombstone.sha256,
            )
        )
        if again is not None:
            raise Conflict(
                f"the same file was uploaded again as version {again}, so version {version_id} "
                f"cannot come back beside it. To fix: use version {again}, or purge "
                f"{version_id} (`policydiff purge {version_id}`)."
            )
        version = Version(
            id=tombstone.id,
            authority_id=tombstone.authority_id,
            chapter_id=tombstone.chapter_id,
            data=tombstone.data,
            sha256=tombstone.sha256,
            size_bytes=len(tombstone.data),
            filename=tombstone.filename,
            declared_format=tombstone.declared_format,
            source_url=tombstone.source_url,
            retrieved_at=tombstone.retrieved_at,
            ingested_at=tombstone.ingested_at,
            added_by=tombstone.added_by,
        )
        _apply_analysis(version, analyzed)
        session.delete(current)
        session.flush()
        session.add(version)
        session.flush()
    return get_version_or_raise(session=session, version_id=version_id)


def purge_deleted_versions(
    *, session: Session, version_ids: Sequence[int] | None = None
) -> list[int]:
    """Remove tombstones for good (the given ones, else all), and every cached comparison
    computed from their bytes. Returns the ids purged; NotFound names an id that is no
    tombstone (nothing is purged then)."""
    with write_transaction(session):
        query = select(VersionTombstone.id, VersionTombstone.sha256)
        if version_ids is not None:
            query = query.where(VersionTombstone.id.in_(sorted(set(version_ids))))
        found = {row.id: row.sha256 for row in session.execute(query)}
        for version_id in version_ids or ():
            if version_id not in found:
                raise _not_deleted(version_id)
        if not found:
            return []
        digests = sorted(set(found.values()))
        session.execute(
            delete(CachedComparison).where(
                or_(
                    CachedComparison.left_sha256.in_(digests),
                    CachedComparison.right_sha256.in_(digests),
                )
            )
        )
        session.execute(delete(VersionTombstone).where(VersionTombstone.id.in_(sorted(found))))
        if is_sqlite(session):
            # Merge the full-text index's segments, dropping the deleted sections' terms.
            session.execute(text("INSERT INTO section_search(section_search) VALUES('optimize')"))
    return sorted(found)


def _tombstone(session: Session, version_id: int) -> VersionTombstone:
    with read_transaction(session):
        tombstone = (
            session.scalar(
                select(VersionTombstone)
                .where(VersionTombstone.id == version_id)
                .options(undefer(VersionTombstone.data))
            )
            if 0 < version_id <= MAX_ID
            else None
        )
    if tombstone is None:
        raise _not_deleted(version_id)
    return tombstone


def _not_deleted(version_id: int) -> NotFound:
    return NotFound(
        f"no deleted version with id {version_id}. To fix: list deleted versions "
        "(`policydiff deleted`, or GET /api/v1/deleted-versions) to find its id."
    )


def _described(row: VersionTombstone) -> DeletedVersion:
    return DeletedVersion(
        version_id=row.id,
        authority_slug=row.authority.slug,
        chapter_slug=row.chapter.slug,
        filename=row.filename,
        sha256=row.sha256,
        added_by=row.added_by,
        deleted_at=row.deleted_at,
        deleted_by=row.deleted_by,
        reason=row.deleted_reason,
    )


__all__ = [
    "COMMAND_LINE",
    "DeletedVersion",
    "delete_version",
    "list_deleted_versions",
    "purge_deleted_versions",
    "restore_version",
]
