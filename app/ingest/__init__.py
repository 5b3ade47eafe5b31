"""Bytes → SourceText: detect the format, decode, normalise once. No database here."""

from __future__ import annotations

import hashlib

from app.errors import EmptySource, SourceTooLarge
from app.ingest.model import SourceFormat, SourceText, TextSyntax
from app.text import normalize_text

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


def read_source(
    data: bytes,
    filename: str = "",
    declared_format: SourceFormat | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Decode and normalise `data`; raise InvalidSource subclasses or SourceTooLarge on bad input."""
    if len(data) > max_bytes:
        raise SourceTooLarge(f"the file is {len(data)} bytes; the limit is {max_bytes} bytes.")
    if not data.strip():
        raise EmptySource("the file is empty. To fix: upload the chapter's text.")
    text = normalize_text(data.decode("utf-8-sig"))
    fmt: SourceFormat = declared_format or ("markdown" if filename.endswith(".md") else "text")
    syntax: TextSyntax = "markdown" if fmt == "markdown" else "plain"
    return SourceText(
        data=data,
        filename=filename,
        source_format=fmt,
        text_syntax=syntax,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding="utf-8",
        text=text,
    )


__all__ = ["DEFAULT_MAX_BYTES", "SourceFormat", "SourceText", "TextSyntax", "read_source"]
