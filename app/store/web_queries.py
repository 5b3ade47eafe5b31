"""Light reads for the web UI's forms: every version as a choice, in one Core query.

The compare page offers every stored version in its two lists on each request, including when it
serves a comparison it rendered before; loading ORM objects through a Session for that costs more
than the rest of the page. This reads plain rows on a pooled connection, with no transaction (a
single SELECT sees one consistent snapshot on both backends), and no bytes or text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, select

from app.store.models import Authority, Chapter, Version


@dataclass(frozen=True, slots=True)
class VersionChoice:
    """What a form needs to name a version, and what identifies its content."""

    id: int
    authority_slug: str
    authority_name: str
    is_sample: bool
    chapter_slug: str
    amendment_date: str | None
    """ISO partial date as the document states it, or None."""
    version_label: str | None
    effective_date: date
    ingested_at: datetime
    sha256: str
    """Hex SHA-256 of the original bytes."""
    analyzer_version: str
    corrections_key: str = ""
    """Digest of the editors' corrections of the version ("" when none)."""


_CHOICES = (
    select(
        Version.id,
        Authority.slug,
        Authority.name,
        Authority.is_sample,
        Chapter.slug,
        Version.amendment_date,
        Version.version_label,
        Version.effective_date,
        Version.ingested_at,
        Version.sha256,
        Version.analyzer_version,
        Version.corrections_key,
    )
    .join(Authority, Authority.id == Version.authority_id)
    .join(Chapter, Chapter.id == Version.chapter_id)
    .order_by(Version.effective_date.desc(), Version.id.desc())
)


def version_choices(*, engine: Engine, limit: int = 500) -> list[VersionChoice]:
    """The newest `limit` versions (by effective date), newest first."""
    with engine.connect() as connection:
        rows = connection.execute(_CHOICES.limit(limit)).all()
    return [VersionChoice(*row) for row in rows]


__all__ = ["VersionChoice", "version_choices"]
