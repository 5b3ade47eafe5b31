"""One round of checking: claim the due sources, fetch them in parallel, record what was found."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.errors import PolicydiffError
from app.store.sources import (
    CheckOutcome,
    SourceClaim,
    claim_due_sources,
    record_failure,
    record_fetch,
    record_not_modified,
)
from app.watch.fetch import Fetched, Fetcher, FetchFailed

logger = logging.getLogger(__name__)


@dataclass(slots=True)
class RoundSummary:
    """How the checks of one round went."""

    outcomes: list[CheckOutcome] = field(default_factory=list)

    def count(self, result: str) -> int:
        return sum(1 for outcome in self.outcomes if outcome.result == result)


def check_due_sources(
    session_factory: sessionmaker[Session],
    settings: Settings,
    *,
    fetcher: Fetcher | None = None,
) -> RoundSummary:
    """Check every source due now, batch by batch, until none is left to claim.

    Each source is claimed under a lease first (so another watcher leaves it alone), then
    fetched and recorded by one of `watch_concurrency` threads, each with its own session.
    """
    summary = RoundSummary()
    own_fetcher = fetcher is None
    client = fetcher or Fetcher(settings)
    try:
        with ThreadPoolExecutor(
            max_workers=settings.watch_concurrency, thread_name_prefix="watch"
        ) as pool:
            for batch in _claimed_batches(session_factory, settings):
                summary.outcomes.extend(
                    pool.map(lambda claim: _check(session_factory, settings, client, claim), batch)
                )
    finally:
        if own_fetcher:
            client.close()
    return summary


def _claimed_batches(
    session_factory: sessionmaker[Session], settings: Settings
) -> Iterator[list[SourceClaim]]:
    while True:
        with session_factory() as session:
            batch = claim_due_sources(
                session=session,
                limit=settings.watch_concurrency * 4,
                lease_seconds=settings.watch_lease_seconds,
            )
        if not batch:
            return
        yield batch


def _check(
    session_factory: sessionmaker[Session],
    settings: Settings,
    fetcher: Fetcher,
    claim: SourceClaim,
) -> CheckOutcome:
    jitter = settings.watch_jitter_fraction
    with session_factory() as session:
        try:
            answer = fetcher.fetch(claim.url, etag=claim.etag, last_modified=claim.last_modified)
        except FetchFailed as error:
            return record_failure(
                session=session, source_id=claim.source_id, error=str(error), jitter_fraction=jitter
            )
        if not isinstance(answer, Fetched):
            return record_not_modified(
                session=session, source_id=claim.source_id, jitter_fraction=jitter
            )
        try:
            return record_fetch(
                session=session,
                source_id=claim.source_id,
                data=answer.data,
                url=answer.url,
                headers=answer.headers,
                max_bytes=settings.max_upload_bytes,
                jitter_fraction=jitter,
            )
        except PolicydiffError as error:
            logger.warning("source %s: %s", claim.source_id, error.detail)
            return record_failure(
                session=session,
                source_id=claim.source_id,
                error=error.detail,
                jitter_fraction=jitter,
            )
