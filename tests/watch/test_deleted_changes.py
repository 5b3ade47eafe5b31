"""Deleting a version takes its changes (and their deliveries) out of the feed and the
notifications; purging leaves nothing of them; a change whose previous version was deleted
links to no comparison with a version that is gone."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from app.config import Settings
from app.main import create_app
from app.store import Delivery, delete_version, purge_deleted_versions
from app.store.sources import add_source
from app.store.subscriptions import add_subscription
from app.store.watch_models import Change
from app.watch.messages import change_email, change_payload
from tests.watch.conftest import chapter_page
from tests.watch.pages_server import PageServer
from tests.watch.test_check import _round

FEED = "/api/v1/feeds/changes.atom"


@pytest.fixture
def client(watch_settings: Settings) -> Iterator[TestClient]:
    settings = watch_settings.model_copy(
        update={"load_corpus_on_start": False, "watch_in_serve": False}
    )
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client


def _changes(session_factory) -> dict[int, int | None]:
    with session_factory() as session:
        return {
            row.version_id: row.previous_version_id
            for row in session.scalars(select(Change)).unique()
        }


def _deliveries(session_factory) -> int:
    with session_factory() as session:
        return session.scalar(select(func.count()).select_from(Delivery)) or 0


def test_deleting_and_purging_versions_takes_their_changes_out_of_the_feed(
    pages: PageServer, session_factory, watch_settings: Settings, client: TestClient
) -> None:
    path = "/deleted-changes"
    with session_factory() as session:
        add_source(
            session=session,
            url=pages.set(path, body=chapter_page(age=21)),
            authority_slug="deleteshire",
            interval_minutes=60,
        )
        add_subscription(session=session, channel="webhook", target=pages.url("/hook-deleted"))
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=25))
    _round(session_factory, watch_settings)
    pages.set(path, body=chapter_page(age=18))
    _round(session_factory, watch_settings)
    changes = _changes(session_factory)
    assert len(changes) == 2 and _deliveries(session_factory) == 2
    first, second, third = sorted({*changes, *(p for p in changes.values() if p)})

    with session_factory() as session:
        delete_version(session=session, version_id=third)
    assert _changes(session_factory) == {second: first}
    assert _deliveries(session_factory) == 1
    feed = client.get(FEED).text
    assert f"/versions/{third}" not in feed and f"right={third}" not in feed

    with session_factory() as session:
        delete_version(session=session, version_id=first)
    assert _changes(session_factory) == {second: None}
    feed = client.get(FEED).text
    assert f"/versions/{second}" in feed
    assert "left=None" not in feed and "compare?" not in feed, "no comparison with a gone version"
    with session_factory() as session:
        payload = change_payload(session.scalars(select(Change)).unique().one(), watch_settings)
    email = change_email(payload, to="officer@example.org", settings=watch_settings).as_string()
    assert payload["comparison"] is None
    assert "left=None" not in email and "Compare with the previous version" not in email

    with session_factory() as session:
        assert purge_deleted_versions(session=session) == [first, third]
    assert _changes(session_factory) == {second: None}
    assert _deliveries(session_factory) == 1
