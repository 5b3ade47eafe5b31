"""Reading an uploaded source from the request without ever holding more than the limit.

The body is read from the stream and abandoned as soon as it passes the limit, so an oversized
upload costs at most `max_upload_bytes + 1` bytes of memory (plus a small multipart envelope),
whatever the client sends or claims in `Content-Length`. The API and the upload page both read
through `read_upload`; the page passes `before_file`, which sees the form's fields sent before the
file (its write token) and may refuse the upload before a byte of the file is read.
"""

from __future__ import annotations

import io
from collections.abc import AsyncGenerator, AsyncIterator, Callable, Mapping
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from starlette.datastructures import UploadFile
from starlette.formparsers import MultiPartException, MultiPartParser

from app.errors import InvalidParameter, SourceTooLarge
from app.ingest import SourceFormat

MULTIPART_ENVELOPE_BYTES = 64 * 1024
"""Room for the multipart boundaries, part headers and the small text fields around the file."""

FORM_FIELD_MAX_BYTES = 8 * 1024
"""Largest text field accepted in a multipart upload (authority, chapter, source URL…)."""

UPLOAD_FIELDS = ("authority", "authority_name", "chapter", "source_url", "filename")
"""Text fields an upload may carry in the query string or, for multipart, in the form."""

_FORMAT_BY_MEDIA_TYPE: dict[str, SourceFormat] = {
    "text/plain": "text",
    "text/markdown": "markdown",
    "text/x-markdown": "markdown",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/pdf": "pdf",
}


@dataclass(frozen=True, slots=True)
class UploadedSource:
    """The bytes of one upload and what came with them."""

    data: bytes
    """The file's bytes, at most the configured limit."""
    filename: str
    """The file name the client gave (multipart `filename` or the `filename` field), or ""."""
    declared_format: SourceFormat | None
    """The format the client declared through the part's or body's media type, if one we read."""
    fields: Mapping[str, str]
    """Text fields sent in the multipart form (empty for a raw body)."""
    multipart: bool
    """Whether the file came as a multipart form part (else it was the raw body)."""


BeforeFile = Callable[[Mapping[str, str]], None]
"""Called with the text fields sent so far when the file part begins; raises to refuse it."""


class _GuardedMultiPartParser(MultiPartParser):
    """Starlette's streaming parser, calling `before_file` when the file part's headers end."""

    def __init__(self, *args: Any, before_file: BeforeFile | None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._before_file = before_file

    def on_headers_finished(self) -> None:
        super().on_headers_finished()
        if self._before_file is not None and self._current_part.file is not None:
            before_file, self._before_file = self._before_file, None
            before_file({name: value for name, value in self.items if isinstance(value, str)})


async def read_upload(
    request: Request,
    max_bytes: int,
    *,
    fields: tuple[str, ...] = UPLOAD_FIELDS,
    before_file: BeforeFile | None = None,
) -> UploadedSource:
    """The uploaded file: the multipart `file` part, or else the whole raw body.

    Raises SourceTooLarge past `max_bytes`, InvalidParameter for a malformed multipart body, and
    RequestValidationError when a multipart form has no `file` part. `fields` names the text
    fields kept; `before_file` may refuse a multipart upload before its file is read.
    """
    media_type = _media_type(request.headers.get("content-type", ""))
    if media_type == "multipart/form-data":
        return await _read_multipart(request, max_bytes, fields, before_file)
    if before_file is not None:
        before_file({})
    _refuse_declared_oversize(request, max_bytes, max_bytes)
    data = await _read_at_most(request.stream(), max_bytes)
    return UploadedSource(
        data=data,
        filename="",
        declared_format=_FORMAT_BY_MEDIA_TYPE.get(media_type),
        fields={},
        multipart=False,
    )


async def _read_multipart(
    request: Request, max_bytes: int, kept_fields: tuple[str, ...], before_file: BeforeFile | None
) -> UploadedSource:
    envelope_limit = max_bytes + MULTIPART_ENVELOPE_BYTES
    _refuse_declared_oversize(request, envelope_limit, max_bytes)
    parser = _GuardedMultiPartParser(
        request.headers,
        _bounded(request.stream(), envelope_limit, max_bytes),
        before_file=before_file,
        max_files=1,
        max_fields=len(kept_fields) + 1,
        max_part_size=FORM_FIELD_MAX_BYTES,
    )
    try:
        form = await parser.parse()
    except MultiPartException as error:
        raise InvalidParameter(
            f"the multipart body could not be read ({error.message}). To fix: send the file as "
            "a `file` part of multipart/form-data, or send the bytes alone as the request body."
        ) from None
    try:
        upload = form.get("file")
        if isinstance(upload, str):
            upload = UploadFile(io.BytesIO(upload.encode()), filename="")
        if not isinstance(upload, UploadFile):
            raise RequestValidationError(
                [
                    {
                        "loc": ("body", "file"),
                        "msg": "Field required: the multipart form needs a `file` part",
                        "type": "missing",
                    }
                ]
            )
        data = await upload.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise _too_large(max_bytes)
        fields = {
            name: value
            for name, value in form.multi_items()
            if name in kept_fields and isinstance(value, str)
        }
        part_type = _media_type(upload.content_type or "")
        return UploadedSource(
            data=data,
            filename=upload.filename or "",
            declared_format=_FORMAT_BY_MEDIA_TYPE.get(part_type),
            fields=fields,
            multipart=True,
        )
    finally:
        await form.close()


def _refuse_declared_oversize(request: Request, limit: int, reported_limit: int) -> None:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise _too_large(reported_limit)


async def _read_at_most(stream: AsyncIterator[bytes], max_bytes: int) -> bytes:
    received = bytearray()
    async for chunk in stream:
        received.extend(chunk)
        if len(received) > max_bytes:
            raise _too_large(max_bytes)
    return bytes(received)


async def _bounded(
    stream: AsyncIterator[bytes], limit: int, reported_limit: int
) -> AsyncGenerator[bytes, None]:
    received = 0
    async for chunk in stream:
        received += len(chunk)
        if received > limit:
            raise _too_large(reported_limit)
        yield chunk


def _too_large(max_bytes: int) -> SourceTooLarge:
    return SourceTooLarge(
        f"the upload is larger than the limit of {max_bytes} bytes. To fix: upload the chapter "
        "alone, as text, markdown or HTML, or ask the operator to raise "
        "POLICYDIFF_MAX_UPLOAD_BYTES."
    )


def _media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


__all__ = ["UPLOAD_FIELDS", "BeforeFile", "UploadedSource", "read_upload"]
