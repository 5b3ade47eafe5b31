"""Load files, or corpus folders described by a `manifest.toml`, each file in its own transaction.

Manifest format (one `[[versions]]` table per file, paths relative to the manifest):

    [[versions]]
    authority = "merton"                      # slug
    authority_name = "London Borough of Merton"
    chapter = "childrens-services-policies-values-and-principles"   # family slug; optional
    file = "childrens-policies/merton/2019-01.txt"
    source_url = "https://…"                  # optional
    retrieved = 2024-06-01                    # optional TOML date or datetime
    format = "markdown"                       # optional: text, markdown, html, docx or pdf
    sample = true                             # optional: fictional sample data
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, sessionmaker
from tqdm import tqdm

from app.errors import InvalidManifest, PolicydiffError, SourceTooLarge
from app.ingest import DEFAULT_MAX_BYTES, read_bounded
from app.store.db import read_transaction
from app.store.models import Version
from app.store.versions import add_version

MANIFEST_NAME = "manifest.toml"
SOURCE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"})
"""Files picked up from a folder that has no manifest (with an authority given)."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One source file to load, with what the store needs to know about it."""

    path: Path
    """The file, resolved against the manifest's folder."""
    authority_slug: str
    authority_name: str | None = None
    chapter_slug: str | None = None
    """Chapter (family) slug; None means the default family."""
    source_url: str | None = None
    retrieved_at: datetime | None = None
    declared_format: str | None = None
    is_sample: bool = False


class LoadFailure(NamedTuple):
    """A file (or manifest) that was not loaded."""

    path: Path
    """The file or folder as given or listed."""
    reason: str
    """What was wrong and how to fix it, as one line."""


@dataclass(frozen=True, slots=True)
class LoadSummary:
    """What a load did, file by file."""

    added: int = 0
    """New versions stored."""
    unchanged: int = 0
    """Files whose bytes were already stored for their authority and chapter."""
    failed: list[LoadFailure] = field(default_factory=list)
    """Files (or manifests) that were not loaded, with the reason."""

    def line(self) -> str:
        """The one-line summary the CLI prints."""
        return f"added {self.added}, unchanged {self.unchanged}, failed {len(self.failed)}"


def read_manifest(manifest_path: Path) -> list[ManifestEntry]:
    """The entries of a corpus manifest; InvalidManifest says which entry is wrong and why."""
    try:
        data = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InvalidManifest(f"{manifest_path} cannot be read: {error}.") from error
    raw_entries = data.get("versions")
    if not isinstance(raw_entries, list) or not raw_entries:
        raise InvalidManifest(
            f"{manifest_path} has no [[versions]] entries. To fix: add one per source file."
        )
    return [_entry(manifest_path, index, raw) for index, raw in enumerate(raw_entries, start=1)]


