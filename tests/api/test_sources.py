"""The sources, subscriptions and changes-feed routes: writes need the token, reads show how
checks went, and feeds answer 304 to a reader whose copy is current."""

from __future__ import annotations

import feedparser
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.store.sources import add_source, record_failure
from app.watch import check_due_sources
from tests.api.conftest import API
from tests.watch.conftest import chapter_page, make_all_due
from tests.watch.pages_server import PageServer, running_page_server


@pytest.fixture(scope="module")
def pages():
    with running_page_server() as server:
        yield server


@pytest.fixture
def api_settings(settings: Settings) -> Settings:
    return settings.model_copy(
        update={
            "load_corpus_on_start": False,
            "watch_in_serve": False,
            "watch_allow_private_addresses": True,
            "watch_retry_wait_seconds": 0,
            "watch_host_requests_per_second": 1000,
        }
    )


def test_sources_are_added_with_a_token_and_listed_with_their_state(
    client: TestClient, auth, session_factory: sessionmaker[Session], api_settings: Settings
):
    body = {"url": "https://example.org/values.html", "authority": "northshire"}
    assert client.post(f"{API}/sources", json=body).status_code == 401

    created = client.post(f"{API}/sources", json=body, headers=auth)
    assert created.status_code == 201
    source = created.json()
    assert source["interval_minutes"] == api_settings.watch_default_interval_minutes
    assert source["failing"] is False
    assert client.post(f"{API}/sources", json=body, headers=auth).status_code == 409
    bad = client.post(f"{API}/sources", json={**body, "url": "file:///etc/passwd"}, headers=auth)
    assert bad.status_code == 422

    for _ in range(api_settings.watch_failing_after):
        with session_factory() as session:
            record_failure(
                session=session,
                source_id=source["id"],
                error="the server answered 500",
                jitter_fraction=0,
            )
    read = client.get(f"{API}/sources/{source['id']}").json()
    assert (read["failing"], read["last_error"]) == (True, "the server answered 500")
    assert [item["id"] for item in client.get(f"{API}/sources").json()] == [source["id"]]
    assert client.get(f"{API}/sources/{source['id']}/snapshots").json() == []

    assert client.delete(f"{API}/sources/{source['id']}").status_code == 401
    assert client.delete(f"{API}/sources/{source['id']}", headers=auth).status_code == 204
    assert client.get(f"{API}/sources/{source['id']}").status_code == 404


def test_subscriptions_need_the_token_and_show_the_secret_once(client: TestClient, auth):
    body = {
        "channel": "webhook",
        "target": "https://hooks.example.org/policydiff",
        "fact": "leaving_care_support_age",
        "condition": "decreases",
    }
    assert client.post(f"{API}/subscriptions", json=body).status_code == 401
    created = client.post(f"{API}/subscriptions", json=body, headers=auth)
    assert created.status_code == 201
    assert len(created.json()["secret"]) == 64
    listed = client.get(f"{API}/subscriptions", headers=auth).json()
    assert [(item["id"], item["secret"]) for item in listed] == [(created.json()["id"], None)]
    deliveries = client.get(f"{API}/subscriptions/{created.json()['id']}/deliveries", headers=auth)
    assert deliveries.json() == []
    above = {"channel": "email", "target": "officer@example.org", "fact": "x", "condition": "above"}
    assert client.post(f"{API}/subscriptions", json=above, headers=auth).status_code == 422
    assert (
        client.post(
            f"{API}/subscriptions", json={"channel": "email", "target": "nobody"}, headers=auth
        ).status_code
        == 422
    )


def test_the_changes_feed_says_what_changed_and_answers_304(
    client: TestClient, pages: PageServer, session_factory, api_settings: Settings
):
    url = pages.set("/feed-chapter", body=chapter_page(age=21))
    with session_factory() as session:
        add_source(session=session, url=url, authority_slug="feedshire", interval_minutes=60)
    check_due_sources(session_factory, api_settings)
    pages.set("/feed-chapter", body=chapter_page(age=18))
    make_all_due(session_factory)
    check_due_sources(session_factory, api_settings)

    response = client.get(f"{API}/feeds/changes.atom")
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    (entry,) = feed.entries
    assert (
        "Leaving-care support age: 21 (extended: 25 in education or training)"
        " → 18 (extended: 25 in education or training)" in entry.summary
    )
    links = {link.type: link.href for link in entry.links if link.rel == "alternate"}
    assert "/compare?left=" in links["text/html"]
    assert "/api/v1/comparisons?left=" in links["application/json"]
    assert response.headers["last-modified"]

    again = client.get(
        f"{API}/feeds/changes.atom", headers={"If-None-Match": response.headers["etag"]}
    )
    assert (again.status_code, again.content) == (304, b"")
    since = client.get(
        f"{API}/feeds/changes.atom",
        headers={"If-Modified-Since": response.headers["last-modified"]},
    )
    assert since.status_code == 304

    amendments = feedparser.parse(client.get(f"{API}/feeds/amendments.atom").content)
    newest = amendments.entries[0]
    assert (
        "Leaving-care support age: 21 (extended: 25 in education or training)"
        " → 18 (extended: 25 in education or training)" in newest.summary
    )
    related = {link.type: link.href for link in newest.links if link.rel == "related"}
    assert "/api/v1/comparisons?left=" in related["application/json"]

    down = client.get(
        f"{API}/feeds/changes.atom",
        params={"fact": "leaving_care_support_age", "condition": "decreases"},
    )
    up = client.get(
        f"{API}/feeds/changes.atom",
        params={"fact": "leaving_care_support_age", "condition": "increases"},
    )
    assert len(feedparser.parse(down.content).entries) == 1
    assert feedparser.parse(up.content).entries == []


def test_the_amendments_feeds_answer_304(client: TestClient, corpus):
    response = client.get(f"{API}/feeds/amendments.atom")
    assert response.status_code == 200
    again = client.get(
        f"{API}/feeds/amendments.atom", headers={"If-None-Match": response.headers["etag"]}
    )
    assert again.status_code == 304
