"""The common template of a chapter: what the current versions share, section kind by kind.

Every council adapted the same template. Its text is recovered from the versions themselves:
their passages (sentences) are grouped across versions by word overlap, in one pass with an
index of word shingles; a group that most versions having the kind share is template text, in
its most common wording, ordered by where versions put it. Against that, each council has
passages only it has, passages nearly everyone has that it lacks, and a similarity per kind.
The median council is the version closest to the template. Adding a version assigns only its
own passages (decision 0022). Pure Python: no database, no web.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\n+")
_WORD = re.compile(r"[a-z0-9]+")
SHINGLE = 3
"""Words per shingle: passages are compared on their runs of three words."""
SAME_PASSAGE = 0.5
"""Share of shingles (Jaccard) above which two passages are one passage, edited."""
TEMPLATE_SHARE = 0.5
"""A passage is template text when at least this share of the versions with its kind have it."""
NEARLY_EVERYONE = 0.8
"""A passage is missed by a council when at least this share of the others have it."""
MIN_PASSAGE_WORDS = 3


@dataclass(frozen=True, slots=True)
class Passage:
    """A sentence of one version's section of one kind."""

    text: str
    """As written (stripped)."""
    position: float
    """Where it stands in its section, 0 (first) to 1 (last)."""


@dataclass(slots=True)
class _Group:
    """Passages of several versions that are one passage of the template, edited."""

    kind: str
    shingles: frozenset[int]
    members: dict[str, list[Passage]] = field(default_factory=dict)
    """Version key → its passages in this group."""
    wordings: Counter[str] = field(default_factory=Counter)


@dataclass(frozen=True, slots=True)
class Deviation:
    """One council against the template."""

    key: str
    """The version's key (its id as text, or a name in tests)."""
    similarity: dict[str, float]
    """Section kind → share of the template's words of that kind the council keeps (Dice on
    passages, weighted by words); kinds the council lacks are 0."""
    overall: float
    """The same over all kinds, weighted by the template's words."""
    unique: list[tuple[str, str]]
    """(kind, passage) that no other version has: "only this council says…"."""
    missing: list[tuple[str, str]]
    """(kind, template passage) that nearly every other version has and this one lacks."""


def passages_of(text: str) -> list[Passage]:
    """A section's sentences (and list items), each with its relative position."""
    pieces = [piece.strip() for piece in _SENTENCE_END.split(text)]
    kept = [piece for piece in pieces if len(_WORD.findall(piece.lower())) >= MIN_PASSAGE_WORDS]
    last = max(len(kept) - 1, 1)
    return [Passage(piece, index / last) for index, piece in enumerate(kept)]


