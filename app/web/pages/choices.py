"""The versions the compare form offers, read once per state of the versions (per worker).

Every compare page and version page offers up to 500 versions in its two lists. Reading them
(one Core query joining authorities and chapters) and grouping them cost more than serving a
comparison the worker already rendered (28 to 39 ms on 400 versions). They change only when
the versions do, so they are kept with the `content_fingerprint` they were read under
(decision 0030) and read again only when that fingerprint changes: the check is the same
fingerprint the cached renderings use, read again only when the content generation moves
(decision 0039).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from fastapi import Request

from app.http.renderings import content_key
from app.store import VersionChoice, version_choices
from app.web.pages.common import VERSION_CHOICES_LIMIT, ChoiceGroup, choice_groups


@dataclass(frozen=True, slots=True)
class VersionChoices:
    """The offered versions as read under one fingerprint, listed and grouped."""

    fingerprint: str
    versions: tuple[VersionChoice, ...]
    """Newest first."""
    groups: tuple[ChoiceGroup, ...]
    """As the form's lists show them: by authority, newest first within each."""
    by_id: dict[int, VersionChoice] = field(hash=False, compare=False)


class VersionChoicesCache:
    """The choices read under the latest fingerprint seen. Thread-safe; one read at a time."""

    def __init__(self) -> None:
        self._kept: VersionChoices | None = None
        self._lock = threading.Lock()

    def of(self, request: Request) -> VersionChoices:
        fingerprint = content_key(request)
        kept = self._kept
        if kept is not None and kept.fingerprint == fingerprint:
            return kept
        with self._lock:
            kept = self._kept
            if kept is None or kept.fingerprint != fingerprint:
                versions = tuple(
                    version_choices(engine=request.app.state.engine, limit=VERSION_CHOICES_LIMIT)
                )
                kept = VersionChoices(
                    fingerprint=fingerprint,
                    versions=versions,
                    groups=choice_groups(list(versions)),
                    by_id={version.id: version for version in versions},
                )
                self._kept = kept
            return kept


def offered_versions(request: Request) -> VersionChoices:
    """The versions the compare form offers now (kept by this worker while they are current)."""
    cache: VersionChoicesCache = request.app.state.version_choices
    return cache.of(request)


__all__ = ["VersionChoices", "VersionChoicesCache", "offered_versions"]
