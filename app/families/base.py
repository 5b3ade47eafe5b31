"""What a chapter family provides: section kinds and cues as data, fact extractors as plug-ins."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.facts import Fact, ReadableOutline, SearchWords
from app.families.citations import SupersessionTable
from app.sections import LazyKindModel, SectionKind

FactExtractor = Callable[[ReadableOutline], Fact]
"""Reads one fact from the reading of an outline (`app.facts.read_outline`, prepared once per
version); returns a Fact whose value is None when the text is silent."""

LocalNameDetector = Callable[[ReadableOutline], tuple[str, ...]]
"""Finds the authority's own names and service brands in a version (for "ignore local names")."""


ValueInWords = Callable[[Mapping[str, Any]], "str | None"]
"""Reads one of the family's own structured fact values (an object of a shape its extractors
make) in a reader's words, or returns None for an object it does not know, which then reads as
its fields in words (`app.families.words`)."""


@dataclass(frozen=True, slots=True)
class ValueField:
    """How an editor types one shape of the family's structured fact values in a correction
    form: as lines of words, because editors are not developers and JSON is a last resort."""

    holds: Callable[[Any], bool]
    """Whether a value has this shape."""
    lines_of: Callable[[Any], list[str]]
    """The value as the field's lines."""
    from_lines: Callable[[list[str]], Any]
    """The editor's non-empty lines read in this shape; raises `InvalidParameter` saying, in
    an editor's words, how to write them."""
    hint: str
    """How to fill the field, shown under it."""


def _no_local_names(reading: ReadableOutline) -> tuple[str, ...]:
    return ()


def _no_value_shapes(value: Mapping[str, Any]) -> str | None:
    return None


@dataclass(frozen=True, slots=True)
class Family:
    """A chapter family: the only chapter-specific code, passed as data to the generic engines."""

    slug: str
    """Family slug ("childrens-services-policies-values-and-principles")."""
    title: str
    """Chapter title as councils print it."""
    kinds: tuple[SectionKind, ...]
    """Section kinds in their usual document order; "other" is implicit."""
    extractors: Mapping[str, FactExtractor]
    """Fact extractors by fact key, in output order."""
    other_heading_cues: tuple[str, ...] = ()
    """Heading cues of material that is none of the kinds (`heading_cues` under `[other]` in
    the kinds file): a council's own service or body added to the chapter. A heading they
    match, and no kind's cue or hint names, is `other` by heading (decision 0321)."""
    local_names: LocalNameDetector = field(default=_no_local_names)
    """Detects local names (authority, service brand) in a version."""
    kind_model: LazyKindModel = field(default_factory=lambda: LazyKindModel(()))
    """The statistical model of the kinds, learned from the family's labelled examples the
    first time a document needs it; a family without examples has none (cues only)."""
    superseded: SupersessionTable = field(default_factory=SupersessionTable)
    """Cited instruments and guidance that were superseded, by what and from when (data)."""
    fact_labels: Mapping[str, str] = field(default_factory=dict)
    """Readable names of the family's fact keys ("Leaving-care support age"); a key without one
    reads as its own words."""
    value_in_words: ValueInWords = field(default=_no_value_shapes)
    """How the family's structured fact values read on pages, redlines and e-mails."""
    value_fields: tuple[ValueField, ...] = ()
    """How an editor types the family's structured fact values in the correction form (the
    first whose `holds` accepts the current value is used)."""
    search_words: SearchWords = field(default_factory=SearchWords)
    """The lower-case words the extractors search for (`ReadableOutline.positions_of`), found
    in one pass over each version; words not declared are still found, one by one."""
