"""Reading files named on the command line, with errors that say which file and never "upload".

The reading core words its errors for the API, where the bytes were uploaded ("To fix: upload
the chapter as plain text…"). On the command line the file is local, and `diff` has two of
them, so the message says which one is wrong and speaks of using a file rather than uploading
it. The API's messages stay as they are.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.errors import InvalidSource, SourceTooLarge
from app.ingest import SourceFormat, SourceText, read_source_file

_UPLOAD_WORDS = re.compile(r"\b(?:the upload limit|uploaded|upload)\b")
_LOCAL_WORDS = {"the upload limit": "the size limit", "uploaded": "given", "upload": "use"}


def read_local_source(
    path: Path,
    *,
    max_bytes: int,
    label: str | None = None,
    declared_format: SourceFormat | None = None,
) -> SourceText:
    """Read the file at `path`; an error names it as `label` (e.g. "right file b.png") when
    the command reads more than one, and speaks of using it rather than uploading it."""
    try:
        return read_source_file(path, declared_format, max_bytes=max_bytes)
    except (InvalidSource, SourceTooLarge) as error:
        detail = for_local_file(error.detail)
        if label is not None:
            detail = _about(label, str(path), detail)
        raise type(error)(detail, **error.extra) from error


def for_local_file(detail: str) -> str:
    """An error message written for an upload, worded for a file on this machine."""
    return _UPLOAD_WORDS.sub(lambda found: _LOCAL_WORDS[found.group()], detail)


def _about(label: str, shown_path: str, detail: str) -> str:
    if detail.startswith(f"{shown_path} "):  # "b.txt could not be read: …" names it already
        return f"{label}{detail[len(shown_path) :]}"
    return f"{label}: {detail}"


__all__ = ["for_local_file", "read_local_source"]
