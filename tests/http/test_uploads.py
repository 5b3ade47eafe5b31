"""The one upload reader: a guard sees the fields sent before the file and can refuse the upload
before a byte of the file is read (the upload page checks its write token there)."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping

import pytest
from starlette.requests import Request

from app.errors import SourceTooLarge, Unauthorized
from app.http.uploads import read_upload

BOUNDARY = "policydiff-test-boundary"


def _fields_then_file(fields: Mapping[str, str], file_chunks: int) -> tuple[list[bytes], bytes]:
    head = b"".join(
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    )
    head += (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    chunks = [head] + [b"x" * 1024] * file_chunks + [f"\r\n--{BOUNDARY}--\r\n".encode()]
    return chunks, head


def _request(chunks: list[bytes], sent: list[int]) -> Request:
    pending = list(chunks)

    async def receive() -> dict[str, object]:
        chunk = pending.pop(0)
        sent.append(len(chunk))
        return {"type": "http.request", "body": chunk, "more_body": bool(pending)}

    scope = {
        "type": "http",
        "method": "POST",
        "path": "/upload",
        "headers": [(b"content-type", f"multipart/form-data; boundary={BOUNDARY}".encode())],
    }
    return Request(scope, receive)


def test_a_refused_token_stops_the_reading_before_the_file() -> None:
    chunks, _head = _fields_then_file({"token": "wrong", "authority": "merton"}, file_chunks=50)
    received: list[int] = []
    seen: dict[str, str] = {}

    def refuse(fields: Mapping[str, str]) -> None:
        seen.update(fields)
        raise Unauthorized("the write token is not valid.")

    with pytest.raises(Unauthorized):
        asyncio.run(read_upload(_request(chunks, received), 10_000_000, before_file=refuse))
    assert seen == {"token": "wrong", "authority": "merton"}
    assert len(received) == 1, "no chunk of the file was read"


def test_an_accepted_upload_is_still_bounded() -> None:
    chunks, _head = _fields_then_file({"token": "right"}, file_chunks=20)
    with pytest.raises(SourceTooLarge):
        asyncio.run(
            read_upload(
                _request(chunks, []),
                4096,
                fields=("token",),
                before_file=lambda fields: None,
            )
        )


def test_the_guard_sees_the_fields_and_the_file_is_read_whole() -> None:
    chunks, _head = _fields_then_file({"token": "right", "chapter": "c"}, file_chunks=3)
    upload = asyncio.run(
        read_upload(
            _request(chunks, []),
            10_000,
            fields=("token", "chapter"),
            before_file=lambda fields: None,
        )
    )
    assert upload.data == b"x" * 3072
    assert upload.fields == {"token": "right", "chapter": "c"}
    assert upload.filename == "a.txt" and upload.declared_format == "text"
