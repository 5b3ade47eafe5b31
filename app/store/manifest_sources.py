"""Sources named in a corpus manifest (`[[sources]]` tables beside `[[versions]]`):

[[sources]]
url = "https://example.org/children/values.html"
authority = "northshire"
authority_name = "Northshire County Council"   # optional
chapter = "childrens-services-policies-values-and-principles"   # optional
interval_minutes = 1440                          # optional
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from app.errors import InvalidManifest
from app.store.sources import ensure_source


@dataclass(frozen=True, slots=True)
class ManifestSource:
    url: str
    authority_slug: str
    authority_name: str | None
    chapter_slug: str | None
    interval_minutes: int | None


def read_manifest_sources(manifest_path: Path) -> list[ManifestSource]:
    """The manifest's `[[sources]]`; InvalidManifest names the entry that is wrong."""
    try:
        data = tomllib.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise InvalidManifest(f"{manifest_path} cannot be read: {error}.") from error
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list):
        raise InvalidManifest(f"{manifest_path}: 'sources' must be [[sources]] tables.")
    return [_source(manifest_path, index, raw) for index, raw in enumerate(raw_sources, start=1)]


def add_manifest_sources(
    *, session_factory: sessionmaker[Session], manifest_path: Path, default_interval: int
) -> int:
    """Watch every source the manifest names that is not watched yet; how many were added."""
    added = 0
    for entry in read_manifest_sources(manifest_path):
        with session_factory() as session:
            added += ensure_source(
                session=session,
                url=entry.url,
                authority_slug=entry.authority_slug,
                authority_name=entry.authority_name,
                chapter_slug=entry.chapter_slug,
                interval_minutes=entry.interval_minutes or default_interval,
            )
    return added


def _source(manifest_path: Path, index: int, raw: Any) -> ManifestSource:
    where = f"{manifest_path}, source {index}"
    if not isinstance(raw, dict):
        raise InvalidManifest(f"{where} is not a table.")
    for required in ("url", "authority"):
        if not isinstance(raw.get(required), str) or not raw[required]:
            raise InvalidManifest(f"{where} needs a '{required}' string.")
    interval = raw.get("interval_minutes")
    if interval is not None and (not isinstance(interval, int) or interval < 1):
        raise InvalidManifest(f"{where}: 'interval_minutes' must be a whole number above 0.")
    for optional in ("authority_name", "chapter"):
        if raw.get(optional) is not None and not isinstance(raw[optional], str):
            raise InvalidManifest(f"{where}: '{optional}' must be a string.")
    return ManifestSource(
        url=raw["url"],
        authority_slug=raw["authority"],
        authority_name=raw.get("authority_name"),
        chapter_slug=raw.get("chapter"),
        interval_minutes=interval,
    )
