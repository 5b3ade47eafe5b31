"""The ignore options as comparison keys, while every original character is kept.

Each token of a block keeps its exact text and gets a key. Tokens whose difference an option
ignores get equal keys (case folded; a local name or a number replaced by one placeholder), and
tokens an option makes irrelevant get no key at all (ignored punctuation, the rest of a masked
name), so they are left out of the comparison and re-attached afterwards. Masks are character
spans of the block's own text, so they map back to the original exactly.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from app.diff.model import CompareOptions
from app.text import WORD_PATTERN, WORD_RE

NAME_PLACEHOLDER = "\x00name"
"""Key of the first token of every local name, so any two names compare equal."""
NUMBER_PLACEHOLDER = "\x00number"
"""Key of the first token of every heading, list or section-reference number."""

_LEADING_NUMBER = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*\(?(\d{1,3}(?:\.\d{1,3})*[.)]?)(?=[ \t*_]|$)",
    re.MULTILINE,
)
_REFERENCE_NUMBER = re.compile(
    r"\b(?:sections?|paragraphs?|chapters?|parts?|appendix|appendices)[ \t]+"
    r"(\d{1,3}(?:\.\d{1,3})*)\b",
    re.IGNORECASE,
)
_INNER_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
_APOSTROPHES = re.compile(r"['\u2019]")
_PUNCTUATION = re.compile(r"[^\w\s\x00]")
_WORD_START = re.compile(r"\w")
_NUMBER_ENDS = frozenset({".", ")"})
_BAG_WORD = re.compile(rf"\x00[0-9A-Z_a-z\w]++|{WORD_PATTERN}")
"""A placeholder or a word, as counted for similarity."""
_WORD = re.compile(WORD_PATTERN)


def count_words(text: str) -> int:
    """Words as the shared tokenizer counts them (inner apostrophes kept)."""
    return len(_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class TokenRun:
    """The tokens of one stretch of text with their comparison keys.

    Words and punctuation are aligned by key. Whitespace keeps its text as key unless whitespace
    is ignored, and is compared only between aligned tokens; a None key is never compared.
    """

    texts: list[str]
    """Exact token texts (a masked name or number is one token); they concatenate to the text."""
    keys: list[str | None]
    """Comparison key per token."""


class BlockContent(NamedTuple):
    """A block's compared content, for alignment.

    A named tuple, not a frozen dataclass: one is made per block and unpacked at once, and a
    frozen dataclass sets each field through object.__setattr__.
    """

    key: str
    """The compared content with whitespace runs collapsed: equal for blocks that align exactly."""
    vocabulary: frozenset[str]
    """Distinct compared words (and placeholders), for similarity."""
    size: int
    """Number of words in the original text (not the masked one)."""


def _name_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    alternatives = []
    for name in sorted({name.strip() for name in names if name.strip()}, key=len, reverse=True):
        words = [re.escape(part) for part in name.split()]
        pattern = r"\s+".join(words)
        alternatives.append(_APOSTROPHES.sub(lambda _: "['\u2019]", pattern))
    if not alternatives:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.IGNORECASE)


class Masker:
    """Keys text under one comparison's options (and the local names of both versions)."""

    __slots__ = ("_names", "_options", "_plain")

    def __init__(self, options: CompareOptions, names: Iterable[str] = ()) -> None:
        self._options = options
        self._names = _name_pattern(names) if options.ignore_local_names else None
        self._plain = not (
            options.ignore_case
            or options.ignore_punctuation
            or options.ignore_whitespace
            or options.ignore_numbering
            or self._names is not None
        )

    @property
    def plain(self) -> bool:
        """True when no option is set: every token is compared as it is."""
        return self._plain

    def _masks(self, text: str) -> list[tuple[int, int, str]]:
        spans: list[tuple[int, int, str]] = []
        if self._options.ignore_numbering:
            for pattern in (_LEADING_NUMBER, _REFERENCE_NUMBER):
                spans.extend(
                    (match.start(1), match.end(1), NUMBER_PLACEHOLDER)
                    for match in pattern.finditer(text)
                )
        if self._names is not None:
            spans.extend(
                (match.start(), match.end(), NAME_PLACEHOLDER)
                for match in self._names.finditer(text)
            )
        merged: list[tuple[int, int, str]] = []
        for start, end, kind in sorted(spans):
            if merged and start < merged[-1][1]:
                last_start, last_end, last_kind = merged[-1]
                merged[-1] = (last_start, max(last_end, end), last_kind)
            else:
                merged.append((start, end, kind))
        return merged

    def content(self, text: str, markup: tuple[int, int] = (0, 0)) -> BlockContent:
        """What alignment compares of a block: its words, without the markup around them."""
        if self._plain:
            if not (markup[0] or markup[1]):
                words = _BAG_WORD.findall(text)
                return BlockContent(" ".join(text.split()), frozenset(words), len(words))
            content_end = len(text) - markup[1]
            content = text[markup[0] : content_end]
            words = _BAG_WORD.findall(content)
            # Markup without a word character adds no word and cuts none, so the content's words
            # are the text's (counted alike unless a NUL makes the bag pattern see a placeholder).
            words_only_in_content = (
                _WORD_START.search(text, 0, markup[0]) is None
                and _WORD_START.search(text, content_end) is None
                and "\x00" not in content
            )
            return BlockContent(
                " ".join(content.split()),
                frozenset(words),
                len(words) if words_only_in_content else count_words(text),
            )
        content = self._compared(text[markup[0] : len(text) - markup[1]])
        size = count_words(text) if len(content) != len(text) or not self._plain else -1
        words = _BAG_WORD.findall(content)
        vocabulary = frozenset(words)
        if self._options.ignore_numbering:
            # Two headings sharing only a masked number are no more alike for it.
            vocabulary = vocabulary - {NUMBER_PLACEHOLDER}
        return BlockContent(
            key=" ".join(content.split()),
            vocabulary=vocabulary,
            size=len(words) if size < 0 else size,
        )

    def words(self, text: str) -> list[str]:
        """The compared words of `text`, repeats included (for similarity of repetitive text)."""
        return _BAG_WORD.findall(self._compared(text))

    def _compared(self, text: str) -> str:
        """`text` as compared: names and numbers as placeholders, case folded, punctuation gone."""
        if self._plain:
            return text
        masks = self._masks(text)
        if masks:
            pieces = []
            cursor = 0
            for start, end, kind in masks:
                pieces.append(text[cursor:start])
                pieces.append(f" {kind} ")
                cursor = end
            pieces.append(text[cursor:])
            text = "".join(pieces)
        if self._options.ignore_case:
            text = text.casefold()
        if self._options.ignore_punctuation:
            text = _PUNCTUATION.sub(" ", _INNER_APOSTROPHE.sub("", text))
        return text

    def tokens(self, text: str, markup: tuple[int, int] = (0, 0)) -> TokenRun:
        """The keyed tokens of a block's text; a masked name or number is one token.

        Punctuation and spaces of the block's markup (`markup` characters before and after its
        words: indentation, bullets, `##`, `**`, blank lines) get no key: layout, not content.
        """
        texts = WORD_RE.findall(text)
        if self._plain:
            if markup == (0, 0):
                return TokenRun(texts=texts, keys=texts)
            keys: list[str | None] = list(texts)
            _unkey_markup(texts, keys, markup[0], len(text) - markup[1], len(text))
            return TokenRun(texts=texts, keys=keys)
        options = self._options
        masks = self._masks(text) if not self._plain else []
        starts = [start for start, _, _ in masks]
        content_from, content_to = markup[0], len(text) - markup[1]
        merged: list[str] = []
        keys = []
        span_seen = -1
        offset = 0
        after_number = False
        for token in texts:
            token_start = offset
            offset += len(token)
            key: str | None
            if masks:
                index = bisect_right(starts, token_start) - 1
                if index >= 0 and token_start < masks[index][1]:
                    if index == span_seen:
                        merged[-1] += token
                    else:
                        span_seen = index
                        merged.append(token)
                        keys.append(masks[index][2])
                    after_number = masks[index][2] == NUMBER_PLACEHOLDER
                    continue
            word = _WORD_START.match(token) is not None
            numbered = after_number and token in _NUMBER_ENDS
            after_number = token.isdigit()
            # markup is layout, but a number's own dot ("4.") is compared like the number
            if not word and not numbered and not content_from <= token_start < content_to:
                key = None
            elif token[0].isspace():
                key = None if options.ignore_whitespace else token
            elif word:
                key = token.casefold() if options.ignore_case else token
                if options.ignore_punctuation:
                    key = _APOSTROPHES.sub("", key)
            else:
                key = None if options.ignore_punctuation else token
            merged.append(token)
            keys.append(key)
        return TokenRun(texts=merged, keys=keys)


def _unkey_markup(
    texts: list[str], keys: list[str | None], content_from: int, content_to: int, length: int
) -> None:
    """Drop the keys of markup punctuation and spaces outside `content_from`..`content_to`.

    `length` is that of the tokens' text (the sum of their lengths)."""
    offset = 0
    for at, token in enumerate(texts):
        if offset >= content_from:
            break
        if not _is_compared_markup(texts, at):
            keys[at] = None
        offset += len(token)
    offset = length
    for at in range(len(texts) - 1, -1, -1):
        offset -= len(texts[at])
        if offset < content_to:
            break
        if not _is_compared_markup(texts, at):
            keys[at] = None


def _is_compared_markup(texts: list[str], at: int) -> bool:
    """A word of the markup (a heading number), or the dot or bracket closing a number."""
    token = texts[at]
    if _WORD_START.match(token):
        return True
    return token in _NUMBER_ENDS and at > 0 and texts[at - 1].isdigit()
