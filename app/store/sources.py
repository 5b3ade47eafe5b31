"""Sources: add, list, remove; claim the due ones for a watcher; record what a check found.

Claiming is how several watchers (processes or hosts) share the sources with each check made
once: a claim sets a lease on the due rows in one short transaction, and on PostgreSQL the rows
are chosen `FOR UPDATE SKIP LOCKED`, so two watchers claiming at once take different rows. A
watcher that dies holds its sources only until their leases pass; what it had not committed is
not there, and what it had is not done again (see `record_fetch`).
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session, undefer

from app.diff import CompareOptions
from app.errors import Conflict, InvalidParameter, NotFound, PolicydiffError, UnknownFamily
from app.families import get_family
from app.families.common_extractors import front_matter_update_day
from app.ingest import read_source, without_closing_stamps
from app.ingest.decode import decode_bytes
from app.ingest.front_matter import split_front_matter
from app.sources import (
    CITATIONS_FACT,
    ChangeSummary,
    FactRule,
    SupersededCitation,
    check_http_url,
    rule_matches,
    summarize_comparison,
)
from app.store.comparisons import compare_versions
from app.store.db import read_transaction, write_transaction
from app.store.models import Authority, Chapter, Fact, Version
from app.store.versions import MAX_ID, _check_slug, add_version
from app.store.watch_models import Change, Delivery, Snapshot, Source, Subscription

MAX_INTERVAL_MINUTES = 366 * 24 * 60


def add_source(
    *,
    session: Session,
    url: str,
    authority_slug: str,
    authority_name: str | None = None,
    chapter_slug: str | None = None,
    interval_minutes: int,
    now: datetime | None = None,
) -> Source:
    """Watch `url` as `authority_slug`'s chapter; due at once. Conflict if it is watched already."""
    checked_url = check_http_url(url)
    _check_slug("authority", authority_slug)
    family = get_family(chapter_slug)
    if not 1 <= interval_minutes <= MAX_INTERVAL_MINUTES:
        raise InvalidParameter(
            f"interval {interval_minutes} minutes is out of range. To fix: give 1 to "
            f"{MAX_INTERVAL_MINUTES} minutes."
        )
    moment = now or datetime.now(UTC)
    with write_transaction(session):
        existing = session.scalar(select(Source).where(Source.url == checked_url))
        if existing is not None:
            raise Conflict(
                f"{checked_url} is already watched (source {existing.id}). To fix: remove that "
                "source first, or leave it as it is."
            )
        source = Source(
            url=checked_url,
            authority_slug=authority_slug,
            authority_name=authority_name,
            chapter_slug=family.slug,
            interval_minutes=interval_minutes,
            created_at=moment,
            next_check_at=moment,
            consecutive_failures=0,
        )
        session.add(source)
        session.flush()
        return source


def ensure_source(
    *,
    session: Session,
    url: str,
    authority_slug: str,
    authority_name: str | None,
    chapter_slug: str | None,
    interval_minutes: int,
) -> bool:
    """Add the source unless its URL is watched already (for sources named in a manifest).
    Returns whether it was added."""
    try:
        add_source(
            session=session,
            url=url,
            authority_slug=authority_slug,
            authority_name=authority_name,
            chapter_slug=chapter_slug,
            interval_minutes=interval_minutes,
        )
    except Conflict:
        return False
    return True


def list_sources(*, session: Session) -> list[Source]:
    """Every source, by authority then URL."""
    with read_transaction(session):
        return list(
            session.scalars(select(Source).order_by(Source.authority_slug, Source.url)).all()
        )


def get_source_or_raise(*, session: Session, source_id: int) -> Source:
    with read_transaction(session):
        source = session.get(Source, source_id) if 0 < source_id <= MAX_ID else None
    if source is None:
        raise NotFound(f"no source with id {source_id}. To fix: list sources to find its id.")
    return source


def remove_source(*, session: Session, source_id: int) -> None:
    """Stop watching a source. Its snapshots go with it; the versions it brought stay."""
    get_source_or_raise(session=session, source_id=source_id)
    with write_transaction(session):
        session.execute(delete(Source).where(Source.id == source_id))


def snapshots_of(*, session: Session, source_id: int, limit: int = 50) -> list[Snapshot]:
    """A source's snapshots, newest first."""
    get_source_or_raise(session=session, source_id=source_id)
    with read_transaction(session):
        return list(
            session.scalars(
                select(Snapshot)
                .where(Snapshot.source_id == source_id)
                .order_by(Snapshot.fetched_at.desc(), Snapshot.id.desc())
                .limit(limit)
            ).all()
        )


_MARKDOWN_SUFFIXES = (".md", ".markdown")


