"""ORM tables. The schema is built only by the Alembic migrations in `migrations/`.

Versions are immutable originals; sections and facts are derived rows stamped with the
`analyzer_version` that produced them, so `policydiff reanalyse` can rebuild them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Named constraints, so SQLite batch migrations can drop and recreate them."""

SEARCH_OBJECT_NAMES = frozenset({"section_search", "ix_sections_search", "search_document"})
"""Full-text search objects created by raw SQL in the migrations, invisible to the ORM (on
PostgreSQL, `sections.search_document` is a generated tsvector column)."""


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime on every backend (SQLite would return naive ones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("store only timezone-aware datetimes")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class SafeString(TypeDecorator[str]):
    """A string whose NUL characters are bound as U+FFFD (unbounded unless given a length).

    Free-form values (names, titles, file names, URLs) are unbounded, so a long one is never
    accepted by SQLite and refused by PostgreSQL; bounded ones are slugs, hashes and codes.

    PostgreSQL text cannot hold NUL, so a NUL in a lookup (an authority slug from a URL) or in a
    stored name would be a server error there and not on SQLite; as U+FFFD it simply matches no
    stored slug, and behaves the same on both backends.
    """

    impl = String
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or "\x00" not in value:
            return value
        return value.replace("\x00", "\ufffd")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Authority(Base):
    """A council (or a sample authority) publishing chapters."""

    __tablename__ = "authorities"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(SafeString(100), unique=True)
    """URL-safe identifier ("merton")."""
    name: Mapped[str] = mapped_column(SafeString())
    """Name as shown to readers ("London Borough of Merton")."""
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    """True for fictional sample data, which the UI labels as such."""


class Chapter(Base):
    """A document family shared by authorities; its slug is the chapter family's slug."""

    __tablename__ = "chapters"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(SafeString(100), unique=True)
    title: Mapped[str] = mapped_column(SafeString())


class Version(Base):
    """One immutable text of one authority's chapter, with its original bytes."""

    __tablename__ = "versions"
    __table_args__ = (
        UniqueConstraint("authority_id", "chapter_id", "sha256"),
        Index("ix_versions_timeline", "authority_id", "chapter_id", "effective_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    authority_id: Mapped[int] = mapped_column(ForeignKey("authorities.id", ondelete="RESTRICT"))
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="RESTRICT"))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    """The original bytes, never changed: everything else can be recomputed from them.
    Deferred: loaded on first access, so listings do not read every file."""
    size_bytes: Mapped[int] = mapped_column(Integer)
    """Length of `data`."""
    sha256: Mapped[str] = mapped_column(SafeString(64), index=True)
    """Hex SHA-256 of `data`; unique per authority and chapter (re-uploads are no-ops)."""
    filename: Mapped[str] = mapped_column(SafeString())
    declared_format: Mapped[str | None] = mapped_column(SafeString(16))
    """Format the uploader declared, if any (re-analysis honours it)."""
    source_format: Mapped[str] = mapped_column(SafeString(16))
    """Format the bytes were read as: text, markdown or html."""
    encoding: Mapped[str] = mapped_column(SafeString(40))
    text: Mapped[str] = mapped_column(Text, deferred=True)
    """The normalised text that sections, facts and diffs index (deferred, like `data`)."""
    title: Mapped[str | None] = mapped_column(SafeString())
    family: Mapped[str] = mapped_column(SafeString(100))
    """Slug of the chapter family whose rules analysed the version."""
    amendment_date: Mapped[str | None] = mapped_column(SafeString(10))
    """Amendment date as the document states it, ISO partial ("2024-05"); None if not stated."""
    amendment_precision: Mapped[str | None] = mapped_column(SafeString(5))
    """"year", "month" or "day": how much of `amendment_date` the document states."""
    effective_date: Mapped[date] = mapped_column(Date)
    """Sortable date the version takes effect: the first day of its amendment period, else its
    last-updated date, else the day it was retrieved, else the day it was ingested."""
    last_updated: Mapped[date | None] = mapped_column(Date)
    version_label: Mapped[str | None] = mapped_column(SafeString())
    source_url: Mapped[str | None] = mapped_column(SafeString())
    retrieved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ingested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    analyzer_version: Mapped[str] = mapped_column(SafeString(20))
    """Analyser that produced the derived columns, sections and facts."""
    added_by: Mapped[str | None] = mapped_column(SafeString())
    """Name of the token that uploaded the version; None when loaded from the command line."""
    corrections_key: Mapped[str] = mapped_column(SafeString(64), server_default="", default="")
    """Digest of the editors' corrections applied to the derived rows ("" when none); every
    cache of something derived from the version keys on it with `analyzer_version`."""

    authority: Mapped[Authority] = relationship(lazy="joined", innerjoin=True)
    chapter: Mapped[Chapter] = relationship(lazy="joined", innerjoin=True)
    corrections: Mapped[list[EditorCorrection]] = relationship(
        back_populates="version",
        order_by="EditorCorrection.id",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    sections: Mapped[list[Section]] = relationship(
        back_populates="version",
        order_by="Section.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    facts: Mapped[list[Fact]] = relationship(
        back_populates="version",
        order_by="Fact.ordinal",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Section(Base):
    """A section of a version's text (derived); sections of one version tile its text."""

    __tablename__ = "sections"
    __table_args__ = (UniqueConstraint("version_id", "ordinal"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    """Position in the document, from 0."""
    kind: Mapped[str] = mapped_column(SafeString(50), index=True)
    heading: Mapped[str | None] = mapped_column(Text)
    number: Mapped[str | None] = mapped_column(SafeString())
    level: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    """Character offset into the version's text."""
    end: Mapped[int] = mapped_column(Integer)
    """Character offset just past the section."""
    text: Mapped[str] = mapped_column(Text)
    blocks: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """The section's blocks: type, start, end, level, number, content_start, content_end."""
    decided_by: Mapped[str] = mapped_column(SafeString(20), server_default="heading")
    """How the kind was decided: heading, cue, model or correction."""
    confidence: Mapped[float] = mapped_column(Float, server_default="1")
    """How sure the kind is, in [0, 1]."""
    analyzer_version: Mapped[str] = mapped_column(SafeString(20))

    version: Mapped[Version] = relationship(back_populates="sections")


class Fact(Base):
    """A fact read from a version (derived), with its evidence."""

    __tablename__ = "facts"
    __table_args__ = (UniqueConstraint("version_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("versions.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    """Position in the family's extractor order."""
    key: Mapped[str] = mapped_column(SafeString(100), index=True)
    value: Mapped[Any] = mapped_column(JSON(none_as_null=False))
    """JSON value; JSON null when the version does not state it."""
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    """[{section_kind, start, end, quote}]."""
    alternatives: Mapped[list[dict[str, Any]]] = mapped_column(
        JSON, default=list, server_default="[]"
    )
    """Other values the version states for the fact: [{value, evidence: [...]}]; [] unless the
    version contradicts itself. Rows stored before this column existed read as []."""
    analyzer_version: Mapped[str] = mapped_column(SafeString(20))

    version: Mapped[Version] = relationship(back_populates="facts")

    @property
    def conflict(self) -> bool:
        """Whether the version states more than one value for this fact."""
        return bool(self.alternatives)


class EditorCorrection(Base):
    """An editor's correction of a version's reading: a section's kind or a fact's value.

    Kept beside the version, never derived: a re-analysis rebuilds the sections and facts and
    applies the corrections over them again (decision 0032).
    """

    __tablename__ = "editor_corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(
        ForeignKey("versions.id", ondelete="CASCADE"), index=True
    )
    fact_key: Mapped[str | None] = mapped_column(SafeString(100))
    """The corrected fact's key; None for a section's kind."""
    section_start: Mapped[int | None] = mapped_column(Integer)
    """Where the corrected section began in the text when it was corrected."""
    section_heading: Mapped[str | None] = mapped_column(Text)
    section_opening: Mapped[str | None] = mapped_column(Text)
    """The corrected section's first characters, which find it again after a re-analysis."""
    value: Mapped[Any] = mapped_column(JSON(none_as_null=False))
    """The editor's value: the fact's JSON value, or the section's kind slug."""
    original: Mapped[Any] = mapped_column(JSON(none_as_null=False))
    """What the reading said instead, as of the last analysis that applied it."""
    applies: Mapped[bool] = mapped_column(Boolean, default=True)
    """False when the last analysis no longer found the section (or fact): kept, not applied."""
    reason: Mapped[str] = mapped_column(SafeString())
    corrected_by: Mapped[str] = mapped_column(SafeString())
    """Name of the token of the editor who made the correction."""
    corrected_at: Mapped[datetime] = mapped_column(UtcDateTime())

    version: Mapped[Version] = relationship(back_populates="corrections")


class CachedComparison(Base):
    """A serialised comparison, keyed so that it is never served for other inputs or rules."""

    __tablename__ = "comparisons"
    __table_args__ = (
        UniqueConstraint(
            "left_sha256",
            "right_sha256",
            "options_fingerprint",
            "analyzer_version",
            name="uq_comparisons_key",
        ),
        Index("ix_comparisons_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    left_sha256: Mapped[str] = mapped_column(SafeString(64))
    right_sha256: Mapped[str] = mapped_column(SafeString(64))
    options_fingerprint: Mapped[str] = mapped_column(SafeString(64))
    """SHA-256 of the comparison options as canonical JSON."""
    analyzer_version: Mapped[str] = mapped_column(SafeString(20))
    payload: Mapped[str] = mapped_column(Text)
    """The comparison as JSON text, ready to send."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class ApiToken(Base):
    """A write token; only the SHA-256 of the token is stored."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(SafeString(), unique=True)
    """Who holds the token; recorded on every write made with it."""
    token_hash: Mapped[str] = mapped_column(SafeString(64), unique=True)
    role: Mapped[str] = mapped_column(SafeString(16), server_default="editor")
    """"editor" (upload, delete, restore) or "admin" (also manages tokens)."""
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """After this instant the token is refused; None: it does not expire."""
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    """When an operator revoked the token; a revoked token is refused."""


class VersionTombstone(Base):
    """A deleted version: its original and provenance, and who deleted it, when and why.

    Hidden from every read (it is not in `versions`); an editor can restore it (its sections and
    facts are rebuilt from the bytes), and only `policydiff purge` removes it for good.
    """

    __tablename__ = "version_tombstones"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    """The deleted version's id, which it gets back when restored."""
    authority_id: Mapped[int] = mapped_column(ForeignKey("authorities.id", ondelete="RESTRICT"))
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="RESTRICT"))
    data: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(SafeString(64), index=True)
    filename: Mapped[str] = mapped_column(SafeString())
    declared_format: Mapped[str | None] = mapped_column(SafeString(16))
    source_url: Mapped[str | None] = mapped_column(SafeString())
    retrieved_at: Mapped[datetime | None] = mapped_column(UtcDateTime())
    ingested_at: Mapped[datetime] = mapped_column(UtcDateTime())
    added_by: Mapped[str | None] = mapped_column(SafeString())
    deleted_at: Mapped[datetime] = mapped_column(UtcDateTime())
    deleted_by: Mapped[str] = mapped_column(SafeString())
    """Name of the token (or "command line") that deleted the version."""
    deleted_reason: Mapped[str] = mapped_column(SafeString())

    authority: Mapped[Authority] = relationship(lazy="joined", innerjoin=True)
    chapter: Mapped[Chapter] = relationship(lazy="joined", innerjoin=True)


class ContentGeneration(Base):
    """One row counting the changes to what readers see (decision 0039): database triggers on
    every table a page is made from bump `value` in the writing transaction (migration
    `0008_content_generation`), so no write path can forget to."""

    __tablename__ = "content_generation"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    value: Mapped[int] = mapped_column(BigInteger)
