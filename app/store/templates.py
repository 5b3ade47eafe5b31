"""The common template of a chapter's versions in force, and each authority against it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.catalog import current_versions
from app.store.db import read_transaction
from app.store.models import Section, Version
from app.template import CommonTemplate, TemplateBuilder


@dataclass(frozen=True, slots=True)
class ChapterTemplate:
    """The template of the versions in force on `as_of`, keyed by version id."""

    chapter_slug: str
    as_of: date | None
    versions: dict[int, Version]
    """Version id → the version in force (with its authority)."""
    template: CommonTemplate
    """Deviations are keyed by version id as text."""

    @property
    def median_version_id(self) -> int | None:
        """The version closest to the template: the median council's."""
        key = self.template.median_key
        return int(key) if key is not None else None


def chapter_template(
    *, session: Session, chapter_slug: str, as_of: date | None = None
) -> ChapterTemplate:
    """The template of each authority's version in force (NotFound for an unknown chapter).

    Reads the stored sections once (one query); the template is rebuilt from them on each call.
    """
    versions = current_versions(session=session, chapter_slug=chapter_slug, as_of=as_of)
    ids = [version.id for version in versions]
    with read_transaction(session):
        rows = session.execute(
            select(Section.version_id, Section.kind, Section.text)
            .where(Section.version_id.in_(ids))
            .order_by(Section.version_id, Section.ordinal)
        ).all()
    sections: dict[int, list[tuple[str, str]]] = {version_id: [] for version_id in ids}
    for version_id, kind, text in rows:
        sections[version_id].append((kind, text))
    builder = TemplateBuilder()
    for version_id in ids:
        builder.add(str(version_id), sections[version_id])
    return ChapterTemplate(
        chapter_slug=chapter_slug,
        as_of=as_of,
        versions={version.id: version for version in versions},
        template=builder.build(),
    )


__all__ = ["ChapterTemplate", "chapter_template"]
