"""Canonical kinds from a family's cues: a heading's words first, then the opening of content.

Cues are case-insensitive regular expressions written in the family's TOML. They are compiled
once per tuple of kinds (the tuple is hashable, so the compiled set is cached), and every text is
matched in one normalised form: straight apostrophes and quotes, markdown links and emphasis
removed, spaces collapsed. That lets a cue say `children's` and still match a curly apostrophe or
"[Children's Services](#)".
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
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
MAX_RUN_IN_WORDS = 5
"""A heading run into its paragraph is a short Title Case label."""

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
_RUN_IN_HEADING = re.compile(r"([^\W\d][^:.;,!?]{1,48}[^\W\d])[:.] +(?=\w)")
"""A heading run into its paragraph: "Introduction: This policy…", "Key Principles. We…"."""
_RUN_IN_REACH = 51
"""`_RUN_IN_HEADING`'s ":" or "." stands within this many characters of the opening."""
_OPTIONAL = re.compile(r"(?:\?|\*|\{0,\d*\})[?+]?")
"""A quantifier that lets what it follows be absent."""
_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?")
_SPECIAL = frozenset("\\.^$*+?{}[]|()")
"""Characters that are not literal where they stand in a cue (outside a class)."""
PREFIX_LENGTH = 4
"""Opening cues are grouped by the first characters they can match ("this", "the ", "in j"):
finer than by letter, so a paragraph opening "The …" is not tried against cues for "This …"."""
_MAX_PREFIXES = 64
"""A cue with more possible openings than this is tried on every text (it is rare and cheap)."""


def cue_text(text: str) -> str:
    """`text` in the one form cues are matched against (see the module docstring)."""
    text = text[: OPENING_LENGTH + 100]
    if "]" in text and "](" in text:
        text = _LINK_TARGET.sub("]", text)
    if "[" in text or "]" in text or "*" in text or "`" in text or "_" in text or "\\" in text:
        text = _MARKUP.sub("", text)  # one membership test per character `_MARKUP` needs
    if not text.isascii():
        text = text.translate(_QUOTES)
    elif text.isprintable() and "  " not in text and text.strip(" ") == text:
        return text[:OPENING_LENGTH]  # spaced once already: splitting and joining is no-op
    return " ".join(text.split())[:OPENING_LENGTH]


@dataclass(frozen=True, slots=True)
class _Pattern:
    """Cues written with `^` are tried at the opening only, the rest anywhere.

    Opening cues are also grouped by the letter they can start with, so a text is only tried
    against the cues that could match its first letter (most paragraphs are rejected at once).
    """

    opening: re.Pattern[str] | None
    anywhere: re.Pattern[str] | None
    by_letter: dict[str, re.Pattern[str] | None]
    """Opening cues that may match a text starting with the letter, plus those of unknown start."""
    any_letter: re.Pattern[str] | None
    """Opening cues whose first letter is unknown: tried on every text."""
    by_prefix: dict[str, re.Pattern[str] | None]
    """Opening cues that may match a text starting with the `PREFIX_LENGTH` lower-case ASCII
    characters, plus those whose opening characters are unknown."""
    any_prefix: re.Pattern[str] | None
    """Opening cues whose opening characters are unknown: all a text whose opening no cue names
    can match."""

    def matches(self, text: str) -> bool:
        return self.opening_match(text) is not None or (
            self.anywhere is not None and self.anywhere.search(text) is not None
        )

    def opening_match(self, text: str) -> re.Match[str] | None:
        """The match of the first opening cue (in order) that matches `text`, if any.

        Only the cues that can match the text's opening are tried: by its first characters when
        they are ASCII (where a case-insensitive match is a lower-case comparison), else by its
        first letter. Leaving out cues that cannot match changes no answer.
        """
        prefix = text[:PREFIX_LENGTH]
        if len(prefix) == PREFIX_LENGTH and prefix.isascii():
            opening = self.by_prefix.get(prefix.lower(), self.any_prefix)
        else:
            opening = self.by_letter.get(text[:1].lower(), self.any_letter)
        return opening.match(text) if opening is not None else None


