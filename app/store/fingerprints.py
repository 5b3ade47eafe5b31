"""What the chapter pages are made of, as one short digest: the fingerprint a cached rendering is
validated against (decision 0030).

A rendering of the matrix, a timeline or a version page depends only on the stored versions
(which ones exist, their metadata, their authorities) and on what the analyser derived from their
bytes. Every change the store makes to those shows in these rows: an upload adds a row, a delete
(tombstone) removes one and a restore brings the same row back, a re-analysis changes the
analyser version or the derived columns. Reading the rows is one Core query with no text or
bytes (a few milliseconds for hundreds of versions), far cheaper than any page it validates.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Engine, select

from app.store.models import Authority, Chapter, Version

_ROWS = (
    select(
        Version.id,
        Version.sha256,
        Version.analyzer_version,
        Version.corrections_key,
        Version.title,
        Version.family,
        Version.amendment_date,
        Version.amendment_precision,
        Version.effective_date,
        Version.last_updated,
        Version.version_label,
        Version.source_url,
        Version.retrieved_at,
        Version.ingested_at,
        Authority.slug,
        Authority.name,
        Authority.is_sample,
        Chapter.slug,
        Chapter.title,
    )
    .join(Authority, Authority.id == Version.authority_id)
    .join(Chapter, Chapter.id == Version.chapter_id)
    .order_by(Version.id)
)


def content_fingerprint(*, engine: Engine, chapter_slug: str | None = None) -> str:
    """A digest of every stored version (of one chapter, or of all) and what was read from it:
    equal digests mean equal pages. Reads on a pooled connection with no transaction, like
    `version_choices`, so a request holding none never needs two."""
    query = _ROWS if chapter_slug is None else _ROWS.where(Chapter.slug == chapter_slug)
    digest = hashlib.sha256()
    with engine.connect() as connection:
        for row in connection.execute(query):
            digest.update(repr(tuple(row)).encode())
            digest.update(b"\n")
    return digest.hexdigest()


__all__ = ["content_fingerprint"]
