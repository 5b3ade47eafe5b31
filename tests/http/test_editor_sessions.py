"""Editors' sessions at the HTTP layer: the signing key kept safely, and a write from nobody
signed in (or with a forged form) refused before its body is read."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr
from sqlalchemy.orm import Session

from app.config import Settings
from app.http.sessions import SESSION_COOKIE, session_secret
from app.main import create_app
from app.store import create_token
from tests.web.signing import sign_in

BOUNDARY = "policydiff-boundary"
CHUNK = 64 * 1024
CHUNKS = 64
"""A 4 MB upload, twice the default limit, sent in 64 KiB pieces."""


def test_a_generated_key_is_kept_owner_only_and_reused(tmp_path: Path) -> None:
    kept = tmp_path / "state" / "policydiff" / "session-secret"
    settings = Settings(DATABASE_URL="sqlite://", session_secret_file=kept)
    first = session_secret(settings)
    assert len(first) >= 32
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert session_secret(settings) == first, "a restart keeps editors signed in"
    other = Settings(DATABASE_URL="sqlite://", session_secret_file=tmp_path / "elsewhere")
    assert session_secret(other) != first


def test_a_configured_key_wins_and_no_file_is_written(tmp_path: Path) -> None:
    settings = Settings(
        DATABASE_URL="sqlite://",
        session_secret=SecretStr("a-configured-key-of-enough-length-000000"),
        session_secret_file=tmp_path / "unused",
    )
    assert session_secret(settings) == "a-configured-key-of-enough-length-000000"
    assert not (tmp_path / "unused").exists()


def test_an_unwritable_place_falls_back_to_a_process_key_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    settings = Settings(DATABASE_URL="sqlite://", session_secret_file=blocker / "session-secret")
    with caplog.at_level(logging.WARNING):
        key = session_secret(settings)
    assert len(key) >= 32
    assert "POLICYDIFF_SESSION_SECRET" in caplog.text


@pytest.fixture
def client(settings: Settings, tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(
        settings.model_copy(
            update={
                "load_corpus_on_start": False,
                "session_secret_file": tmp_path / "session-secret",
            }
        )
    )
    with TestClient(app, raise_server_exceptions=False) as test_client:
        yield test_client


def _upload_chunks(fields: dict[str, str]) -> list[bytes]:
    head = b"".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    )
    head += (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    return [head] + [b"x" * CHUNK] * CHUNKS + [f"\r\n--{BOUNDARY}--\r\n".encode()]


def _post_upload(client: TestClient, chunks: list[bytes], cookie: str = "") -> tuple[int, int]:
    """POST `chunks` to /upload straight into the app; the status, and how many chunks it read.
    Content-Length is not sent, so only reading the body could reveal its size."""
    pending = list(chunks)
    read: list[int] = []
    messages: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        if not pending:
            return {"type": "http.disconnect"}
        read.append(1)
        body = pending.pop(0)
        return {"type": "http.request", "body": body, "more_body": bool(pending)}

    async def send(message: dict[str, Any]) -> None:
        messages.append(message)

    headers = [
        (b"host", b"testserver"),
        (b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode()),
    ]
    if cookie:
        headers.append((b"cookie", f"{SESSION_COOKIE}={cookie}".encode()))
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/upload",
        "raw_path": b"/upload",
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "client": ("127.0.0.1", 50000),
        "server": ("testserver", 80),
    }
    client.portal.call(client.app, scope, receive, send)  # type: ignore[union-attr]
    start = next(message for message in messages if message["type"] == "http.response.start")
    return int(start["status"]), len(read)


def test_an_anonymous_upload_is_refused_before_any_of_its_body_is_read(
    client: TestClient,
) -> None:
    status, read = _post_upload(client, _upload_chunks({"authority": "merton"}))
    assert status == 401
    assert read == 0


def test_a_forged_upload_is_refused_before_its_file_is_read(
    client: TestClient, session: Session
) -> None:
    sign_in(client, create_token(session=session, name="forger-check"))
    cookie = client.cookies[SESSION_COOKIE]
    chunks = _upload_chunks({"csrf_token": "forged", "authority": "merton"})
    status, read = _post_upload(client, chunks, cookie=cookie)
    assert status == 403
    assert read == 1, "only the fields and the file part's headers were read"
