"""Shapes met in the fifty-seventh blind round (decision 0109): chapter openings with no headings.
A first line written as one sentence that names the chapter is still its title; a paragraph whose
own cue says again what the un-headed section above it is (the readership under the scope's
amendment note) stays in that section, where the kind model alone would have started another.
Sections still tile the text."""

from __future__ import annotations

import pytest

from tests.sections.helpers import assert_tiles, kinds_and_starts, outline_of

_OPENING = (
    "{title}\n\n"
    "{note}\n\n"
    "{readers}\n\n"
    "The law requires the council to safeguard and promote the welfare of children in need, "
    "and the Children Act 1989 is the foundation of everything this policy asks of staff.\n\n"
    "Once a child comes into our care, every councillor becomes that child's corporate parent "
    "and asks whether each decision would be good enough for their own child.\n"
)
_NOTE = "We changed this chapter in June 2025, when the part on kinship carers was rewritten."


@pytest.mark.parametrize(
    "readers",
    [
        "It is written for anyone who makes decisions about children for Orrinwick Council, in "
        "a social work team, a commissioned service or the council chamber.",
        "Practitioners are the main readers of what follows, but parents and carers who want to "
        "know what to expect from us are welcome readers too.",
        "Anyone who works with children for Orrinwick Council, or who is paid by us to care for "
        "them, is expected to know and follow this policy.",
        "What follows applies to every practitioner in Orrinwick's children's services and to "
        "the providers who care for children on our behalf.",
    ],
)
def test_the_readership_under_the_note_stays_in_the_scope(readers: str) -> None:
    text = _OPENING.format(
        title="Family help policies, values and principles", note=_NOTE, readers=readers
    )
    outline = outline_of(text)
    assert_tiles(outline)
    found = kinds_and_starts(outline, 20)
    assert found[:3] == [
        ("title", "Family help policies"),
        ("scope", _NOTE[:20]),
        ("introduction", "The law requires the"),
    ]
    assert [kind for kind, _start in found].count("scope") == 1


def test_a_first_line_written_as_a_sentence_naming_the_chapter_is_the_title() -> None:
    title = "Orrinwick Council sets out here the policies, values and principles of its service."
    readers = "It is written for anyone who works with children and families for the council."
    outline = outline_of(_OPENING.format(title=title, note=_NOTE, readers=readers))
    assert_tiles(outline)
    assert outline.title == title
    assert kinds_and_starts(outline, 20)[:2] == [("title", title[:20]), ("scope", _NOTE[:20])]


@pytest.mark.parametrize(
    "first",
    [
        # Two sentences: a paragraph, not a title line.
        "Orrinwick Council sets out its policies, values and principles here. Read them first.",
        # One sentence that names no chapter.
        "Orrinwick Council works with children in need and their families across the borough.",
    ],
)
def test_other_first_sentences_are_not_titles(first: str) -> None:
    readers = "It is written for anyone who works with children and families for the council."
    outline = outline_of(_OPENING.format(title=first, note=_NOTE, readers=readers))
    assert_tiles(outline)
    assert outline.title != first
    first_section = outline.sections[0]
    assert first_section.kind != "title" or first_section.text.strip()[:20] != first[:20]


def test_a_scope_cue_further_down_is_left_to_the_segmenter() -> None:
    text = (
        "Family help policies, values and principles\n\n"
        "This chapter was amended in June 2025 to add the part on kinship carers.\n\n"
        "Orrinwick Borough Council delivers help to families under the Children Act 1989 and "
        "the Children Act 2004, and it has duties to the children it looks after. "
        "The law that shapes this work is extensive, and the Acts are listed in the appendix.\n\n"
        "This chapter applies to children in need, to children with a protection plan and to "
        "the children we look after, and to the young people who have left our care.\n\n"
        "Once a child comes into our care, every councillor becomes that child's corporate "
        "parent and asks whether each decision would be good enough for their own child.\n"
    )
    outline = outline_of(text)
    assert_tiles(outline)
    found = kinds_and_starts(outline, 20)
    assert ("scope", "This chapter applies") not in found
    assert [kind for kind, _start in found].count("scope") == 1
