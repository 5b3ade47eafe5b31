"""Watchers as separate processes on one database (PostgreSQL with TEST_DATABASE_URL, else a
SQLite file): two `policydiff serve` processes check each due source once, and a watcher killed
with SIGKILL mid-check loses nothing and duplicates nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.store import Snapshot, Source, Version
from app.store.sources import add_source
from tests.conftest import engine_url
from tests.e2e.test_api_server import _beside_python, running_servers
from tests.watch.conftest import chapter_page
from tests.watch.pages_server import PageServer

pytestmark = pytest.mark.e2e


def _watch_env(migrated_engine: Engine) -> dict[str, str]:
    return {
        "DATABASE_URL": engine_url(migrated_engine),
        "POLICYDIFF_LOAD_CORPUS_ON_START": "false",
        "POLICYDIFF_WATCH_ALLOW_PRIVATE_ADDRESSES": "true",
        "POLICYDIFF_WATCH_RETRY_WAIT_SECONDS": "0",
        "POLICYDIFF_WATCH_POLL_SECONDS": "0.2",
        "POLICYDIFF_WATCH_HOST_REQUESTS_PER_SECOND": "1000",
    }


def _count(session_factory: sessionmaker[Session], query) -> int:
    with session_factory() as session:
        return int(session.scalar(query) or 0)


def test_two_serve_processes_check_each_due_source_exactly_once(
    pages: PageServer,
    session_factory: sessionmaker[Session],
    migrated_engine: Engine,
    tmp_path: Path,
):
    paths = [f"/shared-{index}" for index in range(12)]
    with session_factory() as session:
        for index, path in enumerate(paths):
            add_source(
                session=session,
                url=pages.set(path, body=chapter_page(age=18 + index % 5)),
                authority_slug=f"council-{index}",
                interval_minutes=60,
            )
    env = _watch_env(migrated_engine)
    checked = select(func.count(Source.id)).where(Source.last_checked_at.is_not(None))

    with running_servers(tmp_path, ("first", "second"), env):
        deadline = time.monotonic() + 90
        while _count(session_factory, checked) < len(paths):
            assert time.monotonic() < deadline, "the watchers did not check every source"
            time.sleep(0.2)
        rounds_after = time.monotonic() + 1.0  # several more rounds of both watchers
        while time.monotonic() < rounds_after:
            time.sleep(0.2)

    assert [len(pages.requests_to(path)) for path in paths] == [1] * len(paths)
    assert _count(session_factory, select(func.count(Version.id))) == len(paths)
    assert _count(session_factory, select(func.count(Snapshot.id))) == len(paths)


def test_a_watcher_killed_mid_check_loses_nothing_and_duplicates_nothing(
    pages: PageServer, session_factory: sessionmaker[Session], migrated_engine: Engine
):
    path = "/killed-mid-check"
    with session_factory() as session:
        source = add_source(
            session=session,
            url=pages.set(path, body=chapter_page(), delay=60.0),
            authority_slug="killshire",
            interval_minutes=60,
        )
    env = {**os.environ, **_watch_env(migrated_engine), "POLICYDIFF_WATCH_TIMEOUT_SECONDS": "120"}
    env.pop("TEST_DATABASE_URL", None)
    watcher = subprocess.Popen(
        [_beside_python("policydiff"), "watch"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not pages.requests_to(path):
            assert watcher.poll() is None and time.monotonic() < deadline
            time.sleep(0.05)
    finally:
        os.kill(watcher.pid, signal.SIGKILL)
        watcher.wait(timeout=30)

    with session_factory() as session:
        held = session.get(Source, source.id)
        assert held is not None and held.lease_expires_at is not None
        assert held.last_checked_at is None
    # The lease runs out (the clock jumps past it) and another watcher takes the source over.
    with session_factory() as session, session.begin():
        past = datetime.now(UTC) - timedelta(seconds=1)
        session.execute(update(Source).values(lease_expires_at=past))
    pages.set(path, body=chapter_page())
    finished = subprocess.run(
        [_beside_python("policydiff"), "watch", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert finished.stdout.startswith("1 checked: 1 new versions"), finished.stdout

    assert len(pages.requests_to(path)) == 2
    assert _count(session_factory, select(func.count(Snapshot.id))) == 1
    assert _count(session_factory, select(func.count(Version.id))) == 1
