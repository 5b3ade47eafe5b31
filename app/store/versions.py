"""Versions: add one (parsed first, then written whole or not at all), read, list, as of a date,
and rebuild their derived rows with the current analyser.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast, get_args

from sqlalchemy import Select, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.analysis import ANALYZER_VERSION, AnalyzedVersion, analyze
from app.corrections import (
    CorrectedReading,
    Correction,
    KindCorrection,
    SectionAnchor,
    ValueCorrection,
    apply_corrections,
)
from app.errors import InvalidParameter, NotFound
from app.facts import Evidence
from app.families import get_family
from app.ingest import SourceFormat, SourceText, read_source
from app.store.db import is_sqlite, read_transaction, write_transaction
from app.store.models import (
    Authority,
    Chapter,
    EditorCorrection,
    Fact,
    Section,
    Version,
    VersionTombstone,
)

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
"""Authority and chapter slugs: lower-case words joined by single hyphens."""

_INSERT_ATTEMPTS = 3

MAX_ID = 2**31 - 1
"""Largest id an integer primary key holds on every backend."""


@dataclass(frozen=True, slots=True)
class AddedVersion:
    """The outcome of an upload."""

    version: Version
    """The stored version (new, or the one already holding the same bytes)."""
    created: bool
    """False when the same bytes were already stored for this authority and chapter."""


def add_version(
    *,
    session: Session,
    data: bytes,
    filename: str,
    authority_slug: str,
    authority_name: str | None = None,
    chapter_slug: str | None = None,
    source_url: str | None = None,
    retrieved_at: datetime | None = None,
    declared_format: str | None = None,
    max_bytes: int,
    is_sample: bool = False,
    added_by: str | None = None,
) -> AddedVersion:
    """Parse `data` and store it with its sections and facts in one transaction.

    Everything that can reject the upload (size, decoding, format, family) runs before anything
    is written. Idempotent on the bytes' SHA-256 per authority and chapter, also under concurrent
    uploads: the unique constraint decides, and the loser returns the winner's row.
    A new authority is created with `authority_name` (default: its slug in title case) and
    `is_sample`; an existing authority keeps its name and flag. `added_by` names the token that
    uploads (None: the command line).
    """
    _check_slug("authority", authority_slug)
    source = read_source(data, filename, _source_format(declared_format), max_bytes)
    family = get_family(chapter_slug)
    analyzed = analyze(source, family)
    for attempt in range(1, _INSERT_ATTEMPTS + 1):
        try:
            with write_transaction(session):
                authority = _authority_for(
                    session, authority_slug, authority_name, is_sample=is_sample
                )
                chapter = _chapter_for(session, family.slug, family.title)
                existing = session.scalar(
                    select(Version).where(
                        Version.authority_id == authority.id,
                        Version.chapter_id == chapter.id,
                        Version.sha256 == source.sha256,
                    )
                )
                if existing is not None:
                    return AddedVersion(version=existing, created=False)
                version = Version(
                    id=next_version_id(session),
                    added_by=added_by,
                    authority=authority,
                    chapter=chapter,
                    data=source.data,
                    sha256=source.sha256,
                    size_bytes=len(source.data),
                    filename=filename,
                    declared_format=declared_format,
                    source_url=source_url,
                    retrieved_at=retrieved_at,
                    ingested_at=datetime.now(UTC),
                )
                _apply_analysis(version, analyzed)
                session.add(version)
                session.flush()
                return AddedVersion(version=version, created=True)
        except IntegrityError:
            # Another session inserted the same authority, chapter or version first.
            if attempt == _INSERT_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def next_version_id(session: Session) -> int | None:
    """On SQLite, the id a new version takes: past every live and deleted version's, so that a
    deleted version's id is never given to another (SQLite would reuse the largest id). Called
    inside the write transaction, which holds SQLite's write lock. None elsewhere: PostgreSQL's
    sequence never reuses ids."""
    if not is_sqlite(session):
        return None
    live = session.scalar(select(func.max(Version.id))) or 0
    deleted = session.scalar(select(func.max(VersionTombstone.id))) or 0
    return max(live, deleted) + 1


def get_version_or_raise(*, session: Session, version_id: int) -> Version:
    """The version with `version_id`, or NotFound."""
    if not 0 < version_id <= MAX_ID:  # PostgreSQL would refuse to compare an out-of-range id
        return version_or_raise(session, version_id)
    with read_transaction(session):
        return version_or_raise(session, version_id)


def version_or_raise(session: Session, version_id: int) -> Version:
    """The version with `version_id`, or NotFound, read in the caller's transaction."""
    version = session.get(Version, version_id) if 0 < version_id <= MAX_ID else None
    if version is None:
        raise NotFound(f"no version with id {version_id}. To fix: list versions to find its id.")
    return version


