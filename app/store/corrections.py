"""Editors' corrections of a version's reading: make one, withdraw one, list them.

A correction is stored beside the version and the version's derived rows are rebuilt at once
with it applied (`rebuild_reading`), so every reader of stored facts and sections (the version
page and API, the matrix, fact questions, feeds) and every comparison (through
`analyzed_version_of`) sees the corrected reading. The version's `corrections_key` changes with
the corrections, and the comparison cache keys on it (decision 0032).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.corrections import OPENING_CHARS
from app.errors import InvalidParameter, NotFound
from app.families import get_family
from app.store.db import read_transaction, write_transaction
from app.store.models import EditorCorrection, Fact, Section, Version
from app.store.versions import get_version_or_raise, rebuild_reading, version_or_raise

MAX_REASON_CHARS = 1000


def correct_section_kind(
    *,
    session: Session,
    version_id: int,
    section_start: int,
    kind: str,
    reason: str,
    corrected_by: str,
) -> EditorCorrection:
    """Set the kind of the version's section that starts at `section_start` (its `start`), in
    place of any earlier correction of that section. InvalidParameter for an unknown kind, a
    section that does not exist or a missing reason; NotFound for an unknown version."""
    why = _reason(reason)
    with write_transaction(session):
        version = version_or_raise(session, version_id)
        kinds = [item.slug for item in get_family(version.family).kinds]
        if kind not in kinds:
            raise InvalidParameter(
                f"there is no section kind '{kind}' in this chapter. To fix: use one of: "
                f"{', '.join(kinds)}."
            )
        section = session.scalar(
            select(Section).where(Section.version_id == version.id, Section.start == section_start)
        )
        if section is None:
            raise InvalidParameter(
                f"version {version.id} has no section starting at {section_start}. To fix: take "
                f"`start` from /api/v1/versions/{version.id}/sections."
            )
        opening = section.text[:OPENING_CHARS]
        for earlier in list(version.corrections):
            if (
                earlier.fact_key is None
                and earlier.section_heading == section.heading
                and earlier.section_opening == opening
            ):
                version.corrections.remove(earlier)
        row = EditorCorrection(
            section_start=section.start,
            section_heading=section.heading,
            section_opening=opening,
            value=kind,
            original=section.kind,
            applies=True,
            reason=why,
            corrected_by=corrected_by,
            corrected_at=datetime.now(UTC),
        )
        return _store(session, version, row)


def correct_fact_value(
    *,
    session: Session,
    version_id: int,
    fact_key: str,
    value: Any,
    reason: str,
    corrected_by: str,
) -> EditorCorrection:
    """Set the value of one of the version's facts (None: "not stated"), in place of any earlier
    correction of that fact. The value must have the shape of the value read (a number for a
    number, a list for a list, an object with the same fields); any shape where nothing was
    read. InvalidParameter for an unknown fact, a value of the wrong shape or a missing reason."""
    why = _reason(reason)
    with write_transaction(session):
        version = version_or_raise(session, version_id)
        keys = list(get_family(version.family).extractors)
        if fact_key not in keys:
            raise InvalidParameter(
                f"there is no fact '{fact_key}' in this chapter. To fix: use one of: "
                f"{', '.join(keys)}."
            )
        read = session.scalar(
            select(Fact.value).where(Fact.version_id == version.id, Fact.key == fact_key)
        )
        problem = shape_problem(read, value)
        if problem is not None:
            raise InvalidParameter(f"the value for '{fact_key}' {problem}")
        for earlier in list(version.corrections):
            if earlier.fact_key == fact_key:
                version.corrections.remove(earlier)
        row = EditorCorrection(
            fact_key=fact_key,
            value=value,
            original=read,
            applies=True,
            reason=why,
            corrected_by=corrected_by,
            corrected_at=datetime.now(UTC),
        )
        return _store(session, version, row)


def withdraw_correction(*, session: Session, version_id: int, correction_id: int) -> None:
    """Remove a correction; the version's reading is rebuilt without it. NotFound when the
    version has no such correction."""
    with write_transaction(session):
        version = version_or_raise(session, version_id)
        row = next((item for item in version.corrections if item.id == correction_id), None)
        if row is None:
            raise NotFound(
                f"version {version.id} has no correction {correction_id}. To fix: list its "
                f"corrections at /api/v1/versions/{version.id}/corrections."
            )
        version.corrections.remove(row)
        session.flush()
        rebuild_reading(session, version)


def corrections_of(*, session: Session, version_id: int) -> list[EditorCorrection]:
    """The version's corrections, oldest first (NotFound for an unknown version)."""
    get_version_or_raise(session=session, version_id=version_id)
    with read_transaction(session):
        return list(
            session.scalars(
                select(EditorCorrection)
                .where(EditorCorrection.version_id == version_id)
                .order_by(EditorCorrection.id)
            ).all()
        )


def shape_problem(read: Any, given: Any) -> str | None:
    """Why `given` cannot stand for a value shaped like `read` (None when it can): the same
    JSON type, an object with at least the fields read, list items shaped like those read."""
    if given is None or read is None:
        return None
    if _json_type(given) != _json_type(read):
        return (
            f"must be {_json_type(read)} like the value read ({_json_type(given)} given). "
            "To fix: send a value of the same shape, or null for 'not stated'."
        )
    if isinstance(read, dict) and isinstance(given, dict):
        missing = [key for key in read if key not in given]
        if missing:
            return (
                f"lacks the field{'s' if len(missing) > 1 else ''} {', '.join(missing)}. "
                "To fix: send an object with the same fields as the value read."
            )
    if isinstance(read, list) and isinstance(given, list) and read:
        for item in given:
            problem = shape_problem(read[0], item)
            if problem is not None:
                return f"has an item shaped unlike the items read: it {problem}"
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return "null"


def _reason(reason: str) -> str:
    why = reason.strip()
    if not why:
        raise InvalidParameter("say why the reading is wrong. To fix: give a reason.")
    if len(why) > MAX_REASON_CHARS:
        raise InvalidParameter(
            f"the reason is longer than {MAX_REASON_CHARS} characters. To fix: shorten it."
        )
    return why


def _store(session: Session, version: Version, row: EditorCorrection) -> EditorCorrection:
    version.corrections.append(row)
    session.flush()
    rebuild_reading(session, version)
    session.flush()
    return row


__all__ = [
    "correct_fact_value",
    "correct_section_kind",
    "corrections_of",
    "shape_problem",
    "withdraw_correction",
]
