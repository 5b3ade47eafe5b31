"""The compare page's facts as changes: policy facts apart from the document's own details (dates
and label differ between any two revisions, so they say nothing), list facts as the items that
went and came, and the facts both sides state alike, which matter as much between two councils."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from app.diff import FactDivergence
from app.web.pages.words import DESCRIPTIVE_FACT_KEYS, fact_anchor, fact_label
from app.web.templating import fact_value


class StatedFact(Protocol):
    """A version's fact as the store keeps it."""

    key: str
    value: Any
    evidence: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class FactComparison:
    """One fact on both sides, with the items of a list fact split into gone, come and kept."""

    key: str
    label: str
    left_value: Any
    right_value: Any
    same: bool
    only_left: tuple[str, ...] = ()
    """A list fact's items only the left states (removed, in a revision)."""
    only_right: tuple[str, ...] = ()
    """A list fact's items only the right states (added, in a revision)."""
    in_both: int = 0
    """How many of a list fact's items both sides state."""
    left_evidence_url: str | None = None
    right_evidence_url: str | None = None

    @property
    def is_list(self) -> bool:
        return isinstance(self.left_value, list) and isinstance(self.right_value, list)


@dataclass(frozen=True, slots=True)
class FactsCompared:
    """The facts of a comparison, in the family's order."""

    changed: tuple[FactComparison, ...]
    """Policy facts whose values differ."""
    same: tuple[FactComparison, ...]
    """Policy facts both sides state, with the same value."""
    document: tuple[FactComparison, ...]
    """The document's own details (amendment date, last updated, version label) that differ."""


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _items(value: Any) -> dict[str, str]:
    """A list fact's items by what they name, each as it reads: "The Children Act 1989" and
    "Children Act 1989" are one item, "Data Protection legislation" in either case another."""
    if not isinstance(value, list):
        return {}
    return {_item_key(item): fact_value(item) for item in value}


def _item_key(item: Any) -> str:
    if isinstance(item, Mapping) and item.get("instrument"):
        return f"{str(item['instrument']).casefold()} {item.get('years') or item.get('year')}"
    words = "".join(c for c in fact_value(item).casefold() if c.isalnum() or c.isspace()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)


def _evidence_url(version_id: int, key: str, evidence: Sequence[object]) -> str | None:
    return f"/versions/{version_id}#{fact_anchor(key)}" if evidence else None


def _changed(divergence: FactDivergence, left_id: int, right_id: int) -> FactComparison:
    left_items, right_items = _items(divergence.left), _items(divergence.right)
    return FactComparison(
        key=divergence.key,
        label=fact_label(divergence.key),
        left_value=divergence.left,
        right_value=divergence.right,
        same=False,
        only_left=tuple(text for key, text in left_items.items() if key not in right_items),
        only_right=tuple(text for key, text in right_items.items() if key not in left_items),
        in_both=sum(1 for key in left_items if key in right_items),
        left_evidence_url=_evidence_url(left_id, divergence.key, divergence.left_evidence),
        right_evidence_url=_evidence_url(right_id, divergence.key, divergence.right_evidence),
    )


def compare_facts(
    divergences: Sequence[FactDivergence],
    left_facts: Sequence[StatedFact],
    right_facts: Sequence[StatedFact],
    *,
    left_version_id: int,
    right_version_id: int,
) -> FactsCompared:
    """The comparison's divergences as changes, and the facts stated alike on both sides."""
    changed = [_changed(item, left_version_id, right_version_id) for item in divergences]
    differing = {item.key for item in divergences}
    right_by_key = {fact.key: fact for fact in right_facts}
    same = []
    for fact in left_facts:
        other = right_by_key.get(fact.key)
        if (
            other is None
            or fact.key in differing
            or fact.key in DESCRIPTIVE_FACT_KEYS
            or fact.value in (None, [], "")
            or _canonical(fact.value) != _canonical(other.value)
        ):
            continue
        same.append(
            FactComparison(
                key=fact.key,
                label=fact_label(fact.key),
                left_value=fact.value,
                right_value=other.value,
                same=True,
                in_both=len(_items(fact.value)),
                left_evidence_url=_evidence_url(left_version_id, fact.key, fact.evidence),
                right_evidence_url=_evidence_url(right_version_id, fact.key, other.evidence),
            )
        )
    return FactsCompared(
        changed=tuple(item for item in changed if item.key not in DESCRIPTIVE_FACT_KEYS),
        same=tuple(same),
        document=tuple(item for item in changed if item.key in DESCRIPTIVE_FACT_KEYS),
    )
