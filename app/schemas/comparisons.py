"""The JSON shape of a comparison (`policydiff diff --json`, and the API's comparison resource).

Word operations are arrays, as diff-match-patch users expect: `["equal", text]`,
`["delete", text]`, `["insert", text]`, with a third element `true` on an insert or delete that
only differs in what the ignore options ignore. The equal and delete texts of the block changes,
taken in order of `left.start`, rebuild the left version's text exactly; the equal and insert
texts, in order of `right.start`, rebuild the right version's text.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from app.diff import BlockStatus, Comparison, OpKind, SectionStatus, WordOp
from app.schemas.facts import EvidenceRead

_CONFIG = ConfigDict(from_attributes=True, use_attribute_docstrings=True)


def _op_as_array(value: Any) -> Any:
    if isinstance(value, WordOp):
        return [value.kind, value.text, True] if value.ignorable else [value.kind, value.text]
    return value


WordOpRead = Annotated[
    tuple[OpKind, str] | tuple[OpKind, str, Literal[True]],
    BeforeValidator(_op_as_array),
    Field(
        description='A word operation: `["equal" | "insert" | "delete", text]`, with a third '
        "element `true` when the difference is one the ignore options ignore."
    ),
]


class CompareOptionsRead(BaseModel):
    """Differences the comparison ignores, so that only substantive ones remain."""

    model_config = _CONFIG

    ignore_case: bool = False
    """"The Council" and "the council" compare equal."""
    ignore_punctuation: bool = False
    """Punctuation characters and apostrophes inside words are not compared."""
    ignore_whitespace: bool = False
    """Runs of spaces and newlines are not compared (blank lines closing a block never are)."""
    ignore_numbering: bool = False
    """Heading, list and section-reference numbers ("3.1" vs "4.1") compare equal."""
    ignore_local_names: bool = False
    """Each version's own names and brands compare equal ("Derbyshire" vs "Durham")."""
    local_names: list[str] = Field(default_factory=list)
    """Extra local names given by the caller, used with `ignore_local_names`."""


class TextSpanRead(BaseModel):
    """A half-open range of character offsets into one version's text."""

    model_config = _CONFIG

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character (end exclusive)."""


class SectionRefRead(BaseModel):
    """One section of one version, as the comparison refers to it."""

    model_config = _CONFIG

    index: int
    """Position of the section in its version's sections (0-based)."""
    kind: str
    """Canonical section kind ("corporate_parenting"), or "other"."""
    heading: str | None
    """The heading as printed, or null for a section found from its content."""
    number: str | None
    """The heading's number ("4"), if it has one."""
    start: int
    """Offset of the section's first character in its version's text."""
    end: int
    """Offset just past the section."""


class ComparedSideRead(BaseModel):
    """What the comparison records about one version."""

    model_config = _CONFIG

    title: str | None
    """The document's title line, if found."""
    length: int
    """Length of the version's text in characters."""
    sections: list[SectionRefRead]
    """The version's sections, in document order."""
    local_names: list[str]
    """The version's own names and brands, masked under `ignore_local_names`."""


class BlockChangeRead(BaseModel):
    """What happened to one block (or to a run of adjacent blocks, for a split or a merge)."""

    model_config = _CONFIG

    status: BlockStatus
    """"unchanged", "changed" (substantive word changes), "moved" (matched elsewhere in the other
    version), "split" (one block became several), "merged" (several became one), "added" or
    "removed"."""
    left: TextSpanRead | None
    """The left version's characters covered; null for an added block."""
    right: TextSpanRead | None
    """The right version's characters covered; null for a removed block."""
    left_blocks: list[int]
    """Indices of the left version's blocks covered, counted over the whole version."""
    right_blocks: list[int]
    """Indices of the right version's blocks covered."""
    left_section: int | None
    """Index of the left section holding the left blocks."""
    right_section: int | None
    """Index of the right section holding the right blocks."""
    moved: bool
    """True when the match sits elsewhere in the other version (also for a split or merge)."""
    changed: bool
    """True when some operation is a substantive insert or delete."""
    similarity: float = Field(ge=0, le=1)
    """Share of words kept: 1 - (words inserted + deleted) / (words on both sides)."""
    words_inserted: int
    """Words in substantive insert operations."""
    words_deleted: int
    """Words in substantive delete operations."""
    ops: list[WordOpRead]
    """Word operations turning the left blocks' text into the right blocks' text."""
    coarse: bool = False
    """True when the comparison's work budget ran out before these blocks were compared word by
    word: `ops` are then one whole delete of the left text and one whole insert of the right
    (still rebuilding both texts), and the counts treat every word as changed."""