def _shingles(text: str) -> frozenset[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return frozenset({hash(tuple(words))})
    return frozenset(hash(tuple(words[i : i + SHINGLE])) for i in range(len(words) - SHINGLE + 1))


def _words(text: str) -> int:
    return len(_WORD.findall(text.lower()))


class TemplateBuilder:
    """Versions' sections grouped into template passages; `add` takes one version at a time."""

    def __init__(self) -> None:
        self._groups: list[_Group] = []
        self._index: dict[tuple[str, int], list[int]] = {}
        self._kinds_of: dict[str, set[str]] = {}

    @property
    def keys(self) -> list[str]:
        """The versions taken in, in the order they were added."""
        return list(self._kinds_of)

    def add(self, key: str, sections: Iterable[tuple[str, str]]) -> None:
        """Take in one version's (kind, text) sections; a key already taken in is replaced."""
        if key in self._kinds_of:
            self.remove(key)
        by_kind: dict[str, list[str]] = {}
        for kind, text in sections:
            by_kind.setdefault(kind, []).append(text)
        self._kinds_of[key] = set(by_kind)
        for kind, texts in by_kind.items():
            for passage in passages_of("\n".join(texts)):
                self._place(key, kind, passage)

    def remove(self, key: str) -> None:
        """Forget a version (its groups keep their other members)."""
        self._kinds_of.pop(key, None)
        for group in self._groups:
            for passage in group.members.pop(key, []):
                group.wordings[passage.text] -= 1

    def _place(self, key: str, kind: str, passage: Passage) -> None:
        shingles = _shingles(passage.text)
        votes: Counter[int] = Counter()
        for shingle in shingles:
            votes.update(self._index.get((kind, shingle), ()))
        best, best_score = -1, 0.0
        for index, shared in votes.most_common(8):
            group = self._groups[index]
            score = shared / (len(shingles) + len(group.shingles) - shared)
            if score > best_score:
                best, best_score = index, score
        if best < 0 or best_score < SAME_PASSAGE:
            best = len(self._groups)
            self._groups.append(_Group(kind=kind, shingles=shingles))
            for shingle in shingles:
                self._index.setdefault((kind, shingle), []).append(best)
        group = self._groups[best]
        group.members.setdefault(key, []).append(passage)
        group.wordings[passage.text] += 1

    def build(self) -> CommonTemplate:
        """The template and every version's deviation from it, as things stand."""
        having: Counter[str] = Counter()
        for kinds in self._kinds_of.values():
            having.update(kinds)
        template: dict[str, list[tuple[float, str, _Group]]] = {}
        for group in self._groups:
            support = sum(1 for members in group.members.values() if members)
            if not support or support < TEMPLATE_SHARE * having[group.kind]:
                continue
            positions = sorted(p.position for members in group.members.values() for p in members)
            wording = group.wordings.most_common(1)[0][0]
            template.setdefault(group.kind, []).append(
                (positions[len(positions) // 2], wording, group)
            )
        for entries in template.values():
            entries.sort(key=lambda entry: entry[0])
        deviations = {key: self._deviation(key, template, having) for key in self._kinds_of}
        median = max(deviations.values(), key=lambda d: (d.overall, d.key), default=None)
        return CommonTemplate(
            texts={
                kind: [wording for _, wording, _ in entries] for kind, entries in template.items()
            },
            deviations=deviations,
            median_key=median.key if median else None,
        )

    def _deviation(
        self,
        key: str,
        template: dict[str, list[tuple[float, str, _Group]]],
        having: Counter[str],
    ) -> Deviation:
        similarity: dict[str, float] = {}
        kept_total = template_total = 0
        for kind, entries in template.items():
            words = [_words(wording) for _, wording, _ in entries]
            kept = sum(
                w for w, (_, _, group) in zip(words, entries, strict=True) if group.members.get(key)
            )
            similarity[kind] = kept / sum(words) if sum(words) else 0.0
            kept_total += kept
            template_total += sum(words)
        unique: list[tuple[str, str]] = []
        missing: list[tuple[str, str]] = []
        for group in self._groups:
            holders = [holder for holder, members in group.members.items() if members]
            if holders == [key] and len(self._kinds_of) > 1:
                unique.extend((group.kind, passage.text) for passage in group.members[key])
            elif key not in holders and holders:
                others = len(self._kinds_of) - 1
                if others and len(holders) >= NEARLY_EVERYONE * others:
                    missing.append((group.kind, group.wordings.most_common(1)[0][0]))
        return Deviation(
            key=key,
            similarity=similarity,
            overall=kept_total / template_total if template_total else 0.0,
            unique=unique,
            missing=missing,
        )

    def pair_similarity(self) -> dict[tuple[str, str], float]:
        """All pairs of versions: the share of passage words they have in common (Dice)."""
        keys = self.keys
        weights: dict[str, dict[int, int]] = {key: {} for key in keys}
        for index, group in enumerate(self._groups):
            for holder, members in group.members.items():
                if members and holder in weights:
                    weights[holder][index] = sum(_words(p.text) for p in members)
        totals = {key: sum(found.values()) for key, found in weights.items()}
        result: dict[tuple[str, str], float] = {}
        for i, left in enumerate(keys):
            mine = weights[left]
            for right in keys[i:]:
                theirs = weights[right]
                small, large = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
                shared = sum(min(w, large[g]) for g, w in small.items() if g in large)
                size = totals[left] + totals[right]
                value = 2 * shared / size if size else 1.0
                result[(left, right)] = result[(right, left)] = value
        return result


@dataclass(frozen=True, slots=True)
class CommonTemplate:
    """The shared text per section kind, and each version against it."""

    texts: dict[str, list[str]]
    """Section kind → the template's passages in order."""
    deviations: dict[str, Deviation]
    """Version key → how it departs from the template."""
    median_key: str | None
    """The version closest to the template (the median council); None with no versions."""


def common_template(versions: Sequence[tuple[str, Iterable[tuple[str, str]]]]) -> CommonTemplate:
    """The template of `versions` ((key, [(kind, text), …]) each), built in one go."""
    builder = TemplateBuilder()
    for key, sections in versions:
        builder.add(key, sections)
    return builder.build()


__all__ = [
    "CommonTemplate",
    "Deviation",
    "Passage",
    "TemplateBuilder",
    "common_template",
    "passages_of",
]