def list_versions(
    *,
    session: Session,
    authority: str | None = None,
    chapter: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> tuple[list[Version], int]:
    """A page of versions, newest effective date first, and how many match in all."""
    if not 0 < limit <= MAX_ID or not 0 <= offset <= MAX_ID:
        raise InvalidParameter("limit must be at least 1 and offset at least 0.")
    query = _filtered(select(Version), authority, chapter)
    count = _filtered(select(func.count(Version.id)), authority, chapter)
    with read_transaction(session):
        total = session.scalar(count) or 0
        rows = session.scalars(
            query.order_by(Version.effective_date.desc(), Version.id.desc())
            .limit(limit)
            .offset(offset)
        ).all()
    return list(rows), total


def version_as_of(
    *, session: Session, authority_slug: str, chapter_slug: str, as_of: date
) -> Version:
    """The version of an authority's chapter in force on `as_of` (the latest effective by then)."""
    with read_transaction(session):
        version = session.scalar(
            _filtered(select(Version), authority_slug, chapter_slug)
            .where(Version.effective_date <= as_of)
            .order_by(Version.effective_date.desc(), Version.id.desc())
            .limit(1)
        )
        if version is None:
            _raise_unknown_slugs(session, authority_slug, chapter_slug)
    if not isinstance(version, Version):
        raise NotFound(
            f"'{authority_slug}' has no version of '{chapter_slug}' in force on {as_of}. "
            "To fix: pick a later date, or see the authority's timeline."
        )
    return version


def sections_of(*, session: Session, version_id: int, kind: str | None = None) -> list[Section]:
    """A version's stored sections in document order (NotFound for an unknown version)."""
    get_version_or_raise(session=session, version_id=version_id)
    query = select(Section).where(Section.version_id == version_id)
    if kind is not None:
        query = query.where(Section.kind == kind)
    with read_transaction(session):
        return list(session.scalars(query.order_by(Section.ordinal)).all())


def facts_of(*, session: Session, version_id: int) -> list[Fact]:
    """A version's stored facts in the family's order (NotFound for an unknown version)."""
    get_version_or_raise(session=session, version_id=version_id)
    with read_transaction(session):
        return list(
            session.scalars(
                select(Fact).where(Fact.version_id == version_id).order_by(Fact.ordinal)
            ).all()
        )


def reanalyse_versions(*, session: Session, only_outdated: bool = False) -> int:
    """Rebuild every version's sections, facts and derived columns from its original bytes.

    The originals (bytes, SHA-256, ids, provenance, ingestion time) are never touched, and the
    editors' corrections are applied over the new reading (one whose section is gone is kept,
    marked as no longer applying). Each version is rebuilt in its own transaction. Returns how
    many versions were rebuilt.
    """
    query = select(Version.id).order_by(Version.id)
    if only_outdated:
        query = query.where(Version.analyzer_version != ANALYZER_VERSION)
    with read_transaction(session):
        version_ids = list(session.scalars(query).all())
    for version_id in version_ids:
        with write_transaction(session):
            version = session.get(Version, version_id)
            if version is None:
                continue
            rebuild_reading(session, version)
    return len(version_ids)


def rebuild_reading(session: Session, version: Version) -> CorrectedReading:
    """Replace the version's sections, facts and derived columns with the current analyser's
    reading of its bytes, the editors' corrections applied over it, and record on each
    correction whether it still applies and what the reading says without it. Runs in the
    caller's write transaction."""
    reading = corrected_reading_of(version)
    session.execute(delete(Section).where(Section.version_id == version.id))
    session.execute(delete(Fact).where(Fact.version_id == version.id))
    session.expire(version, ["sections", "facts"])
    _apply_analysis(version, reading.analyzed)
    for row, outcome in zip(version.corrections, reading.outcomes, strict=True):
        row.applies = outcome.applies
        if outcome.applies:
            row.original = outcome.original
    version.corrections_key = reading.fingerprint
    return reading


def analyzed_version_of(version: Version) -> AnalyzedVersion:
    """The version's reading by the current analyser with its editors' corrections applied:
    what `diff.compare` takes, so every comparison (and the matrix's grid, the redlines and the
    watch's alerts built on comparisons) uses the corrected reading, as the stored sections and
    facts (which the matrix, fact questions and feeds read) hold it.

    Nothing is kept between calls: a use case that needs one version's analysis more than once
    (a matrix against one baseline) keeps it for its own duration (`functools.cache`).
    """
    return corrected_reading_of(version).analyzed


def corrected_reading_of(version: Version) -> CorrectedReading:
    """The fresh reading of the version's bytes with its stored corrections applied over it."""
    return apply_corrections(
        _fresh_analysis(version),
        [correction_of(row) for row in version.corrections],
        get_family(version.family),
    )


def correction_of(row: EditorCorrection) -> Correction:
    """A stored correction as the core applies it."""
    if row.fact_key is not None:
        return ValueCorrection(key=row.fact_key, value=row.value)
    anchor = SectionAnchor(
        start=row.section_start or 0, heading=row.section_heading, opening=row.section_opening or ""
    )
    return KindCorrection(section=anchor, kind=str(row.value))


def _fresh_analysis(version: Version) -> AnalyzedVersion:
    source = read_source(
        version.data,
        version.filename,
        _source_format(version.declared_format),
        max_bytes=max(len(version.data), 1),
    )
    return analyze(source, get_family(version.family))


def _apply_analysis(version: Version, analyzed: AnalyzedVersion) -> None:
    """Set the version's derived columns and rows from `analyzed`."""
    source: SourceText = analyzed.source
    version.source_format = source.source_format
    version.encoding = source.encoding
    version.text = source.text
    version.title = analyzed.outline.title
    version.family = analyzed.family
    version.analyzer_version = analyzed.analyzer_version
    amendment = _fact_value(analyzed, "amendment_date")
    amendment_date, precision, amendment_start = _partial_date(amendment)
    version.amendment_date = amendment_date
    version.amendment_precision = precision
    last_updated = _partial_date(_fact_value(analyzed, "last_updated"))
    version.last_updated = last_updated[2] if last_updated[1] == "day" else None
    label = _fact_value(analyzed, "version_label")
    version.version_label = str(label) if label is not None else None
    version.effective_date = (
        amendment_start
        or version.last_updated
        or (version.retrieved_at.date() if version.retrieved_at else None)
        or version.ingested_at.date()
    )
    version.sections = [
        Section(
            ordinal=ordinal,
            kind=section.kind,
            heading=section.heading,
            number=section.number,
            level=section.level,
            start=section.start,
            end=section.end,
            text=section.text,
            decided_by=section.decided_by,
            confidence=section.confidence,
            blocks=[
                {
                    "type": block.type,
                    "start": block.start,
                    "end": block.end,
                    "level": block.level,
                    "number": block.number,
                    "content_start": block.content_start,
                    "content_end": block.content_end,
                }
                for block in section.blocks
            ],
            analyzer_version=analyzed.analyzer_version,
        )
        for ordinal, section in enumerate(analyzed.outline.sections)
    ]
    version.facts = [
        Fact(
            ordinal=ordinal,
            key=fact.key,
            value=fact.value,
            evidence=_evidence_rows(fact.evidence),
            alternatives=[
                {"value": alternative.value, "evidence": _evidence_rows(alternative.evidence)}
                for alternative in fact.alternatives
            ],
            analyzer_version=analyzed.analyzer_version,
        )
        for ordinal, fact in enumerate(analyzed.facts)
    ]


def _evidence_rows(evidence: Iterable[Evidence]) -> list[dict[str, Any]]:
    return [
        {
            "section_kind": item.section_kind,
            "start": item.start,
            "end": item.end,
            "quote": item.quote,
            **({"origin": item.origin} if item.origin != "text" else {}),
        }
        for item in evidence
    ]


def _fact_value(analyzed: AnalyzedVersion, key: str) -> Any:
    fact = analyzed.fact(key)
    return fact.value if fact is not None else None


_PARTIAL_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _partial_date(value: Any) -> tuple[str | None, str | None, date | None]:
    """An ISO partial date ("2024", "2024-05", "2024-05-22") → (as stated, precision, first day)."""
    if not isinstance(value, str):
        return None, None, None
    match = _PARTIAL_DATE_RE.match(value.strip())
    if match is None:
        return None, None, None
    year, month, day = match.groups()
    try:
        first_day = date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None, None, None
    precision = "day" if day else "month" if month else "year"
    return match.group(0), precision, first_day


def _source_format(declared_format: str | None) -> SourceFormat | None:
    if declared_format is None:
        return None
    allowed = get_args(SourceFormat)
    if declared_format not in allowed:
        raise InvalidParameter(
            f"unknown format '{declared_format}'. To fix: use one of {', '.join(allowed)}, "
            "or leave it out to detect the format."
        )
    return cast(SourceFormat, declared_format)


def _check_slug(what: str, slug: str) -> None:
    if not SLUG_RE.match(slug) or len(slug) > 100:
        raise InvalidParameter(
            f"'{slug}' is not a valid {what} slug. To fix: use lower-case letters, digits and "
            "single hyphens, e.g. 'sample-borough'."
        )


def _authority_for(session: Session, slug: str, name: str | None, *, is_sample: bool) -> Authority:
    authority = session.scalar(select(Authority).where(Authority.slug == slug))
    if authority is None:
        authority = Authority(
            slug=slug,
            name=name or slug.replace("-", " ").title(),
            is_sample=is_sample,
        )
        session.add(authority)
        session.flush()
    return authority


def _chapter_for(session: Session, slug: str, title: str) -> Chapter:
    chapter = session.scalar(select(Chapter).where(Chapter.slug == slug))
    if chapter is None:
        chapter = Chapter(slug=slug, title=title)
        session.add(chapter)
        session.flush()
    return chapter


def _filtered(query: Select[Any], authority: str | None, chapter: str | None) -> Select[Any]:
    if authority is not None:
        query = query.where(
            Version.authority_id.in_(select(Authority.id).where(Authority.slug == authority))
        )
    if chapter is not None:
        query = query.where(
            Version.chapter_id.in_(select(Chapter.id).where(Chapter.slug == chapter))
        )
    return query


def _raise_unknown_slugs(session: Session, authority_slug: str, chapter_slug: str) -> None:
    if session.scalar(select(Authority.id).where(Authority.slug == authority_slug)) is None:
        raise NotFound(f"no authority '{authority_slug}'. To fix: list authorities for slugs.")
    if session.scalar(select(Chapter.id).where(Chapter.slug == chapter_slug)) is None:
        raise NotFound(f"no chapter '{chapter_slug}'. To fix: list chapters for slugs.")


__all__ = [
    "AddedVersion",
    "add_version",
    "analyzed_version_of",
    "corrected_reading_of",
    "correction_of",
    "facts_of",
    "get_version_or_raise",
    "list_versions",
    "reanalyse_versions",
    "rebuild_reading",
    "sections_of",
    "version_as_of",
    "version_or_raise",
]
