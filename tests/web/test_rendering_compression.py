"""Kept renderings are compressed once: a client accepting gzip gets the kept compressed body
(the same page), marked as varying on Accept-Encoding; others get the page as it is."""

from __future__ import annotations

import gzip
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.orm import Session

from app.config import Settings
from app.http.delivery import MINIMUM_SIZE
from app.http.renderings import kept_rendering
from app.main import create_app
from tests.store.helpers import CHAPTER, add, chapter_text


@given(st.binary(max_size=4 * MINIMUM_SIZE), st.sampled_from(["text/html", "application/json"]))
def test_a_kept_compressed_body_is_the_body(body: bytes, media_type: str) -> None:
    kept = kept_rendering(body, media_type)
    assert kept.body == body
    if kept.gzipped is not None:
        assert gzip.decompress(kept.gzipped) == body
    else:
        assert len(body) < MINIMUM_SIZE


@pytest.fixture
def client(settings: Settings, session: Session) -> Iterator[TestClient]:
    add(session, chapter_text(amended="In May 2021, this chapter was revised."))
    add(session, chapter_text(leaving_care="until they are 25"))
    changes = {"load_corpus_on_start": False}
    with TestClient(create_app(settings.model_copy(update=changes))) as test_client:
        yield test_client


@pytest.mark.parametrize(
    "path",
    [f"/chapters/{CHAPTER}/matrix", "/search?q=permanence", f"/api/v1/chapters/{CHAPTER}/matrix"],
)
def test_gzip_and_identity_clients_get_the_same_kept_page(client: TestClient, path: str) -> None:
    client.get(path)  # rendered and kept
    compressed = client.get(path, headers={"Accept-Encoding": "gzip"})
    plain = client.get(path, headers={"Accept-Encoding": "identity"})

    assert compressed.status_code == plain.status_code == 200
    assert compressed.headers["content-encoding"] == "gzip"
    assert "content-encoding" not in plain.headers
    assert compressed.content == plain.content  # httpx decompresses
    assert "accept-encoding" in compressed.headers["vary"].lower()
    assert compressed.headers["etag"] == plain.headers["etag"]