def snapshot_page_stamp(snapshot: Snapshot) -> str | None:
    """The day (ISO) a snapshot's markdown file stamps the page with in its front matter
    (`lastmod`, `updated`, …), else None. A file re-stamped with the same text is a snapshot of
    the current version (decisions 0069, 0094): the version keeps the stamp it was read with,
    and the snapshot shows the one the page now states (decision 0225). Other formats hold no
    front matter, and their bytes are not loaded."""
    filename = _filename(snapshot.url, snapshot.headers.get("content-type"))
    if not filename.lower().endswith(_MARKDOWN_SUFFIXES):
        return None
    try:
        text = decode_bytes(snapshot.data).text
    except PolicydiffError:
        return None
    return front_matter_update_day(split_front_matter(text)[0])


@dataclass(frozen=True, slots=True)
class SourceClaim:
    """What a watcher needs to check a source it has claimed."""

    source_id: int
    url: str
    etag: str | None
    last_modified: str | None


def claim_due_sources(
    *, session: Session, limit: int, lease_seconds: int, now: datetime | None = None
) -> list[SourceClaim]:
    """Lease up to `limit` due sources to the caller, oldest due first."""
    moment = now or datetime.now(UTC)
    due = (
        Source.next_check_at <= moment,
        or_(Source.lease_expires_at.is_(None), Source.lease_expires_at <= moment),
    )
    with read_transaction(session):  # most rounds find nothing: no write lock for that
        if session.scalar(select(Source.id).where(*due).limit(1)) is None:
            return []
    with write_transaction(session):
        rows = list(
            session.scalars(
                select(Source)
                .where(*due)
                .order_by(Source.next_check_at, Source.id)
                .limit(limit)
                .with_for_update(skip_locked=True)
            ).all()
        )
        for source in rows:
            source.lease_expires_at = moment + timedelta(seconds=lease_seconds)
        return [
            SourceClaim(
                source_id=source.id,
                url=source.url,
                etag=source.etag,
                last_modified=source.last_modified,
            )
            for source in rows
        ]


def count_due_sources(*, session: Session, now: datetime | None = None) -> int:
    moment = now or datetime.now(UTC)
    with read_transaction(session):
        return int(
            session.scalar(select(func.count(Source.id)).where(Source.next_check_at <= moment)) or 0
        )


@dataclass(frozen=True, slots=True)
class CheckOutcome:
    """What one check of a source did."""

    source_id: int
    result: str
    """"unchanged" (304 or the same bytes), "snapshot" (new bytes, same text, or the same but
    for the page stamps that close it), "version" (new text), or "failed"."""
    version_id: int | None = None
    change_id: int | None = None
    error: str | None = None
    page_stamp: str | None = None
    """On a snapshot, the day (ISO) the fetched file's front matter stamps the page with
    (`lastmod`, `updated`, …): a re-stamped file is no new version, and this notes the stamp
    it now states (decision 0225). None when the file states none."""


def record_failure(
    *,
    session: Session,
    source_id: int,
    error: str,
    jitter_fraction: float,
    now: datetime | None = None,
) -> CheckOutcome:
    """Note a failed check: the source keeps its history and is checked again next interval."""
    moment = now or datetime.now(UTC)
    with write_transaction(session):
        source = session.get(Source, source_id)
        if source is not None:
            source.last_checked_at = moment
            source.last_error = error
            source.consecutive_failures = (source.consecutive_failures or 0) + 1
            _schedule_next(source, moment, jitter_fraction)
    return CheckOutcome(source_id=source_id, result="failed", error=error)


def record_not_modified(
    *, session: Session, source_id: int, jitter_fraction: float, now: datetime | None = None
) -> CheckOutcome:
    """Note a check answered 304 Not Modified."""
    moment = now or datetime.now(UTC)
    with write_transaction(session):
        source = session.get(Source, source_id)
        if source is not None:
            _succeeded(source, moment, jitter_fraction)
    return CheckOutcome(source_id=source_id, result="unchanged")


