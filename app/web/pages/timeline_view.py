"""An authority's versions of one chapter, newest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.store import Version


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One version in an authority's timeline."""

    version_id: int
    url: str
    name: str
    amendment_date: str | None
    version_label: str | None
    ingested_at: datetime
    compare_previous_url: str | None
    """The comparison with the previous version, None for the first."""


def build_timeline(
    versions: Sequence[Version], name: Callable[[Version], str]
) -> list[TimelineEntry]:
    """Versions newest first, each linked to its comparison with the one before it."""
    entries = []
    for index, version in enumerate(versions):
        previous = versions[index - 1] if index else None
        entries.append(
            TimelineEntry(
                version_id=version.id,
                url=f"/versions/{version.id}",
                name=name(version),
                amendment_date=version.amendment_date,
                version_label=version.version_label,
                ingested_at=version.ingested_at,
                compare_previous_url=(
                    f"/compare?left={previous.id}&right={version.id}" if previous else None
                ),
            )
        )
    return list(reversed(entries))