@dataclass(frozen=True, slots=True)
class _KindCues:
    slug: str
    heading: _Pattern
    """Heading cues and hints: what names a heading this kind."""
    named: _Pattern
    """Heading cues only: what names it for certain."""
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

    def only_hinted(self, slug: str, words: str) -> bool:
        """Whether `words` name kind `slug` by its heading hints alone, so the kind model may
        overrule the name ("How we work with families" over a practice model's text)."""
        words = cue_text(words)
        return any(kind.slug == slug and not kind.named.matches(words) for kind in self.kinds)

    def content_kind(self, opening: str, near_end: bool | None = None) -> str | None:
        """The kind the opening of a block names: by the family's content cues, else by a heading
        run into the paragraph ("Introduction: this policy…").

        Where cues of a trailing kind and of another kind both match ("Last reviewed: 14 March
        2025" reads as end matter and as scope), `near_end` decides: True prefers the trailing
        kind, False skips trailing kinds, None takes the first kind in family order.
        """
        opening = cue_text(opening)
        kind = self.cued_kind(opening)
        if kind is None:
            return self._run_in_kind(opening)
        if near_end is None or self.trailing(kind) == near_end:
            return kind
        return self._first_cued(opening, trailing=near_end) or (kind if near_end else None)

    def _first_cued(self, opening: str, *, trailing: bool) -> str | None:
        """The first kind, among the trailing kinds or the others, whose content cues match."""
        for kind in self.kinds:
            if self.trailing(kind.slug) == trailing and kind.content.matches(opening):
                return kind.slug
        return None

    def cued_kind(self, opening: str) -> str | None:
        """The first kind (in family order) whose content cues match `opening` (in cue form)."""
        if self.any_content.anywhere is None:
            # Opening cues only: the combined pattern names the first kind that matches.
            match = self.any_content.opening_match(opening)
            return self.kinds[_kind_index(match)].slug if match is not None else None
        if self.any_content.matches(opening):
            for kind in self.kinds:
                if kind.content.matches(opening):
                    return kind.slug
        return None

    def _run_in_kind(self, opening: str) -> str | None:
        if not any(stop in opening[:_RUN_IN_REACH] for stop in ":."):
            return None  # the pattern's label is followed by ":" or "." within its reach
        run_in = _RUN_IN_HEADING.match(opening)
        if run_in is None:
            return None
        label = run_in.group(1)
        words = label.split()
        if len(words) > MAX_RUN_IN_WORDS or any(
            len(word) > 3 and not word[0].isupper() for word in words
        ):
            return None
        kind = self.heading_kind(label)
        return None if kind == TITLE_KIND else kind

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
            heading=_union(kind.slug, (*kind.heading_cues, *kind.heading_hints)),
            named=_union(kind.slug, kind.heading_cues),
            content=_union(kind.slug, kind.content_cues),
        )
        for kind in kinds
    )
    splittable = {kind.slug for kind in kinds if kind.splittable} | {TITLE_KIND, OTHER_KIND}
    return Cues(
        kinds=compiled,
        any_heading=_union(
            "(all kinds)",
            [cue for kind in kinds for cue in (*kind.heading_cues, *kind.heading_hints)],
        ),
        any_content=_union(
            "(all kinds)",
            [cue for kind in kinds for cue in kind.content_cues],
            [index for index, kind in enumerate(kinds) for _cue in kind.content_cues],
        ),
        splittable_kinds=frozenset(splittable),
        trailing_kinds=frozenset(kind.slug for kind in kinds if kind.trailing),
    )


def _union(slug: str, cues: Sequence[str], kind_indexes: Sequence[int] | None = None) -> _Pattern:
    """Cues compiled into alternations. With `kind_indexes` (each cue's kind, in kind order) the
    cues of each kind form a named group, so a match also tells which kind matched first."""
    for cue in cues:
        try:
            re.compile(cue)
        except re.error as error:
            raise InvalidCue(
                f"the cue {cue!r} of section kind '{slug}' is not a valid regular expression "
                f"({error}). To fix: correct it in the family's kinds file."
            ) from None
    kinds_of: Sequence[int | None] = [None] * len(cues) if kind_indexes is None else kind_indexes
    tagged = list(zip(cues, kinds_of, strict=True))
    opening = [(cue[1:], kind) for cue, kind in tagged if cue.startswith("^")]
    anywhere = [(cue, kind) for cue, kind in tagged if not cue.startswith("^")]
    starts = [(cue, first_letters(cue[0])) for cue in opening]
    unknown = [cue for cue, letters in starts if letters is None]
    known = {letter for _cue, letters in starts if letters is not None for letter in letters}
    by_letter = {
        letter: _alternation(
            [cue for cue, letters in starts if letters is None or letter in letters]
        )
        for letter in sorted(known)
    }
    openings = [(cue, first_prefixes(cue[0], PREFIX_LENGTH)) for cue in opening]
    by_prefix = {
        prefix: _alternation(
            [cue for cue, prefixes in openings if prefixes is None or prefix in prefixes]
        )
        for prefix in sorted(
            {prefix for _cue, prefixes in openings if prefixes for prefix in prefixes}
        )
    }
    return _Pattern(
        opening=_alternation(opening),
        anywhere=_alternation(anywhere),
        by_letter=by_letter,
        any_letter=_alternation(unknown),
        by_prefix=by_prefix,
        any_prefix=_alternation([cue for cue, prefixes in openings if prefixes is None]),
    )


