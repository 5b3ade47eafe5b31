"""Builds analysed versions through the public pipeline (ingest → family → analysis)."""

from __future__ import annotations

import hashlib

from app.analysis import AnalyzedVersion, analyze
from app.families import get_family
from app.ingest import SourceText, read_source


def analysed(text: str, name: str = "version.txt") -> AnalyzedVersion:
    """`text` read and analysed as an upload would be.

    Ingest refuses empty and blank files, yet `compare()` accepts any analysed version, so those
    are built from a `SourceText` holding the text as it is.
    """
    data = text.encode("utf-8")
    if data.strip():
        source = read_source(data, name)
    else:
        source = SourceText(
            data=data,
            filename=name,
            source_format="text",
            text_syntax="plain",
            sha256=hashlib.sha256(data).hexdigest(),
            encoding="utf-8",
            text=text,
        )
    return analyze(source, get_family())
