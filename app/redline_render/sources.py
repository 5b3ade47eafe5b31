"""Redlines of stored versions (API, pages) and of files on disk (CLI): the cover's details and
the comparison's time gathered from where each kind of version keeps them."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.analysis import ANALYZER_VERSION, AnalyzedVersion
from app.diff import CompareOptions, Comparison
from app.redline import Redline, VersionDetails, build_redline, value_in_words
from app.store import (
    Version,
    analyzed_version_of,
    compare_versions,
    comparison_fingerprint,
    get_version_or_raise,
)
from app.store.comparisons import word_budget_of
from app.store.models import CachedComparison


def stored_redline(
    *, session: Session, left_id: int, right_id: int, options: CompareOptions
) -> Redline:
    """The redline of two stored versions (NotFound for an unknown id). Its date is when the
    comparison was first made and cached, so the same request gives the same document."""
    left = get_version_or_raise(session=session, version_id=left_id)
    right = get_version_or_raise(session=session, version_id=right_id)
    analyzed = cache(analyzed_version_of)  # shared by the comparison and the redline
    comparison = compare_versions(
        session=session, left_id=left_id, right_id=right_id, options=options, analyzed=analyzed
    )
    compared_at = session.scalar(
        select(CachedComparison.created_at).where(
            CachedComparison.left_sha256 == left.sha256,
            CachedComparison.right_sha256 == right.sha256,
            CachedComparison.options_fingerprint
            == comparison_fingerprint(
                options,
                left.corrections_key,
                right.corrections_key,
                word_budget=word_budget_of(session.info),
            ),
            CachedComparison.analyzer_version == ANALYZER_VERSION,
        )
    )
    return build_redline(
        analyzed(left),
        analyzed(right),
        comparison,
        left_details=_stored_details(left),
        right_details=_stored_details(right),
        compared_at=compared_at or datetime.now(UTC),
    )


def _stored_details(version: Version) -> VersionDetails:
    council = version.authority.name
    when = version.amendment_date
    return VersionDetails(
        council=council,
        chapter=version.chapter.title,
        amendment_date=when,
        version_label=version.version_label,
        sha256=version.sha256,
        label=f"{council}, {when}" if when else f"{council} (version {version.id})",
    )


def file_redline(
    left: AnalyzedVersion,
    right: AnalyzedVersion,
    comparison: Comparison,
    *,
    left_path: Path,
    right_path: Path,
) -> Redline:
    """The redline of two files compared on the command line, dated now; each version is named
    by its file, and its dates and label come from its facts."""
    return build_redline(
        left,
        right,
        comparison,
        left_details=_file_details(left, left_path),
        right_details=_file_details(right, right_path),
        compared_at=datetime.now(UTC),
    )


def _file_details(version: AnalyzedVersion, path: Path) -> VersionDetails:
    amendment = version.fact("amendment_date")
    label = version.fact("version_label")
    amendment_date = None if amendment is None or amendment.value is None else amendment.value
    return VersionDetails(
        council=path.name,
        chapter=version.outline.title or "untitled",
        amendment_date=None if amendment_date is None else value_in_words(amendment_date),
        version_label=None if label is None or label.value is None else value_in_words(label.value),
        sha256=version.source.sha256,
        label=path.name,
    )
