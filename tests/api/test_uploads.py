"""Uploading versions: raw bodies and multipart forms, idempotence, and rejected uploads that
change nothing."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from tests.api.conftest import API, row_counts

CHAPTER_TEXT = """\
Policies, Values and Principles

1. Scope of this chapter

This chapter sets out how the Riverside children's service works with families.

2. Key Principles

Care leavers are supported until they are 25 years old.
Permanence is planned within four months of a child becoming looked after.
"""


def _upload(client: TestClient, auth: dict[str, str], data: bytes, **params: str):
    return client.post(
        f"{API}/versions",
        params={"authority": "riverside", **params},
        content=data,
        headers={**auth, "Content-Type": "text/plain"},
    )


def test_a_raw_upload_creates_a_version_with_its_location(
    client: TestClient, auth: dict[str, str]
) -> None:
    response = _upload(
        client,
        auth,
        CHAPTER_TEXT.encode(),
        authority_name="Riverside Council",
        source_url="https://example.org/riverside/policies",
    )

    assert response.status_code == 201
    created = response.json()
    assert response.headers["location"] == f"{API}/versions/{created['id']}"
    assert created["authority"] == {
        "slug": "riverside",
        "name": "Riverside Council",
        "is_sample": False,
    }
    assert created["source_url"] == "https://example.org/riverside/policies"
    assert created["text"] == CHAPTER_TEXT
    assert client.get(response.headers["location"]).json() == created


def test_the_same_bytes_again_return_the_existing_version_with_200(
    client: TestClient, auth: dict[str, str], session_factory: sessionmaker[Session]
) -> None:
    first = _upload(client, auth, CHAPTER_TEXT.encode())
    counts = row_counts(session_factory)

    again = _upload(client, auth, CHAPTER_TEXT.encode())

    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json()["id"] == first.json()["id"]
    assert "location" not in again.headers
    assert row_counts(session_factory) == counts


def test_a_multipart_upload_takes_its_fields_from_the_form(
    client: TestClient, auth: dict[str, str]
) -> None:
    response = client.post(
        f"{API}/versions",
        files={
            "file": ("riverside.md", b"# Policies\n\n" + CHAPTER_TEXT.encode(), "text/markdown")
        },
        data={"authority": "riverside", "authority_name": "Riverside Council"},
        headers=auth,
    )

    assert response.status_code == 201, response.text
    version = response.json()
    assert version["filename"] == "riverside.md"
    assert version["source_format"] == "markdown"
    assert version["authority"]["name"] == "Riverside Council"


def test_multipart_field_errors_point_at_the_form(
    client: TestClient, auth: dict[str, str], session_factory: sessionmaker[Session]
) -> None:
    counts = row_counts(session_factory)

    response = client.post(
        f"{API}/versions",
        files={"file": ("x.txt", CHAPTER_TEXT.encode(), "text/plain")},
        data={"authority": "Not A Slug"},
        headers=auth,
    )

    assert response.status_code == 422
    assert response.json()["errors"][0]["location"] == ["body", "authority"]
    assert row_counts(session_factory) == counts


BINARY_PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
)


@pytest.mark.parametrize(
    ("case", "body", "params", "headers", "status"),
    [
        ("no token", CHAPTER_TEXT.encode(), {}, {"Authorization": ""}, 401),
        ("wrong token", CHAPTER_TEXT.encode(), {}, {"Authorization": "Bearer pd_wrong"}, 401),
        ("basic auth", CHAPTER_TEXT.encode(), {}, {"Authorization": "Basic dXNlcjpwdw=="}, 401),
        ("binary", BINARY_PNG, {}, None, 415),
        ("undecodable", b"\xff\xfe\xfa" + bytes(range(128, 256)) * 40, {}, None, 422),
        ("empty", b"", {}, None, 422),
        ("blank", b"  \n\n  ", {}, None, 422),
        ("missing authority", CHAPTER_TEXT.encode(), {"authority": ""}, None, 422),
        ("bad slug", CHAPTER_TEXT.encode(), {"authority": "../../etc"}, None, 422),
        ("unknown chapter", CHAPTER_TEXT.encode(), {"chapter": "no-such-family"}, None, 422),
        ("bad source url", CHAPTER_TEXT.encode(), {"source_url": "javascript:alert(1)"}, None, 422),
        ("bad format", CHAPTER_TEXT.encode(), {"format": "pdf"}, None, 422),
    ],
)
def test_rejected_uploads_change_nothing(
    client: TestClient,
    auth: dict[str, str],
    session_factory: sessionmaker[Session],
    case: str,
    body: bytes,
    params: dict[str, str],
    headers: dict[str, str] | None,
    status: int,
) -> None:
    counts = row_counts(session_factory)
    query = {"authority": "riverside", **params}
    query = {name: value for name, value in query.items() if value}

    response = client.post(
        f"{API}/versions",
        params=query,
        content=body,
        headers={**auth, **(headers or {})},
    )

    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert row_counts(session_factory) == counts


def test_an_upload_over_the_limit_is_refused_before_it_is_read_whole(
    api_settings: Settings, auth: dict[str, str], session_factory: sessionmaker[Session]
) -> None:
    app = create_app(api_settings.model_copy(update={"max_upload_bytes": 1000}))
    sent: list[int] = []

    def body():  # streamed without Content-Length, so the server cannot refuse it up front
        for _ in range(100):
            sent.append(1)
            yield b"x" * 100

    with TestClient(app, raise_server_exceptions=False) as client:
        counts = row_counts(session_factory)
        streamed = client.post(f"{API}/versions?authority=riverside", content=body(), headers=auth)
        declared = client.post(
            f"{API}/versions?authority=riverside", content=b"y" * 1001, headers=auth
        )
        multipart = client.post(
            f"{API}/versions",
            files={"file": ("big.txt", b"z" * 1001, "text/plain")},
            data={"authority": "riverside"},
            headers=auth,
        )

    assert (streamed.status_code, declared.status_code, multipart.status_code) == (413, 413, 413)
    assert streamed.json()["type"].endswith("/source-too-large")
    for refused in (streamed, declared, multipart):
        assert "limit of 1000 bytes" in refused.json()["detail"]
    assert row_counts(session_factory) == counts


def test_an_upload_at_the_limit_is_accepted(api_settings: Settings, auth: dict[str, str]) -> None:
    data = CHAPTER_TEXT.encode()
    app = create_app(api_settings.model_copy(update={"max_upload_bytes": len(data)}))

    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(f"{API}/versions?authority=riverside", content=data, headers=auth)

    assert response.status_code == 201, response.text


def test_an_html_upload_is_never_served_back_as_a_page(
    client: TestClient, auth: dict[str, str]
) -> None:
    html = (
        b"<html><head><script>alert('x')</script></head><body><h1>Policies</h1>"
        b"<h2>1. Scope of this chapter</h2><p>Care leavers are supported to 25.</p></body></html>"
    )
    created = client.post(
        f"{API}/versions?authority=riverside",
        content=html,
        headers={**auth, "Content-Type": "text/html"},
    ).json()

    source = client.get(f"{API}/versions/{created['id']}/source")
    version = client.get(f"{API}/versions/{created['id']}")

    assert source.content == html
    assert source.headers["content-disposition"].startswith("attachment")
    assert source.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in source.headers["content-security-policy"]
    assert version.headers["content-type"] == "application/json"
    assert "alert" not in version.json()["text"]


def test_a_version_can_be_deleted_with_a_token_only(
    client: TestClient, auth: dict[str, str], session_factory: sessionmaker[Session]
) -> None:
    created = _upload(client, auth, CHAPTER_TEXT.encode()).json()
    url = f"{API}/versions/{created['id']}"

    refused = client.delete(url)
    counts = row_counts(session_factory)
    deleted = client.delete(url, headers=auth)

    assert refused.status_code == 401
    assert deleted.status_code == 204 and deleted.content == b""
    assert client.get(url).status_code == 404
    assert client.delete(url, headers=auth).status_code == 404
    after = row_counts(session_factory)
    assert after["versions"] == counts["versions"] - 1
    assert after["sections"] < counts["sections"] and after["facts"] < counts["facts"]


def test_a_legacy_encoded_source_is_served_with_its_charset(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = CHAPTER_TEXT.replace("works with", "works \u2013 with care \u2013 with").encode("cp1252")
    created = _upload(client, auth, data).json()

    source = client.get(f"{API}/versions/{created['id']}/source")

    assert source.content == data
    assert source.headers["content-type"] == "text/plain; charset=windows-1252"
    assert "works \u2013 with care" in created["text"]
