"""The version page: the outline, the text with every fact's evidence highlighted, the facts."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from app.store import Fact, Section, Version
from app.web.pages.words import TextSegment, fact_anchor, fact_label, kind_label


@dataclass(frozen=True, slots=True)
class EvidenceSpan:
    """One piece of evidence to highlight, in offsets of the version's text."""

    key: str
    start: int
    end: int
    anchor: str


def evidence_spans(facts: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> list[EvidenceSpan]:
    """Evidence of (fact key, evidence list) pairs, each given its anchor id."""
    spans: list[EvidenceSpan] = []
    for key, evidence in facts:
        for index, item in enumerate(evidence):
            start, end = int(item["start"]), int(item["end"])
            if end > start and _in_the_text(item):
                spans.append(EvidenceSpan(key, start, end, fact_anchor(key, index)))
    return spans


def _in_the_text(evidence: Mapping[str, Any]) -> bool:
    """Whether `evidence` indexes the version's text (not the source's front matter, which the
    text leaves out and the page cannot highlight; the facts table still shows the value)."""
    return str(evidence.get("origin", "text")) == "text"


def highlight_text(
    text: str, start: int, end: int, spans: Sequence[EvidenceSpan]
) -> list[TextSegment]:
    """`text[start:end]` cut into segments at every evidence boundary inside it."""
    inside = [span for span in spans if span.start < end and span.end > start]
    cuts = sorted(
        {start, end}
        | {max(start, span.start) for span in inside}
        | {min(end, span.end) for span in inside}
    )
    segments: list[TextSegment] = []
    for left, right in pairwise(cuts):
        if left >= right:
            continue
        covering = [span for span in inside if span.start <= left and span.end >= right]
        anchors = tuple(span.anchor for span in inside if span.start == left)
        facts = tuple(dict.fromkeys(fact_label(span.key) for span in covering))
        segments.append(TextSegment(text[left:right], anchors, facts))
    return segments


CHECK_KIND_BELOW = 0.6
"""A kind the model chose with less confidence than this is marked for an editor to check."""


@dataclass(frozen=True, slots=True)
class SectionView:
    """One section of the version page: its heading, kind and highlighted text."""

    anchor: str
    label: str
    kind: str
    kind_label: str
    level: int
    segments: list[TextSegment]
    """The section's text after its heading line (the whole text when it has none)."""
    heading_line: HeadingLine | None = None
    """The heading line as the text prints it, shown once as the section's heading."""
    kind_note: str = ""
    """How the kind was decided, in words ("read from the text by the model, 45 % sure")."""
    check_kind: bool = False
    """The kind is uncertain: an editor should check it."""


def kind_note(decided_by: str, confidence: float) -> str:
    """How a section's kind was decided, as an editor reads it."""
    if decided_by == "heading":
        return "kind from the heading's words"
    if decided_by == "cue":
        return "kind from the opening words"
    if decided_by == "correction":
        return "kind set by an editor"
    return f"kind read from the text, {round(confidence * 100)} % sure"


_HEADING_MARKUP = re.compile(r"(?:#{1,6}[ \t]+|\*\*)?")
"""Markdown's heading or bold marks before a heading line ("## 1. Introduction")."""


@dataclass(frozen=True, slots=True)
class HeadingLine:
    """A section's opening heading line, cut from its text to be shown once, as the heading."""

    markup: str
    """Characters before the heading itself (blank lines, "## "), kept but not shown."""
    segments: list[TextSegment]


def split_heading(
    segments: list[TextSegment], heading: str | None
) -> tuple[HeadingLine | None, list[TextSegment]]:
    """The heading line the text opens with, and the rest; (None, segments) when the text does
    not open with the heading (or evidence is marked inside its markup)."""
    text = "".join(segment.text for segment in segments)
    markup = _HEADING_MARKUP.match(text, len(text) - len(text.lstrip()))
    start = markup.end() if markup else 0
    if not heading or not segments or not text.startswith(heading, start):
        return None, segments
    if segments[0].marked or len(segments[0].text) < start:
        return None, segments
    head: list[TextSegment] = []
    body: list[TextSegment] = []
    position, cut = 0, start + len(heading)
    for segment in segments:
        low, high = position, position + len(segment.text)
        position = high
        inside = segment.text[max(start, low) - low : max(min(cut, high), start, low) - low]
        after = segment.text[max(cut, low) - low :]
        if inside:
            head.append(TextSegment(inside, segment.anchors, segment.facts))
        if after:
            body.append(TextSegment(after, () if inside else segment.anchors, segment.facts))
    while body and not body[0].text.strip() and not body[0].anchors:
        body.pop(0)
    if body and not body[0].marked:
        body[0] = TextSegment(body[0].text.lstrip("\n"), body[0].anchors, body[0].facts)
    return HeadingLine(text[:start], head), body


def _without_trailing_blank_lines(segments: list[TextSegment]) -> list[TextSegment]:
    """The blank lines closing a section only add space before the next section's rule."""
    while segments and not segments[-1].text.strip() and not segments[-1].anchors:
        segments.pop()
    if segments and not segments[-1].marked:
        last = segments[-1]
        segments[-1] = TextSegment(last.text.rstrip(), last.anchors, last.facts)
    return segments


@dataclass(frozen=True, slots=True)
class EvidenceGroup:
    """A fact's evidence in one section, named by the section ("4. Corporate Parenting")."""

    section_label: str
    anchors: tuple[str, ...]
    """Ids of the highlights, in document order."""


@dataclass(frozen=True, slots=True)
class FactView:
    """One row of the version page's facts table."""

    key: str
    label: str
    value: Any
    evidence: tuple[EvidenceGroup, ...]
    """Where the value was read, grouped by section kind."""

    @property
    def evidence_count(self) -> int:
        return sum(len(group.anchors) for group in self.evidence)


def _evidence_groups(
    key: str, evidence: Sequence[Mapping[str, Any]], sections: Sequence[Section]
) -> tuple[EvidenceGroup, ...]:
    groups: dict[str, list[str]] = {}
    for index, item in enumerate(evidence):
        start = int(item["start"])
        if int(item["end"]) > start and _in_the_text(item):
            holder = next((s for s in sections if s.start <= start < s.end), None)
            label = (
                (holder.heading or kind_label(holder.kind))
                if holder
                else kind_label(str(item.get("section_kind") or "other"))
            )
            groups.setdefault(label, []).append(fact_anchor(key, index))
    return tuple(EvidenceGroup(label, tuple(anchors)) for label, anchors in groups.items())


@dataclass(frozen=True, slots=True)
class VersionPage:
    """Everything the version page shows besides the stored metadata."""

    sections: tuple[SectionView, ...]
    facts: tuple[FactView, ...]
    previous_id: int | None
    """The version before this one in the authority's timeline."""
    next_id: int | None


def build_version_page(
    version: Version,
    sections: Sequence[Section],
    facts: Sequence[Fact],
    history: Sequence[Version],
) -> VersionPage:
    """The outline, the text with every fact's evidence highlighted, and the facts table."""
    text = version.text
    spans = evidence_spans((fact.key, fact.evidence) for fact in facts)
    section_views = []
    for section in sections:
        heading, body = split_heading(
            _without_trailing_blank_lines(highlight_text(text, section.start, section.end, spans)),
            section.heading,
        )
        section_views.append(
            SectionView(
                anchor=f"section-{section.ordinal}",
                label=section.heading or kind_label(section.kind),
                kind=section.kind,
                kind_label=kind_label(section.kind),
                level=section.level,
                segments=body,
                heading_line=heading,
                kind_note=kind_note(section.decided_by, section.confidence),
                check_kind=section.decided_by == "model" and section.confidence < CHECK_KIND_BELOW,
            )
        )
    fact_views = tuple(
        FactView(
            key=fact.key,
            label=fact_label(fact.key),
            value=fact.value,
            evidence=_evidence_groups(fact.key, fact.evidence, sections),
        )
        for fact in facts
    )
    ids = [item.id for item in history]
    position = ids.index(version.id) if version.id in ids else -1
    return VersionPage(
        sections=tuple(section_views),
        facts=fact_views,
        previous_id=ids[position - 1] if position > 0 else None,
        next_id=ids[position + 1] if 0 <= position < len(ids) - 1 else None,
    )
