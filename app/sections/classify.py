"""Canonical kinds from a family's cues: a heading's words first, then the opening of content.

Cues are case-insensitive regular expressions written in the family's TOML. They are compiled
once per tuple of kinds (the tuple is hashable, so the compiled set is cached), and every text is
matched in one normalised form: straight apostrophes and quotes, markdown links and emphasis
removed, spaces collapsed. That lets a cue say `children's` and still match a curly apostrophe or
"[Children's Services](#)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from app.errors import InvalidCue
from app.sections.model import SectionKind

TITLE_KIND = "title"
"""The document's title line; every family has it implicitly."""
OTHER_KIND = "other"
"""Material no cue recognises: kept, never dropped."""

OPENING_LENGTH = 300
"""How much of a block's opening content cues see."""

_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")
_MARKUP = re.compile(r"[\[\]*`]|(?<!\w)_+|_+(?!\w)|\\(?=[^\w\s])")
_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
    }
)
_MARKUP_HINT = re.compile(r"[\[\]*`_\\]")


def cue_text(text: str) -> str:
    """`text` in the one form cues are matched against (see the module docstring)."""
    text = text[: OPENING_LENGTH + 100]
    if "](" in text:
        text = _LINK_TARGET.sub("]", text)
    if _MARKUP_HINT.search(text):
        text = _MARKUP.sub("", text)
    if not text.isascii():
        text = text.translate(_QUOTES)
    return " ".join(text.split())[:OPENING_LENGTH]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """One kind's cues: those written with `^` are tried at the opening only, the rest anywhere."""

    opening: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None

    def matches(self, text: str) -> bool:
        return (self.opening is not None and self.opening.match(text) is not None) or (
            self.anywhere is not None and self.anywhere.search(text) is not None
        )


@dataclass(frozen=True, slots=True)
class _KindCues:
    slug: str
    heading: _Pattern
    content: _Pattern


@dataclass(frozen=True, slots=True)
class Cues:
    """A family's kinds with their cues compiled: what the rules and the assembler consult."""

    kinds: tuple[_KindCues, ...]
    any_heading: _Pattern
    """All heading cues in one pattern, so most lines are rejected in one step."""
    any_content: _Pattern
    """All content cues in one pattern, so most paragraphs are rejected in one step."""
    splittable_kinds: frozenset[str]
    """Containers: the title, "other", and the kinds the family marks splittable."""
    trailing_kinds: frozenset[str]

    def heading_kind(self, words: str) -> str | None:
        """The first kind (in family order) whose heading cues match `words`, if any."""
        words = cue_text(words)
        if not self.any_heading.matches(words):
            return None
        for kind in self.kinds:
            if kind.heading.matches(words):
                return kind.slug
        return None

    def content_kind(self, opening: str) -> str | None:
        """The first kind (in family order) whose content cues match the opening of a block."""
        opening = cue_text(opening)
        if not self.any_content.matches(opening):
            return None
        for kind in self.kinds:
            if kind.content.matches(opening):
                return kind.slug
        return None

    def splittable(self, slug: str) -> bool:
        """Content cues of other kinds may open a new section inside a section of this kind."""
        return slug in self.splittable_kinds

    def trailing(self, slug: str) -> bool:
        """Content cues of this kind count only near the end of the text, but inside any section."""
        return slug in self.trailing_kinds


def compile_cues(kinds: Sequence[SectionKind]) -> Cues:
    """The compiled cues of `kinds`; cached, so a family's regexes are compiled once."""
    return _compile(tuple(kinds))


@lru_cache(maxsize=16)
def _compile(kinds: tuple[SectionKind, ...]) -> Cues:
    compiled = tuple(
        _KindCues(
            slug=kind.slug,
            heading=_union(kind.slug, kind.heading_cues),
            content=_union(kind.slug, kind.content_cues),
        )
        for kind in kinds
    )
    splittable = {kind.slug for kind in kinds if kind.splittable} | {TITLE_KIND, OTHER_KIND}
    return Cues(
        kinds=compiled,
        any_heading=_union("(all kinds)", [cue for kind in kinds for cue in kind.heading_cues]),
        any_content=_union("(all kinds)", [cue for kind in kinds for cue in kind.content_cues]),
        splittable_kinds=frozenset(splittable),
        trailing_kinds=frozenset(kind.slug for kind in kinds if kind.trailing),
    )


def _union(slug: str, cues: Sequence[str]) -> _Pattern:
    for cue in cues:
        try:
            re.compile(cue)
        except re.error as error:
            raise InvalidCue(
                f"the cue {cue!r} of section kind '{slug}' is not a valid regular expression "
                f"({error}). To fix: correct it in the family's kinds file."
            ) from None
    opening = [cue[1:] for cue in cues if cue.startswith("^")]
    anywhere = [cue for cue in cues if not cue.startswith("^")]
    return _Pattern(opening=_alternation(opening), anywhere=_alternation(anywhere))


def _alternation(cues: list[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    return re.compile("|".join(f"(?:{cue})" for cue in cues), re.IGNORECASE)
