"""Delivery: responses compressed for clients that accept gzip (not tiny bodies, not formats
compressed already), static assets cached for a year under a content-hashed URL, and `HEAD`
answered wherever `GET` is."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from app.config import Settings
from app.main import create_app
from app.store import create_token, list_versions
from app.web.static_assets import IMMUTABLE_ASSET, REVALIDATE_ASSET
from tests.documents import WORD_MEDIA_TYPE, new_word, word_bytes
from tests.web.signing import sign_in

API = "/api/v1"
CHAPTER = "childrens-services-policies-values-and-principles"
GZIP = {"Accept-Encoding": "gzip"}


@pytest.fixture
def client(settings: Settings, corpus: None) -> Iterator[TestClient]:
    app = create_app(settings.model_copy(update={"load_corpus_on_start": False}))
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _transferred(client: TestClient, url: str, headers: dict[str, str]) -> tuple[int, str]:
    """The bytes on the wire for `url` (before decoding) and the response's Content-Encoding."""
    with client.stream("GET", url, headers=headers) as response:
        assert response.status_code == 200, url
        size = sum(len(chunk) for chunk in response.iter_raw())
        return size, response.headers.get("content-encoding", "")


def _pages(session: Session) -> list[str]:
    rows, _total = list_versions(session=session, limit=100)
    first, second = rows[0], rows[1]
    authority = first.authority.slug
    return [
        "/",
        f"/authorities/{authority}/chapters/{first.chapter.slug}",
        f"/versions/{first.id}",
        "/compare",
        f"/compare?left={first.id}&right={second.id}",
        f"/compare/redline?left={first.id}&right={second.id}",
        f"/chapters/{first.chapter.slug}/matrix",
        "/search",
        "/search?q=care",
        "/upload",
        "/sources",
        "/sign-in",
    ]


def test_pages_and_json_are_gzipped_for_clients_that_accept_it(
    client: TestClient, session: Session
) -> None:
    for url in [*_pages(session), f"{API}/versions", f"{API}/chapters/{CHAPTER}/matrix"]:
        plain_size, plain_coding = _transferred(client, url, {"Accept-Encoding": "identity"})
        size, coding = _transferred(client, url, GZIP)
        assert (plain_coding, coding) == ("", "gzip"), url
        assert size < plain_size / 2, (url, size, plain_size)
    response = client.get("/", headers=GZIP)
    assert "Accept-Encoding" in response.headers["vary"]


def test_tiny_bodies_and_compressed_formats_are_sent_as_they_are(
    client: TestClient, session: Session
) -> None:
    tiny = client.get(f"{API}/versions/999999", headers=GZIP)
    assert tiny.status_code == 404 and "content-encoding" not in tiny.headers

    document = new_word()
    document.add_paragraph("Children's Services Policies, Values and Principles", style="Title")
    for number in range(40):
        document.add_paragraph(f"We listen to children and act on what they say, point {number}.")
    token = create_token(session=session, name="delivery-tests")
    added = client.post(
        f"{API}/versions",
        params={"authority": "zipped-borough", "filename": "values.docx"},
        content=word_bytes(document),
        headers={"Authorization": f"Bearer {token}", "Content-Type": WORD_MEDIA_TYPE},
    )
    assert added.status_code in (200, 201), added.text
    source = client.get(f"{API}/versions/{added.json()['id']}/source", headers=GZIP)
    assert source.status_code == 200 and len(source.content) > 1024
    assert source.headers["content-type"].startswith(WORD_MEDIA_TYPE)
    assert "content-encoding" not in source.headers


def test_static_assets_are_content_addressed_and_kept_a_year(client: TestClient) -> None:
    page = client.get("/").text
    hrefs = re.findall(r'(?:href|src)="(/static/[^"]+)"', page)
    assert {href.split("?")[0] for href in hrefs} == {
        "/static/css/app.css",
        "/static/js/enhance.js",
    }
    for href in hrefs:
        assert re.search(r"\?v=[0-9a-f]{16}$", href), href
        kept = client.get(href, headers=GZIP)
        assert kept.status_code == 200
        assert kept.headers["cache-control"] == IMMUTABLE_ASSET
        assert kept.headers["content-encoding"] == "gzip"
        bare = client.get(href.split("?")[0])
        assert bare.headers["cache-control"] == REVALIDATE_ASSET
        again = client.get(href.split("?")[0], headers={"If-None-Match": bare.headers["etag"]})
        assert again.status_code == 304
        stale = client.get(href.split("?")[0] + "?v=0000000000000000")
        assert stale.headers["cache-control"] == REVALIDATE_ASSET


def test_head_is_answered_on_every_page_as_its_get_without_a_body(
    client: TestClient, session: Session
) -> None:
    for url in [*_pages(session), "/static/css/app.css", f"{API}/versions"]:
        get = client.get(url, headers=GZIP)
        head = client.head(url, headers=GZIP)
        assert head.status_code == get.status_code == 200, url
        assert head.content == b"", url
        assert head.headers["content-type"] == get.headers["content-type"], url
        assert head.headers.get("content-encoding") == get.headers.get("content-encoding"), url


def test_the_largest_seed_pair_compares_in_under_40_kb_on_the_wire(
    client: TestClient, session: Session, seed_paths: list[Path]
) -> None:
    largest = sorted(seed_paths, key=lambda path: path.stat().st_size)[-2:]
    token = create_token(session=session, name="seed-loader")
    ids = []
    for index, path in enumerate(largest):
        added = client.post(
            f"{API}/versions",
            params={"authority": f"seed-council-{index}", "filename": path.name},
            content=path.read_bytes(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "text/plain"},
        )
        assert added.status_code in (200, 201), added.text
        ids.append(added.json()["id"])
    url = f"/compare?left={ids[0]}&right={ids[1]}"
    plain, _ = _transferred(client, url, {"Accept-Encoding": "identity"})
    size, coding = _transferred(client, url, GZIP)
    print(f"compare page of the two largest seeds: {plain} bytes, {size} bytes gzipped")
    assert coding == "gzip"
    assert size < 40 * 1024, size


def test_pages_vary_on_the_session_and_an_editors_page_is_private(
    client: TestClient, session: Session
) -> None:
    reader = client.get("/")
    assert "Cookie" in reader.headers["vary"]
    assert "private" not in reader.headers.get("cache-control", "")
    token = create_token(session=session, name="private-pages")
    sign_in(client, token)
    editor = client.get("/")
    assert editor.headers["cache-control"] == "private, no-cache"
    matrix = client.get(f"/chapters/{CHAPTER}/matrix", params={"council": "merton"})
    assert {part.strip() for part in matrix.headers["vary"].split(",")} == {
        "Cookie",
        "Accept-Encoding",
    }
