"""The numbers Word shows before list paragraphs, computed from `numbering.xml`.

Word stores no list numbers in the text: each numbered paragraph names a numbering instance
(`w:numId`) and a level (`w:ilvl`), and Word counts as it lays the document out. This module
counts the same way: levels with their start value, number format (`decimal`, `lowerLetter`,
`upperRoman`, `bullet`…) and label pattern (`%1.%2.`); deeper levels restarting when a higher one
advances (unless `w:lvlRestart` says otherwise); instances of one abstract definition sharing their
counters unless an instance overrides a level's start, which starts a list of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from docx.oxml.ns import qn

XmlElement = Any
"""An lxml element of the Word file (python-docx ships lxml without type stubs)."""

LEVELS = 9
_LEVEL_REFERENCE = re.compile(r"%([1-9])")
_MAX_LINK_DEPTH = 4
"""How many list-style links (`w:numStyleLink`) are followed before giving up."""
_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip
_PRIVATE_BULLETS = frozenset("\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf06e\uf0a8\uf0e8\uf0de")
"""Symbol and Wingdings code points Word stores for its bullets; shown as "•"."""


@dataclass(frozen=True, slots=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    number_format: str = "decimal"
    label_pattern: str = "%1."
    restart_after: int | None = None
    """`w:lvlRestart`: 0 never restarts; n restarts when a level above n (1-based) is used."""
    legal: bool = False
    """`w:isLgl`: every number in the label is shown in decimal."""


@dataclass(frozen=True, slots=True)
class Marker:
    """What Word shows before one list paragraph."""

    kind: Literal["bullet", "number"]
    label: str
    """The label as displayed ("3.", "b)", "2.1.", "•"); may be empty (format `none`)."""


@dataclass(slots=True)
class _Counter:
    values: list[int | None] = field(default_factory=lambda: [None] * LEVELS)


class Numbering:
    """The list definitions of one Word file and the running counters of its lists.

    Not shared between documents: counting advances as paragraphs are read in order.
    """

    def __init__(
        self, numbering: XmlElement | None, style_numbering: Callable[[str], str | None]
    ) -> None:
        """`style_numbering(style_id)` gives the `w:numId` a (list) style sets, if any."""
        self._abstract: dict[str, XmlElement] = {}
        self._instances: dict[str, XmlElement] = {}
        if numbering is not None:
            for element in numbering.iterchildren(qn("w:abstractNum")):
                self._abstract[_attr(element, "w:abstractNumId")] = element
            for element in numbering.iterchildren(qn("w:num")):
                self._instances[_attr(element, "w:numId")] = element
        self._style_numbering = style_numbering
        self._levels: dict[str, tuple[str, list[Level]] | None] = {}
        self._counters: dict[str, _Counter] = {}

    def level_of_style(self, num_id: str, style_id: str) -> int | None:
        """The level whose `w:pStyle` is `style_id` in instance `num_id` (outline numbering)."""
        abstract = self._abstract_of(num_id)
        if abstract is None:
            return None
        for level in abstract.iterchildren(qn("w:lvl")):
            style = level.find(qn("w:pStyle"))
            if style is not None and _attr(style, "w:val") == style_id:
                return _int(_attr(level, "w:ilvl"), 0)
        return None

    def next_marker(self, num_id: str, level: int) -> Marker | None:
        """Count one paragraph of list `num_id` at `level` and give the marker Word shows."""
        resolved = self._resolved(num_id)
        if resolved is None:
            return None
        key, levels = resolved
        level = min(max(level, 0), LEVELS - 1)
        definition = levels[level]
        counter = self._counters.setdefault(key, _Counter())
        current = counter.values[level]
        counter.values[level] = definition.start if current is None else current + 1
        for deeper in range(level + 1, LEVELS):
            restart = levels[deeper].restart_after
            if restart is None or (restart != 0 and level < restart):
                counter.values[deeper] = None
        if definition.number_format == "bullet":
            pattern = definition.label_pattern
            text = "".join("•" if char in _PRIVATE_BULLETS else char for char in pattern)
            return Marker("bullet", text.strip() or "•")

        def number_at(match: re.Match[str]) -> str:
            index = int(match.group(1)) - 1
            shown = levels[index]
            value = counter.values[index]
            if value is None:
                value = shown.start
            number_format = "decimal" if definition.legal else shown.number_format
            return format_number(value, number_format)

        label = _LEVEL_REFERENCE.sub(number_at, definition.label_pattern).strip()
        return Marker("number", label)

    def _abstract_of(self, num_id: str, depth: int = 0) -> XmlElement | None:
        instance = self._instances.get(num_id)
        if instance is None:
            return None
        reference = instance.find(qn("w:abstractNumId"))
        abstract = self._abstract.get(_attr(reference, "w:val")) if reference is not None else None
        if abstract is None:
            return None
        link = abstract.find(qn("w:numStyleLink"))
        if link is not None and depth < _MAX_LINK_DEPTH:
            linked = self._style_numbering(_attr(link, "w:val"))
            if linked is not None and linked != num_id:
                return self._abstract_of(linked, depth + 1) or abstract
        return abstract

    def _resolved(self, num_id: str) -> tuple[str, list[Level]] | None:
        if num_id not in self._levels:
            self._levels[num_id] = self._resolve(num_id)
        return self._levels[num_id]

    def _resolve(self, num_id: str) -> tuple[str, list[Level]] | None:
        abstract = self._abstract_of(num_id)
        if abstract is None:
            return None
        levels = [Level(label_pattern=f"%{index + 1}.") for index in range(LEVELS)]
        for element in abstract.iterchildren(qn("w:lvl")):
            index = _int(_attr(element, "w:ilvl"), -1)
            if 0 <= index < LEVELS:
                levels[index] = _level(element)
        key = "abstract:" + _attr(abstract, "w:abstractNumId")
        instance = self._instances[num_id]
        for override in instance.iterchildren(qn("w:lvlOverride")):
            index = _int(_attr(override, "w:ilvl"), -1)
            if not 0 <= index < LEVELS:
                continue
            replacement = override.find(qn("w:lvl"))
            if replacement is not None:
                levels[index] = _level(replacement)
            start = override.find(qn("w:startOverride"))
            if start is not None:
                levels[index] = _with_start(levels[index], _int(_attr(start, "w:val"), 0))
            key = "instance:" + num_id
        return key, levels


def format_number(value: int, number_format: str) -> str:
    """`value` in one of Word's number formats; formats spelt out in words fall back to digits."""
    if number_format in ("lowerLetter", "upperLetter"):
        letter = _letters(value)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if number_format == "upperRoman" else roman
    if number_format == "decimalZero":
        return f"{value:02d}"
    if number_format == "ordinal":
        return _ordinal(value)
    if number_format == "none":
        return ""
    return str(value)