def record_fetch(
    *,
    session: Session,
    source_id: int,
    data: bytes,
    url: str,
    headers: dict[str, str],
    max_bytes: int,
    jitter_fraction: float,
    now: datetime | None = None,
) -> CheckOutcome:
    """Keep what a 200 answer brought: a snapshot when the bytes changed, a version when the
    text read from them changed (more than the page stamps closing it: a re-dated footer is no
    new version, decision 0094), and a change (with its deliveries) when that version differs
    from the one the source showed before.

    Safe to run again after a crash part-way: the version is idempotent on its bytes, and the
    snapshot, change and deliveries are written in one transaction that first checks whether
    they were written already.
    """
    moment = now or datetime.now(UTC)
    sha256 = _sha256(data)
    with read_transaction(session):
        source = session.get(Source, source_id)
        if source is None:
            raise NotFound(f"no source with id {source_id} (removed while it was checked).")
        current_text = _version_text(session, source.current_version_id)
        same_bytes = source.last_snapshot_sha256 == sha256
        authority_slug, authority_name = source.authority_slug, source.authority_name
        chapter_slug, previous_id = source.chapter_slug, source.current_version_id
        source_url = source.url
    etag, last_modified = headers.get("etag"), headers.get("last-modified")
    if same_bytes:
        with write_transaction(session):
            fresh = session.get(Source, source_id)
            if fresh is not None:
                _succeeded(fresh, moment, jitter_fraction, etag, last_modified)
        return CheckOutcome(source_id=source_id, result="unchanged")

    filename = _filename(url, headers.get("content-type"))
    try:
        read = read_source(data, filename, None, max_bytes)
    except PolicydiffError as error:
        return _unreadable_snapshot(
            session, source_id, data, sha256, url, headers, moment, jitter_fraction, error
        )
    text = read.text
    if current_text is not None and _same_words(text, current_text):
        with write_transaction(session):
            fresh = session.get(Source, source_id)
            if fresh is not None:
                _add_snapshot(session, fresh, data, sha256, url, headers, moment, previous_id)
                _succeeded(fresh, moment, jitter_fraction, etag, last_modified)
        return CheckOutcome(
            source_id=source_id,
            result="snapshot",
            version_id=previous_id,
            page_stamp=front_matter_update_day(read.front_matter),
        )

    added = add_version(
        session=session,
        data=data,
        filename=filename,
        authority_slug=authority_slug,
        authority_name=authority_name,
        chapter_slug=chapter_slug,
        source_url=source_url,
        retrieved_at=moment,
        max_bytes=max_bytes,
    )
    version_id = added.version.id
    before_id = previous_id or _latest_other_version(session, added.version, version_id)
    summary = (
        summarize_comparison(
            compare_versions(
                session=session, left_id=before_id, right_id=version_id, options=CompareOptions()
            ),
            superseded_citations_of(
                session=session, version_id=version_id, chapter_slug=chapter_slug, on=moment.date()
            ),
        )
        if before_id is not None and before_id != version_id
        else None
    )
    change_id: int | None = None
    with write_transaction(session):
        fresh = session.get(Source, source_id)
        if fresh is None:
            raise NotFound(f"no source with id {source_id} (removed while it was checked).")
        if fresh.last_snapshot_sha256 != sha256:
            _add_snapshot(session, fresh, data, sha256, url, headers, moment, version_id)
        if fresh.current_version_id != version_id and summary is not None:
            change_id = _add_change(session, fresh, version_id, before_id, summary, moment)
        if fresh.current_version_id != version_id:
            fresh.last_changed_at = moment
        fresh.current_version_id = version_id
        _succeeded(fresh, moment, jitter_fraction, etag, last_modified)
    return CheckOutcome(
        source_id=source_id, result="version", version_id=version_id, change_id=change_id
    )


def _unreadable_snapshot(
    session: Session,
    source_id: int,
    data: bytes,
    sha256: str,
    url: str,
    headers: dict[str, str],
    moment: datetime,
    jitter_fraction: float,
    error: PolicydiffError,
) -> CheckOutcome:
    """New bytes that are not a readable chapter: kept as a snapshot, and the check failed."""
    message = f"the page could not be read: {error.detail}"
    with write_transaction(session):
        fresh = session.get(Source, source_id)
        if fresh is not None:
            if fresh.last_snapshot_sha256 != sha256:
                _add_snapshot(session, fresh, data, sha256, url, headers, moment, None)
            fresh.last_checked_at = moment
            fresh.last_error = message
            fresh.consecutive_failures = (fresh.consecutive_failures or 0) + 1
            fresh.etag = headers.get("etag")
            fresh.last_modified = headers.get("last-modified")
            _schedule_next(fresh, moment, jitter_fraction)
    return CheckOutcome(source_id=source_id, result="failed", error=message)


def _add_snapshot(
    session: Session,
    source: Source,
    data: bytes,
    sha256: str,
    url: str,
    headers: dict[str, str],
    moment: datetime,
    version_id: int | None,
) -> None:
    session.add(
        Snapshot(
            source_id=source.id,
            fetched_at=moment,
            url=url,
            sha256=sha256,
            size_bytes=len(data),
            data=data,
            headers=headers,
            version_id=version_id,
        )
    )
    source.last_snapshot_sha256 = sha256


