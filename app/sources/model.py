"""What one new version of a watched chapter changed, as plain values that go into feeds,
webhook bodies and e-mails (and are stored as JSON with the change)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

RuleCondition = Literal["changes", "decreases", "increases", "above", "below", "cites_superseded"]
RULE_CONDITIONS: tuple[RuleCondition, ...] = (
    "changes",
    "decreases",
    "increases",
    "above",
    "below",
    "cites_superseded",
)
CITATIONS_FACT = "legislation"
"""The fact a "cites_superseded" rule reads: the version's list of cited instruments."""


@dataclass(frozen=True, slots=True)
class FactChange:
    """A fact whose value differs between the previous version and the new one."""

    key: str
    """The fact's key (`leaving_care_support_age`)."""
    before: Any
    """The previous version's value (None when it did not state the fact)."""
    after: Any
    """The new version's value (None when it no longer states the fact)."""


@dataclass(frozen=True, slots=True)
class SectionChangeSummary:
    """A section that is not the same in the new version, with how many words changed."""

    kind: str
    """The section's kind (from the new version, or the old one for a removed section)."""
    heading: str | None
    status: str
    """"changed", "added", "removed" or "moved"."""
    words_inserted: int
    words_deleted: int


@dataclass(frozen=True, slots=True)
class SupersededCitation:
    """An instrument the new version cites in an edition superseded by the day it was found."""

    cited: str
    """The item as cited ("Working Together to Safeguard Children 2018")."""
    superseded_by: tuple[str, ...]
    """What is in force instead."""
    since: str | None
    """From when (ISO, perhaps to the month)."""


@dataclass(frozen=True, slots=True)
class ChangeSummary:
    """The difference between the previous version of a source's chapter and the new one."""

    facts: tuple[FactChange, ...]
    sections: tuple[SectionChangeSummary, ...]
    words_inserted: int
    words_deleted: int
    superseded_citations: tuple[SupersededCitation, ...] = ()
    """What the new version cites that is superseded (whether or not the previous one did)."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (what the store keeps and what notifications carry)."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ChangeSummary:
        """The summary stored by `to_json`."""
        return cls(
            facts=tuple(FactChange(**item) for item in data.get("facts", ())),
            sections=tuple(SectionChangeSummary(**item) for item in data.get("sections", ())),
            words_inserted=int(data.get("words_inserted", 0)),
            words_deleted=int(data.get("words_deleted", 0)),
            superseded_citations=tuple(
                SupersededCitation(
                    cited=str(item["cited"]),
                    superseded_by=tuple(item.get("superseded_by", ())),
                    since=item.get("since"),
                )
                for item in data.get("superseded_citations", ())
            ),
        )

    def fact(self, key: str) -> FactChange | None:
        """The change of the fact `key`, if it changed."""
        return next((change for change in self.facts if change.key == key), None)


@dataclass(frozen=True, slots=True)
class FactRule:
    """A subscriber's condition on one fact ("leaving-care support age goes down")."""

    fact_key: str
    condition: RuleCondition
    threshold: float | None = None
    """For "above" and "below": the number the new value is compared with."""
