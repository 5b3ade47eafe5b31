"""Bytes → SourceText: bound the size, decode, detect the format, render HTML, normalise once.

No database and no web here: the API, the CLI and the store all read sources through this surface.
"""

from app.ingest.footer_stamp import without_closing_stamps
from app.ingest.model import SourceFormat, SourceText, TextSyntax
from app.ingest.read import read_source, read_source_file
from app.ingest.size_limit import DEFAULT_MAX_BYTES, read_bounded

__all__ = [
    "DEFAULT_MAX_BYTES",
    "SourceFormat",
    "SourceText",
    "TextSyntax",
    "read_bounded",
    "read_source",
    "read_source_file",
    "without_closing_stamps",
]
