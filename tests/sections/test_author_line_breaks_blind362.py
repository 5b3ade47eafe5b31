"""Hard-wrapped text where the author, not the wrapping, broke a line (blind362, decision 0533).

A wrapping tool fills each line while the next word fits, so where a paragraph starts under a
line that its first word would have fitted on, the break is the author's: two short sections
set one under the other with no blank line between. Such a paragraph is not tied to the lines
above it (`_tied_to_the_paragraph_above`) and may open a section of its own; a paragraph whose
first word would not have fitted is still the wrapped paragraph's cut-off last sentence."""

from __future__ import annotations

from app.families import get_family
from app.sections.assemble import _tied_to_the_paragraph_above
from app.sections.blocks_text import hard_wrap_width, scan_text_blocks
from app.sections.classify import compile_cues
from app.sections.rules import find_headings
from app.text import LineIndex
from tests.sections.helpers import assert_tiles, outline_of

WIDTH = 70


def _tied(text: str, wrap_width: int | None) -> list[bool]:
    cues = compile_cues(get_family().kinds)
    raw = scan_text_blocks(text, LineIndex(text).line_starts())
    state = find_headings(text, raw, cues)
    return [
        _tied_to_the_paragraph_above(text, raw, state, index, wrap_width=wrap_width)
        for index in range(len(raw))
    ]


def _pair(last_line: str, next_line: str) -> str:
    return (
        "Opening words of a note that runs over a couple of lines, written for\n"
        f"{last_line}\n"
        f"{next_line}\n"
    )


def test_a_line_the_next_word_would_have_fitted_on_ties_nothing() -> None:
    text = _pair(
        "the staff who read it and who have to act on it in their work.",
        "We also want to say one more thing here.",
    )
    assert len(text.split("\n")[1]) + len(" We") <= WIDTH
    assert _tied(text, WIDTH) == [False, False]


def test_a_line_the_next_word_would_not_have_fitted_on_still_ties() -> None:
    text = _pair(
        "the staff who read it and who have to act on it in their own work.",
        "Nevertheless one more thing is said here.",
    )
    assert len(text.split("\n")[1]) + len(" Nevertheless") > WIDTH
    assert _tied(text, WIDTH) == [False, True]


def test_without_a_known_width_a_long_line_ties_as_before() -> None:
    text = _pair(
        "the staff who read it and who have to act on it in their work.",
        "We also want to say one more thing here.",
    )
    assert _tied(text, None) == [False, True]


_CHAPTER = """Children's Services Policies, Values and Principles

This chapter sets out what Wrenby Council believes about its work with
children and families, and the principles that every later chapter of
the manual applies in more detail for practitioners and their managers.

The council's duties come from the Children Act 1989, the Children Act
2004 and the Children and Social Work Act 2017, which between them set
out what the council owes to children in need and to children in care.

Schools, doctors and the police see children every day, so they tell
us when something worries them, and we tell them what we did.
We picture a town where a child's postcode never limits how far they
can go, and where every family can find help close to home.

Families will find us honest, reliable and respectful, and children
will find that we listen to them and that what they say makes a real
difference to the decisions we take about their lives and their care.

What families tell us stays confidential unless a child's safety or the
law requires us to share it, and we usually tell the family first so
that they know who has been told and why it was necessary to tell them.
"""


def test_two_short_sections_with_no_blank_line_between_are_two_sections() -> None:
    widths = [len(line) for line in _CHAPTER.split("\n")]
    assert hard_wrap_width(widths) is not None
    outline = outline_of(_CHAPTER)
    assert_tiles(outline)
    starts = [section.text.lstrip()[:20] for section in outline.sections]
    assert "Schools, doctors and" in starts
    assert "We picture a town wh" in starts
