"""Compressed responses: Starlette's `GZipMiddleware` on every response (decision 0031).

Bodies under `MINIMUM_SIZE` bytes are sent as they are (gzip's header would outweigh the gain),
and so are media types that are compressed already: Word files are zip archives, PDFs compress
their streams, images and archives likewise. The middleware adds `Vary: Accept-Encoding`.
"""

from __future__ import annotations

from fastapi import FastAPI
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

MINIMUM_SIZE = 1024
"""Smallest body worth compressing, in bytes."""

COMPRESSION_LEVEL = 6
"""zlib's default: close to level 9's size for HTML at a fraction of its time."""

ALREADY_COMPRESSED = (
    *DEFAULT_EXCLUDED_CONTENT_TYPES,
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/zip",
    "application/x-7z-compressed",
    "application/zstd",
    "application/x-bzip2",
    "application/x-xz",
)


def install_compression(app: FastAPI) -> None:
    """Compress `app`'s responses for clients that accept gzip."""
    app.add_middleware(
        GZipMiddleware,
        minimum_size=MINIMUM_SIZE,
        compresslevel=COMPRESSION_LEVEL,
        exclude_content_types=ALREADY_COMPRESSED,
    )


__all__ = ["ALREADY_COMPRESSED", "MINIMUM_SIZE", "install_compression"]
