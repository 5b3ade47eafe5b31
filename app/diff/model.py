"""What a comparison of two versions holds: section changes, block changes and word operations.

Offsets are character offsets into each version's normalised text, end exclusive. Every block of
each side appears in exactly one `BlockChange`, and block changes' spans tile each side's text, so
the equal and delete texts of the block changes, taken in left order, rebuild the left text, and
the equal and insert texts, taken in right order, rebuild the right text (SPEC invariant).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any, Literal, Protocol

from app.facts import Evidence, Fact
from app.sections import Outline

OpKind = Literal["equal", "insert", "delete"]
SectionStatus = Literal["unchanged", "changed", "added", "removed", "moved"]
BlockStatus = Literal["unchanged", "changed", "added", "removed", "moved", "split", "merged"]

SECTION_STATUSES: tuple[SectionStatus, ...] = ("unchanged", "changed", "added", "removed", "moved")
BLOCK_STATUSES: tuple[BlockStatus, ...] = (
    "unchanged",
    "changed",
    "added",
    "removed",
    "moved",
    "split",
    "merged",
)


class ComparableVersion(Protocol):
    """What a comparison reads from a version (an `analysis.AnalyzedVersion` provides it)."""

    @property
    def text(self) -> str:
        """The normalised text."""

    @property
    def outline(self) -> Outline:
        """Sections tiling the text, with their blocks."""

    @property
    def facts(self) -> Sequence[Fact]:
        """Facts read from the text, in the family's order."""

    @property
    def local_names(self) -> Sequence[str]:
        """The authority's own names and brands found in the text."""


@dataclass(frozen=True, slots=True)
class OptionDeclaration:
    """How every edge offers one comparison option: the API's query, the web form, the CLI.

    Declared once, as the metadata of a `CompareOptions` field, so that a new option is one new
    field and the edges pick it up without being edited.
    """

    name: str
    """The field's name, which is also the query and form parameter ("ignore_case")."""
    label: str
    """What the web form calls it ("Case (capital letters)")."""
    description: str
    """One sentence on what it does, for the API's documentation and the CLI's help."""
    repeatable: bool
    """False for a flag; True for a list of words (each given on its own)."""

    @property
    def cli_flag(self) -> str:
        """The CLI's spelling: `--ignore-case`; a repeatable option is named in the singular."""
        name = self.name.removesuffix("s") if self.repeatable else self.name
        return "--" + name.replace("_", "-")


def _option(label: str, description: str) -> dict[str, str]:
    return {"label": label, "description": description}


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """Differences to ignore, so that only substantive ones remain.

    An ignored difference is still present in the word operations (the rebuild invariant holds);
    it is marked ignorable and does not count as a change. Naming local names asks for them to
    be ignored, so `local_names` sets `ignore_local_names` (at every edge alike).
    """

    ignore_case: bool = field(
        default=False,
        metadata=_option(
            "Case (capital letters)", '"The Council" and "the council" compare equal.'
        ),
    )
    ignore_punctuation: bool = field(
        default=False,
        metadata=_option(
            "Punctuation", "Punctuation characters and apostrophes inside words are not compared."
        ),
    )
    ignore_whitespace: bool = field(
        default=False,
        metadata=_option(
            "Spacing and blank lines",
            "Runs of spaces, newlines and blank lines are not compared.",
        ),
    )
    ignore_numbering: bool = field(
        default=False,
        metadata=_option(
            "Section numbering (3.1 / 4.1)",
            'Heading, list and section-reference numbers ("3.1" vs "4.1") compare equal.',
        ),
    )
    ignore_local_names: bool = field(
        default=False,
        metadata=_option(
            "Local names (authority and service names)",
            "Each version's own names and service brands compare equal "
            '("Merton Children\'s Services" vs "Staying Safe").',
        ),
    )
    local_names: tuple[str, ...] = field(
        default=(),
        metadata=_option(
            "Other local names (one a line)",
            "A further local name to ignore (repeatable; sets ignore_local_names).",
        ),
    )

    def __post_init__(self) -> None:
        names = tuple(name.strip() for name in self.local_names if name.strip())
        object.__setattr__(self, "local_names", names)
        if names:
            object.__setattr__(self, "ignore_local_names", True)


