"""The result of reading a source file: what every later stage starts from."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SourceFormat = Literal["text", "markdown", "html"]
TextSyntax = Literal["plain", "markdown"]


@dataclass(frozen=True, slots=True)
class SourceText:
    """One decoded, normalised source; `text` is what sections, facts and diffs index."""

    data: bytes
    """The original bytes, kept unchanged so everything derived can be recomputed."""
    filename: str
    """The file name the bytes came with (may be empty)."""
    source_format: SourceFormat
    """The format of the original bytes."""
    text_syntax: TextSyntax
    """How `text` is marked up: HTML sources are rendered to markdown (headings as `#`, lists as `-`)."""
    sha256: str
    """Hex SHA-256 of `data`."""
    encoding: str
    """The encoding `data` was decoded with."""
    text: str
    """The normalised text."""