def load_paths(
    *,
    session_factory: sessionmaker[Session],
    paths: Sequence[Path],
    progress: bool = False,
    authority_slug: str | None = None,
    authority_name: str | None = None,
    chapter_slug: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadSummary:
    """Load each path: a corpus folder or its manifest.toml (every file it lists), or a file.

    A file is described by the manifest of the nearest folder above it that lists it, else by
    `authority_slug` (and the other keyword arguments). Each file is added in its own
    transaction, so a failing file is reported and the others still load. A path that gives
    no file to load (a folder with no source files, a manifest listing none) is a failure too.
    """
    entries: list[ManifestEntry] = []
    failed: list[LoadFailure] = []
    defaults = {
        "authority_slug": authority_slug,
        "authority_name": authority_name,
        "chapter_slug": chapter_slug,
    }
    for path in paths:
        try:
            entries.extend(_entries_for(Path(path), **defaults))
        except PolicydiffError as error:
            failed.append(LoadFailure(Path(path), error.detail))
    added = unchanged = 0
    bar = tqdm(entries, desc="loading", unit="file", disable=not progress, delay=1.0, leave=False)
    for entry in bar:
        try:
            created = _load_entry(session_factory, entry, max_bytes)
        except (PolicydiffError, OSError) as error:
            reason = error.detail if isinstance(error, PolicydiffError) else str(error)
            failed.append(LoadFailure(entry.path, reason))
            continue
        if created:
            added += 1
        else:
            unchanged += 1
    return LoadSummary(added=added, unchanged=unchanged, failed=failed)


def database_is_empty(*, session: Session) -> bool:
    """True when no version is stored yet (`serve` then loads the corpus)."""
    with read_transaction(session):
        return not session.scalar(select(exists().where(Version.id.is_not(None))))


def _load_entry(
    session_factory: sessionmaker[Session], entry: ManifestEntry, max_bytes: int
) -> bool:
    size = entry.path.stat().st_size
    if size > max_bytes:
        raise SourceTooLarge(f"the file is {size} bytes; the limit is {max_bytes} bytes.")
    with entry.path.open("rb") as stream:
        data = read_bounded(stream, max_bytes)  # the size on disk may be 0 or out of date
    with session_factory() as session:
        return add_version(
            session=session,
            data=data,
            filename=entry.path.name,
            authority_slug=entry.authority_slug,
            authority_name=entry.authority_name,
            chapter_slug=entry.chapter_slug,
            source_url=entry.source_url,
            retrieved_at=entry.retrieved_at,
            declared_format=entry.declared_format,
            max_bytes=max_bytes,
            is_sample=entry.is_sample,
        ).created


def _entries_for(
    path: Path,
    *,
    authority_slug: str | None,
    authority_name: str | None,
    chapter_slug: str | None,
) -> list[ManifestEntry]:
    if path.is_dir():
        manifest = path / MANIFEST_NAME
        if manifest.is_file():
            return read_manifest(manifest)
        if authority_slug is None:
            raise InvalidManifest(
                f"{path} has no {MANIFEST_NAME}. To fix: add one, or give the authority "
                "(--authority) to load every source file in the folder for it."
            )
        files: list[Path] = sorted(
            item for item in path.rglob("*") if item.is_file() and item.suffix in SOURCE_SUFFIXES
        )
        if not files:
            raise InvalidManifest(
                f"{path} holds no source files ({', '.join(sorted(SOURCE_SUFFIXES))}), so "
                "nothing was loaded from it. To fix: give the folder that holds the chapters, "
                "or the files themselves."
            )
    elif path.is_file() and path.name == MANIFEST_NAME:
        return read_manifest(path)
    elif path.is_file():
        listed = _manifest_entry_listing(path)
        if listed is not None:
            return [listed]
        if authority_slug is None:
            raise InvalidManifest(
                f"{path} is in no corpus manifest. To fix: give the authority (--authority), "
                "or list the file in a manifest.toml."
            )
        files = [path]
    else:
        raise InvalidManifest(f"{path} does not exist.")
    return [
        ManifestEntry(
            path=file,
            authority_slug=authority_slug,
            authority_name=authority_name,
            chapter_slug=chapter_slug,
        )
        for file in files
    ]


def _manifest_entry_listing(file: Path) -> ManifestEntry | None:
    resolved = file.resolve()
    for folder in resolved.parents:
        manifest = folder / MANIFEST_NAME
        if manifest.is_file():
            for entry in read_manifest(manifest):
                if entry.path.resolve() == resolved:
                    return entry
    return None


def _entry(manifest_path: Path, index: int, raw: Any) -> ManifestEntry:
    where = f"{manifest_path}, entry {index}"
    if not isinstance(raw, dict):
        raise InvalidManifest(f"{where} is not a table.")
    for required in ("authority", "file"):
        if not isinstance(raw.get(required), str) or not raw[required]:
            raise InvalidManifest(f"{where} needs a '{required}' string.")
    retrieved = raw.get("retrieved")
    if isinstance(retrieved, datetime):
        retrieved_at: datetime | None = (
            retrieved if retrieved.tzinfo else retrieved.replace(tzinfo=UTC)
        )
    elif isinstance(retrieved, date):
        retrieved_at = datetime.combine(retrieved, time(), tzinfo=UTC)
    elif retrieved is None:
        retrieved_at = None
    else:
        raise InvalidManifest(f"{where}: 'retrieved' must be a TOML date, e.g. 2024-06-01.")
    return ManifestEntry(
        path=manifest_path.parent / raw["file"],
        authority_slug=raw["authority"],
        authority_name=_optional_str(where, raw, "authority_name"),
        chapter_slug=_optional_str(where, raw, "chapter"),
        source_url=_optional_str(where, raw, "source_url"),
        retrieved_at=retrieved_at,
        declared_format=_optional_str(where, raw, "format"),
        is_sample=bool(raw.get("sample", False)),
    )


def _optional_str(where: str, raw: dict[str, Any], key: str) -> str | None:
    value = raw.get(key)
    if value is None or isinstance(value, str):
        return value
    raise InvalidManifest(f"{where}: '{key}' must be a string.")


__all__ = [
    "MANIFEST_NAME",
    "LoadFailure",
    "LoadSummary",
    "ManifestEntry",
    "database_is_empty",
    "load_paths",
    "read_manifest",
]
