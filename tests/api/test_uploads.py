"""Uploading versions: raw bodies and multipart forms, idempotence, and rejected uploads that
change nothing."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import pytest
from fastapi.testclient import TestClient
from fpdf import FPDF
from sqlalchemy.orm import Session, sessionmaker

from app.config import Settings
from app.main import create_app
from tests.api.conftest import API, row_counts
from tests.documents import WORD_MEDIA_TYPE, PdfBlock, new_word, pdf_bytes, word_bytes

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


def _word_chapter() -> bytes:
    document = new_word(footer="Page furniture")
    document.add_paragraph("Policies, Values and Principles", style="Title")
    document.add_heading("Key Principles", level=1)
    document.add_paragraph("Care leavers are supported until they are 25 years old.")
    return word_bytes(document)


def _pdf_chapter() -> bytes:
    return pdf_bytes(
        [
            PdfBlock("title", "Policies, Values and Principles"),
            PdfBlock("heading", "Key Principles"),
            PdfBlock("paragraph", "Care leavers are supported until they are 25 years old."),
        ],
        running_header="Riverside Procedures",
        min_pages=2,
    )


def test_a_word_file_uploaded_in_a_form_is_read_and_served_back_as_it_came(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = _word_chapter()
    response = client.post(
        f"{API}/versions",
        data={"authority": "riverside"},
        files={"file": ("Values chapter.docx", data, WORD_MEDIA_TYPE)},
        headers=auth,
    )

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["source_format"] == "docx"
    assert created["text"].startswith("# Policies, Values and Principles\n\n## Key Principles\n")
    assert "Page furniture" not in created["text"]
    assert created["facts"]["leaving_care_support_age"]["value"]["age"] == 25
    source = client.get(f"{API}/versions/{created['id']}/source")
    assert source.content == data
    assert source.headers["content-type"] == WORD_MEDIA_TYPE
    assert 'filename="Values chapter.docx"' in source.headers["content-disposition"]


def test_a_pdf_sent_as_the_raw_body_is_read_and_served_back_as_it_came(
    client: TestClient, auth: dict[str, str]
) -> None:
    data = _pdf_chapter()
    response = client.post(
        f"{API}/versions",
        params={"authority": "riverside"},
        content=data,
        headers={**auth, "Content-Type": "application/pdf"},
    )

    assert response.status_code == 201, response.text
    created = response.json()
    assert created["source_format"] == "pdf"
    assert "Riverside Procedures" not in created["text"]
    source = client.get(f"{API}/versions/{created['id']}/source")
    assert source.content == data
    assert source.headers["content-type"] == "application/pdf"
    assert f'filename="version-{created["id"]}.pdf"' in source.headers["content-disposition"]


def _encrypted_pdf() -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=11)
    document.cell(0, 6, "Key Principles")
    document.set_encryption(owner_password="owner", user_password="reader")
    return bytes(document.output())


def _zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"\0" * 20_000_000)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("case", "make", "media_type", "code"),
    [
        ("encrypted pdf", _encrypted_pdf, "application/pdf", "encrypted-document"),
        ("zip bomb", _zip_bomb, WORD_MEDIA_TYPE, "document-too-complex"),
        ("truncated pdf", lambda: _pdf_chapter()[:900], "application/pdf", "corrupt-document"),
        ("truncated docx", lambda: _word_chapter()[:5000], WORD_MEDIA_TYPE, "corrupt-document"),
        ("text said to be pdf", lambda: CHAPTER_TEXT.encode(), "application/pdf", "invalid-source"),
    ],
)
def test_unreadable_word_and_pdf_uploads_are_422_and_change_nothing(
    client: TestClient,
    auth: dict[str, str],
    session_factory: sessionmaker[Session],
    case: str,
    make: Callable[[], bytes],
    media_type: str,
    code: str,
) -> None:
    counts = row_counts(session_factory)

    response = client.post(
        f"{API}/versions",
        params={"authority": "riverside"},
        content=make(),
        headers={**auth, "Content-Type": media_type},
    )

    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["type"].endswith("/" + code)
    assert "To fix" in problem["detail"]
    assert row_counts(session_factory) == counts
