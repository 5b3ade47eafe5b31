"""An authority's versions of one chapter, newest first."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.diff import Comparison
from app.store import Version
from app.web.pages.words import DESCRIPTIVE_FACT_KEYS, fact_label


@dataclass(frozen=True, slots=True)
class RevisionSummary:
    """What one revision changed from the version before it, in one line."""

    facts: tuple[str, ...]
    """Policy facts whose values changed, by name (document dates and labels left out)."""
    sections: tuple[tuple[int, str], ...]
    """(count, status) of sections that changed, were added or removed."""
    words_inserted: int
    words_deleted: int

    @property
    def unchanged(self) -> bool:
        return not (self.facts or self.sections or self.words_inserted or self.words_deleted)


def summarise_revision(comparison: Comparison) -> RevisionSummary:
    """The facts that changed, sections by status and words inserted and deleted."""
    return RevisionSummary(
        facts=tuple(
            fact_label(item.key)
            for item in comparison.divergences
            if item.key not in DESCRIPTIVE_FACT_KEYS
        ),
        sections=tuple(
            (count, status)
            for status in ("changed", "added", "removed")
            if (count := comparison.totals.sections.get(status, 0))
        ),
        words_inserted=comparison.totals.words_inserted,
        words_deleted=comparison.totals.words_deleted,
    )


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
    changes: RevisionSummary | None = None
    """What changed since the previous version, None for the first."""


def build_timeline(
    versions: Sequence[Version],
    name: Callable[[Version], str],
    changes: Mapping[int, RevisionSummary] | None = None,
) -> list[TimelineEntry]:
    """Versions newest first, each linked to its comparison with the one before it and saying
    what changed (`changes`, by the later version's id)."""
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
                changes=(changes or {}).get(version.id) if previous else None,
            )
        )
    return list(reversed(entries))