def option_declarations(options_type: type[Any] = CompareOptions) -> tuple[OptionDeclaration, ...]:
    """Every option of `options_type` (a `CompareOptions`-like dataclass), in field order."""
    return tuple(
        OptionDeclaration(
            name=item.name,
            label=item.metadata["label"],
            description=item.metadata["description"],
            repeatable=isinstance(item.default, tuple),
        )
        for item in fields(options_type)
        if "label" in item.metadata
    )


def options_fingerprint(options: Any) -> str:
    """SHA-256 of the options as canonical JSON (a list's order and repeats do not matter).

    The one key of a comparison's options: the store's cache and the API's ETag both use it.
    """
    values = {
        item.name: sorted(set(value)) if isinstance(value, tuple) else value
        for item in fields(options)
        for value in (getattr(options, item.name),)
    }
    canonical = json.dumps(values, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class WordOp:
    """One word-level operation: `kind` and the exact text it covers on its side(s)."""

    kind: OpKind
    """"equal" (text on both sides), "delete" (left only) or "insert" (right only)."""
    text: str
    """The exact characters covered; for "equal", identical on both sides."""
    ignorable: bool = False
    """True when this insert or delete differs from its counterpart only in what the options
    ignore (case, punctuation, whitespace, numbering, local names), or only in the blank lines
    closing a block, which are layout (a paragraph moved to the end of a text loses them)."""


@dataclass(frozen=True, slots=True)
class SpanRef:
    """A half-open range of character offsets into one side's text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character."""


@dataclass(frozen=True, slots=True)
class SectionRef:
    """One section of one side, as the comparison refers to it."""

    index: int
    """Position of the section in its version's outline (0-based)."""
    kind: str
    """Canonical section kind ("corporate_parenting"), or "other"."""
    heading: str | None
    """The heading as printed, or None for a section found from its content."""
    number: str | None
    """The heading's number ("4"), if it has one."""
    start: int
    """Offset of the section's first character in its version's text."""
    end: int
    """Offset just past the section."""


@dataclass(frozen=True, slots=True)
class BlockChange:
    """What happened to one block (or, for a split or a merge, a run of adjacent blocks)."""

    status: BlockStatus
    """"added" or "removed" (no counterpart), "split" (one left block became several adjacent
    right blocks), "merged" (several became one), "moved" (matched, but out of order relative to
    the rest of the document), "changed" (matched in place with substantive word changes) or
    "unchanged"."""
    left: SpanRef | None
    """The characters of the left side covered, or None for an added block."""
    right: SpanRef | None
    """The characters of the right side covered, or None for a removed block."""
    left_blocks: tuple[int, ...]
    """Indices of the left side's blocks covered, in document order of the whole version."""
    right_blocks: tuple[int, ...]
    """Indices of the right side's blocks covered."""
    left_section: int | None
    """Index of the left section holding the left blocks."""
    right_section: int | None
    """Index of the right section holding the right blocks."""
    moved: bool
    """True when the match sits elsewhere in the other version (also for a split or merge)."""
    changed: bool
    """True when some word operation is a substantive (not ignorable) insert or delete."""
    similarity: float
    """Share of words kept, in [0, 1]: 1 - (words inserted + deleted) / (words on both sides)."""
    words_inserted: int
    """Words in substantive insert operations."""
    words_deleted: int
    """Words in substantive delete operations."""
    ops: tuple[WordOp, ...]
    """Word operations turning the left blocks' text into the right blocks' text."""
    coarse: bool = False
    """True when the comparison's word-diff budget was spent before this match was diffed: its
    operations are one whole deletion of the left text and one whole insertion of the right."""


@dataclass(frozen=True, slots=True)
class SectionChange:
    """What happened to one section: a matched pair, or one side's section alone."""

    status: SectionStatus
    """"added" or "removed" (no counterpart), "moved" (matched but out of order), "changed"
    (substantive changes, or blocks moved in or out) or "unchanged"."""
    left: SectionRef | None
    """The left section, or None for an added section."""
    right: SectionRef | None
    """The right section, or None for a removed section."""
    similarity: float
    """Share of words kept, in [0, 1], counting blocks moved in or out as changes."""
    words_inserted: int
    """Words in substantive insert operations of this section's block changes."""
    words_deleted: int
    """Words in substantive delete operations of this section's block changes."""
    blocks: tuple[int, ...]
    """Indices into `Comparison.blocks` of the block changes shown in this section: those whose
    right blocks sit in the right section, or whose left blocks sit in the left section and have
    no right counterpart."""
    moved_out: tuple[int, ...]
    """Indices into `Comparison.blocks` of blocks that left this section for another one."""


@dataclass(frozen=True, slots=True)
class FactDivergence:
    """A fact whose values differ between the two versions."""

    key: str
    """Fact key ("leaving_care_support_age")."""
    left: Any
    """The left version's value (None when it does not state it)."""
    right: Any
    """The right version's value (None when it does not state it)."""
    left_evidence: tuple[Evidence, ...]
    """Where the left value was read."""
    right_evidence: tuple[Evidence, ...]
    """Where the right value was read."""


@dataclass(frozen=True, slots=True)
class ComparisonTotals:
    """Counts over the whole comparison."""

    sections: dict[str, int]
    """Number of section changes per status (every status present, possibly 0)."""
    blocks: dict[str, int]
    """Number of block changes per status (every status present, possibly 0)."""
    words_inserted: int
    """Words in substantive insert operations."""
    words_deleted: int
    """Words in substantive delete operations."""
    similarity: float
    """Share of words kept over the whole text, in [0, 1]."""


@dataclass(frozen=True, slots=True)
class SideSummary:
    """What the comparison records about one side."""

    title: str | None
    """The document's title line, if found."""
    length: int
    """Length of the version's text in characters."""
    sections: tuple[SectionRef, ...]
    """The side's sections, in document order."""
    local_names: tuple[str, ...]
    """Local names masked on this side when `ignore_local_names` is set."""


@dataclass(frozen=True, slots=True)
class Comparison:
    """The structured difference between two versions."""

    options: CompareOptions
    """Options the comparison was made with."""
    left: SideSummary
    """The left (older, or "ours") version."""
    right: SideSummary
    """The right (newer, or "theirs") version."""
    sections: tuple[SectionChange, ...]
    """Section changes in reading order: the right version's order, each removed section
    placed after its left predecessor's change."""
    blocks: tuple[BlockChange, ...]
    """Every block change; each block of either side appears in exactly one of them."""
    divergences: tuple[FactDivergence, ...]
    """Facts whose values differ, in the family's fact order."""
    totals: ComparisonTotals
    """Counts over the whole comparison."""
    coarse_sections: tuple[int, ...] = field(default=())
    """Indices into `sections` of the section changes holding a coarse block change (one
    compared as a whole replacement because the word-diff budget was spent); empty when every
    matched block was compared word by word. Before `differs`, which stays the last field: a
    cache row holding this dataclass's JSON is told from the contract's by that last key."""
    differs: bool = field(default=False)
    """True when some substantive difference remains after the ignore options."""

    @property
    def coarse(self) -> bool:
        """True when part of the comparison was made at the coarser level: `coarse_sections`."""
        return bool(self.coarse_sections)

    def rebuild_left(self) -> str:
        """The left text, from the equal and delete operations in left order."""
        ordered = sorted(
            (change for change in self.blocks if change.left is not None),
            key=lambda change: change.left.start if change.left is not None else 0,
        )
        return "".join(op.text for change in ordered for op in change.ops if op.kind != "insert")

    def rebuild_right(self) -> str:
        """The right text, from the equal and insert operations in right order."""
        ordered = sorted(
            (change for change in self.blocks if change.right is not None),
            key=lambda change: change.right.start if change.right is not None else 0,
        )
        return "".join(op.text for change in ordered for op in change.ops if op.kind != "delete")
