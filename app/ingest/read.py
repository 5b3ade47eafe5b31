"""Bytes → SourceText: bound the size, decode, detect the format, render HTML, normalise once,
and leave out the site chrome lines a page copied as text opens and closes with."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from app.errors import EmptySource, SourceUnreadable
from app.ingest.decode import decode_bytes
from app.ingest.detect import detect_format
from app.ingest.html_render import load_chrome_cues, render_html
from app.ingest.model import SourceFormat, SourceText, TextSyntax
from app.ingest.size_limit import DEFAULT_MAX_BYTES, read_bounded, too_large
from app.ingest.web_text import strip_edge_chrome
from app.text import normalize_text


def read_source(
    data: bytes,
    filename: str = "",
    declared_format: SourceFormat | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Read one uploaded source into the text every later stage indexes.

    Raises SourceTooLarge over `max_bytes`, and InvalidSource or a subclass (EmptySource,
    UnsupportedMediaType) for input that is not a readable text, markdown or HTML document.
    """
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if not data:
        raise EmptySource("the file is empty (0 bytes). To fix: upload the chapter's text.")
    decoded = decode_bytes(data)
    source_format = detect_format(decoded.text, filename, declared_format)
    syntax: TextSyntax = "plain" if source_format == "text" else "markdown"
    rendered = render_html(decoded.text) if source_format == "html" else decoded.text
    text = strip_edge_chrome(normalize_text(rendered), load_chrome_cues())
    if not text.strip():
        raise EmptySource(_empty_message(source_format))
    return SourceText(
        data=data,
        filename=filename,
        source_format=source_format,
        text_syntax=syntax,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        text=text,
    )


def read_source_file(
    path: str | os.PathLike[str],
    declared_format: SourceFormat | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Read a source from disk, refusing an oversized file from its size before reading it."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        with source.open("rb") as stream:
            data = read_bounded(stream, max_bytes)
    except OSError as error:
        raise SourceUnreadable(
            f"{source} could not be read: {error.strerror or error}. To fix: check that the "
            "path names an existing file you are allowed to read.",
            path=str(source),
        ) from error
    return read_source(data, source.name, declared_format, max_bytes)


def _empty_message(source_format: SourceFormat) -> str:
    if source_format == "html":
        return (
            "the HTML page has no readable text once scripts, navigation, headers, footers and "
            "other site chrome are removed. To fix: upload the page that holds the chapter, "
            "or save the chapter's text as a .txt file."
        )
    return "the file holds only whitespace. To fix: upload the chapter's text."
