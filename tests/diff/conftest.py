"""Builds analysed versions through the public pipeline (ingest → family → analysis)."""

from __future__ import annotations

import hashlib

from app.analysis import AnalyzedVersion, analyze
from app.errors import InvalidSource
from app.families import get_family
from app.ingest import SourceText, read_source
from app.text import normalize_text


def analysed(text: str, name: str = "version.txt") -> AnalyzedVersion:
    """`text` read and analysed as an upload would be.

    Ingest refuses empty, blank and binary-looking files, yet `compare()` accepts any analysed
    version, so those are analysed from a `SourceText` holding the normalised text as it is.
    """
    data = text.encode("utf-8", "surrogatepass")
    try:
        source = read_source(data, name)
    except InvalidSource:
        normalised = normalize_text(text)
        source = SourceText(
            data=data,
            filename=name,
            source_format="text",
            text_syntax="plain",
            sha256=hashlib.sha256(data).hexdigest(),
            encoding="utf-8",
            text=normalised,
        )
    return analyze(source, get_family())
