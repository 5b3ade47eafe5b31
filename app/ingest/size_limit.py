"""The upload size bound, enforced before a source is held in memory whole."""

from __future__ import annotations

from typing import BinaryIO

from app.errors import SourceTooLarge

DEFAULT_MAX_BYTES = 2 * 1024 * 1024
"""2 MiB: far above any chapter's size, far below what would strain parsing or storage."""

_CHUNK_BYTES = 64 * 1024


def read_bounded(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read `stream` to its end, but never more than `max_bytes + 1` bytes.

    Reading one byte past the limit tells "exactly at the limit" from "over it" without
    trusting a declared length; short reads (pipes, sockets) are read again.
    """
    if max_bytes < 0:
        raise ValueError(f"max_bytes must be zero or more, not {max_bytes}")
    chunks: list[bytes] = []
    remaining = max_bytes + 1
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK_BYTES))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    if remaining <= 0:
        raise too_large(None, max_bytes)
    return b"".join(chunks)


def too_large(size: int | None, max_bytes: int) -> SourceTooLarge:
    """The error for a source over the bound; `size` when it is known."""
    measured = f"is {size:,} bytes, over" if size is not None else "is over"
    return SourceTooLarge(
        f"the file {measured} the upload limit of {max_bytes:,} bytes. To fix: upload only "
        "the chapter's text (save the page as text, or remove embedded images), or raise the "
        "limit with the POLICYDIFF_MAX_UPLOAD_BYTES setting.",
        size=size,
        max_bytes=max_bytes,
    )
