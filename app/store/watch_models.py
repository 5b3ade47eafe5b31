"""Tables of watching: sources, their snapshots, the changes they brought, and subscriptions
with their deliveries. Kept apart from `models.py`, which holds what an upload makes.

A snapshot is what a fetch returned when its bytes differed from the source's last snapshot; a
version (in `versions`) is made only when the text read from those bytes changed. A change is one
new version of a source's chapter, with what changed; each subscription that wants to hear of it
gets one delivery row, unique per (subscription, change), so nothing is told twice.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.store.models import Base, SafeString, UtcDateTime, Version


class Source(Base):
    """An authority's chapter published at a URL, checked on a schedule."""

    __tablename__ = "sources"
    __table_args__ = (Index("ix_sources_due", "next_check_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(SafeString(), unique=True)
    """The published page or file (HTML, Word or PDF)."""
    authority_slug: Mapped[str] = mapped_column(SafeString(100))
    authority_name: Mapped[str | None] = mapped_column(SafeString())
    """Name given to the authority if the first version creates it."""
    chapter_slug: Mapped[str] = mapped_column(SafeString(100))
    """The chapter family the page is read with."""
    interval_minutes: Mapped[int] = mapped_column(Integer)
    """How often the source is checked."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    next_check_at: Mapped[datetime] = mapped_column(UtcDateTime())
    """When the source is next due (a watcher claims it from then on)."""
    lease_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """Set while a watcher checks the source; another may take it over once this has passed."""
    etag: Mapped[str | None] = mapped_column(SafeString())
    """The last answer's ETag, sent back as If-None-Match."""
    last_modified: Mapped[str | None] = mapped_column(SafeString())
    """The last answer's Last-Modified, sent back as If-Modified-Since."""
    last_checked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """When a check last brought a new version."""
    last_error: Mapped[str | None] = mapped_column(Text)
    """Why the last check failed; None after a successful one."""
    consecutive_failures: Mapped[int] = mapped_column(Integer, default=0)
    last_snapshot_sha256: Mapped[str | None] = mapped_column(SafeString(64))
    current_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("versions.id", ondelete="SET NULL")
    )
    """The version whose text the source showed at its last successful check."""


class Snapshot(Base):
    """The bytes of one fetch that differed from the source's previous snapshot."""

    __tablename__ = "snapshots"
    __table_args__ = (Index("ix_snapshots_source", "source_id", "fetched_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    fetched_at: Mapped[datetime] = mapped_column(UtcDateTime())
    url: Mapped[str] = mapped_column(SafeString())
    """Where the bytes came from, after redirects."""
    sha256: Mapped[str] = mapped_column(SafeString(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    headers: Mapped[dict[str, str]] = mapped_column(JSON)
    """The answer's headers (lower-case names)."""
    version_id: Mapped[int | None] = mapped_column(ForeignKey("versions.id", ondelete="SET NULL"))
    """The version holding this snapshot's text (new or earlier); None if it could not be read."""


class Change(Base):
    """A new version of a source's chapter, with what changed since the previous one."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(
        ForeignKey("sources.id", ondelete="SET NULL"), index=True
    )
    version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    previous_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("versions.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime(), index=True)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON)
    """`app.sources.ChangeSummary` as JSON: facts changed, sections changed with word counts."""

    version: Mapped[Version] = relationship(foreign_keys=[version_id], lazy="joined")


class Subscription(Base):
    """Someone who wants to hear of changes: by webhook or e-mail, narrowed by a filter."""

    __tablename__ = "subscriptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(SafeString(16))
    """"webhook" or "email"."""
    target: Mapped[str] = mapped_column(SafeString())
    """The webhook URL or the e-mail address."""
    secret: Mapped[str | None] = mapped_column(SafeString(128))
    """The key of the webhook's HMAC-SHA256 signature (None for e-mail)."""
    authority_slug: Mapped[str | None] = mapped_column(SafeString(100))
    chapter_slug: Mapped[str | None] = mapped_column(SafeString(100))
    fact_key: Mapped[str | None] = mapped_column(SafeString(100))
    """With `condition`: only changes of this fact that meet the condition."""
    condition: Mapped[str | None] = mapped_column(SafeString(16))
    threshold: Mapped[float | None] = mapped_column(Float)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Delivery(Base):
    """One change told to one subscription: created with the change, sent until it succeeds."""

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("subscription_id", "change_id"),
        Index("ix_deliveries_due", "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("subscriptions.id", ondelete="CASCADE"))
    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(SafeString(16))
    """"pending", "delivered" or "failed" (gave up)."""
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UtcDateTime())
    lease_expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime())

    change: Mapped[Change] = relationship(lazy="joined")
    subscription: Mapped[Subscription] = relationship(lazy="joined")
