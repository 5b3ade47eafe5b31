"""A vision a council states in one sentence standing alone (decision 0473); own words.

In a chapter with no headings, a section of a kind said in a line (the vision) that opened at a
paragraph of one short sentence ends with that sentence: the paragraph after it is another
section, even where the kind model cannot say of what, and the boundary alone could not pay for
itself on the line's few words. The vision goes on where the next paragraph points back at the
line ("That ambition …") or reads as the vision itself. The segmenter is checked on blocks
made up for it, the whole reading on chapters written for this test.
"""

from __future__ import annotations

from app.sections.segment import RunBlock, Segment, segment_run
from tests.sections.helpers import assert_tiles, outline_of

_ORDER = ["introduction", "key_principles", "values"]


def _block(
    scores: dict[str, float], weight: float = 1.5, *, forced: str | None = None, after: bool = False
) -> RunBlock:
    return RunBlock(
        probabilities=scores, weight=weight, may_open=True, forced=forced, after_a_line=after
    )


_UNSURE = {"vision": 0.2, "key_principles": 0.22, "values": 0.2, "introduction": 0.05}


def test_a_vision_opened_at_a_line_does_not_run_on_into_an_unsure_paragraph() -> None:
    blocks = [
        _block({"introduction": 0.9, "vision": 0.05}),
        _block({"vision": 0.8, "key_principles": 0.1}, 0.8, forced="vision"),
        _block(_UNSURE, after=True),
    ]
    segments = segment_run(blocks, _ORDER, order_free={"vision"}, in_a_line={"vision"})
    assert segments[1] == Segment(1, "vision")
    assert len(segments) == 3 and segments[2].first == 2
    assert segments[2].kind != "vision"


def test_without_the_mark_the_unsure_paragraph_stays_with_the_vision() -> None:
    blocks = [
        _block({"introduction": 0.9, "vision": 0.05}),
        _block({"vision": 0.8, "key_principles": 0.1}, 0.8, forced="vision"),
        _block(_UNSURE),
    ]
    segments = segment_run(blocks, _ORDER, order_free={"vision"}, in_a_line={"vision"})
    assert segments == [Segment(0, "introduction"), Segment(1, "vision")]


def test_a_paragraph_read_as_the_vision_goes_on_with_it() -> None:
    blocks = [
        _block({"introduction": 0.9, "vision": 0.05}),
        _block({"vision": 0.8, "key_principles": 0.1}, 0.8, forced="vision"),
        _block({"vision": 0.3, "key_principles": 0.25, "values": 0.2}, after=True),
    ]
    segments = segment_run(blocks, _ORDER, order_free={"vision"}, in_a_line={"vision"})
    assert segments == [Segment(0, "introduction"), Segment(1, "vision")]


_CHAPTER = "Children's Services Policies, Values and Principles\n\n"
_LAW = (
    "Our duties to the children we look after are set out in the Children Act 1989, the "
    "Children and Families Act 2014 and the statutory guidance made under them.\n\n"
)
_LINE = "We want Ashbourne Fold to be a town that every child in our care is glad to call home.\n\n"
_PRACTICE = (
    "Our practitioners start with the good things already in a family's life. Each child is "
    "seen on their own at every visit, in a room where they are comfortable, and records are "
    "kept in plain words that the child could follow if they asked to read them.\n"
)
_POINTING = (
    "That is the future we want for them: children who are safe, loved and healthy, who do "
    "well at school and who grow up ambitious for themselves.\n\n"
)


def test_a_one_line_vision_is_the_whole_section_in_a_chapter_without_headings() -> None:
    outline = outline_of(_CHAPTER + _LAW + _LINE + _PRACTICE)
    assert_tiles(outline)
    vision = [section for section in outline.sections if section.kind == "vision"]
    assert len(vision) == 1
    assert "practitioners" not in vision[0].text
    assert "Ashbourne Fold" in vision[0].text


def test_a_paragraph_pointing_back_at_the_line_stays_in_the_vision() -> None:
    outline = outline_of(_CHAPTER + _LAW + _LINE + _POINTING)
    assert_tiles(outline)
    vision = [section for section in outline.sections if section.kind == "vision"]
    assert len(vision) == 1
    assert "the future we want" in vision[0].text