def first_letters(source: str) -> frozenset[str] | None:
    """The lower-case letters a match of regular expression `source` must start with, or None
    when that is not plain from its text (it starts with a class, an escape, a lookaround…).

    Understands what cues are written with: literal words, groups of alternatives, and optional
    groups, whose following text may come first.
    """
    if not source:
        return None
    alternatives = _top_level_alternatives(source)
    if len(alternatives) > 1:
        found_in_each = [first_letters(alternative) for alternative in alternatives]
        if any(found is None for found in found_in_each):
            return None
        return frozenset(letter for found in found_in_each if found for letter in found)
    head = source[0]
    letters: set[str] = set()
    if head.isalpha():
        letters.add(head.lower())
        close = 0
    elif head == "(":
        found_close = _closing_parenthesis(source)
        if found_close is None:
            return None
        close = found_close
        inner = source[1:close]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?"):
            return None
        for alternative in _top_level_alternatives(inner):
            found = first_letters(alternative)
            if found is None:
                return None
            letters |= found
    else:
        return None
    rest = source[close + 1 :]
    optional = _OPTIONAL.match(rest)
    if optional is not None:
        after = first_letters(rest[optional.end() :])
        if after is None:
            return None
        letters |= after
    return frozenset(letters)


def first_prefixes(source: str, length: int) -> frozenset[str] | None:
    """The lower-case ASCII strings of `length` characters that a case-insensitive match of
    regular expression `source` must start with (one of them), or None when that is not plain
    from its text (a class, an escape, a lookaround, a repeat, a match that may be shorter…).

    Understands literal characters, groups of alternatives and optional groups or characters,
    as `first_letters` does.
    """
    found = _prefixes(source, length)
    return None if found is None else frozenset(found)


def _prefixes(source: str, length: int) -> set[str] | None:
    if length == 0:
        return {""}
    if not source:
        return None
    alternatives = _top_level_alternatives(source)
    if len(alternatives) > 1:
        return _union_of(_prefixes(alternative, length) for alternative in alternatives)
    head = source[0]
    if head == "(":
        close = _closing_parenthesis(source)
        if close is None:
            return None
        inner = source[1:close]
        if inner.startswith("?:"):
            inner = inner[2:]
        elif inner.startswith("?"):
            return None
        atoms = _top_level_alternatives(inner)
        rest = source[close + 1 :]
    elif head in _SPECIAL or not head.isascii():
        return None  # a non-ASCII letter may match an ASCII one (the long s matches "s")
    else:
        atoms = [head]
        rest = source[1:]
    quantifier = _QUANTIFIER.match(rest)
    if quantifier is not None:
        if _OPTIONAL.fullmatch(quantifier.group()) is None:
            return None
        rest = rest[quantifier.end() :]
        atoms = [*atoms, ""]
    if head != "(":
        return _union_of(
            _prefixes(rest, length) if not atom else _prepended(atom.lower(), rest, length)
            for atom in atoms
        )
    return _union_of(_prefixes(atom + rest, length) for atom in atoms)


def _prepended(char: str, rest: str, length: int) -> set[str] | None:
    found = _prefixes(rest, length - 1)
    return None if found is None else {char + prefix for prefix in found}


def _union_of(parts: Iterator[set[str] | None]) -> set[str] | None:
    union: set[str] = set()
    for part in parts:
        if part is None:
            return None
        union |= part
        if len(union) > _MAX_PREFIXES:
            return None
    return union


def _closing_parenthesis(source: str) -> int | None:
    depth = 0
    in_class = False
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index
        index += 1
    return None


def _top_level_alternatives(source: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    in_class = False
    start = 0
    index = 0
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


def _alternation(cues: list[tuple[str, int | None]]) -> re.Pattern[str] | None:
    """One pattern for `cues` (source, kind index or None), in order; consecutive cues of one
    kind share a group named after it."""
    if not cues:
        return None
    parts = []
    for kind, group in itertools.groupby(cues, key=lambda cue: cue[1]):
        alternatives = "|".join(f"(?:{source})" for source, _kind in group)
        parts.append(alternatives if kind is None else f"(?P<{_KIND_GROUP}{kind}>{alternatives})")
    return re.compile("|".join(parts), re.IGNORECASE)


_KIND_GROUP = "kind"


def _kind_index(match: re.Match[str]) -> int:
    """Index of the kind whose group matched: the outermost group, so the last one closed."""
    return int((match.lastgroup or "").removeprefix(_KIND_GROUP))
