"""Character spans and the one conversion from line ranges to character offsets."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open range of character offsets into a version's normalised text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset just past the last character (end exclusive)."""

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def quote(self, text: str) -> str:
        return text[self.start : self.end]


class LineIndex:
    """Offsets of line starts in one text, so line numbers (markdown-it's `map`) become offsets."""

    __slots__ = ("_starts", "_text_length")

    def __init__(self, text: str) -> None:
        starts = [0]
        position = text.find("\n")
        while position != -1:
            starts.append(position + 1)
            position = text.find("\n", position + 1)
        self._starts = starts
        self._text_length = len(text)

    @property
    def line_count(self) -> int:
        return len(self._starts)

    def line_starts(self) -> list[int]:
        """Offset of the first character of every line, in order (a new list)."""
        return list(self._starts)

    def line_start(self, line: int) -> int:
        """Offset of the first character of 0-based `line`; the text's length past the last line."""
        if line >= len(self._starts):
            return self._text_length
        return self._starts[line]

    def line_range_to_span(self, first_line: int, end_line: int) -> Span:
        """Characters of lines [first_line, end_line), each line with its newline."""
        return Span(self.line_start(first_line), self.line_start(end_line))

    def line_of(self, offset: int) -> int:
        return bisect_right(self._starts, offset) - 1
