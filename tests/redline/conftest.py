"""Redlines of small documents written for these tests."""

from __future__ import annotations

from datetime import UTC, datetime

from app.analysis import AnalyzedVersion
from app.diff import CompareOptions, compare
from app.redline import Redline, VersionDetails, build_redline
from tests.diff.conftest import analysed

COMPARED_AT = datetime(2024, 5, 6, 9, 30, tzinfo=UTC)

OLDER = """# Fostering Standards

## 1. Purpose

This chapter sets out how carers are approved and supported.

Reviews take place once a year.

## 2. Support

- A supervising social worker visits monthly.
- Carers may call the duty line at any hour.

1. Training is offered in the first year.
2. Refresher courses follow every three years.

## 3. Records

Notes are kept on the case file.
"""

NEWER = """# Fostering Standards

## 1. Purpose

This chapter explains how foster carers are approved, supported and reviewed.

## 2. Support

- A supervising social worker visits every four weeks.
- Carers may call the duty line at any hour.
- Peer mentors are matched to new carers.

1. Training is offered in the first six months.
2. Refresher courses follow every three years.

## 3. Records

Notes are kept on the case file.

Reviews take place once a year.
"""


def details(name: str, version: AnalyzedVersion, date: str | None) -> VersionDetails:
    return VersionDetails(
        council=name,
        chapter="Fostering Standards",
        amendment_date=date,
        version_label="v3" if date else None,
        sha256=version.source.sha256,
        label=f"{name}, {date or 'undated'}",
    )


def redline_of(
    left_text: str, right_text: str, options: CompareOptions | None = None
) -> tuple[Redline, AnalyzedVersion, AnalyzedVersion]:
    left = analysed(left_text, "left.md")
    right = analysed(right_text, "right.md")
    redline = build_redline(
        left,
        right,
        compare(left, right, options),
        left_details=details("Northshire", left, "2023-02"),
        right_details=details("Southvale", right, "2024-04"),
        compared_at=COMPARED_AT,
    )
    return redline, left, right
