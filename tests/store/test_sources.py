"""Sources in the store: due times with jitter, leases that keep two watchers apart, and a
crash between writing the version and recording the check that is repaired, not repeated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from app.errors import Conflict, InvalidParameter
from app.store import Change, Snapshot, Source, Version, add_version
from app.store.sources import (
    add_source,
    claim_due_sources,
    record_failure,
    record_fetch,
    record_not_modified,
)
from tests.watch.conftest import chapter_page

URL = "https://example.org/values.html"


def test_a_new_source_is_due_at_once_and_a_url_is_watched_once(session: Session):
    now = datetime.now(UTC)
    source = add_source(
        session=session, url=URL, authority_slug="northshire", interval_minutes=60, now=now
    )
    assert source.next_check_at == now
    with pytest.raises(Conflict):
        add_source(session=session, url=URL + "#part", authority_slug="other", interval_minutes=5)
    with pytest.raises(InvalidParameter):
        add_source(session=session, url=URL + "?x", authority_slug="Bad Slug", interval_minutes=5)


def test_a_claimed_source_is_not_claimed_again_until_its_lease_passes(session: Session):
    now = datetime.now(UTC)
    add_source(session=session, url=URL, authority_slug="northshire", interval_minutes=60, now=now)

    first = claim_due_sources(session=session, limit=10, lease_seconds=60, now=now)
    second = claim_due_sources(session=session, limit=10, lease_seconds=60, now=now)
    after_lease = claim_due_sources(
        session=session, limit=10, lease_seconds=60, now=now + timedelta(seconds=61)
    )

    assert [claim.url for claim in first] == [URL]
    assert second == []
    assert [claim.url for claim in after_lease] == [URL]


@pytest.mark.parametrize("jitter", [0.0, 0.1, 0.5])
def test_the_next_check_is_one_interval_later_plus_at_most_the_jitter(session: Session, jitter):
    now = datetime.now(UTC)
    source = add_source(
        session=session, url=URL, authority_slug="northshire", interval_minutes=60, now=now
    )
    claim_due_sources(session=session, limit=1, lease_seconds=60, now=now)
    record_not_modified(session=session, source_id=source.id, jitter_fraction=jitter, now=now)
    with session.begin():
        checked = session.get(Source, source.id)
        assert checked is not None
        delay = checked.next_check_at - now
        assert timedelta(minutes=60) <= delay <= timedelta(minutes=60 * (1 + jitter))
        assert checked.lease_expires_at is None
    assert claim_due_sources(session=session, limit=1, lease_seconds=60, now=now) == []


def test_a_failure_keeps_the_source_and_counts(session: Session):
    source = add_source(session=session, url=URL, authority_slug="northshire", interval_minutes=5)
    for _ in range(2):
        record_failure(session=session, source_id=source.id, error="boom", jitter_fraction=0)
    with session.begin():
        failed = session.get(Source, source.id)
        assert failed is not None
        assert (failed.consecutive_failures, failed.last_error) == (2, "boom")


def test_recording_again_after_a_crash_adds_nothing_twice(
    session: Session, session_factory: sessionmaker[Session]
):
    source = add_source(session=session, url=URL, authority_slug="northshire", interval_minutes=5)
    record_fetch(
        session=session,
        source_id=source.id,
        data=chapter_page(age=21),
        url=URL,
        headers={},
        max_bytes=200_000,
        jitter_fraction=0,
    )
    # A watcher stored the next version, then died before it recorded the check.
    amended = chapter_page(age=18)
    add_version(
        session=session,
        data=amended,
        filename="values.html",
        authority_slug="northshire",
        source_url=URL,
        max_bytes=200_000,
    )
    for _ in range(2):  # the watcher that takes over, then a later check of the same bytes
        record_fetch(
            session=session,
            source_id=source.id,
            data=amended,
            url=URL,
            headers={},
            max_bytes=200_000,
            jitter_fraction=0,
        )

    with session.begin():
        counts = [
            session.scalar(select(func.count(model.id))) for model in (Snapshot, Version, Change)
        ]
    assert counts == [2, 2, 1]