def _add_change(
    session: Session,
    source: Source,
    version_id: int,
    previous_id: int | None,
    summary: ChangeSummary,
    moment: datetime,
) -> int:
    """The change and one delivery per subscription that wants to hear of it."""
    change = Change(
        source_id=source.id,
        version_id=version_id,
        previous_version_id=previous_id,
        created_at=moment,
        summary=summary.to_json(),
    )
    session.add(change)
    session.flush()
    subscriptions = session.scalars(
        select(Subscription).where(
            Subscription.active.is_(True),
            or_(
                Subscription.authority_slug.is_(None),
                Subscription.authority_slug == source.authority_slug,
            ),
            or_(
                Subscription.chapter_slug.is_(None),
                Subscription.chapter_slug == source.chapter_slug,
            ),
        )
    ).all()
    for subscription in subscriptions:
        if not subscription_wants(subscription, summary):
            continue
        session.add(
            Delivery(
                subscription_id=subscription.id,
                change_id=change.id,
                status="pending",
                attempts=0,
                next_attempt_at=moment,
                created_at=moment,
            )
        )
    return change.id


def superseded_citations_of(
    *, session: Session, version_id: int, chapter_slug: str, on: date
) -> tuple[SupersededCitation, ...]:
    """The version's cited instruments that its family's data says were superseded by `on`."""
    try:
        table = get_family(chapter_slug).superseded
    except UnknownFamily:
        return ()
    with read_transaction(session):
        legislation = session.scalar(
            select(Fact.value).where(Fact.version_id == version_id, Fact.key == CITATIONS_FACT)
        )
    if not isinstance(legislation, list):
        return ()
    return tuple(
        SupersededCitation(cited=item.cited, superseded_by=item.superseded_by, since=item.since)
        for item in table.statuses(legislation, on)
        if item.status == "superseded"
    )


def subscription_wants(subscription: Subscription, summary: ChangeSummary) -> bool:
    """Whether a change (already matching the subscription's authority and chapter) meets the
    subscription's fact rule, if it has one."""
    if subscription.fact_key is None or subscription.condition is None:
        return True
    rule = FactRule(
        fact_key=subscription.fact_key,
        condition=subscription.condition,  # type: ignore[arg-type]
        threshold=subscription.threshold,
    )
    return rule_matches(rule, summary)


def _succeeded(
    source: Source,
    moment: datetime,
    jitter_fraction: float,
    etag: str | None = None,
    last_modified: str | None = None,
) -> None:
    source.last_checked_at = moment
    source.last_error = None
    source.consecutive_failures = 0
    if etag is not None or last_modified is not None:
        source.etag = etag
        source.last_modified = last_modified
    _schedule_next(source, moment, jitter_fraction)


def _schedule_next(source: Source, moment: datetime, jitter_fraction: float) -> None:
    """Due again after its interval plus a random part of it, and released by this watcher."""
    interval = timedelta(minutes=source.interval_minutes)
    source.next_check_at = moment + interval * (1 + random.uniform(0, jitter_fraction))
    source.lease_expires_at = None


def _same_words(text: str, current_text: str) -> bool:
    """Whether a fetched page says what the source's current version says: the same text, or
    the same but for the page stamps that close it (a footer re-dated, decision 0094)."""
    return text == current_text or without_closing_stamps(text) == without_closing_stamps(
        current_text
    )


def _version_text(session: Session, version_id: int | None) -> str | None:
    if version_id is None:
        return None
    version = session.scalar(
        select(Version).where(Version.id == version_id).options(undefer(Version.text))
    )
    return version.text if version is not None else None


def _latest_other_version(session: Session, version: Version, version_id: int) -> int | None:
    """The authority's newest other version of the chapter: what a source's first version is
    compared with, when one was uploaded before the source was watched."""
    with read_transaction(session):
        return session.scalar(
            select(Version.id)
            .join(Authority, Version.authority_id == Authority.id)
            .join(Chapter, Version.chapter_id == Chapter.id)
            .where(
                Authority.id == version.authority_id,
                Chapter.id == version.chapter_id,
                Version.id != version_id,
            )
            .order_by(Version.effective_date.desc(), Version.id.desc())
            .limit(1)
        )


_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "text/html": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
}


def _filename(url: str, content_type: str | None) -> str:
    """A file name for the version: the URL's last segment, with the extension the answer's
    media type gives when the URL has none (the reader detects formats from content anyway)."""
    name = PurePosixPath(urlsplit(url).path).name or "index"
    if PurePosixPath(name).suffix:
        return name
    media_type = (content_type or "").split(";", 1)[0].strip().lower()
    return name + _EXTENSIONS.get(media_type, ".html")


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


__all__ = [
    "CheckOutcome",
    "SourceClaim",
    "add_source",
    "claim_due_sources",
    "count_due_sources",
    "ensure_source",
    "get_source_or_raise",
    "list_sources",
    "record_failure",
    "record_fetch",
    "record_not_modified",
    "remove_source",
    "snapshot_page_stamp",
    "snapshots_of",
    "subscription_wants",
]
