"""Bounds on a ZIP container (a Word file), checked from its directory before anything is inflated.

A Word file is a ZIP archive whose parts are read whole into memory, so a few hundred kilobytes
of deflated zeros (a "zip bomb") could claim gigabytes. The central directory declares each
part's compressed and uncompressed size; `zipfile` never yields more than the declared size of a
part (it fails the CRC check instead), so refusing archives whose declared sizes are too large or
too strongly compressed bounds every byte that is later read.
"""

from __future__ import annotations

import zipfile

from app.errors import DocumentTooComplex

MAX_ENTRIES = 2_000
"""Parts in one archive; Word files have tens, a long one with many images a few hundred."""
MAX_UNCOMPRESSED_BYTES = 64 * 1024 * 1024
"""Sum of the declared uncompressed sizes: 32 times the default upload bound."""
MAX_RATIO = 200
"""Uncompressed size over compressed size of one large part. Word's XML deflates about 10:1;
runs of zeros deflate about 1000:1, which no real document part comes near."""
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
"""Parts smaller than this are not checked for ratio: they cannot claim much memory anyway."""


def check_archive_bounds(archive: zipfile.ZipFile, what: str) -> None:
    """Raise DocumentTooComplex when `archive`'s declared sizes would make it costly to read."""
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise DocumentTooComplex(
            f"the {what} is a ZIP archive of {len(entries):,} parts, more than the "
            f"{MAX_ENTRIES:,} a document has, so it is refused unread. To fix: save the chapter "
            "again from Word as a .docx file, without embedded files.",
            parts=len(entries),
        )
    total = 0
    for entry in entries:
        total += entry.file_size
        ratio = entry.file_size / max(entry.compress_size, 1)
        if entry.file_size >= RATIO_CHECKED_FROM_BYTES and ratio > MAX_RATIO:
            raise DocumentTooComplex(
                f"the {what}'s part {entry.filename!r} would inflate {ratio:,.0f} times, from "
                f"{entry.compress_size:,} to {entry.file_size:,} bytes: a compression bomb, "
                "not a document, so it is refused unread. To fix: save the chapter again from "
                "Word as a .docx file.",
                part=entry.filename,
                ratio=round(ratio),
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise DocumentTooComplex(
            f"the {what} would inflate to {total:,} bytes, more than the "
            f"{MAX_UNCOMPRESSED_BYTES:,} bytes read from one document, so it is refused unread. "
            "To fix: remove large embedded images or files, or upload the chapter's text.",
            uncompressed_bytes=total,
        )
