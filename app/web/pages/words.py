"""How domain values read on every page: fact and kind labels, fact anchors, and text cut
into segments a template marks (uploaded text never becomes markup)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.families import installed_families
from app.families.words import fact_label as label_of_fact

DESCRIPTIVE_FACT_KEYS: frozenset[str] = frozenset(
    {"amendment_date", "last_updated", "version_label"}
)
"""Facts that describe the document rather than its policy: every authority's differ by nature,
so they are shown but never marked as divergences."""


def fact_label(key: str) -> str:
    """A fact key as a reader names it, as its family labels it ("Leaving-care support age")."""
    return label_of_fact(key, installed_families().all())


def kind_label(kind: str) -> str:
    """A section kind in words ("corporate_parenting" → "Corporate parenting")."""
    return kind.replace("_", " ").capitalize()


def fact_anchor(key: str, index: int = 0) -> str:
    """The id of a fact's `index`-th evidence highlight on the version page."""
    return f"fact-{key}-{index}" if index else f"fact-{key}"


@dataclass(frozen=True, slots=True)
class TextSegment:
    """A run of a version's text, highlighted when some fact's evidence covers it."""

    text: str
    """The characters, exactly."""
    anchors: tuple[str, ...] = ()
    """Ids of evidence highlights that start here (the first goes on the `<mark>`)."""
    facts: tuple[str, ...] = ()
    """Labels of the facts whose evidence covers this run; empty means not highlighted."""

    @property
    def marked(self) -> bool:
        return bool(self.facts)


def highlight_spans(text: str, spans: Sequence[tuple[int, int]]) -> list[TextSegment]:
    """`text` cut into segments, the given (start, end) spans marked as matches."""
    segments: list[TextSegment] = []
    position = 0
    for start, end in sorted(spans):
        start, end = max(start, position), min(end, len(text))
        if end <= start:
            continue
        if start > position:
            segments.append(TextSegment(text[position:start]))
        segments.append(TextSegment(text[start:end], facts=("match",)))
        position = end
    if position < len(text):
        segments.append(TextSegment(text[position:]))
    return segments
