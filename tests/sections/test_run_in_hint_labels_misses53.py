"""A run-in label that names a kind by a heading hint alone ("Working with partners."), met in
the known-misses round of decision 0394: it opens a section of that kind where the sentence after
it opens with a content cue of the same kind, and not where the sentence is about something
else. Every text is written for these tests in our own words about invented councils."""

from __future__ import annotations

from tests.sections.helpers import assert_tiles, outline_of

_CHAPTER = (
    "Policies, Values and Principles\n\n"
    "**Our plan.** The Children and Young People's Plan 2026-2030 turns these aims into three "
    "priorities for the next four years.\n\n"
    "**Working with partners.** {sentence}\n\n"
    "Information about families is shared in line with data protection law, and staff ask the "
    "council's data protection officer when they are unsure.\n"
)


def _kinds(sentence: str) -> list[str]:
    """The kinds the family's cues decided (the model may read a paragraph either way)."""
    outline = outline_of(_CHAPTER.format(sentence=sentence), "markdown")
    assert_tiles(outline)
    return [section.kind for section in outline.sections if section.decided_by == "cue"]


def test_a_hint_label_confirmed_by_its_sentence_opens_the_kind() -> None:
    kinds = _kinds(
        "Marlowe's safeguarding partnership brings the council, the health board and the "
        "police together, and schools take part in its work."
    )
    assert "shared_responsibility" in kinds


def test_a_hint_label_over_a_sentence_about_something_else_opens_nothing() -> None:
    kinds = _kinds(
        "The plan's second priority is to recruit forty more foster carers in the county by "
        "the end of its second year."
    )
    assert "shared_responsibility" not in kinds
