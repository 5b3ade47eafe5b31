"""The common template of a chapter's versions in force, and each authority against it.

`ChapterTemplates` keeps one `TemplateBuilder` per (chapter, date) for the application (an
instance lives on the application's state, never in a module global). Each request reads which
versions are in force (one query) and brings the builder up to date: it reads the sections of
the versions it has not taken in yet, takes them in, and forgets those no longer in force. A new
version therefore costs its own sections, not a rebuild; several processes serving one database
each catch up on their own, as the database is the only shared state.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date

from cachetools import LRUCache
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import InvalidParameter
from app.store.catalog import current_versions
from app.store.db import read_transaction
from app.store.models import Section, Version
from app.template import CommonTemplate, PairGrid, TemplateBuilder

MAX_PAIR_VERSIONS = 300
"""Most versions an all-pairs grid is computed for (90,000 cells per kind)."""


@dataclass(frozen=True, slots=True)
class ChapterTemplate:
    """The template of the versions in force on `as_of`, keyed by version id."""

    chapter_slug: str
    as_of: date | None
    versions: dict[int, Version]
    """Version id → the version in force (with its authority), by authority name."""
    template: CommonTemplate
    """Deviations are keyed by version id as text."""

    @property
    def median_version_id(self) -> int | None:
        """The version closest to the template: the median council's."""
        key = self.template.median_key
        return int(key) if key is not None else None


@dataclass(slots=True)
class _Held:
    """One chapter's builder, the versions it holds, and its last template."""

    builder: TemplateBuilder = field(default_factory=TemplateBuilder)
    taken_in: dict[int, str] = field(default_factory=dict)
    """Version id → the analyser version its sections were read by."""
    built: CommonTemplate | None = None
    """The template as of `taken_in`; None once a version came or went."""
    lock: threading.Lock = field(default_factory=threading.Lock)


class ChapterTemplates:
    """Builders of the templates asked for, at most `size` (chapter, date) pairs, the least
    recently asked one forgotten first. Only an optimisation: a forgotten one is rebuilt."""

    def __init__(self, size: int = 8) -> None:
        self._held: LRUCache[tuple[str, date | None], _Held] = LRUCache(maxsize=size)
        self._lock = threading.Lock()

    def template(
        self, *, session: Session, chapter_slug: str, as_of: date | None = None
    ) -> ChapterTemplate:
        """The template of each authority's version in force (NotFound for an unknown
        chapter), taking in only the versions that came since the last call."""
        versions = current_versions(session=session, chapter_slug=chapter_slug, as_of=as_of)
        held = self._holder(chapter_slug, as_of)
        with held.lock:
            _catch_up(session, held, versions)
            if held.built is None:
                held.built = held.builder.build()
            built = held.built
        return ChapterTemplate(
            chapter_slug=chapter_slug,
            as_of=as_of,
            versions={version.id: version for version in versions},
            template=built,
        )

    def pairs(
        self, *, session: Session, chapter_slug: str, as_of: date | None = None
    ) -> tuple[dict[int, Version], PairGrid]:
        """Every pair of the versions in force compared per section kind (InvalidParameter
        beyond `MAX_PAIR_VERSIONS` versions)."""
        versions = current_versions(session=session, chapter_slug=chapter_slug, as_of=as_of)
        if len(versions) > MAX_PAIR_VERSIONS:
            raise InvalidParameter(
                f"'{chapter_slug}' has {len(versions)} versions in force, more than the "
                f"{MAX_PAIR_VERSIONS} an all-pairs grid is made for. To fix: ask for the "
                "similarity against the common template instead."
            )
        held = self._holder(chapter_slug, as_of)
        with held.lock:
            _catch_up(session, held, versions)
            grid = held.builder.pair_similarity_by_kind()
        return {version.id: version for version in versions}, grid

    def _holder(self, chapter_slug: str, as_of: date | None) -> _Held:
        key = (chapter_slug, as_of)
        with self._lock:
            held = self._held.get(key)
            if held is None:
                held = self._held[key] = _Held()
            return held


def _catch_up(session: Session, held: _Held, versions: list[Version]) -> None:
    """Make `held` hold exactly `versions`, as analysed now (a re-analysed version is taken in
    again), keeping the builder's order for versions it already holds."""
    wanted = {version.id: version.analyzer_version for version in versions}
    gone = [vid for vid, analysed in held.taken_in.items() if wanted.get(vid) != analysed]
    for version_id in gone:
        held.builder.remove(str(version_id))
        del held.taken_in[version_id]
    new = [vid for vid in wanted if vid not in held.taken_in]
    if not gone and not new:
        return
    held.built = None
    sections = _sections_of(session, new)
    for version_id in new:
        held.builder.add(str(version_id), sections[version_id])
        held.taken_in[version_id] = wanted[version_id]


def _sections_of(session: Session, ids: list[int]) -> dict[int, list[tuple[str, str]]]:
    """Each version's (kind, text) sections in reading order, in one query."""
    found: dict[int, list[tuple[str, str]]] = {version_id: [] for version_id in ids}
    if not ids:
        return found
    with read_transaction(session):
        rows = session.execute(
            select(Section.version_id, Section.kind, Section.text)
            .where(Section.version_id.in_(ids))
            .order_by(Section.version_id, Section.ordinal)
        ).all()
    for version_id, kind, text in rows:
        found[version_id].append((kind, text))
    return found


def chapter_template(
    *, session: Session, chapter_slug: str, as_of: date | None = None
) -> ChapterTemplate:
    """The template built afresh from stored sections (for callers holding no
    `ChapterTemplates`, such as the CLI)."""
    return ChapterTemplates(size=1).template(
        session=session, chapter_slug=chapter_slug, as_of=as_of
    )


__all__ = ["MAX_PAIR_VERSIONS", "ChapterTemplate", "ChapterTemplates", "chapter_template"]