class SectionChangeRead(BaseModel):
    """What happened to one section: a matched pair, or one version's section alone."""

    model_config = _CONFIG

    status: SectionStatus
    """"unchanged", "changed" (substantive changes, or blocks moved in or out), "moved" (matched
    but out of order), "added" or "removed"."""
    left: SectionRefRead | None
    """The left section; null for an added section."""
    right: SectionRefRead | None
    """The right section; null for a removed section."""
    similarity: float = Field(ge=0, le=1)
    """Share of words kept, counting blocks moved in or out as changes."""
    words_inserted: int
    """Words in substantive insert operations of this section's block changes."""
    words_deleted: int
    """Words in substantive delete operations of this section's block changes."""
    blocks: list[int]
    """Indices into `blocks` of the block changes shown in this section, in reading order."""
    moved_out: list[int]
    """Indices into `blocks` of blocks that left this section for another one."""


class FactDivergenceRead(BaseModel):
    """A fact whose values differ between the two versions."""

    model_config = _CONFIG

    key: str
    """Fact key ("leaving_care_support_age")."""
    left: Any
    """The left version's value; null when it does not state it."""
    right: Any
    """The right version's value; null when it does not state it."""
    left_evidence: list[EvidenceRead]
    """Where the left value was read."""
    right_evidence: list[EvidenceRead]
    """Where the right value was read."""


class ComparisonTotalsRead(BaseModel):
    """Counts over the whole comparison."""

    model_config = _CONFIG

    sections: dict[SectionStatus, int]
    """Number of section changes per status."""
    blocks: dict[BlockStatus, int]
    """Number of block changes per status."""
    words_inserted: int
    """Words in substantive insert operations."""
    words_deleted: int
    """Words in substantive delete operations."""
    similarity: float = Field(ge=0, le=1)
    """Share of words kept over the whole text."""


class ComparisonRead(BaseModel):
    """The structured difference between two versions: sections, blocks, words and facts."""

    model_config = _CONFIG

    options: CompareOptionsRead
    """Options the comparison was made with."""
    differs: bool
    """True when a substantive difference remains after the ignore options."""
    coarse: bool = False
    """True when the comparison was too large to compare word by word throughout: past a fixed
    amount of work (a server setting, counted rather than timed, so the same request always
    gives the same answer), the remaining changed blocks were compared as whole replacements
    (their `coarse` is true). Still exact: the operations rebuild both versions."""
    coarse_sections: list[int] = Field(default_factory=list)
    """Indices into `sections` of the section changes holding a coarse block change."""
    left: ComparedSideRead
    """The left (older, or "ours") version."""
    right: ComparedSideRead
    """The right (newer, or "theirs") version."""
    totals: ComparisonTotalsRead
    """Counts over the whole comparison."""
    divergences: list[FactDivergenceRead]
    """Facts whose values differ, in the chapter family's fact order."""
    sections: list[SectionChangeRead]
    """Section changes in reading order (the right version's order, each removed section after
    its left predecessor)."""
    blocks: list[BlockChangeRead]
    """Every block change; each block of either version is in exactly one."""

    @classmethod
    def from_comparison(cls, comparison: Comparison) -> ComparisonRead:
        """The contract view of a comparison."""
        return cls.model_validate(comparison)
