"""Fixtures of the watcher tests: one loopback page server per module, settings that allow
loopback and retry at once, and chapter pages written for these tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, update
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.store.watch_models import Source
from tests.conftest import engine_url
from tests.watch.pages_server import PageServer, running_page_server


@pytest.fixture(scope="module")
def pages() -> Iterator[PageServer]:
    with running_page_server() as server:
        yield server


@pytest.fixture
def watch_settings(migrated_engine: Engine) -> Settings:
    return Settings(
        DATABASE_URL=engine_url(migrated_engine),
        watch_allow_private_addresses=True,
        watch_retry_wait_seconds=0,
        watch_retry_attempts=3,
        watch_timeout_seconds=0.5,
        watch_host_requests_per_second=1000,
        watch_contact="Watch Tests <watch-tests@example.org>",
        watch_concurrency=4,
        max_upload_bytes=200_000,
        public_base_url="https://policydiff.example.org",
    )


def make_all_due(session_factory: sessionmaker[Session]) -> None:
    """Move every source's next check into the past (the tests' clock jump)."""
    with session_factory() as session, session.begin():
        session.execute(
            update(Source).values(next_check_at=datetime.now(UTC) - timedelta(seconds=1))
        )


def chapter_page(
    *,
    age: int = 21,
    months: str = "four",
    banner: str = "We use cookies to make this site work.",
    reviewed: str = "Page reviewed by the web team.",
    extra: str = "",
) -> bytes:
    """A council's chapter as a web page with site chrome around it (wording of our own)."""
    return f"""<!doctype html><html lang="en"><head><title>Values and principles</title></head>
<body><header><nav><a href="/">Home</a> | <a href="/contact">Contact us</a></nav>
<p>{banner}</p></header>
<main>
<h1>Children's Services Policies, Values and Principles</h1>
<h2>1. Introduction</h2>
<p>This chapter sets out how the council works with children and families in the borough.</p>
<h2>2. Leaving care</h2>
<p>Care leavers receive support from a personal adviser up to the age of {age}, or up to 25 if
they are in education or training.</p>
<h2>3. Permanence</h2>
<p>A permanence plan should be agreed for every looked after child within {months} months of
entering care.</p>{extra}
</main>
<footer><p>{reviewed}</p></footer>
</body></html>""".encode()
