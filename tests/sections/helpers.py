"""Helpers shared by the sections tests: outlines of inline texts, the spans' invariants and a
stand-in kind model."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from app.families import get_family
from app.sections import Outline, split_sections
from app.sections.classify import compile_cues


def outline_of(text: str, syntax: str = "plain") -> Outline:
    """`text` split with the children's policies family's kinds and kind model, as analysed."""
    family = get_family()
    return split_sections(
        text,
        family.kinds,
        syntax,
        family.kind_model.get(),
        no_kind_headings=family.other_heading_cues,
    )


def outline_with_model(text: str, model: Any, syntax: str = "plain") -> Outline:
    """`text` split as `outline_of` splits it, but with the stand-in kind `model` in place of
    the family's; the spans' invariants are checked before it is returned."""
    family = get_family()
    outline = split_sections(
        text, family.kinds, syntax, model, no_kind_headings=family.other_heading_cues
    )
    assert_tiles(outline)
    return outline


def kind_of(outline: Outline, heading: str) -> str:
    """The kind of the first section headed `heading`."""
    return next(section.kind for section in outline.sections if section.heading == heading)


def kinds_and_starts(outline: Outline, length: int = 40) -> list[tuple[str, str]]:
    """Each section's kind and the first `length` characters of its text, stripped."""
    return [(section.kind, section.text.strip()[:length]) for section in outline.sections]


def letters(text: str) -> str:
    """Lower-case letters and digits only, as the evaluation compares section starts."""
    return re.sub(r"[^a-z0-9]", "", text.lower())


def assert_tiles(outline: Outline) -> None:
    """Sections tile the text; blocks tile their section; content spans lie inside their block."""
    text = outline.text
    assert "".join(section.text for section in outline.sections) == text
    position = 0
    for section in outline.sections:
        assert section.start == position
        assert section.text == text[section.start : section.end]
        assert section.blocks, "every section holds at least one block"
        block_position = section.start
        for block in section.blocks:
            assert block.start == block_position
            assert block.text == text[block.start : block.end]
            assert block.start <= block.content_start <= block.content_end <= block.end
            block_position = block.end
        assert block_position == section.end
        position = section.end
    assert position == len(text)


def states_procedure(kind: str, body: str) -> bool:
    """Whether the family's cues read `body`, under a heading of `kind`, as a step of a case
    procedure (decision 0222's test, asked directly)."""
    return compile_cues(get_family().kinds).states_procedure(kind, body)


class SameReading:
    """A stand-in kind model that gives every passage the same probabilities, `scores`, so that
    only the layout and the family's cues decide a test's outline."""

    def __init__(self, scores: Mapping[str, float]) -> None:
        self.scores = dict(scores)
        self.kinds = tuple(scores)

    def probabilities(self, texts: Sequence[str]) -> list[dict[str, float]]:
        return [dict(self.scores) for _ in texts]


# A reading fairly sure (0.7) of key principles for every passage, the rest spread thinly.
SURE_OF_PRINCIPLES = {
    "key_principles": 0.7,
    "other": 0.1,
    "values": 0.08,
    "scope": 0.06,
    "title": 0.03,
    "corporate_parenting": 0.03,
}
