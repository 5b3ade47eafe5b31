"""Stale citations: which cited instruments a family's data says were superseded, by what, when.

A family keeps, as reviewed data (a TOML file of `[[superseded]]` entries, each with its
source), the statutes and guidance that were repealed or replaced. A legislation item is read
against that table as of a day, so adding an entry never needs a re-analysis: the status is a
reading of the stored citation, not part of it.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

CitationState = Literal["current", "superseded"]

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_SUCCESSION_DEPTH = 8
"""Successors are followed this far (2013 → 2015 → 2018 → 2023 is three steps)."""


@dataclass(frozen=True, slots=True)
class Supersession:
    """Editions of one instrument that were superseded or repealed, and what replaced them."""

    instrument: str
    """The title as usually cited, without its year ("Data Protection Act")."""
    names: tuple[str, ...]
    """How a citation names it; compared on lower-case letters and digits only."""
    editions: tuple[int, ...]
    """The years of the editions this entry retires."""
    superseded_by: tuple[str, ...]
    """What replaced them, as a citation would read ("Data Protection Act 2018")."""
    since: date
    """The first day on which the successor applies."""
    since_text: str
    """`since` as the data states it (ISO, perhaps to the month: "2018-07")."""
    source: str
    """Where the supersession is stated (a URL or a reference)."""


@dataclass(frozen=True, slots=True)
class CitationStatus:
    """One cited item read against the family's supersessions on a day."""

    cited: str
    """The item as cited."""
    status: CitationState
    """"superseded" when the family's data retires the cited edition by that day; otherwise
    "current" (which means: not known to be superseded)."""
    superseded_by: tuple[str, ...] = ()
    """What is in force instead on that day, successors of successors followed."""
    since: str | None = None
    """From when the cited edition was superseded (ISO, perhaps to the month)."""
    source: str | None = None
    """Where that is stated."""


@dataclass(frozen=True, slots=True)
class SupersessionTable:
    """A family's supersessions; empty for a family that keeps none."""

    entries: tuple[Supersession, ...] = ()

    def status(self, cited: str, on: date | None = None) -> CitationStatus:
        """Whether `cited` names an edition superseded by `on` (today when None)."""
        day = on or date.today()
        entry = self._match(cited, day)
        if entry is None:
            return CitationStatus(cited=cited, status="current")
        return CitationStatus(
            cited=cited,
            status="superseded",
            superseded_by=self._successors(entry, day),
            since=entry.since_text,
            source=entry.source,
        )

    def statuses(self, items: list[Any], on: date | None = None) -> list[CitationStatus]:
        """Each item of a `legislation` fact value ({"cited": …} objects or strings) read.

        An item cited by an abbreviation ("DPA 1998") is read by the full title the family's
        data gives its instrument ("Data Protection Act", year 1998) when what was cited
        matches no entry."""
        return [self._item_status(item, on) for item in items]

    def _item_status(self, item: Any, on: date | None) -> CitationStatus:
        cited = _cited_text(item)
        found = self.status(cited, on)
        if found.status == "superseded" or not isinstance(item, dict):
            return found
        instrument, year = item.get("instrument"), item.get("year")
        if not instrument or not year:
            return found
        by_title = self.status(f"{instrument} {year}", on)
        return replace(by_title, cited=cited) if by_title.status == "superseded" else found

    def _match(self, cited: str, day: date) -> Supersession | None:
        words = _words(cited)
        for entry in self.entries:
            if entry.since > day:
                continue
            year = _edition_year(cited, words, entry.names)
            if year is not None and year in entry.editions:
                return entry
        return None

    def _successors(self, entry: Supersession, day: date) -> tuple[str, ...]:
        found: list[str] = []
        frontier = list(entry.superseded_by)
        for _step in range(_SUCCESSION_DEPTH):
            later: list[str] = []
            for successor in frontier:
                replaced = self._match(successor, day)
                if replaced is None or replaced is entry:
                    if successor not in found:
                        found.append(successor)
                else:
                    later.extend(replaced.superseded_by)
            if not later:
                break
            frontier = later
        return tuple(found)


def _cited_text(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("cited") or item.get("instrument") or "")
    return str(item)


def _words(text: str) -> str:
    return " " + _NOT_WORD.sub(" ", text.lower()).strip() + " "


def _edition_year(cited: str, words: str, names: tuple[str, ...]) -> int | None:
    """The year of the edition a citation names: the first year after the instrument's name
    ("Data Protection Act 1998"), else the last one before it ("the 2018 Working Together")."""
    for name in names:
        key = _words(name)
        at = words.find(key)
        if at < 0:
            continue
        after = _YEAR.search(words, at + len(key) - 1)
        if after is not None:
            return int(after.group(1))
        before = _YEAR.findall(words[:at])
        return int(before[-1]) if before else None
    return None


def _day_of(text: str) -> date:
    parts = [int(part) for part in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(parts[0], parts[1], parts[2])


def load_supersessions(path: Path) -> SupersessionTable:
    """The `[[superseded]]` entries of a family's TOML file; a missing file is an empty table.

    A malformed entry raises ValueError naming the entry, so bad data fails at start-up.
    """
    if not path.exists():
        return SupersessionTable()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    entries = []
    for index, raw in enumerate(data.get("superseded", [])):
        try:
            since_text = str(raw["from"])
            entry = Supersession(
                instrument=str(raw["instrument"]),
                names=tuple(str(name) for name in raw.get("names") or [raw["instrument"]]),
                editions=tuple(int(year) for year in raw["editions"]),
                superseded_by=tuple(str(name) for name in raw["superseded_by"]),
                since=_day_of(since_text),
                since_text=since_text,
                source=str(raw["source"]),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(
                f"{path.name}: superseded entry {index + 1} is malformed ({error!r}). To fix: "
                "give instrument, editions, superseded_by, from (ISO date) and source."
            ) from None
        if not entry.editions or not entry.superseded_by or not entry.source:
            raise ValueError(
                f"{path.name}: superseded entry {index + 1} ({entry.instrument}) needs editions, "
                "superseded_by and a source. To fix: fill them in."
            )
        entries.append(entry)
    return SupersessionTable(tuple(entries))


__all__ = [
    "CitationState",
    "CitationStatus",
    "Supersession",
    "SupersessionTable",
    "load_supersessions",
]