def _level(element: XmlElement) -> Level:
    start = element.find(qn("w:start"))
    number_format = element.find(qn("w:numFmt"))
    pattern = element.find(qn("w:lvlText"))
    restart = element.find(qn("w:lvlRestart"))
    legal = element.find(qn("w:isLgl"))
    picture = element.find(qn("w:lvlPicBulletId"))
    fmt = (_attr(number_format, "w:val") if number_format is not None else "") or "decimal"
    return Level(
        start=_int(_attr(start, "w:val"), 0) if start is not None else 0,
        number_format="bullet" if picture is not None else fmt,
        label_pattern=_attr(pattern, "w:val") if pattern is not None else "",
        restart_after=_int(_attr(restart, "w:val"), 0) if restart is not None else None,
        legal=legal is not None and _attr(legal, "w:val") not in ("0", "false", "off"),
    )


def _with_start(level: Level, start: int) -> Level:
    return Level(start, level.number_format, level.label_pattern, level.restart_after, level.legal)


def _letters(value: int) -> str:
    """Word's letters: a…z, then aa…zz, then aaa… (the letter repeated, not base 26)."""
    if value < 1:
        return str(value)
    return chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)


def _roman(value: int) -> str:
    if not 0 < value < 4000:
        return str(value)
    parts: list[str] = []
    for amount, numeral in _ROMAN:
        count, value = divmod(value, amount)
        parts.append(numeral * count)
    return "".join(parts)


def _ordinal(value: int) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _attr(element: XmlElement, name: str) -> str:
    value = element.get(qn(name))
    return value if isinstance(value, str) else ""


def _int(text: str, default: int) -> int:
    try:
        return int(text)
    except ValueError:
        return default
