"""What a redline holds: both versions described, the comparison's facts, and the tracked text.

The tracked text is one sequence of paragraphs in which every run and every paragraph mark says
on which side it exists, in the terms Word's tracked changes use: `equal` on both, `delete` and
`move_from` on the left only, `insert` and `move_to` on the right only. Keeping what is on the
left gives the left version's paragraphs, keeping what is on the right gives the right's
(`Redline.side_view`), which is what "reject all" and "accept all" do in Word.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from app.diff import CompareOptions, ComparisonTotals
from app.families import installed_families
from app.families.words import fact_label as label_of_fact
from app.families.words import fact_value_in_words

Mark = Literal["equal", "insert", "delete", "move_from", "move_to"]
ParagraphStyle = Literal["title", "heading", "paragraph", "bullet", "numbered"]

LEFT_MARKS: frozenset[str] = frozenset({"equal", "delete", "move_from"})
"""Marks of what the left (older) version holds: what "reject all" keeps."""
RIGHT_MARKS: frozenset[str] = frozenset({"equal", "insert", "move_to"})
"""Marks of what the right (newer) version holds: what "accept all" keeps."""


@dataclass(frozen=True, slots=True)
class ParagraphFormat:
    """How one side lays a paragraph out."""

    style: ParagraphStyle
    """A heading, body paragraph, or bulleted or numbered list item."""
    level: int = 0
    """Heading level (1 is a section heading) or list nesting depth (1 is the outer list)."""


@dataclass(frozen=True, slots=True)
class TrackedRun:
    """Consecutive characters with the same mark."""

    text: str
    """The characters; may hold newlines (line breaks inside the paragraph)."""
    mark: Mark
    """Which side(s) hold them."""
    move: int | None = None
    """For text inside a moved block (either end of the move), the move's number."""


@dataclass(frozen=True, slots=True)
class TrackedParagraph:
    """A paragraph of the tracked text: runs, then the paragraph mark that ends it."""

    runs: tuple[TrackedRun, ...]
    """The paragraph's text, run by run."""
    mark: Mark
    """Which side(s) end a paragraph here: on a side without this mark, the next paragraph's
    text continues this one (Word's deleted or inserted paragraph mark)."""
    format: ParagraphFormat
    """The layout on the right side (on the left, for text only the left holds)."""
    left_format: ParagraphFormat | None
    """The layout on the left side when it differs from `format` (a tracked format change)."""
    move: int | None = None
    """The move this paragraph's mark belongs to, when the mark is `move_from` or `move_to`."""

    @property
    def changed(self) -> bool:
        """True when anything in the paragraph is on one side only."""
        return self.mark != "equal" or any(run.mark != "equal" for run in self.runs)


@dataclass(frozen=True, slots=True)
class Move:
    """A block found elsewhere in the other version."""

    number: int
    """Names the move; both of its ends carry it."""
    from_section: str
    """The left section it left, in words."""
    to_section: str
    """The right section it went to, in words."""


@dataclass(frozen=True, slots=True)
class VersionDetails:
    """One version as the cover page names it."""

    council: str
    """The authority (or, for a file on disk, the file's name)."""
    chapter: str
    """The chapter's title."""
    amendment_date: str | None
    """The amendment date the version states (ISO, year, month or day precision), if any."""
    version_label: str | None
    """The version label the version states, if any."""
    sha256: str
    """Hex SHA-256 of the original bytes, so a reader can check which file was compared."""
    label: str
    """A short name for running headers ("Merton, May 2019")."""


@dataclass(frozen=True, slots=True)
class FactChange:
    """A fact whose value differs, in words."""

    key: str
    label: str
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Redline:
    """Everything a Word, PDF or HTML redline shows."""

    left: VersionDetails
    right: VersionDetails
    options: CompareOptions
    compared_at: datetime
    """When the comparison was made: the date of every tracked change."""
    totals: ComparisonTotals
    fact_changes: tuple[FactChange, ...]
    paragraphs: tuple[TrackedParagraph, ...]
    moves: tuple[Move, ...]
    coarse_notice: str | None = None
    """Says how many sections were compared as whole replacements because the comparison was
    too large to compare word by word (None when every section was compared word by word)."""

    def side_view(self, side: Literal["left", "right"]) -> list[str]:
        """The paragraphs one side holds, as text: what "reject all" (left) or "accept all"
        (right) leaves. Empty paragraphs are left out."""
        kept = LEFT_MARKS if side == "left" else RIGHT_MARKS
        paragraphs: list[str] = []
        current: list[str] = []
        for paragraph in self.paragraphs:
            current.extend(run.text for run in paragraph.runs if run.mark in kept)
            if paragraph.mark in kept:
                paragraphs.append("".join(current))
                current = []
        paragraphs.append("".join(current))
        return [text for text in paragraphs if text]

    def option_names(self) -> list[str]:
        """The ignore options that were on, in words."""
        names = {
            "ignore_case": "case",
            "ignore_punctuation": "punctuation",
            "ignore_whitespace": "whitespace",
            "ignore_numbering": "numbering",
            "ignore_local_names": "local names",
        }
        return [words for attribute, words in names.items() if getattr(self.options, attribute)]


def value_in_words(value: Any) -> str:
    """A fact's JSON value as a reader reads it, as its family says; null is "not stated"."""
    return fact_value_in_words(value, installed_families().all())


def fact_label(key: str) -> str:
    """A fact key as a reader names it, as its family labels it ("Leaving-care support age")."""
    return label_of_fact(key, installed_families().all())
