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
"""A passage is template text when at least this share of the versions with its kind have it,
and its kind is one at least this share of all versions have."""
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
    kinds: frozenset[str] = frozenset()
    """The section kinds this version has."""
    extra: dict[str, int] = field(default_factory=dict)
    """Section kind → words of this version's passages that are not template text or that no
    other version has (its own additions, alone or shared with a minority); kinds with none are
    left out."""


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
            if (
                not support
                or support < TEMPLATE_SHARE * having[group.kind]
                or having[group.kind] < TEMPLATE_SHARE * len(self._kinds_of)
            ):
                continue
            positions = sorted(p.position for members in group.members.values() for p in members)
            wording = group.wordings.most_common(1)[0][0]
            template.setdefault(group.kind, []).append(
                (positions[len(positions) // 2], wording, group)
            )
        for entries in template.values():
            entries.sort(key=lambda entry: entry[0])
        in_template = {id(group) for entries in template.values() for _, _, group in entries}
        deviations = self._deviations(template, in_template)
        median = max(deviations.values(), key=lambda d: (d.overall, d.key), default=None)
        return CommonTemplate(
            texts={
                kind: [wording for _, wording, _ in entries] for kind, entries in template.items()
            },
            deviations=deviations,
            median_key=median.key if median else None,
        )

    def _deviations(
        self,
        template: dict[str, list[tuple[float, str, _Group]]],
        in_template: set[int],
    ) -> dict[str, Deviation]:
        """Every version against the template, in one pass over the groups."""
        keys = list(self._kinds_of)
        kept: dict[str, Counter[str]] = {key: Counter() for key in keys}
        template_words: Counter[str] = Counter()
        for kind, entries in template.items():
            for _, wording, group in entries:
                words = _words(wording)
                template_words[kind] += words
                for holder, members in group.members.items():
                    if members:
                        kept[holder][kind] += words
        unique: dict[str, list[tuple[str, str]]] = {key: [] for key in keys}
        missing: dict[str, list[tuple[str, str]]] = {key: [] for key in keys}
        extra: dict[str, Counter[str]] = {key: Counter() for key in keys}
        others = len(keys) - 1
        for group in self._groups:
            holders = [holder for holder, members in group.members.items() if members]
            if not holders:
                continue
            alone = len(holders) == 1
            for holder in holders:
                if alone or id(group) not in in_template:
                    extra[holder][group.kind] += sum(_words(p.text) for p in group.members[holder])
            if alone and others:
                unique[holders[0]].extend((group.kind, p.text) for p in group.members[holders[0]])
            if others and len(holders) >= NEARLY_EVERYONE * others:
                held = set(holders)
                wording = group.wordings.most_common(1)[0][0]
                for key in keys:
                    if key not in held:
                        missing[key].append((group.kind, wording))
        total = sum(template_words.values())
        return {
            key: Deviation(
                key=key,
                similarity={
                    kind: kept[key][kind] / words if words else 0.0
                    for kind, words in template_words.items()
                },
                overall=sum(kept[key].values()) / total if total else 0.0,
                unique=unique[key],
                missing=missing[key],
                kinds=frozenset(self._kinds_of[key]),
                extra=dict(extra[key]),
            )
            for key in keys
        }

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

    def pair_similarity_by_kind(self) -> PairGrid:
        """All pairs of versions, section kind by section kind: the share of that kind's
        passage words two versions have in common (Dice), None where neither has the kind."""
        keys = self.keys
        position = {key: index for index, key in enumerate(keys)}
        weights: dict[str, list[dict[int, int]]] = {}
        for index, group in enumerate(self._groups):
            for holder, members in group.members.items():
                if members and holder in position:
                    by_version = weights.setdefault(group.kind, [{} for _ in keys])
                    by_version[position[holder]][index] = sum(_words(p.text) for p in members)
        grids: dict[str, list[list[float | None]]] = {}
        for kind, by_version in sorted(weights.items()):
            totals = [sum(found.values()) for found in by_version]
            has_kind = [kind in self._kinds_of[key] for key in keys]
            rows: list[list[float | None]] = [[None] * len(keys) for _ in keys]
            for i, mine in enumerate(by_version):
                row_i = rows[i]
                for j in range(i, len(keys)):
                    if not (has_kind[i] or has_kind[j]):
                        continue
                    theirs = by_version[j]
                    small, large = (mine, theirs) if len(mine) <= len(theirs) else (theirs, mine)
                    shared = sum(min(w, large[g]) for g, w in small.items() if g in large)
                    size = totals[i] + totals[j]
                    value = 2 * shared / size if size else float(has_kind[i] == has_kind[j])
                    row_i[j] = rows[j][i] = value
            grids[kind] = rows
        return PairGrid(keys=keys, kinds=list(grids), grids=grids)


@dataclass(frozen=True, slots=True)
class PairGrid:
    """Every pair of versions compared, per section kind."""

    keys: list[str]
    """The versions, in the order of the grid's rows and columns."""
    kinds: list[str]
    """The section kinds some version has (with at least one passage)."""
    grids: dict[str, list[list[float | None]]]
    """Section kind → `keys` by `keys` similarities in [0, 1] (1 on the diagonal for a version
    having the kind), None where neither version has the kind."""


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
    "PairGrid",
    "Passage",
    "TemplateBuilder",
    "common_template",
    "passages_of",
]
