"""Helpers shared by the sections tests: outlines of inline texts and the spans' invariants."""

from __future__ import annotations

import re

from app.families import get_family
from app.sections import Outline, split_sections


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
