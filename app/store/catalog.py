"""Authorities, chapters, timelines and the versions in force at a date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from app.errors import NotFound
from app.store.db import read_transaction
from app.store.models import Authority, Chapter, Version


def list_authorities(*, session: Session) -> list[Authority]:
    """Every authority, by name."""
    with read_transaction(session):
        return list(session.scalars(select(Authority).order_by(Authority.name)).all())


def get_authority_or_raise(*, session: Session, slug: str) -> Authority:
    with read_transaction(session):
        authority = session.scalar(select(Authority).where(Authority.slug == slug))
    if authority is None:
        raise NotFound(f"no authority '{slug}'. To fix: list authorities for their slugs.")
    return authority


def list_chapters(*, session: Session) -> list[Chapter]:
    """Every chapter, by title."""
    with read_transaction(session):
        return list(session.scalars(select(Chapter).order_by(Chapter.title)).all())


def get_chapter_or_raise(*, session: Session, slug: str) -> Chapter:
    with read_transaction(session):
        chapter = session.scalar(select(Chapter).where(Chapter.slug == slug))
    if chapter is None:
        raise NotFound(f"no chapter '{slug}'. To fix: list chapters for their slugs.")
    return chapter


def timeline(*, session: Session, authority_slug: str, chapter_slug: str) -> list[Version]:
    """An authority's versions of a chapter, oldest first (NotFound for unknown slugs)."""
    authority = get_authority_or_raise(session=session, slug=authority_slug)
    chapter = get_chapter_or_raise(session=session, slug=chapter_slug)
    with read_transaction(session):
        return list(
            session.scalars(
                select(Version)
                .where(Version.authority_id == authority.id, Version.chapter_id == chapter.id)
                .order_by(Version.effective_date, Version.id)
            ).all()
        )


def current_versions(
    *, session: Session, chapter_slug: str, as_of: date | None = None
) -> list[Version]:
    """For each authority, its version of the chapter in force on `as_of` (default: the latest).

    Authorities with no version in force by then are left out. Ordered by authority name.
    """
    chapter = get_chapter_or_raise(session=session, slug=chapter_slug)
    with read_transaction(session):
        in_force = current_version_ids(chapter_id=chapter.id, as_of=as_of).subquery()
        return list(
            session.scalars(
                select(Version)
                .join(in_force, in_force.c.id == Version.id)
                .join(Authority, Authority.id == Version.authority_id)
                .order_by(Authority.name, Authority.slug)
            ).all()
        )


def current_version_ids(
    *, chapter_id: int | None = None, as_of: date | None = None
) -> Select[tuple[int]]:
    """A query for the id of each (authority, chapter)'s version in force on `as_of` (or latest)."""
    ranked = select(
        Version.id.label("id"),
        func.row_number()
        .over(
            partition_by=(Version.authority_id, Version.chapter_id),
            order_by=(Version.effective_date.desc(), Version.id.desc()),
        )
        .label("rank"),
    )
    if chapter_id is not None:
        ranked = ranked.where(Version.chapter_id == chapter_id)
    if as_of is not None:
        ranked = ranked.where(Version.effective_date <= as_of)
    ranked_subquery = ranked.subquery()
    return select(ranked_subquery.c.id).where(ranked_subquery.c.rank == 1)


__all__ = [
    "current_version_ids",
    "current_versions",
    "get_authority_or_raise",
    "get_chapter_or_raise",
    "list_authorities",
    "list_chapters",
    "timeline",
]
