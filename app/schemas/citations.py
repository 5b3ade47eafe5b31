"""The JSON shape of a legislation item read against the family's supersessions."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from app.errors import UnknownFamily
from app.families import get_family
from app.families.citations import CitationStatus, SupersessionTable


class CitationRead(BaseModel):
    """One item of the version's legislation list: current, or superseded and by what."""

    model_config = ConfigDict(from_attributes=True, use_attribute_docstrings=True)

    cited: str
    """The item as cited (the `cited` of the matching `legislation` fact item)."""
    status: Literal["current", "superseded"]
    """"superseded" when the chapter family's data says the cited edition was superseded or
    repealed by today (or by the matrix's `as_of`); "current" means not known to be superseded."""
    superseded_by: list[str]
    """What is in force instead, as a citation would read; empty when current."""
    since: str | None
    """From when the cited edition was superseded (ISO date, perhaps to the month)."""
    source: str | None
    """Where the supersession is stated (a URL), from the family's data."""

    @classmethod
    def from_status(cls, status: CitationStatus) -> CitationRead:
        return cls(
            cited=status.cited,
            status=status.status,
            superseded_by=list(status.superseded_by),
            since=status.since,
            source=status.source,
        )


def citations_of(family_slug: str, legislation: Any, on: date | None = None) -> list[CitationRead]:
    """The legislation fact's items (a list, or None) read against the family's data."""
    if not isinstance(legislation, list) or not legislation:
        return []
    try:
        table = get_family(family_slug).superseded
    except UnknownFamily:
        table = SupersessionTable()
    return [CitationRead.from_status(status) for status in table.statuses(legislation, on)]


class CitationChangesRead(BaseModel):
    """The two versions' legislation items read against the family's data, and what the right
    one brings in that is superseded: a revision that cites an outdated edition again."""

    model_config = ConfigDict(use_attribute_docstrings=True)

    left: list[CitationRead]
    """The left version's items, each current or superseded."""
    right: list[CitationRead]
    """The right version's items, each current or superseded."""
    reintroduced_superseded: list[CitationRead]
    """Superseded items the right version cites and the left does not (compared on letters and
    digits): a stale citation brought in by the newer text. Empty is the good case."""


def citation_changes_of(
    family_slug: str, left_legislation: Any, right_legislation: Any, on: date | None = None
) -> CitationChangesRead:
    """Both sides' items read, and the superseded ones only the right side cites."""
    left = citations_of(family_slug, left_legislation, on)
    right = citations_of(family_slug, right_legislation, on)
    left_keys = {_key(item.cited) for item in left}
    return CitationChangesRead(
        left=left,
        right=right,
        reintroduced_superseded=[
            item
            for item in right
            if item.status == "superseded" and _key(item.cited) not in left_keys
        ],
    )


def _key(cited: str) -> str:
    return "".join(character for character in cited.lower() if character.isalnum())


__all__ = ["CitationChangesRead", "CitationRead", "citation_changes_of", "citations_of"]
