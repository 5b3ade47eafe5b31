"""Amendments for the Atom feeds: the versions most recently added, newest first."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.db import read_transaction
from app.store.models import Authority, Chapter, Version

FEED_SIZE = 50
"""How many amendments a feed lists; readers poll it, so older entries have been seen."""


def recent_amendments(
    *,
    session: Session,
    authority_slug: str | None = None,
    chapter_slug: str | None = None,
    limit: int = FEED_SIZE,
) -> list[Version]:
    """Versions in the order the service learnt of them, newest first, optionally narrowed.

    Ordered by ingestion rather than amendment date: a feed tells subscribers what is new to
    them, and an old revision loaded today is news.
    """
    query = select(Version).order_by(Version.ingested_at.desc(), Version.id.desc()).limit(limit)
    if authority_slug is not None:
        query = query.join(Authority, Version.authority_id == Authority.id).where(
            Authority.slug == authority_slug
        )
    if chapter_slug is not None:
        query = query.join(Chapter, Version.chapter_id == Chapter.id).where(
            Chapter.slug == chapter_slug
        )
    with read_transaction(session):
        return list(session.scalars(query).unique())
